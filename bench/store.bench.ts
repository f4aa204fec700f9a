/**
 * The cost of storing one message as the history grows: 0, 100,000 and 1,000,000 messages
 * already stored (10,000 conversations of 100 messages for the largest). Each case opens the
 * store on that data and times 1,000 appends: 500 to fresh conversations and 500 to stored
 * 100-message ones, so both the total history and a conversation's own length are covered.
 * Targets from the server issue: p99 ≤ 2 ms at every size, 1M ≤ 2× the empty case.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Conversation } from '../src/domain/conversation.js';
import { LowdbStore, newId } from '../src/store/lowdb-store.js';
import { summarize } from '../src/store/summaries.js';
import { type BenchRow, percentile } from './harness.js';

const perConversation = 100;
// Beside the project, where a bot's data/ lives: on some machines /tmp is markedly slower for
// writes than the disk a bot's data would be on, and would measure the disk, not the store.
const benchRoot = fileURLToPath(new URL('../', import.meta.url));

function prefill(dir: string, messages: number): void {
  const conversationsDir = join(dir, 'conversations');
  mkdirSync(conversationsDir, { recursive: true });
  const at = new Date().toISOString();
  const summaries = [];
  for (let c = 0; c < messages / perConversation; c++) {
    const id = newId();
    const timeline = Array.from({ length: perConversation }, (_, i) => ({
      kind: 'message' as const,
      seq: i + 1,
      id: newId().slice(0, 22),
      at,
      author: { kind: i % 2 === 0 ? ('visitor' as const) : ('bot' as const) },
      text:
        i % 2 === 0
          ? 'How much is the Montserrat trip for two adults and a child?'
          : 'Montserrat monastery and cog railway: Duration 6 hours, Price €69.',
      attachments: [],
    }));
    const conversation: Conversation = {
      id,
      channel: 'widget',
      visitorId: newId(),
      createdAt: at,
      updatedAt: at,
      state: 'bot',
      lang: 'en',
      visitor: { utm: {}, pages: [], firstSeen: at, lastSeen: at },
      contact: {},
      bot: { failedInARow: 0, aiReplies: perConversation / 2 },
      uploads: [],
      lastSeq: perConversation,
      timeline,
    };
    const { timeline: _timeline, ...meta } = conversation;
    writeFileSync(
      join(conversationsDir, `${id}.json`),
      JSON.stringify({ ...meta, checkpointSeq: perConversation }),
    );
    writeFileSync(
      join(conversationsDir, `${id}.log`),
      timeline.map((e) => `${JSON.stringify({ e })}\n`).join(''),
    );
    summaries.push(summarize(conversation));
  }
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      savedAt: new Date(Date.now() + 60_000).toISOString(),
      conversations: summaries,
    }),
  );
}

async function measure(messages: number): Promise<number[]> {
  const dir = mkdtempSync(join(benchRoot, '.bench-store-'));
  try {
    prefill(dir, messages);
    settle();
    const store = new LowdbStore(dir);
    await store.open();
    const samples: number[] = [];
    const timeAppend = async (id: string, m: number) => {
      const started = performance.now();
      await store.append(id, {
        kind: 'message',
        author: { kind: 'visitor' },
        text: `Message ${m}: can I bring my dog on the Montserrat trip?`,
        attachments: [],
        clientId: `c${m}`,
      });
      samples.push(performance.now() - started);
    };
    for (let c = 0; c < 50; c++) {
      const { id } = await store.create({ visitorId: newId(), lang: 'en' });
      for (let m = 0; m < 10; m++) await timeAppend(id, m);
    }
    const stored = store
      .list()
      .filter((summary) => summary.messages >= perConversation)
      .slice(0, 50);
    for (const summary of stored) {
      await store.get(summary.id); // a returning visitor: read once, then appended to
      for (let m = 0; m < 10; m++) await timeAppend(summary.id, m);
    }
    await store.close();
    return samples;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    settle();
  }
}

/**
 * Flushes the bench's own bulk writes and deletions to disk, so the appends are measured on a
 * quiet disk instead of racing 250 MB of writeback or discards left by the previous case.
 */
function settle(): void {
  execFileSync('sync');
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  await measure(0); // warm-up: JIT and file-system caches, discarded
  let emptyP99 = 0;
  for (const [label, messages] of [
    ['0', 0],
    ['100k', 100_000],
    ['1M', 1_000_000],
  ] as const) {
    const samples = await measure(messages);
    const p99 = percentile(samples, 99);
    if (messages === 0) emptyP99 = p99;
    rows.push({
      bench: 'store',
      metric: `append, ${label} stored, p50`,
      value: percentile(samples, 50),
      unit: 'ms',
    });
    rows.push({
      bench: 'store',
      metric: `append, ${label} stored, p99`,
      value: p99,
      unit: 'ms',
      target: { max: 2 },
    });
    if (messages === 1_000_000)
      rows.push({
        bench: 'store',
        metric: 'p99 at 1M ÷ p99 at 0',
        value: p99 / emptyP99,
        unit: '×',
        target: { max: 2 },
      });
  }
  return rows;
}
