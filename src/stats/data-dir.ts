/**
 * Reads the embedded store's conversation files for stats, read-only and without the data
 * folder's lock, so it is safe beside a running server: a meta document is replaced by rename
 * (never seen half-written), and a log line still being appended (no newline yet) is skipped.
 * One conversation is in memory at a time; the folder is walked once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { TimelineEntry } from '../store/model.js';
import { type ConversationFacts, FactsBuilder, type StoredConversation } from './facts.js';

export interface FactsSource {
  /** Facts of every conversation created in [from, to), in no particular order. */
  facts(from: Date, to: Date): AsyncIterable<ConversationFacts>;
  /** Conversation files that could not be read in the last walk. */
  readonly unreadable: number;
}

type StoredMeta = StoredConversation & { readonly checkpointSeq?: number };

const idFile = /^[0-9a-f]{32}\.json$/;
/** Conversations read between two yields to the event loop: a server keeps answering. */
const batch = 200;

export class DataDirFacts implements FactsSource {
  unreadable = 0;

  constructor(private readonly dataDir: string) {}

  async *facts(from: Date, to: Date): AsyncIterable<ConversationFacts> {
    this.unreadable = 0;
    const dir = join(this.dataDir, 'conversations');
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const fromIso = from.toISOString();
    const toIso = to.toISOString();
    let read = 0;
    for (const name of names) {
      if (!idFile.test(name)) continue;
      if (++read % batch === 0) await nextTurn();
      const facts = this.read(dir, name.slice(0, -5), fromIso, toIso);
      if (facts) yield facts;
    }
  }

  private read(
    dir: string,
    id: string,
    fromIso: string,
    toIso: string,
  ): ConversationFacts | undefined {
    let meta: StoredMeta;
    try {
      meta = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as StoredMeta;
    } catch (error) {
      // Deleted between the listing and the read: it is simply gone.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.unreadable++;
      return undefined;
    }
    if (typeof meta.createdAt !== 'string' || meta.createdAt < fromIso || meta.createdAt >= toIso)
      return undefined;
    let log = '';
    try {
      log = readFileSync(join(dir, `${id}.log`), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.unreadable++;
        return undefined;
      }
    }
    return factsOfLog(meta, log);
  }
}

/** Replays a conversation's log over its meta document: its facts, and its state now. */
export function factsOfLog(meta: StoredMeta, log: string): ConversationFacts {
  const builder = new FactsBuilder(meta);
  const checkpoint = meta.checkpointSeq ?? 0;
  let state = meta.state;
  let updatedAt = meta.updatedAt;
  let start = 0;
  for (;;) {
    const end = log.indexOf('\n', start);
    // No newline: the end of the file, or a line still being written.
    if (end < 0) break;
    const text = log.slice(start, end);
    start = end + 1;
    if (!text) continue;
    let line: { e: TimelineEntry; m?: { state?: string } };
    try {
      line = JSON.parse(text) as typeof line;
    } catch {
      continue;
    }
    builder.add(line.e);
    if (line.e.seq > checkpoint) {
      updatedAt = line.e.at;
      if (line.m?.state) state = line.m.state;
    }
  }
  return builder.finish(state, updatedAt);
}
