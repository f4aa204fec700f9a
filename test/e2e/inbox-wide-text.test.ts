/**
 * A visitor writing Japanese, emoji and accented letters, seen in the real `chatbot inbox` in a
 * real terminal (tmux, 80×24): every row keeps its columns. A row measured in characters rather
 * than columns would run past the edge of its pane, push the pane beside it out of line, or wrap
 * onto the next row.
 *
 * Emoji here are single code points, which terminals agree take two columns; a skin tone or a
 * variation selector is drawn at different widths by different terminals.
 */
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { graphemes } from '../../src/inbox/text-layout.js';
import { demoProject, repoRoot } from '../helpers/project.js';
import {
  addOperator,
  emit,
  firstMessage,
  once,
  startServer,
  visitor,
  waitFor,
} from '../helpers/server.js';
import { TmuxSession } from './helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

const width = 80;
// At 80 columns the list takes 27, and the chat pane starts one column of padding after it.
const listColumns = 27;
const paneStart = listColumns + 1;

const name = '山田太郎 🎉';
const message =
  'こんにちは！来週の金曜日に二名で予約できますか？🎉🚀 Merci, c’est très gentil — Zoë q̣̇ ñ 😀✅ 東京駅から歩いて行けますか';
const draft = '入力中です 😀😀 déjà vu Ǹ 한국어도 괜찮아요';

/** The columns from..to of a screen row, cut between graphemes as the terminal draws them. */
function columns(row: string, from: number, to = Number.POSITIVE_INFINITY): string {
  let column = 0;
  let out = '';
  for (const grapheme of graphemes(row)) {
    if (column >= from && column < to) out += grapheme;
    column += stringWidth(grapheme);
  }
  return out;
}

const squeeze = (text: string) => text.normalize().replace(/\s/g, '');

describe('chatbot inbox, with text wider than its characters', () => {
  it('wraps and clips emoji, CJK and accents by columns: no row breaks', async () => {
    const dir = demoProject();
    const { url } = await startServer({ dir });
    const token = await addOperator(dir, 'Ann');
    const guest = visitor(url, { lang: 'en' });
    await once(guest, 'session');
    await firstMessage(guest, 'Hello');
    await emit(guest, 'identify', { name });

    const screen = new TmuxSession(
      `node ${join(repoRoot, 'bin/chatbot.js')} inbox --url ${url} --token ${token}`,
      { width, height: 24, env: { HOME: demoProject() } },
    );
    sessions.push(screen);
    await screen.waitFor('山田太郎', 30_000);
    // Open it and take it over, so the bot's replies do not push the visitor's words off screen.
    screen.keys('Enter');
    await screen.waitFor(`${name} · online`);
    const joined = waitFor<{ state?: string }>(guest, 'entry', (entry) => entry.state === 'human');
    screen.keys('t');
    await joined;
    await screen.waitFor('human (Ann)');

    await emit(guest, 'message', { text: message });
    await screen.waitFor('東京駅');
    guest.emit('typing', { draft });
    const shown = await screen.waitFor('괜찮아요');

    const rows = shown.split('\n').slice(0, 24);
    for (const row of rows) expect(stringWidth(row), row).toBeLessThanOrEqual(width);

    // The list row keeps the name, the state and the age inside the list's columns.
    const listRow = rows.find((row) => columns(row, 0, listColumns).includes('山田太郎'));
    expect(listRow, shown).toBeDefined();
    expect(columns(listRow!, 0, listColumns)).toMatch(/human \d+s\s*$/);

    // The chat pane starts at its column on every row, and holds the message and the live draft
    // whole, wrapped into rows that fit it.
    const pane = rows.map((row) => columns(row, paneStart)).join('\n');
    expect(columns(rows[0]!, paneStart)).toMatch(/^山田太郎 🎉 · online/);
    expect(squeeze(pane)).toContain(squeeze(message));
    expect(squeeze(pane)).toContain(squeeze(`✎ visitor is typing: ${draft}`));

    // The search line, typed in Japanese, stays one status-bar row.
    screen.keys('Escape');
    screen.type('/山田');
    const searching = await screen.waitFor('search: 山田');
    const statusBar = searching.split('\n')[23]!;
    expect(statusBar).toContain('search: 山田█');
    expect(stringWidth(statusBar)).toBeLessThanOrEqual(width);
    expect(statusBar.trimEnd()).toMatch(/Ann · online$/);
  });
});
