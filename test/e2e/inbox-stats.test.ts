/**
 * The inbox's stats screen in a real terminal (tmux, 80×24) against a real server: `s` opens
 * it, it shows the week's numbers and follows new conversations live, `s` goes back.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoProject, repoRoot } from '../helpers/project.js';
import { addOperator, emit, once, startServer, visitor, waitFor } from '../helpers/server.js';
import { TmuxSession } from './helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

const bin = join(repoRoot, 'bin/chatbot.js');

async function ask(url: string, text: string, lang = 'en'): Promise<void> {
  const guest = visitor(url, { lang });
  await once(guest, 'session');
  const replied = waitFor<{ author?: { kind: string } }>(
    guest,
    'entry',
    (entry) => entry.author?.kind === 'bot',
  );
  await emit(guest, 'message', { text });
  await replied;
}

describe('the inbox stats screen', () => {
  it('opens with s, shows the week live with a sparkline, and goes back with s', async () => {
    const { url, dir } = await startServer();
    const token = await addOperator(dir, 'Ann', 'manager');
    await ask(url, 'How much is the Montserrat trip?');
    await ask(url, '¿Cuánto cuesta la excursión a Montserrat?', 'es');
    await ask(url, 'My email is lead@example.com');

    const screen = new TmuxSession(`node ${bin} inbox --url ${url} --token ${token}`, {
      width: 80,
      height: 24,
      env: { HOME: demoProject() },
    });
    sessions.push(screen);
    await screen.waitFor('online');
    screen.type('s');
    const first = await screen.waitFor(/Conversations\s+3 \(3 with messages/, 20_000);
    expect(first).toContain('Stats · last 7 days · live');
    expect(first).toMatch(/Conversations per day\s+[▁▂▃▄▅▆▇█]{8}/);
    expect(first).toMatch(/Leads\s+1 \(33% of conversations\)/);
    expect(first).toMatch(/Provider calls\s+\d+ \(0 failed\)/);
    // Every line fits the 80 columns: nothing wraps onto the next.
    for (const line of first.split('\n')) expect(line.length).toBeLessThanOrEqual(80);

    // Live: a new conversation appears on the open screen.
    await ask(url, 'Do you pick up from hotels?');
    const live = await screen.waitFor(/Conversations\s+4 \(4 with messages/, 30_000);
    if (process.env.CAPTURE_STATS_SCREEN)
      writeFileSync(process.env.CAPTURE_STATS_SCREEN, live.trimEnd());

    screen.type('s');
    await screen.waitFor('Chats (4)');
    expect(screen.screen()).not.toContain('Stats · last 7 days');
  });
});
