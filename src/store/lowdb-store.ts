/**
 * The embedded store. Per conversation, two files in data/conversations/:
 *
 * - <id>.log, the timeline: JSON Lines, appended with one write() per message on a file handle
 *   kept open while the conversation is active. Storing a message costs the same whether the
 *   conversation has 3 messages or 3,000 and whatever else is stored; a kill -9 cannot tear a
 *   single write, and a torn last line (a power cut) is dropped on load, never glued onto.
 * - <id>.json, everything else (visitor facts, contact, state…), a lowdb document written
 *   atomically (temp file, then rename) when it changes on its own, with the log position it
 *   includes. Changes that come with a message (a state change, a lead) travel in that message's
 *   log line as a patch, so replaying the log after the checkpoint restores them exactly.
 *
 * data/index.json keeps the conversation list; it lives in memory, is saved at most every 30
 * seconds (a rewrite of the whole list, kept off the busy path), and is rebuilt from the conversation files when missing or older than them.
 */
import { existsSync } from 'node:fs';
import { appendFile, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type {
  Conversation,
  ConversationState,
  ConversationSummary,
  TimelineEntry,
} from '../domain/conversation.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import { AppendLog } from './append-log.js';
import { DataDirLock } from './data-dir-lock.js';
import { type GapFilter, GapLog, type GapRecord } from './gap-log.js';
import { compactId, hexId, timestampNow } from './ids.js';
import { KeyedQueue } from './keyed-queue.js';
import { filterStates, filterSummaries } from './list-filter.js';
import { LowdbRecords } from './lowdb-records.js';
import { newConversation } from './new-conversation.js';
import type { Operator } from './operators.js';
import { PrivateDataFile, privateDir, privateFileMode } from './private-files.js';
import { RecentClientIds } from './recent-client-ids.js';
import type { Lead } from './records.js';
import type {
  AppendResult,
  ConversationFilter,
  ConversationPatch,
  NewConversation,
  Store,
} from './store.js';
import { channelOf, resendable, resummarize, summarize, summarizeAppend } from './summaries.js';

interface IndexFile {
  savedAt: string;
  conversations: ConversationSummary[];
}

/** A conversation's meta document: everything but the timeline, and how far into the log it goes. */
type ConversationMeta = Omit<Conversation, 'timeline'> & { checkpointSeq: number };

interface OpenConversation {
  readonly conversation: Conversation;
  readonly meta: Low<ConversationMeta>;
  /** Append handle on the timeline log, opened with the conversation and kept open while cached. */
  readonly log: AppendLog;
  /** The recent messages' client ids (by author kind) and seqs, for resends after a reconnect. */
  readonly clientIds: RecentClientIds;
  /** When it was last read or written, in store operations: what the cache evicts by. */
  lastUsed: number;
}

/** One line of the timeline log: an entry, and what it changed in the conversation's meta. */
interface LogLine {
  readonly e: TimelineEntry;
  readonly m?: Record<string, unknown>;
}

export interface LowdbStoreOptions {
  /** Conversations kept in memory with an open log; the rest are read from disk when needed. */
  readonly cacheSize?: number;
  /** How long index changes may wait before being saved. */
  readonly indexDelayMs?: number;
  /**
   * Timeline entries kept in memory per active conversation: what replies and resyncs need.
   * Older ones are read from the log on demand, so memory does not grow with history.
   */
  readonly window?: number;
}

/**
 * Client ids remembered per conversation for deduplicating resends: resends follow a reconnect,
 * so the recent ones are enough. Only sequence numbers are kept, never the messages.
 */
const rememberedClientIds = 100;

/**
 * Entries kept per active conversation (up to twice as many between trims): a reply reads the
 * last six turns, a reconnecting widget the few it missed. A thousand chats at 40 entries each
 * held about 40 MB that a collection must trace; older entries are a log read away.
 */
const defaultWindow = 12;

// Compact JSON: the files are for the program; indentation would double their size and cost.
function jsonFile<T>(path: string): PrivateDataFile<T> {
  return new PrivateDataFile<T>(path, {
    parse: JSON.parse,
    stringify: (data) => JSON.stringify(data),
  });
}

const idPattern = /^[0-9a-f]{32}$/;

export const newId = hexId;

export class LowdbStore implements Store {
  private readonly conversationsDir: string;
  private readonly summaries = new Map<string, ConversationSummary>();
  private readonly byVisitor = new Map<string, string>();
  private readonly byExternal = new Map<string, string>();
  /**
   * Conversation ids by state: the wait sweep (every few seconds) and the inbox's state filters
   * read a few waiting chats, not every conversation ever stored.
   */
  private readonly byState = new Map<ConversationState, Set<string>>();
  private readonly active = new Map<string, OpenConversation>();
  private readonly loading = new Map<string, Promise<OpenConversation>>();
  private readonly queues = new KeyedQueue();
  private readonly indexDb: Low<IndexFile>;
  private readonly lock: DataDirLock;
  private readonly gapLog: GapLog;
  private readonly records: LowdbRecords;
  private indexTimer: NodeJS.Timeout | undefined;
  private indexDirty = false;
  private closed = false;
  /** Counts store operations: the cache's clock for least recently used. */
  private uses = 0;

  constructor(
    readonly dir: string,
    private readonly options: LowdbStoreOptions = {},
  ) {
    this.conversationsDir = join(dir, 'conversations');
    this.indexDb = new Low<IndexFile>(jsonFile<IndexFile>(join(dir, 'index.json')), {
      savedAt: new Date(0).toISOString(),
      conversations: [],
    });
    this.lock = new DataDirLock(dir);
    this.gapLog = new GapLog(dir);
    this.records = new LowdbRecords(dir);
  }

  async open(): Promise<void> {
    await privateDir(this.dir);
    await privateDir(this.conversationsDir);
    this.lock.acquire();
    let savedAt = 0;
    try {
      await this.indexDb.read();
      savedAt = Date.parse(this.indexDb.data.savedAt);
      for (const summary of this.indexDb.data.conversations)
        this.remember(summary.channel ? summary : { ...summary, channel: channelOf(summary) });
    } catch {
      // An unreadable index is rebuilt from the conversation files below.
      this.summaries.clear();
      this.byState.clear();
    }
    await this.reconcile(savedAt);
  }

  /** Brings the index up to date with the files: new or changed since it was saved, or gone. */
  private async reconcile(savedAt: number): Promise<void> {
    const files = new Set(await readdir(this.conversationsDir));
    const present = new Set(
      [...files]
        .filter((name) => name.endsWith('.json') && idPattern.test(name.slice(0, -5)))
        .map((name) => name.slice(0, -5)),
    );
    for (const id of [...this.summaries.keys()]) if (!present.has(id)) this.forget(id);
    const stale: string[] = [];
    for (const id of present) {
      // A row kept from before rows kept the stats facts is rebuilt once from its history.
      if (!this.summaries.get(id)?.facts) {
        stale.push(id);
        continue;
      }
      // A second of slack: a save and a write can share the same clock tick.
      const metaTime = (await stat(this.metaFile(id))).mtimeMs;
      const logTime = files.has(`${id}.log`) ? (await stat(this.logFile(id))).mtimeMs : 0;
      if (Math.max(metaTime, logTime) >= savedAt - 1000) stale.push(id);
    }
    for (const id of stale) {
      this.remember((await this.readConversation(id, 0)).summary);
    }
    if (stale.length > 0) this.scheduleIndex();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([this.queues.idle(), this.records.idle()]);
    if (this.indexTimer) clearTimeout(this.indexTimer);
    if (this.indexDirty) await this.saveIndex();
    await Promise.all([...this.active.values()].map((entry) => entry.log.close()));
    await this.gapLog.close();
    this.lock.release();
  }

  async create(init: NewConversation): Promise<Conversation> {
    const conversation = newConversation(newId(), init);
    const meta = new Low<ConversationMeta>(
      jsonFile<ConversationMeta>(this.metaFile(conversation.id)),
      metaOf(conversation),
    );
    await meta.write();
    const entry: OpenConversation = {
      conversation,
      meta,
      // Opened now, while the visitor is connecting, rather than in front of their first message.
      log: await AppendLog.create(this.logFile(conversation.id)),
      clientIds: new RecentClientIds(rememberedClientIds),
      lastUsed: 0,
    };
    this.cache(conversation.id, entry);
    this.remember(summarize(conversation));
    this.scheduleIndex();
    return conversation;
  }

  async get(id: string): Promise<Conversation | undefined> {
    if (!idPattern.test(id) || !this.summaries.has(id)) return undefined;
    return (await this.load(id)).conversation;
  }

  summary(id: string): ConversationSummary | undefined {
    return this.summaries.get(id);
  }

  idForVisitor(visitorId: string): string | undefined {
    return this.byVisitor.get(visitorId);
  }

  idForExternal(externalId: string): string | undefined {
    return this.byExternal.get(externalId);
  }

  append(
    id: string,
    entry: Parameters<Store['append']>[1],
    patch?: ConversationPatch,
  ): Promise<AppendResult> {
    return this.exclusive(id, () => this.appendNow(id, entry, patch));
  }

  appendIf(
    id: string,
    entry: Parameters<Store['append']>[1],
    patch: ConversationPatch,
    condition: (conversation: Conversation) => boolean,
  ): Promise<AppendResult | undefined> {
    // One process: the conversation's queue of writes is the lock the condition is read under.
    return this.exclusive(id, async () =>
      condition((await this.load(id)).conversation) ? this.appendNow(id, entry, patch) : undefined,
    );
  }

  /** Called inside exclusive. */
  private async appendNow(
    id: string,
    entry: Parameters<Store['append']>[1],
    patch?: ConversationPatch,
  ): Promise<AppendResult> {
    const loaded = await this.load(id);
    const { conversation } = loaded;
    if (entry.kind === 'message' && entry.clientId) {
      const seq = loaded.clientIds.get(entry.author.kind, entry.clientId);
      if (seq !== undefined)
        return { entry: await this.entryAt(id, conversation, seq), created: false, conversation };
    }
    const at = timestampNow();
    // A plain first key: a literal that opens with a spread gets a hidden class of its own in
    // V8, and this entry stays in memory as long as it is in the conversation's window.
    const stored = {
      seq: conversation.lastSeq + 1,
      id: compactId(),
      at,
      ...entry,
    } as TimelineEntry;
    // lastSeq and updatedAt follow from the entry itself; the patch is what else it changes.
    const line: LogLine = patch ? { e: stored, m: storedPatch(patch) } : { e: stored };
    // Applied at once, so that whoever reads the conversation while the line is written (a
    // reply about to start, after a takeover) sees the new state; undone if the write fails.
    const undo = { lastSeq: conversation.lastSeq, updatedAt: conversation.updatedAt };
    const patched = patch ? pick(conversation, patch) : undefined;
    conversation.lastSeq = stored.seq;
    conversation.updatedAt = at;
    if (patch) Object.assign(conversation, patch);
    try {
      // One write() of one line: the entry and what it changed are stored together or not at all.
      loaded.log.append(`${JSON.stringify(line)}\n`);
    } catch (error) {
      Object.assign(conversation, undo, patched);
      throw error;
    }
    conversation.timeline.push(stored);
    const window = this.options.window ?? defaultWindow;
    if (conversation.timeline.length > window * 2)
      conversation.timeline.splice(0, conversation.timeline.length - window);
    if (resendable(stored)) loaded.clientIds.add(stored.author.kind, stored.clientId!, stored.seq);
    this.remember(summarizeAppend(this.summaries.get(id), conversation, stored));
    this.scheduleIndex();
    return { entry: stored, created: true, conversation };
  }

  update(
    id: string,
    change: (conversation: Conversation) => void,
    options: { readonly quiet?: boolean } = {},
  ): Promise<Conversation> {
    return this.exclusive(id, async () => {
      const loaded = await this.load(id);
      change(loaded.conversation);
      if (!options.quiet) loaded.conversation.updatedAt = new Date().toISOString();
      // A change of its own: checkpoint the meta document, which includes the whole log so far.
      loaded.meta.data = metaOf(loaded.conversation);
      await loaded.meta.write();
      this.remember(resummarize(this.summaries.get(id), loaded.conversation));
      this.scheduleIndex();
      return loaded.conversation;
    });
  }

  async entriesAfter(id: string, seq: number): Promise<TimelineEntry[]> {
    const conversation = await this.get(id);
    if (!conversation) return [];
    const window = conversation.timeline;
    const first = window[0]?.seq ?? conversation.lastSeq + 1;
    // seq is dense: within the window the entries after `seq` start at index seq - first + 1.
    if (seq >= first - 1) return window.slice(Math.max(0, seq - first + 1));
    // Older than the window: read the log (an operator opening a long conversation).
    return this.exclusive(id, async () =>
      (await this.readConversation(id, Number.MAX_SAFE_INTEGER)).conversation.timeline.slice(seq),
    );
  }

  list(filter: ConversationFilter = {}): ConversationSummary[] {
    return filterSummaries(this.candidates(filterStates(filter)), filter);
  }

  restore(conversation: Conversation, entries: readonly TimelineEntry[]): Promise<void> {
    const id = conversation.id;
    if (!idPattern.test(id))
      return Promise.reject(new ChatbotError('DATA_CORRUPT', `"${id}" is not a conversation id`));
    return this.exclusive(id, async () => {
      const cached = this.active.get(id);
      if (cached) {
        this.active.delete(id);
        await cached.log.close();
      }
      const known = this.summaries.has(id);
      const storedSeq = known ? (await this.readConversation(id, 1)).conversation.lastSeq : 0;
      const lines = entries
        .filter((entry) => entry.seq > storedSeq)
        .sort((a, b) => a.seq - b.seq)
        .map((entry) => `${JSON.stringify({ e: entry })}\n`)
        .join('');
      // A log without its meta file is what an interrupted earlier copy left: written again.
      if (known) await appendFile(this.logFile(id), lines, { mode: privateFileMode });
      else await writeFile(this.logFile(id), lines, { mode: privateFileMode });
      // The meta is the final state, so replaying the log applies none of its patches again.
      const meta = new Low(jsonFile<ConversationMeta>(this.metaFile(id)), metaOf(conversation));
      await meta.write();
      this.remember((await this.readConversation(id, 0)).summary);
      this.scheduleIndex();
    });
  }

  leads(): Promise<Lead[]> {
    return this.records.leads();
  }

  saveLead(lead: Lead): Promise<void> {
    return this.records.saveLead(lead);
  }

  operators(): Promise<Operator[]> {
    return this.records.operators();
  }

  saveOperator(operator: Operator): Promise<void> {
    return this.records.saveOperator(operator);
  }

  recordGap(record: GapRecord): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The store is closed'));
    return this.gapLog.append(record);
  }

  gaps(filter?: GapFilter): Promise<GapRecord[]> {
    return this.gapLog.read(filter);
  }

  forgetGaps(conversationIds: ReadonlySet<string>): Promise<number> {
    return this.gapLog.forget(conversationIds);
  }

  async history(id: string): Promise<TimelineEntry[]> {
    if (!idPattern.test(id) || !this.summaries.has(id)) return [];
    if (this.active.has(id)) return this.entriesAfter(id, 0);
    return this.exclusive(
      id,
      async () => (await this.readConversation(id, Number.MAX_SAFE_INTEGER)).conversation.timeline,
    );
  }

  remove(id: string): Promise<boolean> {
    if (!idPattern.test(id) || !this.summaries.has(id)) return Promise.resolve(false);
    return this.exclusive(id, async () => {
      const open = this.active.get(id);
      if (open) {
        this.active.delete(id);
        await open.log.close();
      }
      await rm(this.logFile(id), { force: true });
      await rm(this.metaFile(id), { force: true });
      this.forget(id);
      // Now, not within the half minute the index may otherwise wait: an erased person's row
      // must be gone from the disk when the erasure says it is done.
      await this.saveIndex();
      return true;
    });
  }

  /** The summaries a filter by state can match: only those states' when it has one. */
  private *candidates(
    states: ReadonlySet<ConversationState> | undefined,
  ): Iterable<ConversationSummary> {
    if (!states) {
      yield* this.summaries.values();
      return;
    }
    for (const state of states)
      for (const id of this.byState.get(state) ?? []) {
        const summary = this.summaries.get(id);
        if (summary) yield summary;
      }
  }

  /** One stored entry: from the window, or from the log when older (called inside exclusive). */
  private async entryAt(
    id: string,
    conversation: Conversation,
    seq: number,
  ): Promise<TimelineEntry> {
    const inWindow = conversation.timeline.find((entry) => entry.seq === seq);
    if (inWindow) return inWindow;
    return (await this.readConversation(id, Number.MAX_SAFE_INTEGER)).conversation.timeline[
      seq - 1
    ]!;
  }

  private metaFile(id: string): string {
    return join(this.conversationsDir, `${id}.json`);
  }

  private logFile(id: string): string {
    return join(this.conversationsDir, `${id}.log`);
  }

  /**
   * The meta document, then every log line replayed: entries, and patches after the checkpoint.
   * Only the last `keep` entries stay in the returned timeline; `summary` covers them all.
   */
  private async readConversation(
    id: string,
    keep = this.options.window ?? defaultWindow,
  ): Promise<{
    conversation: Conversation;
    meta: ConversationMeta;
    summary: ConversationSummary;
    clientIds: RecentClientIds;
    /** Bytes of whole lines in the log: where the next append goes. */
    logSize: number;
  }> {
    let meta: ConversationMeta;
    try {
      meta = JSON.parse(await readFile(this.metaFile(id), 'utf8')) as ConversationMeta;
    } catch (cause) {
      throw new ChatbotError(
        'DATA_CORRUPT',
        `Conversation file ${this.metaFile(id)} cannot be read`,
        { cause },
      );
    }
    const { checkpointSeq, ...rest } = meta;
    const conversation: Conversation = { ...rest, channel: channelOf(rest), timeline: [] };
    let summary: ConversationSummary | undefined;
    const clientIds = new RecentClientIds(rememberedClientIds);
    let bytes = Buffer.alloc(0);
    try {
      bytes = await readFile(this.logFile(id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const logSize = bytes.lastIndexOf(0x0a) + 1;
    if (logSize < bytes.length) {
      // A torn last line (power lost mid-write) was never acknowledged: drop it, so the next
      // append starts on a line of its own.
      await truncate(this.logFile(id), logSize);
    }
    for (const line of bytes.toString('utf8', 0, logSize).split('\n')) {
      if (!line) continue;
      let parsed: LogLine;
      try {
        parsed = JSON.parse(line) as LogLine;
      } catch (cause) {
        throw new ChatbotError('DATA_CORRUPT', `A line of ${this.logFile(id)} cannot be read`, {
          cause,
        });
      }
      conversation.timeline.push(parsed.e);
      if (parsed.e.seq > checkpointSeq) {
        conversation.lastSeq = parsed.e.seq;
        conversation.updatedAt = parsed.e.at;
        if (parsed.m) Object.assign(conversation, revive(parsed.m));
      }
      // After the line's changes, as a live append summarizes: the list shows the state the
      // last line left, not the one before it.
      summary = summarizeAppend(summary, conversation, parsed.e);
      if (resendable(parsed.e))
        clientIds.add(parsed.e.author.kind, parsed.e.clientId!, parsed.e.seq);
      // Trim in batches: memory for the window, without shifting the array on every line.
      if (conversation.timeline.length > keep * 2)
        conversation.timeline.splice(0, conversation.timeline.length - keep);
    }
    if (conversation.timeline.length > keep)
      conversation.timeline.splice(0, conversation.timeline.length - keep);
    return {
      conversation,
      meta,
      summary: summary ?? summarize(conversation),
      clientIds,
      logSize,
    };
  }

  private async load(id: string): Promise<OpenConversation> {
    const cached = this.active.get(id);
    if (cached) {
      // A number, not a re-insert into the Map: a thousand chats re-inserted several times a
      // second kept the Map's table reallocating.
      cached.lastUsed = ++this.uses;
      return cached;
    }
    // Two readers of the same conversation share one load: one copy in memory, one log handle.
    const inFlight = this.loading.get(id);
    if (inFlight) return inFlight;
    const loading = this.read(id).finally(() => this.loading.delete(id));
    this.loading.set(id, loading);
    return loading;
  }

  private async read(id: string): Promise<OpenConversation> {
    if (!existsSync(this.metaFile(id)))
      throw new ChatbotError('DATA_CORRUPT', `Conversation ${id} has no file`);
    const { conversation, meta, clientIds, logSize } = await this.readConversation(id);
    const loaded: OpenConversation = {
      conversation,
      meta: new Low<ConversationMeta>(jsonFile<ConversationMeta>(this.metaFile(id)), meta),
      // Opened with the conversation: the first message after a restart does not wait for it.
      log: await AppendLog.reopen(this.logFile(id), logSize),
      clientIds,
      lastUsed: 0,
    };
    this.cache(id, loaded);
    return loaded;
  }

  private cache(id: string, entry: OpenConversation): void {
    entry.lastUsed = ++this.uses;
    this.active.set(id, entry);
    const limit = this.options.cacheSize ?? 2000;
    while (this.active.size > limit) {
      const oldest = this.leastRecentlyUsed();
      if (oldest === undefined) break;
      const evicted = this.active.get(oldest)!;
      this.active.delete(oldest);
      void evicted.log.close();
    }
  }

  /** The cached conversation used longest ago, never one with a write under way. */
  private leastRecentlyUsed(): string | undefined {
    let oldest: string | undefined;
    let oldestUse = Number.POSITIVE_INFINITY;
    for (const [id, entry] of this.active) {
      if (entry.lastUsed < oldestUse && !this.queues.has(id)) {
        oldest = id;
        oldestUse = entry.lastUsed;
      }
    }
    return oldest;
  }

  /** Runs one change to a conversation at a time, in order. */
  private exclusive<T>(id: string, work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The store is closed'));
    return this.queues.run(id, work);
  }

  private remember(summary: ConversationSummary): void {
    const previous = this.summaries.get(summary.id)?.state;
    if (previous !== summary.state) {
      if (previous) this.byState.get(previous)?.delete(summary.id);
      const ids = this.byState.get(summary.state) ?? new Set<string>();
      this.byState.set(summary.state, ids.add(summary.id));
    }
    this.summaries.set(summary.id, summary);
    if (summary.visitorId) this.byVisitor.set(summary.visitorId, summary.id);
    if (summary.externalId) this.byExternal.set(summary.externalId, summary.id);
  }

  private forget(id: string): void {
    const summary = this.summaries.get(id);
    if (summary?.visitorId) this.byVisitor.delete(summary.visitorId);
    if (summary?.externalId) this.byExternal.delete(summary.externalId);
    if (summary) this.byState.get(summary.state)?.delete(id);
    this.summaries.delete(id);
  }

  private scheduleIndex(): void {
    this.indexDirty = true;
    if (this.indexTimer || this.closed) return;
    this.indexTimer = setTimeout(() => {
      this.indexTimer = undefined;
      void this.saveIndex();
    }, this.options.indexDelayMs ?? 30_000);
    this.indexTimer.unref();
  }

  private async saveIndex(): Promise<void> {
    this.indexDirty = false;
    // The time is taken before the snapshot, so a write racing the save is read again on start.
    this.indexDb.data = {
      savedAt: new Date().toISOString(),
      conversations: [...this.summaries.values()],
    };
    await this.indexDb.write();
  }
}

function metaOf(conversation: Conversation): ConversationMeta {
  // No deep copy: lowdb serializes the document the moment it is written.
  const { timeline: _timeline, ...meta } = conversation;
  return { ...meta, checkpointSeq: conversation.lastSeq };
}

/** The conversation's current values of the fields a patch is about to change. */
function pick(conversation: Conversation, patch: ConversationPatch): ConversationPatch {
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as (keyof ConversationPatch)[])
    values[key] = conversation[key];
  return values as ConversationPatch;
}

/** The patch as a log line stores it: JSON has no undefined, so a cleared field is null. */
function storedPatch(patch: ConversationPatch): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const key of Object.keys(patch) as (keyof ConversationPatch)[])
    stored[key] = patch[key] === undefined ? null : patch[key];
  return stored;
}

function revive(patch: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(patch).map(([key, value]) => [key, value === null ? undefined : value]),
  );
}
