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
import { HelperRead } from './helper-read.js';
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

export interface IndexRow {
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

/** One conversation to read, with its list row when that is all the report needs of its meta. */
export interface ReadTask {
  readonly id: string;
  readonly row?: IndexRow;
}

export interface ReadRange {
  readonly fromIso: string;
  readonly toIso: string;
}

/** What went wrong while reading, counted: the report says how many files it left out. */
export interface ReadProblems {
  unreadable: number;
}

export class DataDirFacts implements FactsSource {
  unreadable = 0;

  constructor(private readonly dataDir: string) {}

  async *facts(from: Date, to: Date, needs: FactNeeds = {}): AsyncIterable<ConversationFacts> {
    const problems: ReadProblems = { unreadable: 0 };
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
    const range: ReadRange = { fromIso: from.toISOString(), toIso: to.toISOString() };
    const tasks: ReadTask[] = [];
    for (const name of names) {
      if (!idFile.test(name)) continue;
      const id = name.slice(0, -5);
      const row = index.get(id);
      if (row && (row.createdAt < range.fromIso || row.createdAt >= range.toIso)) continue;
      tasks.push(row && !needs.visitorFacts ? { id, row } : { id });
    }
    // A large folder is shared with a helper thread on another core, half each.
    const helper = HelperRead.start(dir, tasks, range);
    const mine = helper ? tasks.slice(0, Math.ceil(tasks.length / 2)) : tasks;
    for (let first = 0; first < mine.length; first += batch) {
      for (const task of mine.slice(first, first + batch)) {
        const facts = readFacts(dir, task, range, problems);
        if (facts) yield facts;
      }
      if (helper) yield* helper.ready();
      // Between batches the event loop runs: a server reading its own folder keeps answering.
      await nextTurn();
    }
    if (helper) {
      yield* helper.rest();
      problems.unreadable += helper.unreadable;
    }
    this.unreadable = problems.unreadable;
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
      // One byte a character: the fields read are ASCII (an API caller's id, if not, stays a
      // distinct key), and the visitors' texts, most of the file, cost half the memory.
      text = readFileSync(join(this.dataDir, 'index.json'), 'latin1');
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
}

/** One conversation's facts, or undefined when it is outside the range, gone or unreadable. */
export function readFacts(
  dir: string,
  task: ReadTask,
  range: ReadRange,
  problems: ReadProblems,
): ConversationFacts | undefined {
  const stored = task.row ?? readMeta(dir, task.id, problems);
  if (!stored || stored.createdAt < range.fromIso || stored.createdAt >= range.toIso)
    return undefined;
  const log = readLogFile(dir, task.id, problems);
  return log === undefined ? undefined : factsOfLog(stored, log);
}

function readMeta(dir: string, id: string, problems: ReadProblems): StoredMeta | undefined {
  try {
    const meta = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as StoredMeta;
    if (typeof meta.createdAt === 'string') return meta;
    problems.unreadable++;
  } catch (error) {
    // Deleted between the listing and the read: it is simply gone.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') problems.unreadable++;
  }
  return undefined;
}

function readLogFile(dir: string, id: string, problems: ReadProblems): Buffer | undefined {
  try {
    return readFileSync(join(dir, `${id}.log`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0);
    problems.unreadable++;
    return undefined;
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
