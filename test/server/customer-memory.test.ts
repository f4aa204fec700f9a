/**
 * Customer memory against a real server: conversations of one person (the same visitor id,
 * email or phone) are listed to operators as their role reaches them and read without being
 * followed; with `memory.summaries: true` the bot's prompt, as the model receives it, carries a
 * summary of the person's earlier conversations.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PastResult, PeekResult } from '../../src/protocol/operator.js';
import { OperatorRegistry } from '../../src/store/operators.js';
import { startLlmFake } from '../fakes/llm-fake.js';
import { configWithFakeModel } from '../helpers/ai.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { demoProject } from '../helpers/project.js';
import {
  connectedOperator,
  emit,
  firstMessage,
  once,
  type RunningServer,
  startServer,
  visitor,
} from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';

/** A new visitor's first message; resolves once the contact details in it are stored. */
async function newVisitorSays(
  running: RunningServer,
  text: string,
  stored: (summary: { contactEmail?: string; contactPhone?: string }) => boolean = () => true,
) {
  const socket = visitor(running.url, { lang: 'en' });
  const session = await once<{ visitorId: string }>(socket, 'session');
  const { conversationId } = await firstMessage(socket, text);
  await eventually(() => {
    const summary = running.server.context.store.summary(conversationId);
    return summary !== undefined && stored(summary);
  }, 'the contact details to be stored');
  return { socket, id: conversationId, visitorId: session.visitorId };
}

describe('customer memory', () => {
  it("lists a person's conversations by visitor id, email and phone, as far as the role reaches", async () => {
    const running = await startServer();
    const { store, service } = running.server.context;
    const registry = new OperatorRegistry(join(running.dir, 'data'));
    const mia = (await registry.add('Mia', 'manager')).token;
    const ana = (await registry.add('Ana', 'agent', { teams: ['support'] })).token;
    const boris = (await registry.add('Boris', 'agent')).operator;

    const byEmail = await newVisitorSays(
      running,
      'Is the Girona trip on Mondays? My email is maria@example.com',
      (s) => s.contactEmail === 'maria@example.com',
    );
    const current = await newVisitorSays(
      running,
      'Hello again: maria@example.com, phone +34 612 345 678',
      (s) => s.contactPhone === '+34612345678',
    );
    const byPhone = await newVisitorSays(
      running,
      'Call me back on +34 612 345 678 please',
      (s) => s.contactPhone === '+34612345678',
    );
    const stranger = await newVisitorSays(running, 'Hello, anna@example.org here', (s) =>
      Boolean(s.contactEmail),
    );
    // An earlier conversation of the same browser, copied from another server.
    const copied = await store.create({ visitorId: current.visitorId, lang: 'en' });
    await store.append(copied.id, {
      kind: 'message',
      author: { kind: 'visitor' },
      text: 'Do you have Montserrat tours?',
      attachments: [],
    });
    // Boris has the first one: out of Ana's reach.
    await service.takeOver(byEmail.id, boris);

    const manager = await connectedOperator(running.url, mia);
    const all = await emit<{ ok: boolean } & PastResult>(manager, 'past', { id: current.id });
    expect(all.ok).toBe(true);
    expect(all.hidden).toBe(0);
    const linked = Object.fromEntries(all.conversations.map((c) => [c.id, c.linkedBy]));
    expect(linked).toEqual({
      [byEmail.id]: ['email'],
      [byPhone.id]: ['phone'],
      [copied.id]: ['visitor'],
    });
    expect(linked).not.toHaveProperty(stranger.id);
    expect(all.conversations.find((c) => c.id === byEmail.id)).toMatchObject({
      state: 'human',
      assignee: 'Boris',
      firstQuestion: 'Is the Girona trip on Mondays? My email is maria@example.com',
    });

    // The agent sees what her role reaches; the chat Boris holds is only counted.
    const agent = await connectedOperator(running.url, ana);
    const agentPast = await emit<PastResult>(agent, 'past', { id: current.id });
    expect(agentPast.conversations.map((c) => c.id).sort()).toEqual([byPhone.id, copied.id].sort());
    expect(agentPast.hidden).toBe(1);
    expect(await emit(agent, 'peek', { id: byEmail.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await emit(agent, 'past', { id: byEmail.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    // Reading one is read-only: the whole timeline, and nobody is shown as looking at it.
    const peeked = await emit<{ ok: boolean } & PeekResult>(agent, 'peek', { id: byPhone.id });
    expect(
      peeked.conversation.timeline.map((e) => (e.kind === 'message' ? e.text : e.type)),
    ).toContain('Call me back on +34 612 345 678 please');
    const managerPeek = await emit<PeekResult>(manager, 'peek', { id: byEmail.id });
    expect(managerPeek.conversation.assignee).toBe('Boris');
    expect(running.server.context.presence.viewersOf(byEmail.id)).toEqual([]);
    expect(await emit(manager, 'peek', { id: 'c_nosuchconversation' })).toMatchObject({
      ok: false,
    });
  });

  it("gives the model a summary of the person's earlier conversations with memory.summaries", async () => {
    const llm = await startLlmFake('openai', { kind: 'text', chunks: ['Happy to help.'] });
    cleanupAfterTest(() => llm.close());
    const dir = demoProject({
      'chatbot.config.yaml': `${configWithFakeModel(llm.baseURL)}memory:\n  summaries: true\n`,
    });
    const running = await startServer({ dir });
    const systemPrompt = (index: number) => {
      const messages = llm.requests[index]?.body.messages as Array<{
        role: string;
        content: string;
      }>;
      return messages.find((m) => m.role === 'system')?.content ?? '';
    };

    await newVisitorSays(running, 'How much is the Girona day trip? I am maria@example.com', (s) =>
      Boolean(s.contactEmail),
    );
    await eventually(() => llm.requests.length >= 1, 'the first question to reach the model');
    // A first conversation: nothing earlier to tell.
    expect(systemPrompt(0)).not.toContain('chatted with us before');

    const again = await newVisitorSays(running, 'maria@example.com', (s) =>
      Boolean(s.contactEmail),
    );
    const asked = llm.requests.length;
    await emit(again.socket, 'message', { text: 'And is lunch included?' });
    await eventually(() => llm.requests.length > asked, 'the follow-up to reach the model');
    const prompt = systemPrompt(llm.requests.length - 1);
    expect(prompt).toContain('This person has chatted with us before');
    expect(prompt).toContain('asked "How much is the Girona day trip? I am maria@example.com"');
    expect(prompt).toContain('left their email');
  });
});
