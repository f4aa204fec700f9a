/**
 * `chatbot stats` against numbers worked out by hand, on conversations made through the real
 * server by real visitor and operator sockets over three days and three languages. The clock
 * (Date only; timers run) is set before each step, so every stored time is known exactly.
 * The same report is read from the data folder (--data) and from the running server (--url).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GroupStats, StatsReport } from '../../src/stats/report.js';
import { runCli } from '../helpers/cli.js';
import {
  addOperator,
  connectedOperator,
  emit,
  once,
  type RunningServer,
  startServer,
  visitor,
  waitFor,
} from '../helpers/server.js';

interface Entry {
  kind: string;
  type?: string;
  author?: { kind: string };
  state?: string;
}

const sockets: Socket[] = [];

/**
 * Sets the clock. The socket.io client judges its heartbeat by Date.now(), and would take a
 * jump of minutes for a dead server and close: each open socket's deadline is pushed past the
 * jump (its next ping from the server sets it again).
 */
function at(iso: string): void {
  vi.setSystemTime(new Date(iso));
  for (const socket of sockets)
    (socket.io.engine as unknown as { _pingTimeoutTime: number })._pingTimeoutTime =
      Number.POSITIVE_INFINITY;
}

/** A visitor on a page: the socket, once the server has given it a session. */
async function arrive(url: string, auth: Record<string, unknown>): Promise<Socket> {
  const socket = visitor(url, auth);
  sockets.push(socket);
  await once(socket, 'session');
  return socket;
}

/** A message and, when the bot has the chat, its reply. */
async function say(socket: Socket, text: string, botAnswers = true): Promise<string> {
  const replied = botAnswers
    ? waitFor<Entry>(socket, 'entry', (entry) => entry.author?.kind === 'bot')
    : undefined;
  const ack = await emit<{ ok: boolean; conversationId: string }>(socket, 'message', { text });
  expect(ack.ok).toBe(true);
  await replied;
  return ack.conversationId;
}

async function operatorSays(operator: Socket, id: string, text: string): Promise<void> {
  expect((await emit<{ ok: boolean }>(operator, 'message', { id, text })).ok).toBe(true);
}

async function act(operator: Socket, action: 'takeover' | 'resolve', id: string): Promise<void> {
  expect((await emit<{ ok: boolean }>(operator, action, { id })).ok).toBe(true);
}

async function rate(socket: Socket, rating: number): Promise<void> {
  expect((await emit<{ ok: boolean }>(socket, 'rate', { rating })).ok).toBe(true);
}

/**
 * Seven conversations:
 * - Mon 2 March (in business hours), en: A asks, leaves an email, is resolved, rates 5 (the
 *   bot resolved it). B asks, presses "talk to a person", waits 60 s, an operator takes it,
 *   writes 90 s after the request, answers B's next message in 20 s; resolved, rated 2.
 * - Tue 3 March, es: C writes a handoff keyword, waits 180 s, taken, resolved with no
 *   operator message. D asks something the knowledge does not cover (a refusal), then a real
 *   question; resolved.
 * - Wed 4 March, 21:00 in Madrid (closed), ru/en: E asks, then presses the button out of hours.
 *   F only fills in the pre-chat form (a lead, no messages). G asks at 20:58 UTC: active at 21:00.
 */
async function buildFixture(running: RunningServer, operator: Socket): Promise<void> {
  const { url } = running;
  at('2026-03-02T10:00:00Z');
  const a = await arrive(url, {
    lang: 'en',
    page: 'https://site.test/tours?ref=1',
    utm: { utm_source: 'google', utm_campaign: 'spring' },
  });
  const aId = await say(a, 'How much is the Montserrat trip?');
  at('2026-03-02T10:00:30Z');
  await say(a, 'My email is ann@example.com');
  at('2026-03-02T10:01:00Z');
  await act(operator, 'resolve', aId);
  at('2026-03-02T10:01:10Z');
  await rate(a, 5);

  at('2026-03-02T10:10:00Z');
  const b = await arrive(url, { lang: 'en', page: 'https://site.test/prices' });
  const bId = await say(b, 'How much is the Montserrat trip?');
  at('2026-03-02T10:10:20Z');
  expect((await emit<{ ok: boolean }>(b, 'human', {})).ok).toBe(true);
  at('2026-03-02T10:11:20Z');
  await act(operator, 'takeover', bId);
  at('2026-03-02T10:11:50Z');
  await operatorSays(operator, bId, 'Hi, Ana here.');
  at('2026-03-02T10:12:00Z');
  await say(b, 'And for children?', false);
  at('2026-03-02T10:12:20Z');
  await operatorSays(operator, bId, 'Children pay half.');
  at('2026-03-02T10:13:00Z');
  await act(operator, 'resolve', bId);
  at('2026-03-02T10:13:05Z');
  await rate(b, 2);

  at('2026-03-03T11:00:00Z');
  const c = await arrive(url, { lang: 'es', utm: { utm_source: 'newsletter' } });
  const cId = await say(c, 'Hola, quiero hablar con una persona');
  at('2026-03-03T11:03:00Z');
  await act(operator, 'takeover', cId);
  at('2026-03-03T11:04:00Z');
  await act(operator, 'resolve', cId);

  at('2026-03-03T11:10:00Z');
  const d = await arrive(url, { lang: 'es' });
  const dId = await say(d, 'zqxv plorf wibble gronk');
  at('2026-03-03T11:10:30Z');
  await say(d, '¿Cuánto cuesta la excursión a Montserrat?');
  at('2026-03-03T11:11:00Z');
  await act(operator, 'resolve', dId);

  at('2026-03-04T20:00:00Z');
  const e = await arrive(url, { lang: 'ru' });
  await say(e, 'Сколько стоит экскурсия на Монтсеррат?');
  at('2026-03-04T20:00:30Z');
  expect((await emit<{ ok: boolean }>(e, 'human', {})).ok).toBe(true);

  at('2026-03-04T20:30:00Z');
  const f = await arrive(url, { lang: 'en' });
  expect(
    (await emit<{ ok: boolean }>(f, 'identify', { name: 'Fay', email: 'fay@example.com' })).ok,
  ).toBe(true);

  at('2026-03-04T20:58:00Z');
  const g = await arrive(url, { lang: 'en' });
  await say(g, 'How much is the Montserrat trip?');
}

/** What does not depend on when the report is made. */
function expectFixedNumbers(total: GroupStats): void {
  expect(total).toMatchObject({
    visitors: 7,
    conversations: 7,
    withMessages: 6,
    leads: 2,
    handedOff: 3,
    handoffRate: 0.5,
    handoffsByReason: { button: 1, keyword: 1, 'out-of-hours': 1, sentiment: 0 },
    waitTimeouts: 0,
    // Frozen clock: each reply is stored at the time of its question.
    botFirstResponse: { count: 6, p50: 0, p90: 0 },
    operatorFirstResponse: { count: 1, p50: 90_000, p90: 90_000, average: 90_000 },
    waitBeforeTakeover: { count: 2, p50: 60_000, p90: 180_000, average: 120_000 },
    operatorReply: { count: 1, p50: 20_000 },
    csat: {
      average: 3.5,
      distribution: { '1': 0, '2': 1, '3': 0, '4': 0, '5': 1 },
      responses: 2,
      responseRate: 0.5,
    },
    // A 4, B 6 (the button's announcement included), C 2, D 4, E 3, G 2.
    messages: 21,
    messagesPerConversation: 3.5,
    refusals: 1,
  });
  expect(total.leadConversion).toBeCloseTo(2 / 7);
  expect(total.providers).toMatchObject({ calls: 6, failures: 0 });
}

describe('chatbot stats', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    sockets.length = 0;
  });

  it('counts what happened through the server, the same from the data folder and from the server', async () => {
    const running = await startServer();
    const token = await addOperator(running.dir, 'Ana', 'manager');
    const operator = await connectedOperator(running.url, token);
    sockets.push(operator);
    await buildFixture(running, operator);

    // The refusal is recorded on the reply itself.
    const logs = readdirSync(join(running.dir, 'data/conversations')).filter((name) =>
      name.endsWith('.log'),
    );
    const refusals = logs.flatMap((name) =>
      readFileSync(join(running.dir, 'data/conversations', name), 'utf8')
        .split('\n')
        .filter((line) => line.includes('"refusal":true')),
    );
    expect(refusals).toHaveLength(1);

    // From the server, at 21:00 UTC on the 4th: G (2 minutes ago) is active, E (an hour) ended.
    at('2026-03-04T21:00:00Z');
    const period = ['--from', '2026-03-01', '--to', '2026-03-04'];
    const fromServer = await runCli(
      ['stats', ...period, '--by', 'day', '--format', 'json', '--url', running.url],
      { env: { CHATBOT_TOKEN: token } },
    );
    expect(fromServer.stderr).toBe('');
    expect(fromServer.code).toBe(0);
    const live = JSON.parse(fromServer.stdout) as StatsReport;
    expectFixedNumbers(live.total);
    expect(live.total).toMatchObject({
      activeNow: 1,
      ended: 5,
      botResolved: 1,
      botResolvedRate: 0.2,
    });
    expect(live.groups.map((group) => [group.key, group.conversations])).toEqual([
      ['2026-03-02', 2],
      ['2026-03-03', 2],
      ['2026-03-04', 3],
    ]);
    expect(live.perDay.map((day) => day.conversations)).toEqual([0, 2, 2, 3]);
    expect(live.groups[0]).toMatchObject({ leads: 1, handedOff: 1, csat: { average: 3.5 } });
    expect(live.groups[1]).toMatchObject({ refusals: 1, handoffsByReason: { keyword: 1 } });

    // From the data folder, read by another process while the server runs, months later:
    // nothing is active any more, and G, which the bot answered, has ended resolved by it.
    const fromData = await runCli([
      'stats',
      ...period,
      '--by',
      'utm_source',
      '--format',
      'json',
      '--data',
      join(running.dir, 'data'),
    ]);
    expect(fromData.code).toBe(0);
    const stored = JSON.parse(fromData.stdout) as StatsReport;
    expectFixedNumbers(stored.total);
    expect(stored.total).toMatchObject({ activeNow: 0, ended: 6, botResolved: 2 });
    expect(stored.groups.map((group) => [group.key, group.conversations])).toEqual([
      ['none', 5],
      ['google', 1],
      ['newsletter', 1],
    ]);

    const byLang = await runCli([
      'stats',
      ...period,
      '--by',
      'lang',
      '--format',
      'csv',
      '--data',
      join(running.dir, 'data'),
    ]);
    const rows = byLang.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^key,visitors,conversations,/);
    expect(rows.slice(1).map((row) => row.split(',').slice(0, 3).join(','))).toEqual([
      'en,4,4',
      'es,2,2',
      'ru,1,1',
      'all,7,7',
    ]);

    // No routing rules: every chat talked to the default assistant; the provider is the cascade
    // link that wrote the first AI reply, or none where the bot's own texts were all it sent.
    const groupsBy = async (by: string) => {
      const result = await runCli([
        'stats',
        ...period,
        '--by',
        by,
        '--format',
        'json',
        '--data',
        join(running.dir, 'data'),
      ]);
      expect(result.code).toBe(0);
      return (JSON.parse(result.stdout) as StatsReport).groups.map((group) => [
        group.key,
        group.conversations,
      ]);
    };
    expect(await groupsBy('assistant')).toEqual([['default', 7]]);
    expect(await groupsBy('provider')).toEqual([
      ['offline', 5],
      ['none', 2],
    ]);

    // The summary people read.
    const table = await runCli(['stats', ...period, '--data', join(running.dir, 'data')]);
    expect(table.stdout).toContain('2026-03-01 00:00 → 2026-03-05 00:00 UTC');
    expect(table.stdout).toMatch(/Resolved by the bot\s+2 of 6 ended \(33%\)/);
    expect(table.stdout).toMatch(
      /Handed to a person\s+3 \(50%\): button 1, keyword 1, out-of-hours 1/,
    );
    expect(table.stdout).toMatch(/Wait before takeover\s+1m00s \/ 3m00s \(n=2\)/);
    expect(table.stdout).toMatch(/CSAT\s+3\.50 avg, 2 ratings \(50% of resolved\)/);

    // The counters among them, as Prometheus metrics.
    const metrics = await (await fetch(`${running.url}/metrics`)).text();
    expect(metrics).toContain('chatbot_handoffs_total{reason="button"} 1');
    expect(metrics).toContain('chatbot_handoffs_total{reason="keyword"} 1');
    expect(metrics).toContain('chatbot_handoffs_total{reason="out-of-hours"} 1');
    expect(metrics).toContain('chatbot_refusals_total 1');
    expect(metrics).toContain('chatbot_ratings_total{rating="5"} 1');
    expect(metrics).toContain('chatbot_leads_total 2');
  });

  it('says what is wrong with a period or a grouping, and refuses a wrong token', async () => {
    const running = await startServer();
    const token = await addOperator(running.dir, 'Ana', 'manager');
    const badBy = await runCli(['stats', '--by', 'colour', '--data', join(running.dir, 'data')]);
    expect(badBy.code).toBe(2);
    expect(badBy.stderr).toContain('colour');
    const badSince = await runCli([
      'stats',
      '--since',
      'a week',
      '--data',
      join(running.dir, 'data'),
    ]);
    expect(badSince.code).toBe(2);
    expect(badSince.stderr).toContain('--since takes a duration like 7d');
    const response = await fetch(`${running.url}/api/operator/stats?from=yesterday`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain('from takes a date');
    const refused = await fetch(`${running.url}/api/operator/stats`, {
      headers: { authorization: 'Bearer cbo_wrong' },
    });
    expect(refused.status).toBe(401);
  });
});
