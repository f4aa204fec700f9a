/**
 * Notes and tags in the real inbox (tmux, 80×24): `n` and `#` on the open chat; the transcript
 * shows them, the visitor's history does not.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoProject, repoRoot } from '../helpers/project.js';
import { addOperator, firstMessage, once, startServer, visitor } from '../helpers/server.js';
import { TmuxSession } from './helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

describe('notes and tags in the inbox', () => {
  it('n adds a private note and # a tag to the open chat', async () => {
    const { url, dir } = await startServer();
    const token = await addOperator(dir, 'Ann');
    const maria = visitor(url, { lang: 'en' });
    const session = await once<{ token: string }>(maria, 'session');
    const { conversationId } = await firstMessage(maria, "I'm Maria, about Girona");

    const inbox = new TmuxSession(
      `node ${join(repoRoot, 'bin/chatbot.js')} inbox --url ${url} --token ${token} --open ${conversationId}`,
      { width: 80, height: 24, env: { HOME: demoProject() } },
    );
    sessions.push(inbox);
    await inbox.waitFor('about Girona', 30_000);
    inbox.type('n');
    await inbox.waitFor('note: █');
    inbox.type('Two kids, wants a discount');
    inbox.keys('Enter');
    await inbox.waitFor('note by Ann: Two kids, wants a discount', 30_000);
    inbox.type('#');
    await inbox.waitFor('tag: #█');
    inbox.type('family');
    inbox.keys('Enter');
    await inbox.waitFor('#family by Ann', 30_000);

    const history = await fetch(`${url}/api/visitor/history`, {
      headers: { authorization: `Bearer ${session.token}` },
    });
    const text = JSON.stringify(await history.json());
    expect(text).toContain('about Girona');
    expect(text).not.toMatch(/kids|family/);
  });
});
