/**
 * Nothing acknowledged goes unanswered: a question whose reply was being written when the
 * process died (kill -9) or was stopped past its grace (SIGTERM) is answered at the next start,
 * or, when too old, gets an apology asking the visitor to repeat it; operators see which.
 * Real `chatbot start` processes on one data folder, a fake provider stuck mid-reply, real
 * socket.io visitors who come back with their tokens.
 */
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VisitorEntry } from '../../src/protocol/index.js';
import { type LlmFake, startLlmFake } from '../fakes/llm-fake.js';
import { configWithFakeModel } from '../helpers/ai.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { type ServerProcess, startProcess } from '../helpers/process-server.js';
import { demoProject } from '../helpers/project.js';
import { addOperator } from '../helpers/server.js';

const running: ServerProcess[] = [];
const sockets: Socket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
  for (const server of running.splice(0)) server.child.kill('SIGKILL');
});

interface Visitor {
  readonly token: string;
  readonly conversationId: string;
  readonly question: string;
}

/** Long enough that only a kill or a shutdown ends a reply the provider is stuck on. */
const patient = '{ firstToken: 60s, idle: 60s, total: 120s }';

async function bot(recovery: { maxAge: string }): Promise<{ dir: string; llm: LlmFake }> {
  // A provider that starts its reply and then hangs: the reply is being written when we strike.
  const llm = await startLlmFake('openai', { kind: 'stall', chunks: ['Let me check '] });
  cleanupAfterTest(() => llm.close());
  const config = `${configWithFakeModel(llm.baseURL, patient)}
server:
  origins: []
  shutdownGrace: 1s
  recovery: { maxAge: ${recovery.maxAge} }
`;
  return { dir: demoProject({ 'chatbot.config.yaml': config }), llm };
}

function open(url: string, auth: Record<string, unknown>): Socket {
  const socket = connect(`${url}/visitor`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth,
  });
  sockets.push(socket);
  return socket;
}

let asked = 0;

/** A visitor asks; resolves once the question is acknowledged (stored). */
async function ask(url: string, lang: string, question: string) {
  const socket = open(url, { lang });
  const { token } = await new Promise<{ token: string }>((resolve) =>
    socket.once('session', resolve),
  );
  const ack = (await socket
    .timeout(30_000)
    .emitWithAck('message', { clientId: `q-${++asked}`, text: question })) as {
    ok: boolean;
    conversationId: string;
  };
  expect(ack.ok).toBe(true);
  return { socket, visitor: { token, conversationId: ack.conversationId, question } };
}

/**
 * The visitor comes back with their token and waits for the bot's message after their question:
 * live if it comes after they connect, from the catch-up if it came before.
 */
async function comeBack(url: string, visitor: Visitor): Promise<VisitorEntry> {
  const socket = open(url, { token: visitor.token });
  const live = new Promise<VisitorEntry>((resolve) => {
    socket.on('entry', (entry: VisitorEntry) => {
      if (entry.author?.kind === 'bot') resolve(entry);
    });
  });
  const session = await new Promise<{ conversationId: string }>((resolve) =>
    socket.once('session', resolve),
  );
  expect(session.conversationId).toBe(visitor.conversationId);
  const caughtUp = (await socket.timeout(30_000).emitWithAck('sync', { after: 0 })) as {
    entries: VisitorEntry[];
  };
  const stored = caughtUp.entries.find((entry) => entry.author?.kind === 'bot');
  return stored ?? live;
}

async function transcript(url: string, operatorToken: string, id: string) {
  const response = await fetch(`${url}/api/operator/conversations/${id}`, {
    headers: { authorization: `Bearer ${operatorToken}` },
  });
  const body = (await response.json()) as {
    conversation: {
      timeline: Array<{
        kind: string;
        type?: string;
        author?: { kind: string };
        text?: string;
        data?: Record<string, unknown>;
      }>;
    };
  };
  return body.conversation.timeline;
}

const botMessages = (timeline: Awaited<ReturnType<typeof transcript>>) =>
  timeline.filter((entry) => entry.kind === 'message' && entry.author?.kind === 'bot');
const recoveryEvents = (timeline: Awaited<ReturnType<typeof transcript>>) =>
  timeline.filter((entry) => entry.type === 'recovery');

describe('questions a crash left unanswered', () => {
  it('are each answered once after a kill -9 mid-reply, and operators see it', async () => {
    const { dir, llm } = await bot({ maxAge: '10m' });
    const operatorToken = await addOperator(dir, 'Ana');
    const first = await startProcess(dir);
    running.push(first);

    const visitors: Visitor[] = [];
    await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const { visitor } = await ask(first.url, 'en', `Question ${i}: how much is Montserrat?`);
        visitors.push(visitor);
      }),
    );
    // Every reply is being written: the provider has every question and is stuck on each.
    await vi.waitFor(() => expect(llm.requests.length).toBe(50), {
      timeout: 60_000,
      interval: 100,
    });
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    for (const socket of sockets.splice(0)) socket.close();

    // The provider works again; the server comes back on the same data.
    llm.script({ kind: 'text', chunks: ['Montserrat ', 'costs 69 EUR.'] });
    const second = await startProcess(dir);
    running.push(second);
    const replies = await Promise.all(visitors.map((visitor) => comeBack(second.url, visitor)));
    expect(replies.map((reply) => reply.text)).toEqual(
      visitors.map(() => 'Montserrat costs 69 EUR.'),
    );
    const sample = visitors[0]!;
    const timeline = await transcript(second.url, operatorToken, sample.conversationId);
    expect(recoveryEvents(timeline)).toMatchObject([
      { data: { action: 'answered', questions: 1 } },
    ]);
    expect(second.logs()).toContain('a question left unanswered by a restart is being answered');

    // Restarted again: nothing is answered twice, and operators are not told twice.
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
    const third = await startProcess(dir);
    running.push(third);
    for (const visitor of [sample, visitors[49]!]) {
      const again = await transcript(third.url, operatorToken, visitor.conversationId);
      expect(botMessages(again)).toHaveLength(1);
      expect(recoveryEvents(again)).toHaveLength(1);
    }
    expect(llm.requests.length).toBe(100);
  }, 180_000);

  it('older than server.recovery.maxAge, get an apology in the visitor’s language instead', async () => {
    const { dir, llm } = await bot({ maxAge: '0s' });
    const operatorToken = await addOperator(dir, 'Ana');
    const first = await startProcess(dir);
    running.push(first);
    const english = (await ask(first.url, 'en', 'How much is Montserrat?')).visitor;
    const spanish = (await ask(first.url, 'es', '¿Cuánto cuesta Montserrat?')).visitor;
    await vi.waitFor(() => expect(llm.requests.length).toBe(2), {
      timeout: 60_000,
      interval: 100,
    });
    first.child.kill('SIGKILL');
    await first.exited;
    for (const socket of sockets.splice(0)) socket.close();

    const second = await startProcess(dir);
    running.push(second);
    expect((await comeBack(second.url, english)).text).toMatch(/send your question again/);
    expect((await comeBack(second.url, spanish)).text).toMatch(/tu pregunta otra vez/);
    // Apologies ask no provider.
    expect(llm.requests.length).toBe(2);
    const timeline = await transcript(second.url, operatorToken, english.conversationId);
    expect(recoveryEvents(timeline)).toMatchObject([{ data: { action: 'apology', questions: 1 } }]);
    const metrics = await (await fetch(`${second.url}/metrics`)).text();
    expect(metrics).toMatch(/^chatbot_recovered_questions_total\{outcome="apology"\} 2$/m);
  }, 120_000);
});

describe('a reply cut by a shutdown past its grace', () => {
  it('is withdrawn from the visitor still connected, and answered at the next start', async () => {
    const { dir, llm } = await bot({ maxAge: '10m' });
    const operatorToken = await addOperator(dir, 'Ana');
    const first = await startProcess(dir);
    running.push(first);
    const socket = open(first.url, { lang: 'en' });
    const { token } = await new Promise<{ token: string }>((resolve) =>
      socket.once('session', resolve),
    );
    const phases: string[] = [];
    const streaming = new Promise<void>((resolve) =>
      socket.on('reply', (event: { phase: string }) => {
        phases.push(event.phase);
        if (event.phase === 'delta') resolve();
      }),
    );
    const withdrawn = new Promise<void>((resolve) =>
      socket.on('reply', (event: { phase: string }) => {
        if (event.phase === 'cancel') resolve();
      }),
    );
    const ack = (await socket
      .timeout(30_000)
      .emitWithAck('message', { text: 'How much is Montserrat?' })) as {
      conversationId: string;
    };
    await streaming;

    // A deploy's restart: SIGTERM, and the provider still stuck when the grace runs out.
    first.child.kill('SIGTERM');
    await withdrawn;
    expect((await first.exited).code).toBe(0);
    expect(first.logs()).toContain('shutdown grace over');

    llm.script({ kind: 'text', chunks: ['Montserrat costs 69 EUR.'] });
    const second = await startProcess(dir);
    running.push(second);
    const visitor = { token, conversationId: ack.conversationId, question: '' };
    expect((await comeBack(second.url, visitor)).text).toBe('Montserrat costs 69 EUR.');
    const timeline = await transcript(second.url, operatorToken, ack.conversationId);
    expect(botMessages(timeline)).toHaveLength(1);
    expect(recoveryEvents(timeline)).toMatchObject([{ data: { action: 'answered' } }]);
    expect(phases).toEqual(['start', 'delta', 'cancel']);
  }, 120_000);
});
