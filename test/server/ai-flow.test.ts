import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReplyEvent, VisitorEntry } from '../../src/protocol/index.js';
import { type HttpRecorder, startHttpRecorder, telegramOk } from '../fakes/http-recorder.js';
import { type Behaviour, type LlmFake, startLlmFake } from '../fakes/llm-fake.js';
import { configWithFakeModel } from '../helpers/ai.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { demoProject } from '../helpers/project.js';
import {
  addOperator,
  connectedOperator,
  emit,
  once,
  type RunningServer,
  record,
  sleep,
  startServer,
  visitor,
  waitFor,
} from '../helpers/server.js';
import { eventually, gate } from '../helpers/wait.js';

/** The demo bot answering through a fake OpenAI first, offline second; no business hours. */
/** The servers aiBot started, by URL. */
const started = new Map<string, RunningServer>();

async function aiBot(
  options: {
    script?: Behaviour[];
    waitTimeout?: string;
    telegram?: HttpRecorder;
    apiKey?: string;
  } = {},
) {
  const llm: LlmFake = await startLlmFake('openai', ...(options.script ?? []));
  cleanupAfterTest(() => llm.close());
  const config = `${configWithFakeModel(llm.baseURL)}handoff:
  waitTimeout: ${options.waitTimeout ?? '5m'}
${options.apiKey ? `api: { keys: ["${options.apiKey}"] }` : ''}
${
  options.telegram
    ? `notify:
  telegram: { token: "123:abc", chatId: 42, apiBaseUrl: "${options.telegram.url}" }`
    : ''
}
`;
  const dir = demoProject({ 'chatbot.config.yaml': config });
  const running = await startServer({ dir });
  started.set(running.url, running);
  return { ...running, llm };
}

/**
 * A visitor whose conversation exists before they write (as after an earlier visit), so an
 * operator can watch it from the first message: made through the server's own chat service.
 */
async function joinedVisitor(url: string, lang = 'en') {
  const running = started.get(url)!;
  const socket = visitor(url, { lang });
  const session = await once<{ visitorId: string }>(socket, 'session');
  const conversation = await running.server.context.service.visitorConversation(session.visitorId, {
    lang,
  });
  return { socket, id: conversation.id };
}

describe('AI replies through the server', () => {
  it('stream to the visitor and to operators watching, then arrive as one stored message', async () => {
    // The model holds the rest of its reply until the visitor has seen the first piece: streamed,
    // whatever the machine's speed.
    const firstPieceSeen = gate();
    const { url, dir } = await aiBot({
      script: [
        { kind: 'text', chunks: ['Montserrat ', 'costs ', '65 EUR.'], hold: firstPieceSeen.opened },
      ],
    });
    const operator = await connectedOperator(url, await addOperator(dir, 'Ana'));
    const { socket, id } = await joinedVisitor(url);
    await emit(operator, 'open', { id });
    const visitorReplies = record<ReplyEvent>(socket, 'reply');
    void waitFor<ReplyEvent>(socket, 'reply', (event) => event.phase === 'delta').then(
      firstPieceSeen.open,
    );
    const operatorReplies = record<ReplyEvent>(operator, 'reply');
    const typing = waitFor<{ who: string; on: boolean }>(
      socket,
      'typing',
      (t) => t.who === 'bot' && t.on,
    );
    const stored = waitFor<VisitorEntry>(socket, 'entry', (entry) => entry.author?.kind === 'bot');
    const operatorEntry = waitFor<{
      entry: { bot?: { provider: string; attempts: Array<{ outcome: string }> } };
    }>(operator, 'entry', (event) => event.entry.bot !== undefined);
    await emit(socket, 'message', { text: 'How much is the Montserrat trip?' });
    await typing;
    const entry = await stored;
    // The first piece alone; the rest may stream too, or, when it comes in one burst with the
    // end, arrive only in the stored message, which replaces the streamed text.
    const deltas = (events: ReplyEvent[]) =>
      events.filter((e) => e.phase === 'delta').map((e) => e.text);
    expect(visitorReplies[0]!.phase).toBe('start');
    expect(deltas(visitorReplies)[0]).toBe('Montserrat ');
    expect(entry.text).toBe('Montserrat costs 65 EUR.');
    expect(entry.text!.startsWith(deltas(visitorReplies).join(''))).toBe(true);
    expect(entry.clientId).toBe(visitorReplies[0]!.replyId);
    expect(deltas(operatorReplies)[0]).toBe('Montserrat ');
    expect(entry.text!.startsWith(deltas(operatorReplies).join(''))).toBe(true);
    const details = (await operatorEntry).entry.bot!;
    expect(details.provider).toBe('openai/gpt-test');
    expect(details.attempts.map((attempt) => attempt.outcome)).toEqual(['ok']);
  });

  it('replace a reply cut mid-stream with the next provider’s, never doubled', async () => {
    const { url } = await aiBot({ script: [{ kind: 'cut', chunks: ['The Montserrat trip '] }] });
    const { socket } = await joinedVisitor(url);
    const replies = record<ReplyEvent>(socket, 'reply');
    const stored = waitFor<VisitorEntry>(socket, 'entry', (entry) => entry.author?.kind === 'bot');
    await emit(socket, 'message', { text: 'How much is the Montserrat trip?' });
    const entry = await stored;
    const phases = replies.map((event) => event.phase);
    expect(phases.slice(0, 3)).toEqual(['start', 'delta', 'reset']);
    // What the widget shows: deltas since the last reset.
    let shown = '';
    for (const event of replies) {
      if (event.phase === 'reset') shown = '';
      if (event.phase === 'delta') shown += event.text;
    }
    expect(shown).toBe(entry.text);
    expect(entry.text).not.toContain('The Montserrat trip The');
    expect(entry.text).toMatch(/^Montserrat/);
  });

  it('are cancelled mid-stream when an operator takes over, and nothing is stored', async () => {
    const { url, dir, server } = await aiBot({
      script: [{ kind: 'stall', chunks: ['Let me check '] }],
    });
    const operator = await connectedOperator(url, await addOperator(dir, 'Ana'));
    const { socket, id } = await joinedVisitor(url);
    const started = waitFor<ReplyEvent>(socket, 'reply', (event) => event.phase === 'delta');
    const cancelled = waitFor<ReplyEvent>(socket, 'reply', (event) => event.phase === 'cancel');
    await emit(socket, 'message', { text: 'How much is the Montserrat trip?' });
    await started;
    await emit(operator, 'takeover', { id });
    await cancelled;
    await sleep(500);
    const conversation = await server.context.service.get(id);
    expect(conversation.state).toBe('human');
    expect(
      conversation.timeline.filter(
        (entry) => entry.kind === 'message' && entry.author.kind === 'bot',
      ),
    ).toEqual([]);
  });

  it('turn contact details into a lead, notify the owner, and count attempts in metrics', async () => {
    const telegram = await startHttpRecorder(telegramOk);
    cleanupAfterTest(() => telegram.close());
    const { url, dir } = await aiBot({
      script: [
        {
          kind: 'tool',
          name: 'save_lead',
          arguments: '{"name":"Maria","email":"maria@example.com","note":"Girona, 4 people"}',
        },
        { kind: 'text', chunks: ['Thank you, Maria!'] },
      ],
      telegram,
    });
    const { socket } = await joinedVisitor(url);
    const stored = waitFor<VisitorEntry>(socket, 'entry', (entry) => entry.author?.kind === 'bot');
    await emit(socket, 'message', { text: 'Please book Girona for four of us' });
    await stored;
    await eventually(() => telegram.calls.length > 0, 'the Telegram notification');
    const text = JSON.parse(telegram.calls[0]!.body).text as string;
    expect(text).toContain('New lead');
    expect(text).toContain('maria@example.com');
    expect(text).toContain('Note: Girona, 4 people');
    const leads = JSON.parse(readFileSync(join(dir, 'data', 'leads.json'), 'utf8')).leads;
    expect(leads).toMatchObject([{ name: 'Maria', email: 'maria@example.com', lang: 'en' }]);

    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(
      /chatbot_ai_attempts_total\{provider="openai\/gpt-test",outcome="ok"\} 1/,
    );
    expect(metrics).toMatch(
      /chatbot_ai_tokens_total\{provider="openai\/gpt-test",kind="input"\} 240/,
    );
  });

  it('tell a waiting visitor when nobody came, ask for contact, and notify the owner', async () => {
    const telegram = await startHttpRecorder(telegramOk);
    cleanupAfterTest(() => telegram.close());
    const { url, server } = await aiBot({ waitTimeout: '1s', telegram });
    const { socket, id } = await joinedVisitor(url, 'es');
    const waiting = waitFor<VisitorEntry>(socket, 'entry', (entry) => entry.state === 'waiting');
    await emit(socket, 'message', { text: 'Quiero hablar con una persona' });
    await waiting;
    const told = await waitFor<VisitorEntry>(
      socket,
      'entry',
      (entry) => entry.author?.kind === 'bot' && Boolean(entry.text?.includes('ocupado')),
    );
    expect(told.text).toContain('correo o teléfono');
    expect((await server.context.service.get(id)).state).toBe('bot');
    await eventually(() => telegram.calls.length >= 2, 'both Telegram notifications');
    const texts = telegram.calls.map((call) => JSON.parse(call.body).text as string);
    expect(texts[0]).toContain('is waiting for a person');
    expect(texts[1]).toContain('waited and nobody answered');
  });

  it('stream over the public API as server-sent events, with a reset when a provider fails', async () => {
    const key = 'test-api-key-0123456789';
    const { url } = await aiBot({
      script: [{ kind: 'cut', chunks: ['The Montserrat trip '] }],
      apiKey: key,
    });
    const response = await fetch(`${url}/api/v1/chat`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/json',
        accept: 'text/event-stream',
      },
      body: JSON.stringify({ externalId: 'crm-1', message: 'How much is the Montserrat trip?' }),
    });
    const events = (await response.text())
      .trim()
      .split('\n\n')
      .map((block) => block.split('\n')[0]!.slice('event: '.length));
    expect(events).toEqual(['delta', 'reset', 'delta', 'done']);
  });
});
