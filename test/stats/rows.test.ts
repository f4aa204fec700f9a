/**
 * The stats from the conversation list rows: the same numbers as reading every conversation's
 * history, on a folder written by the real server (a handoff, a takeover, operator replies, a
 * rating, a lead, a refusal); an old list without the rows' facts falls back to the histories;
 * and the server's route answers from its store's list, not from the conversation files.
 */
import {
  readdirSync,
  readFileSync,
  renameSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { generate } from '../../bench/stats.bench.js';
import type { ConversationSummary } from '../../src/domain/conversation.js';
import { computeStats } from '../../src/stats/compute.js';
import { DataDirFacts } from '../../src/stats/data-dir.js';
import { helperFrom } from '../../src/stats/helper-read.js';
import { periodOf } from '../../src/stats/period.js';
import type { StatsReport } from '../../src/stats/report.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/project.js';
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

const sockets: Socket[] = [];

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

async function arrive(url: string, auth: Record<string, unknown>): Promise<Socket> {
  const socket = visitor(url, auth);
  sockets.push(socket);
  await once(socket, 'session');
  return socket;
}

async function say(socket: Socket, text: string, botAnswers = true): Promise<string> {
  const replied = botAnswers
    ? waitFor<{ author?: { kind: string } }>(
        socket,
        'entry',
        (entry) => entry.author?.kind === 'bot',
      )
    : undefined;
  const ack = await emit<{ ok: boolean; conversationId: string }>(socket, 'message', { text });
  expect(ack.ok).toBe(true);
  await replied;
  return ack.conversationId;
}

async function ok(socket: Socket, event: string, payload: Record<string, unknown>): Promise<void> {
  expect((await emit<{ ok: boolean }>(socket, event, payload)).ok).toBe(true);
}

/** Three conversations: handed over and rated; a lead; a refusal left open. */
async function converse(running: RunningServer, operator: Socket): Promise<void> {
  const a = await arrive(running.url, {
    lang: 'en',
    page: 'https://site.test/tours?ref=1',
    utm: { utm_source: 'google', utm_campaign: 'spring' },
  });
  const aId = await say(a, 'How much is the Montserrat trip?');
  await ok(a, 'human', {});
  await ok(operator, 'takeover', { id: aId });
  await ok(operator, 'message', { id: aId, text: 'Hi, Ana here.' });
  await say(a, 'And for children?', false);
  await ok(operator, 'message', { id: aId, text: 'Children pay half.' });
  await ok(operator, 'resolve', { id: aId });
  await ok(a, 'rate', { rating: 4 });

  const b = await arrive(running.url, { lang: 'es' });
  const bId = await say(b, '¿Cuánto cuesta la excursión a Montserrat?');
  await say(b, 'My email is bea@example.com');
  await ok(operator, 'resolve', { id: bId });

  const c = await arrive(running.url, { lang: 'en' });
  await say(c, 'zqxv plorf wibble gronk');
}

/** One moment for every report, after the conversations were made: the reports compare equal. */
let now = new Date();
const report = (dataDir: string, by?: 'utm_source') => {
  const period = periodOf({ since: '7d' }, now);
  return computeStats(new DataDirFacts(dataDir), by ? { ...period, by } : period, { now });
};

/** Every conversation file dated an hour back: older than the list's save, so rows are current. */
function backdate(conversationsDir: string): void {
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const name of readdirSync(conversationsDir))
    utimesSync(join(conversationsDir, name), hourAgo, hourAgo);
}

describe('stats from the conversation list rows', () => {
  it('gives the numbers the conversation histories give, and old lists fall back to them', async () => {
    const running = await startServer();
    const operator = await connectedOperator(
      running.url,
      await addOperator(running.dir, 'Ana', 'manager'),
    );
    sockets.push(operator);
    await converse(running, operator);
    await running.server.close();
    now = new Date(Date.now() + 1000);
    const data = join(running.dir, 'data');
    const conversations = join(data, 'conversations');
    backdate(conversations);
    const indexFile = join(data, 'index.json');
    const index = readFileSync(indexFile, 'utf8');
    const rows = (JSON.parse(index) as { conversations: ConversationSummary[] }).conversations;
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.facts !== undefined)).toBe(true);

    // With no list, every history is read.
    renameSync(indexFile, `${indexFile}.away`);
    const fromFiles = await report(data);
    const fromFilesByUtm = await report(data, 'utm_source');
    renameSync(`${indexFile}.away`, indexFile);

    const fromRows = await report(data);
    expect(fromRows).toEqual(fromFiles);
    expect(await report(data, 'utm_source')).toEqual(fromFilesByUtm);
    expect(fromRows.total).toMatchObject({
      conversations: 3,
      leads: 1,
      // The button, or out of hours: the demo's business hours and today's time decide.
      handedOff: 1,
      operatorFirstResponse: { count: 1 },
      operatorReply: { count: 1 },
      csat: { responses: 1, average: 4 },
      refusals: 1,
    });
    expect(fromFilesByUtm.groups.map((group) => [group.key, group.conversations])).toEqual([
      ['none', 2],
      ['google', 1],
    ]);

    // An old list, written before rows kept the facts: those conversations' histories are read.
    const old = JSON.parse(index) as { savedAt: string; conversations: ConversationSummary[] };
    const withoutFacts = old.conversations.map(({ facts: _facts, ...row }) => row);
    writeFileSync(indexFile, JSON.stringify({ ...old, conversations: withoutFacts }));
    expect(await report(data)).toEqual(fromFiles);

    // Current rows are the whole answer: the histories are not read at all.
    writeFileSync(indexFile, index);
    for (const name of readdirSync(conversations))
      if (name.endsWith('.log')) truncateSync(join(conversations, name));
    backdate(conversations);
    // The folder itself too: nothing made or removed since the save, so it is not even walked.
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(conversations, hourAgo, hourAgo);
    expect(await report(data)).toEqual(fromFiles);
  });

  it("answers on the server's route from its store's list, without the conversation files", async () => {
    const running = await startServer();
    const token = await addOperator(running.dir, 'Ana', 'manager');
    const operator = await connectedOperator(running.url, token);
    sockets.push(operator);
    await converse(running, operator);
    const ask = async (since: string) => {
      const response = await fetch(`${running.url}/api/operator/stats?since=${since}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      return (await response.json()) as StatsReport;
    };
    const before = await ask('7d');
    expect(before.total).toMatchObject({ conversations: 3, leads: 1, handedOff: 1, refusals: 1 });

    // The folder moved away: the store's list in memory is what the route reads.
    const conversations = join(running.dir, 'data', 'conversations');
    renameSync(conversations, `${conversations}.away`);
    try {
      const after = await ask('8d');
      const {
        activeNow: _a,
        ended: _e,
        botResolved: _b,
        botResolvedRate: _r,
        ...rest
      } = after.total;
      expect(before.total).toMatchObject(rest);
      expect(after.unreadable).toBe(0);
    } finally {
      renameSync(`${conversations}.away`, conversations);
    }
  });
});

describe('a large folder', () => {
  it('gives the same report from its rows as from its logs read on two threads', async () => {
    const dir = tempDir();
    const { messages } = generate(dir, helperFrom + 1000);
    const cli = async () => {
      const run = await runCli(['stats', '--data', dir, '--since', '31d', '--format', 'json']);
      expect(run.stderr).toBe('');
      return JSON.parse(run.stdout) as StatsReport;
    };
    const fromRows = await cli();
    renameSync(join(dir, 'index.json'), join(dir, 'index.json.away'));
    const fromLogs = await cli();
    expect(fromRows.total).toMatchObject({ conversations: helperFrom + 1000, messages });
    // Only "active now" and what follows from it move with the second between the reports.
    const settled = ({ total }: StatsReport) => {
      const { activeNow: _a, ended: _e, botResolved: _b, botResolvedRate: _r, ...rest } = total;
      return rest;
    };
    expect(settled(fromRows)).toEqual(settled(fromLogs));
  });
});
