/**
 * Assignment in the real inbox (tmux, 80×24): a manager sees who a chat was assigned to at
 * handoff, steps through the all / mine / unassigned views with `m`, and reassigns the chat with
 * `A`; the new assignee hears of it.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssignedEvent } from '../../src/protocol/operator.js';
import { OperatorRegistry } from '../../src/store/operators.js';
import { demoProject, readRepoFile, repoRoot } from '../helpers/project.js';
import {
  connectedOperator,
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

/** The demo bot, always open, with chats going to the support team. */
function teamProject(): string {
  const config = readRepoFile('chatbot.config.yaml').replace(/^ {2}hours:\n(?: {4}.*\n)+/m, '');
  return demoProject({
    'chatbot.config.yaml': `${config}\nassignment:\n  defaultTeam: support\n`,
  });
}

describe('assignment in the inbox', () => {
  it('shows the assignee, filters mine and unassigned with m, and reassigns with A', async () => {
    const { url, dir } = await startServer({ dir: teamProject() });
    const registry = new OperatorRegistry(join(dir, 'data'));
    const support = { teams: ['support'], languages: ['en'] };
    const ana = (await registry.add('Ana', 'agent', support)).token;
    const boris = (await registry.add('Boris', 'agent', support)).token;
    const mia = (await registry.add('Mia', 'manager')).token;
    const anaSocket = await connectedOperator(url, ana);
    const toAna = once<AssignedEvent>(anaSocket, 'assigned');

    const maria = visitor(url, { lang: 'en' });
    await once(maria, 'session');
    const { conversationId } = await firstMessage(maria, 'Please, I want to talk to a person');
    expect((await toAna).conversationId).toBe(conversationId);

    const inbox = new TmuxSession(
      `node ${join(repoRoot, 'bin/chatbot.js')} inbox --url ${url} --token ${mia}`,
      { width: 80, height: 24, env: { HOME: demoProject() } },
    );
    sessions.push(inbox);
    await inbox.waitFor('@Ana', 30_000);
    // The help fits 80×24 with the new keys, down to its last line.
    inbox.keys('?');
    await inbox.waitFor('whose chats: all, mine, unassigned');
    await inbox.waitFor('Esc to go back');
    inbox.keys('Escape');
    await inbox.waitFor('@Ana');
    inbox.type('m');
    await inbox.waitFor('Chats [mine] (0)');
    inbox.type('m');
    await inbox.waitFor(/Chats \[unassigned\] \(\d+\)/);
    expect(inbox.screen()).not.toContain('@Ana');
    inbox.type('m');
    await inbox.waitFor('@Ana');

    const borisSocket = await connectedOperator(url, boris);
    const toBoris = waitFor<AssignedEvent>(
      borisSocket,
      'assigned',
      (event) => event.conversationId === conversationId,
    );
    inbox.type('A');
    await inbox.waitFor('Assign');
    await inbox.waitFor('● Boris (0 open) support,en');
    inbox.keys('Down');
    inbox.keys('Enter');
    await inbox.waitFor('Assigned to Boris.');
    await inbox.waitFor('@Boris');
    expect(await toBoris).toMatchObject({ by: 'Mia', team: 'support' });
  });

  it('tells an agent a chat is theirs, and A passes it to a colleague', async () => {
    const { url, dir } = await startServer({ dir: teamProject() });
    const registry = new OperatorRegistry(join(dir, 'data'));
    const support = { teams: ['support'], languages: ['en'] };
    const ana = (await registry.add('Ana', 'agent', support)).token;
    const boris = (await registry.add('Boris', 'agent', support)).token;

    const inbox = new TmuxSession(
      `node ${join(repoRoot, 'bin/chatbot.js')} inbox --url ${url} --token ${ana}`,
      { width: 80, height: 24, env: { HOME: demoProject() } },
    );
    sessions.push(inbox);
    await inbox.waitFor('Ana · online', 30_000);

    const maria = visitor(url, { lang: 'en' });
    await once(maria, 'session');
    const { conversationId } = await firstMessage(maria, 'Please, I want to talk to a person');
    await inbox.waitFor('Assigned to you:', 30_000);
    inbox.type('m');
    await inbox.waitFor('Chats [mine] (1)');

    const borisSocket = await connectedOperator(url, boris);
    const toBoris = waitFor<AssignedEvent>(
      borisSocket,
      'assigned',
      (event) => event.conversationId === conversationId,
    );
    inbox.type('A');
    await inbox.waitFor('Pass');
    inbox.keys('Down');
    inbox.keys('Enter');
    await inbox.waitFor('Passed to Boris.');
    expect(await toBoris).toMatchObject({ by: 'Ana' });
    // It is Boris's now: out of Ana's list.
    await inbox.waitFor('Chats [mine] (0)');
  });
});
