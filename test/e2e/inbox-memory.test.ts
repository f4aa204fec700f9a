/**
 * Customer memory in the real inbox (tmux, 80×24): the card of a returning person's chat names
 * their earlier conversation, `h` lists it, Enter reads it (read-only) and Esc goes back.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoProject, repoRoot } from '../helpers/project.js';
import {
  addOperator,
  firstMessage,
  once,
  type RunningServer,
  startServer,
  visitor,
} from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';
import { TmuxSession } from './helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

/** A new visitor's first message; resolves once the email in it is stored. */
async function newVisitorSays(running: RunningServer, text: string): Promise<string> {
  const socket = visitor(running.url, { lang: 'en' });
  await once(socket, 'session');
  const { conversationId } = await firstMessage(socket, text);
  await eventually(
    () => Boolean(running.server.context.store.summary(conversationId)?.contactEmail),
    'the email to be stored',
  );
  return conversationId;
}

describe('customer memory in the inbox', () => {
  it('lists the earlier chat on the card, and h opens it read-only', async () => {
    const running = await startServer();
    const token = await addOperator(running.dir, 'Ann', 'manager');
    await newVisitorSays(running, 'Is the Girona trip on Mondays? maria@example.com');
    const current = await newVisitorSays(running, "It's maria@example.com again");

    const inbox = new TmuxSession(
      `node ${join(repoRoot, 'bin/chatbot.js')} inbox --url ${running.url} --token ${token} --open ${current}`,
      { width: 80, height: 24, env: { HOME: demoProject() } },
    );
    sessions.push(inbox);
    await inbox.waitFor('earlier: 1 chat', 30_000);
    inbox.type('h');
    await inbox.waitFor('Earlier chats with this person:');
    await inbox.waitFor('by email');
    inbox.keys('Enter');
    await inbox.waitFor('Read-only:');
    await inbox.waitFor('Is the Girona trip on Mondays?');
    inbox.keys('Escape');
    await inbox.waitFor('Earlier chats with this person:');
    inbox.keys('Escape');
    await inbox.waitFor('earlier: 1 chat');
    expect(inbox.screen()).toContain("It's maria@example.com again");
  });
});
