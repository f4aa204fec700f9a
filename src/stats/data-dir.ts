/**
 * Reads the embedded store's conversation files for stats, read-only and without the data
 * folder's lock, so it is safe beside a running server: a meta document is replaced by rename
 * (never seen half-written), and a log line still being appended (no newline yet) is skipped.
 * One conversation is in memory at a time; the folder is walked once.
 *
 * The conversation list (index.json) gives each conversation's creation time, language and
 * visitor, so a conversation outside the period costs no read, and one inside it costs one (its
 * log) unless the report groups by a visitor fact only its meta document holds (entry page, UTM
 * tags, country). Conversations newer than the list's last save are read in full.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { type ConversationFacts, FactsBuilder, type StoredConversation } from './facts.js';
import { readLog } from './log-line.js';

export interface FactsSource {
  /** Facts of every conversation created in [from, to), in no particular order. */
  facts(from: Date, to: Date, needs?: FactNeeds): AsyncIterable<ConversationFacts>;
  /** Conversation files that could not be read in the last walk. */
  readonly unreadable: number;
}

export interface FactNeeds {
  /** Entry page, UTM tags and country: facts only the meta document has. */
  readonly visitorFacts?: boolean;
}

type StoredMeta = StoredConversation & { readonly checkpointSeq?: number };

interface IndexRow {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lang: string;
  readonly state: string;
  readonly visitorId?: string;
  readonly externalId?: string;
  readonly channel?: string;
}

const idFile = /^[0-9a-f]{32}\.json$/;
/** The leading fields of a list row, as the store writes them. */
const indexRow =
  /\{"id":"([0-9a-f]{32})","channel":"(\w+)","state":"(\w+)","lang":"([^"]*)","createdAt":"([^"]+)","updatedAt":"([^"]+)"(?:,"visitorId":"([^"]+)")?(?:,"externalId":"([^"]+)")?/g;
/** Conversations read between two yields to the event loop: a server keeps answering. */
const batch = 200;

export class DataDirFacts implements FactsSource {
  unreadable = 0;

  constructor(private readonly dataDir: string) {}

  async *facts(from: Date, to: Date, needs: FactNeeds = {}): AsyncIterable<ConversationFacts> {
    this.unreadable = 0;
    const dir = join(this.dataDir, 'conversations');
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const index = this.index();
    const fromIso = from.toISOString();
    const toIso = to.toISOString();
    let read = 0;
    for (const name of names) {
      if (!idFile.test(name)) continue;
      if (++read % batch === 0) await nextTurn();
      const id = name.slice(0, -5);
      const row = index.get(id);
      if (row && (row.createdAt < fromIso || row.createdAt >= toIso)) continue;
      const stored = row && !needs.visitorFacts ? row : this.meta(dir, id);
      if (!stored || stored.createdAt < fromIso || stored.createdAt >= toIso) continue;
      const log = this.log(dir, id);
      if (log !== undefined) yield factsOfLog(stored, log);
    }
  }

  /**
   * The conversation list as last saved; empty when there is none or it cannot be read. Read by
   * pattern rather than parsed: each row's leading fields are written in a fixed order
   * (summarize() in the store's model), and the rest of a row, the visitor's recent messages
   * kept for search, would make a full parse cost more than it saves.
   */
  private index(): Map<string, IndexRow> {
    const rows = new Map<string, IndexRow>();
    let text: string;
    try {
      text = readFileSync(join(this.dataDir, 'index.json'), 'utf8');
    } catch {
      return rows;
    }
    for (const match of text.matchAll(indexRow)) {
      const [, id, channel, state, lang, createdAt, updatedAt, visitorId, externalId] = match;
      rows.set(id!, {
        id: id!,
        channel: channel!,
        state: state!,
        lang: lang!,
        createdAt: createdAt!,
        updatedAt: updatedAt!,
        ...(visitorId ? { visitorId } : {}),
        ...(externalId ? { externalId } : {}),
      });
    }
    return rows;
  }

  private meta(dir: string, id: string): StoredMeta | undefined {
    try {
      const meta = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as StoredMeta;
      if (typeof meta.createdAt === 'string') return meta;
      this.unreadable++;
    } catch (error) {
      // Deleted between the listing and the read: it is simply gone.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.unreadable++;
    }
    return undefined;
  }

  private log(dir: string, id: string): Buffer | undefined {
    try {
      return readFileSync(join(dir, `${id}.log`));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0);
      this.unreadable++;
      return undefined;
    }
  }
}

/**
 * Replays a conversation's log over what is known of it (its meta document, or its list row):
 * its facts, its state now and when it was last active. State changes always travel in log
 * lines, so a list row (no checkpoint) replays them all.
 */
export function factsOfLog(stored: StoredMeta | IndexRow, log: Buffer): ConversationFacts {
  const builder = new FactsBuilder(stored);
  const checkpoint = 'checkpointSeq' in stored ? (stored.checkpointSeq ?? 0) : 0;
  let state = 'checkpointSeq' in stored ? stored.state : 'bot';
  let updatedAt = stored.updatedAt;
  for (const line of readLog(log)) {
    builder.add(line.entry);
    if (line.entry.at > updatedAt) updatedAt = line.entry.at;
    if (line.state && line.entry.seq > checkpoint) state = line.state;
  }
  return builder.finish(state, updatedAt);
}
