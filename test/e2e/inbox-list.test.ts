/**
 * The real `chatbot inbox` (tmux, 80×24) against a real server behind a proxy: the operator
 * filters the list by country, archives a chat with `a`, and finds the filter kept for them
 * when the inbox starts again.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OperatorRegistry } from '../../src/store/operators.js';
import { demoProject, readRepoFile, repoRoot } from '../helpers/project.js';
import { firstMessage, once, startServer, visitor } from '../helpers/server.js';
import { TmuxSession } from './helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

function inbox(url: string, token: string, home: string): TmuxSession {
  const session = new TmuxSession(
    `node ${join(repoRoot, 'bin/chatbot.js')} inbox --url ${url} --token ${token}`,
    { width: 80, height: 24, env: { HOME: home } },
  );
  sessions.push(session);
  return session;
}

async function visitFrom(url: string, ip: string, text: string) {
  const socket = visitor(url, { lang: 'en' }, { extraHeaders: { 'x-forwarded-for': ip } });
  await once(socket, 'session');
  return firstMessage(socket, text);
}

describe('chatbot inbox list', () => {
  it('filters by country, archives with a, and keeps the filter for the operator', async () => {
    const dir = demoProject({
      'chatbot.config.yaml': readRepoFile('chatbot.config.yaml').replace(
        '  origins: []\n',
        '  origins: []\n  trustProxy: true\n',
      ),
    });
    const { url } = await startServer({ dir });
    const { token } = await new OperatorRegistry(join(dir, 'data')).add('Ann', 'manager');
    await visitFrom(url, '81.2.69.142', 'Hello from Bracknell');
    await visitFrom(url, '89.160.20.112', 'Hej from Sweden');
    const home = demoProject();

    const screen = inbox(url, token, home);
    await screen.waitFor('Chats (2)', 30_000);
    screen.keys('F');
    await screen.waitFor('filter:');
    screen.type('country:SE');
    screen.keys('Enter');
    await screen.waitFor('Chats (1) {country:SE}');
    screen.keys('Enter');
    // The visitor card says where the visitor is.
    await screen.waitFor('in Kristinehamn, SE');
    screen.keys('a');
    await screen.waitFor('Archived 1 chat.');
    await screen.waitFor('Chats (0) {country:SE}');
    const archived = await fetch(`${url}/api/conversations?archived=yes`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect((await archived.json()).conversations).toMatchObject([{ country: 'SE' }]);
    screen.keys('q');
    screen.kill();

    // Another terminal, the same operator: the filter is theirs, kept by the server.
    const again = inbox(url, token, demoProject());
    await again.waitFor('Chats (0) {country:SE}', 30_000);
  });
});
