/**
 * `chatbot stats` over a data folder of 100,000 conversations and 1,000,000 messages, written
 * in the embedded store's own file format (a meta document and a timeline log per
 * conversation, and index.json's list rows built through the store's own summary code, so they
 * carry the stats facts as a server's do), spread over 30 days, 3 languages, handoffs, ratings,
 * leads and provider calls. Target: the whole report in ≤ 2 s (issue 24), read as a user runs
 * it: the built binary.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  Conversation,
  ConversationSummary,
  TimelineEntry,
} from '../src/domain/conversation.js';
import { summarize, summarizeAppend } from '../src/store/summaries.js';
import { type BenchRow, percentile } from './harness.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = `${root}bin/chatbot.js`;
const conversations = 100_000;
const messagesEach = 10;
const dayMs = 86_400_000;

/** A pseudo-random sequence: the same data every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function hex(n: number): string {
  return n.toString(16).padStart(32, '0');
}

const questions = [
  'How much does the Montserrat day trip cost for two adults and a child?',
  'Do you pick up from hotels in the Gothic quarter in the morning?',
  '¿Cuánto cuesta la excursión a Montserrat?',
  'Сколько стоит экскурсия и можно ли оплатить картой?',
];

function conversation(
  index: number,
  now: number,
  next: () => number,
): { meta: string; log: string; summary: ConversationSummary } {
  const id = hex(index + 1);
  // Over by an hour ago, as a folder copied off a server or a server's quiet hour leaves it.
  const created = now - 3_600_000 - Math.floor(next() * 30 * dayMs);
  const at = (offsetMs: number) => new Date(created + offsetMs).toISOString();
  const lang = ['en', 'es', 'ru'][index % 3]!;
  const lines: string[] = [];
  let seq = 0;
  const line = (entry: Record<string, unknown>, patch?: Record<string, unknown>) => {
    seq++;
    lines.push(
      JSON.stringify(
        patch
          ? { e: { seq, id: `m${seq}x${index}`, ...entry }, m: patch }
          : { e: { seq, id: `m${seq}x${index}`, ...entry } },
      ),
    );
  };
  const handedOff = next() < 0.2;
  let t = 0;
  for (let turn = 0; turn < messagesEach / 2; turn++) {
    t += 20_000 + Math.floor(next() * 60_000);
    line({
      at: at(t),
      kind: 'message',
      author: { kind: 'visitor' },
      text: questions[(index + turn) % 4],
      attachments: [],
      clientId: `c${turn}`,
    });
    t += 800 + Math.floor(next() * 3000);
    if (handedOff && turn === 2) {
      line({
        at: at(t),
        kind: 'event',
        type: 'handoff-request',
        data: { reason: 'button', humanAvailable: true },
      });
      line(
        {
          at: at(t),
          kind: 'event',
          type: 'state',
          data: { from: 'bot', to: 'waiting', by: 'visitor', reason: 'button' },
        },
        { state: 'waiting' },
      );
      t += 30_000 + Math.floor(next() * 240_000);
      line(
        {
          at: at(t),
          kind: 'event',
          type: 'state',
          data: { from: 'waiting', to: 'human', by: 'Maria' },
        },
        { state: 'human', assignee: 'Maria' },
      );
    }
    const refusal = next() < 0.1;
    line({
      at: at(t),
      kind: 'message',
      author: handedOff && turn >= 2 ? { kind: 'operator', name: 'Maria' } : { kind: 'bot' },
      text: 'The Montserrat day trip costs 75 EUR for adults and 45 EUR for children, hotel pick-up included.',
      attachments: [],
      ...(handedOff && turn >= 2
        ? {}
        : {
            clientId: `r${turn}`,
            bot: {
              citations: [{ id: 'montserrat', title: 'Montserrat day trip' }],
              provider: 'openai',
              model: 'gpt-4o-mini',
              latencyMs: 900,
              failed: refusal,
              ...(refusal ? { refusal: true } : {}),
              attempts: [
                {
                  provider: 'openai',
                  model: 'gpt-4o-mini',
                  outcome: 'ok',
                  firstTokenMs: 400,
                  totalMs: 900,
                  tokens: { input: 1800, output: 120 },
                },
              ],
              inReplyTo: seq,
            },
          }),
    });
  }
  if (next() < 0.15)
    line(
      {
        at: at(t + 1000),
        kind: 'event',
        type: 'lead',
        data: {
          added: { email: `v${index}@example.com` },
          contact: { email: `v${index}@example.com` },
        },
      },
      { contact: { email: `v${index}@example.com` } },
    );
  const resolved = next() < 0.5;
  if (resolved) {
    line(
      {
        at: at(t + 2000),
        kind: 'event',
        type: 'state',
        data: { from: handedOff ? 'human' : 'bot', to: 'resolved', by: 'Maria' },
      },
      { state: 'resolved' },
    );
    if (next() < 0.4)
      line({
        at: at(t + 3000),
        kind: 'event',
        type: 'rating',
        data: { rating: 1 + Math.floor(next() * 5) },
      });
  }
  const meta = {
    id,
    channel: 'widget',
    visitorId: hex(index + 1_000_000),
    createdAt: at(0),
    updatedAt: at(0),
    state: 'bot',
    lang,
    visitor: {
      utm: index % 4 === 0 ? { utm_source: 'google', utm_campaign: 'spring' } : {},
      firstSeen: at(0),
      lastSeen: at(0),
      page: `https://example.com/tours/${index % 20}`,
      pages: [{ url: `https://example.com/tours/${index % 20}`, at: at(0) }],
    },
    contact: {},
    bot: { failedInARow: 0, aiReplies: 0 },
    uploads: [],
    lastSeq: 0,
    checkpointSeq: 0,
  };
  // The list row the store keeps in index.json, built as the store builds it: line by line,
  // each line's changes applied first, as it reads a log back (facts for the stats included).
  return {
    meta: JSON.stringify(meta),
    log: `${lines.join('\n')}\n`,
    summary: rowOf(meta as unknown as Conversation, lines),
  };
}

function rowOf(meta: Conversation, lines: readonly string[]): ConversationSummary {
  const conversation: Conversation = { ...meta, timeline: [] };
  let row: ConversationSummary | undefined;
  for (const text of lines) {
    const line = JSON.parse(text) as { e: TimelineEntry; m?: Partial<Conversation> };
    conversation.timeline = [line.e];
    conversation.lastSeq = line.e.seq;
    conversation.updatedAt = line.e.at;
    if (line.m) Object.assign(conversation, line.m);
    row = row ? summarizeAppend(row, conversation, line.e) : summarize(conversation);
  }
  return row ?? summarize(conversation);
}

export function generate(dir: string, count = conversations): { messages: number } {
  const conversationsDir = join(dir, 'conversations');
  mkdirSync(conversationsDir, { recursive: true });
  const next = random(24);
  const now = Date.now();
  let messages = 0;
  const summaries: ConversationSummary[] = [];
  for (let index = 0; index < count; index++) {
    const { meta, log, summary } = conversation(index, now, next);
    summaries.push(summary);
    messages += (log.match(/"kind":"message"/g) ?? []).length;
    const metaFile = join(conversationsDir, `${hex(index + 1)}.json`);
    const logFile = join(conversationsDir, `${hex(index + 1)}.log`);
    writeFileSync(metaFile, meta);
    writeFileSync(logFile, log);
    // Written when the conversation last changed, as a server writes them, before the list's save.
    const changed = new Date(summary.updatedAt);
    utimesSync(metaFile, changed, changed);
    utimesSync(logFile, changed, changed);
  }
  // The folder's own time is its last file made: the newest conversation's.
  const newest = new Date(
    summaries.reduce((latest, summary) => Math.max(latest, Date.parse(summary.createdAt)), 0),
  );
  utimesSync(conversationsDir, newest, newest);
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({ savedAt: new Date().toISOString(), conversations: summaries }),
  );
  return { messages };
}

function timeStats(dir: string): { ms: number; maxRssMb: number } {
  const started = performance.now();
  const result = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%M',
      process.execPath,
      bin,
      'stats',
      '--data',
      dir,
      '--since',
      '31d',
      '--format',
      'json',
    ],
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const ms = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`chatbot stats exited ${result.status}: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as {
    total: { conversations: number; messages: number };
  };
  if (report.total.conversations !== conversations)
    throw new Error(`chatbot stats counted ${report.total.conversations} conversations`);
  const maxRssKb = Number(result.stderr.trim().split('\n').pop());
  return { ms, maxRssMb: maxRssKb / 1024 };
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'chatbot-stats-bench-'));
  try {
    const { messages } = generate(dir);
    if (messages !== conversations * messagesEach)
      throw new Error(`generated ${messages} messages`);
    timeStats(dir); // the file cache warm, as on a server that has been writing them
    const runs = [timeStats(dir), timeStats(dir), timeStats(dir)];
    return [
      {
        bench: 'stats',
        metric: `chatbot stats, ${conversations / 1000}k conversations / ${messages / 1e6}M messages, p50`,
        value:
          percentile(
            runs.map((one) => one.ms),
            50,
          ) / 1000,
        unit: 's',
        target: { max: 2 },
      },
      {
        bench: 'stats',
        metric: 'chatbot stats peak memory (RSS)',
        value: Math.max(...runs.map((one) => one.maxRssMb)),
        unit: 'MB',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
