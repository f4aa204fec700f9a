/**
 * "Talk to a person" outside business hours: the bot keeps the chat and says when the team is
 * back, and operators who are online anyway see the chat marked and can take it. Real server,
 * real visitor and operator sockets.
 */
import { describe, expect, it } from 'vitest';
import type { OperatorSummary, VisitorEntry } from '../../src/protocol/index.js';
import { demoProject, readRepoFile } from '../helpers/project.js';
import {
  addOperator,
  connectedOperator,
  emit,
  firstMessage,
  once,
  startServer,
  visitor,
  waitFor,
} from '../helpers/server.js';

/** The demo bot with its business closed every day: no person can ever be promised. */
function closedProject(): string {
  const config = readRepoFile('chatbot.config.yaml').replace(
    /^ {4}mon-fri: .*\n {4}sat: .*\n/m,
    '    mon-sun: closed\n',
  );
  expect(config).toContain('mon-sun: closed');
  return demoProject({ 'chatbot.config.yaml': config });
}

/** A visitor who has said hello (which makes their conversation) and had the bot's reply. */
async function joined(url: string) {
  const socket = visitor(url, { lang: 'en' });
  await once(socket, 'session');
  const replied = waitFor<VisitorEntry>(
    socket,
    'entry',
    (entry) => entry.author?.kind === 'bot',
    20_000,
  );
  const { conversationId } = await firstMessage(socket, 'Hello');
  await replied;
  return { socket, id: conversationId };
}

describe('a visitor asking for a person out of hours', () => {
  it('is marked for online operators, who can take the chat over', async () => {
    const { url, dir } = await startServer({ dir: closedProject() });
    const operator = await connectedOperator(url, await addOperator(dir, 'Ana'));
    const { socket, id } = await joined(url);

    const marked = waitFor<OperatorSummary>(
      operator,
      'conversation',
      (summary) => summary.id === id && summary.askedForPersonAt !== undefined,
      20_000,
    );
    const handoff = waitFor<{ conversationId: string; humanAvailable: boolean }>(
      operator,
      'handoff',
      (event) => event.conversationId === id,
      20_000,
    );
    const told = waitFor<VisitorEntry>(
      socket,
      'entry',
      (entry) => entry.author?.kind === 'bot',
      20_000,
    );
    await emit(socket, 'message', { text: 'I want to talk to a person please' });
    // Closed every day: no opening to promise, and never "back at undefined".
    expect((await told).text).toMatch(/^Our team is away right now\. Leave your email/);
    expect(await marked).toMatchObject({ state: 'bot' });
    expect((await handoff).humanAvailable).toBe(false);

    // The list the inbox loads has the mark too.
    const listed = await emit<{ conversations: OperatorSummary[] }>(operator, 'conversations', {});
    expect(listed.conversations.find((c) => c.id === id)?.askedForPersonAt).toBeDefined();

    // Out of hours, an operator who is there takes it: the visitor is told, and the mark goes.
    const joinedByPerson = waitFor<VisitorEntry>(
      socket,
      'entry',
      (entry) => entry.state === 'human',
    );
    const taken = await emit<{ ok: boolean; summary: OperatorSummary }>(operator, 'takeover', {
      id,
    });
    expect(taken.ok).toBe(true);
    expect(taken.summary).toMatchObject({ state: 'human', assignee: 'Ana' });
    expect(taken.summary.askedForPersonAt).toBeUndefined();
    expect((await joinedByPerson).operator).toBe('Ana');
    const reply = waitFor<VisitorEntry>(
      socket,
      'entry',
      (entry) => entry.author?.kind === 'operator',
    );
    await emit(operator, 'message', { id, text: 'Hi, Ana here. How can I help?' });
    expect((await reply).text).toBe('Hi, Ana here. How can I help?');
  });

  it('is marked from the widget button too, and the mark survives a restart', async () => {
    const dir = closedProject();
    const first = await startServer({ dir });
    const { socket, id } = await joined(first.url);
    await emit(socket, 'message', { text: 'Hello' });
    await emit(socket, 'human', {});
    await expect
      .poll(() => first.server.context.store.summary(id)?.askedForPersonAt, { timeout: 20_000 })
      .toBeDefined();
    socket.disconnect();
    await first.server.close();

    const second = await startServer({ dir });
    const operator = await connectedOperator(second.url, await addOperator(dir, 'Ben'));
    const listed = await emit<{ conversations: OperatorSummary[] }>(operator, 'conversations', {});
    expect(listed.conversations.find((c) => c.id === id)).toMatchObject({ state: 'bot' });
    expect(listed.conversations.find((c) => c.id === id)?.askedForPersonAt).toBeDefined();
  });
});
