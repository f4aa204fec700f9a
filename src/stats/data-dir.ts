/**
 * Reads the embedded store's conversation files for stats, read-only and without the data
 * folder's lock, so it is safe beside a running server: a meta document is replaced by rename
 * (never seen half-written), and a log line still being appended (no newline yet) is skipped.
 * One conversation is in memory at a time; the folder is walked at most once.
 *
 * The conversation list (index.json) keeps each conversation's KPI facts in its row, so a
 * conversation costs no read of its own: outside the period it is skipped, inside it its row is
 * the answer. Its files are read only when its row is older than they are (written since the
 * list's last save), has no facts (written before rows kept them) or is missing: then its log,
 * and its meta document too when the report groups by a visitor fact only that holds (entry page,
 * UTM tags, country).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ConversationSummary } from '../domain/conversation.js';
import {
  type ConversationFacts,
  FactsBuilder,
  factsOfRow,
  type StoredConversation,
} from './facts.js';
import { HelperRead } from './helper-read.js';
import { readLog } from './log-line.js';
import { SavedList } from './saved-list.js';

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
  readonly topics?: readonly string[];
}

const idFile = /^[0-9a-f]{32}\.json$/;
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
    const folder = statSync(dir, { throwIfNoEntry: false });
    if (!folder) return;
    const range: ReadRange = { fromIso: from.toISOString(), toIso: to.toISOString() };
    const list = SavedList.read(this.dataDir);
    // No conversation file made or removed since the list was saved (the folder's own time, a
    // second of slack): the list's rows are the folder's conversations, and it is not walked.
    const settled = list !== undefined && folder.mtimeMs < list.savedAt - 1000;
    const present = settled ? undefined : conversationIds(dir);
    const tasks: ReadTask[] = [];
    for (const listed of list?.rows() ?? []) {
      // Gone since the list was saved, or listed twice: nothing to count.
      if (present && !present.delete(listed.id)) continue;
      if (listed.createdAt < range.fromIso || listed.createdAt >= range.toIso) continue;
      const row = listed.head();
      // The row's own facts, when it keeps them and nothing was written since the list was saved.
      const fromRow =
        row && unchangedSince(dir, listed.id, list!.savedAt) ? factsOfRow(row) : undefined;
      if (fromRow) yield fromRow;
      else
        tasks.push(
          row && !needs.visitorFacts ? { id: listed.id, row: indexRowOf(row) } : { id: listed.id },
        );
    }
    // Conversations created since the list was saved are read in full.
    for (const id of present ?? []) tasks.push({ id });
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
}

/** The conversations in the folder, by their meta documents' names. */
function conversationIds(dir: string): Set<string> {
  const ids = new Set<string>();
  for (const name of readdirSync(dir)) if (idFile.test(name)) ids.add(name.slice(0, -5));
  return ids;
}

/**
 * Whether a conversation's log is older than the list's last save, so that its row is current
 * (a second of slack, for a save and a write in the same clock tick). A server saves the list
 * every half minute; what it wrote since is read. Only the log: every entry the facts count is a
 * log line, and a stat a conversation is a tenth of the time a report takes.
 */
function unchangedSince(dir: string, id: string, savedAt: number): boolean {
  const log = statSync(`${dir}/${id}.log`, { throwIfNoEntry: false });
  return (log?.mtimeMs ?? 0) < savedAt - 1000;
}

function indexRowOf(row: ConversationSummary): IndexRow {
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    lang: row.lang,
    state: row.state,
    ...(row.visitorId ? { visitorId: row.visitorId } : {}),
    ...(row.externalId ? { externalId: row.externalId } : {}),
    ...(row.channel ? { channel: row.channel } : {}),
    ...(row.topics ? { topics: row.topics } : {}),
  };
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
