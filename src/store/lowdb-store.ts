/**
 * The embedded store: one lowdb file per conversation (data/conversations/<id>.json) and an
 * index of summaries (data/index.json) that can always be rebuilt from those files.
 *
 * Why this shape: lowdb rewrites a whole file on every write, so one file for everything would
 * make each message cost more as history grows; per conversation, it costs only that
 * conversation's size. lowdb writes through steno (a temp file, then rename), so a kill -9 at
 * any moment leaves every file whole: either the old version or the new. The index changes on
 * every message, so it lives in memory and is saved at most once a second; on start, files
 * newer than the saved index are read again, so a crash between saves loses nothing.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import { ChatbotError } from '../errors/chatbot-error.js';
import { DataDirLock } from './data-dir-lock.js';
import {
  type Conversation,
  type ConversationSummary,
  type MessageEntry,
  summarize,
  type TimelineEntry,
} from './model.js';
import type { AppendResult, ConversationFilter, NewConversation, Store } from './store.js';

interface IndexFile {
  savedAt: string;
  conversations: ConversationSummary[];
}

interface OpenConversation {
  readonly db: Low<Conversation>;
  /** clientId -> message, for resends after a reconnect. */
  readonly clientIds: Map<string, MessageEntry>;
}

export interface LowdbStoreOptions {
  /** Conversations kept parsed in memory; the rest are read from disk when needed. */
  readonly cacheSize?: number;
  /** How long index changes may wait before being saved. */
  readonly indexDelayMs?: number;
}

// Compact JSON: the files are for the program; indentation would double their size and cost.
function jsonFile<T>(path: string): DataFile<T> {
  return new DataFile<T>(path, { parse: JSON.parse, stringify: (data) => JSON.stringify(data) });
}
const idPattern = /^[0-9a-f]{32}$/;

export function newId(): string {
  return randomBytes(16).toString('hex');
}

export class LowdbStore implements Store {
  private readonly conversationsDir: string;
  private readonly summaries = new Map<string, ConversationSummary>();
  private readonly byVisitor = new Map<string, string>();
  private readonly byExternal = new Map<string, string>();
  private readonly open_ = new Map<string, OpenConversation>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly indexDb: Low<IndexFile>;
  private readonly lock: DataDirLock;
  private indexTimer: NodeJS.Timeout | undefined;
  private indexDirty = false;
  private closed = false;

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
  }

  async open(): Promise<void> {
    await mkdir(this.conversationsDir, { recursive: true });
    this.lock.acquire();
    let savedAt = 0;
    try {
      await this.indexDb.read();
      savedAt = Date.parse(this.indexDb.data.savedAt);
      for (const summary of this.indexDb.data.conversations) this.remember(summary);
    } catch {
      // An unreadable index is rebuilt from the conversation files below.
      this.summaries.clear();
    }
    await this.reconcile(savedAt);
  }

  /** Brings the index up to date with the files: new or changed since it was saved, or gone. */
  private async reconcile(savedAt: number): Promise<void> {
    const files = (await readdir(this.conversationsDir)).filter(
      (name) => name.endsWith('.json') && idPattern.test(name.slice(0, -5)),
    );
    const present = new Set(files.map((name) => name.slice(0, -5)));
    for (const id of [...this.summaries.keys()]) if (!present.has(id)) this.forget(id);
    const stale: string[] = [];
    for (const id of present) {
      if (!this.summaries.has(id)) {
        stale.push(id);
        continue;
      }
      // A second of slack: a save and a write can share the same millisecond clock.
      const { mtimeMs } = await stat(this.fileFor(id));
      if (mtimeMs >= savedAt - 1000) stale.push(id);
    }
    for (const id of stale) {
      const conversation = await this.readFile(id);
      this.remember(summarize(conversation));
    }
    if (stale.length > 0) this.scheduleIndex();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.queues.values()].map((queue) => queue.catch(() => undefined)));
    if (this.indexTimer) clearTimeout(this.indexTimer);
    if (this.indexDirty) await this.saveIndex();
    this.lock.release();
  }

  async create(init: NewConversation): Promise<Conversation> {
    const now = new Date().toISOString();
    const conversation: Conversation = {
      id: newId(),
      ...(init.visitorId ? { visitorId: init.visitorId } : {}),
      ...(init.externalId ? { externalId: init.externalId } : {}),
      createdAt: now,
      updatedAt: now,
      state: 'bot',
      lang: init.lang,
      visitor: { utm: {}, pages: [], firstSeen: now, lastSeen: now, ...init.visitor },
      contact: {},
      bot: { failedInARow: 0, aiReplies: 0 },
      uploads: [],
      lastSeq: 0,
      timeline: [],
    };
    const db = new Low<Conversation>(
      jsonFile<Conversation>(this.fileFor(conversation.id)),
      conversation,
    );
    await db.write();
    this.cache(conversation.id, { db, clientIds: new Map() });
    this.remember(summarize(conversation));
    this.scheduleIndex();
    return conversation;
  }

  async get(id: string): Promise<Conversation | undefined> {
    if (!idPattern.test(id) || !this.summaries.has(id)) return undefined;
    return (await this.load(id)).db.data;
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
    change?: (conversation: Conversation) => void,
  ): Promise<AppendResult> {
    return this.exclusive(id, async () => {
      const open = await this.load(id);
      const conversation = open.db.data;
      if (entry.kind === 'message' && entry.clientId) {
        const existing = open.clientIds.get(`${entry.author.kind}:${entry.clientId}`);
        if (existing) return { entry: existing, created: false, conversation };
      }
      const at = new Date().toISOString();
      const stored = {
        ...entry,
        seq: conversation.lastSeq + 1,
        id: randomBytes(16).toString('base64url'),
        at,
      } as TimelineEntry;
      conversation.timeline.push(stored);
      conversation.lastSeq = stored.seq;
      conversation.updatedAt = at;
      change?.(conversation);
      await open.db.write();
      if (stored.kind === 'message' && stored.clientId)
        open.clientIds.set(`${stored.author.kind}:${stored.clientId}`, stored);
      this.remember(summarize(conversation));
      this.scheduleIndex();
      return { entry: stored, created: true, conversation };
    });
  }

  update(id: string, change: (conversation: Conversation) => void): Promise<Conversation> {
    return this.exclusive(id, async () => {
      const open = await this.load(id);
      change(open.db.data);
      open.db.data.updatedAt = new Date().toISOString();
      await open.db.write();
      this.remember(summarize(open.db.data));
      this.scheduleIndex();
      return open.db.data;
    });
  }

  async entriesAfter(id: string, seq: number): Promise<TimelineEntry[]> {
    const conversation = await this.get(id);
    if (!conversation) return [];
    // seq is dense from 1, so the entries after `seq` start at index `seq`.
    return conversation.timeline.slice(Math.max(0, seq));
  }

  list(filter: ConversationFilter = {}): ConversationSummary[] {
    const states =
      filter.state === undefined
        ? undefined
        : new Set(Array.isArray(filter.state) ? filter.state : [filter.state]);
    const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const out: ConversationSummary[] = [];
    for (const summary of this.summaries.values()) {
      if (states && !states.has(summary.state)) continue;
      if (filter.lang && summary.lang !== filter.lang) continue;
      if (filter.since && summary.updatedAt < filter.since) continue;
      if (filter.until && summary.updatedAt > filter.until) continue;
      if (words.length > 0 && !words.every((word) => summary.searchText.includes(word))) continue;
      out.push(summary);
    }
    out.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    return filter.limit ? out.slice(0, filter.limit) : out;
  }

  private fileFor(id: string): string {
    return join(this.conversationsDir, `${id}.json`);
  }

  private async readFile(id: string): Promise<Conversation> {
    try {
      return JSON.parse(await readFile(this.fileFor(id), 'utf8')) as Conversation;
    } catch (cause) {
      throw new ChatbotError(
        'DATA_CORRUPT',
        `Conversation file ${this.fileFor(id)} cannot be read`,
        { cause },
      );
    }
  }

  private async load(id: string): Promise<OpenConversation> {
    const cached = this.open_.get(id);
    if (cached) {
      // Re-insert: the Map's order is the least-recently-used order.
      this.open_.delete(id);
      this.open_.set(id, cached);
      return cached;
    }
    if (!existsSync(this.fileFor(id)))
      throw new ChatbotError('DATA_CORRUPT', `Conversation ${id} has no file`);
    const conversation = await this.readFile(id);
    const clientIds = new Map<string, MessageEntry>();
    for (const entry of conversation.timeline) {
      if (entry.kind === 'message' && entry.clientId)
        clientIds.set(`${entry.author.kind}:${entry.clientId}`, entry);
    }
    const open = {
      db: new Low<Conversation>(jsonFile<Conversation>(this.fileFor(id)), conversation),
      clientIds,
    };
    this.cache(id, open);
    return open;
  }

  private cache(id: string, open: OpenConversation): void {
    this.open_.set(id, open);
    const limit = this.options.cacheSize ?? 2000;
    while (this.open_.size > limit) {
      const oldest = this.open_.keys().next().value as string;
      // Never drop one that has a write under way.
      if (this.queues.has(oldest)) break;
      this.open_.delete(oldest);
    }
  }

  /** Runs one change to a conversation at a time, in order. */
  private exclusive<T>(id: string, work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The store is closed'));
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return next;
  }

  private remember(summary: ConversationSummary): void {
    this.summaries.set(summary.id, summary);
    if (summary.visitorId) this.byVisitor.set(summary.visitorId, summary.id);
    if (summary.externalId) this.byExternal.set(summary.externalId, summary.id);
  }

  private forget(id: string): void {
    const summary = this.summaries.get(id);
    if (summary?.visitorId) this.byVisitor.delete(summary.visitorId);
    if (summary?.externalId) this.byExternal.delete(summary.externalId);
    this.summaries.delete(id);
  }

  private scheduleIndex(): void {
    this.indexDirty = true;
    if (this.indexTimer || this.closed) return;
    this.indexTimer = setTimeout(() => {
      this.indexTimer = undefined;
      void this.saveIndex();
    }, this.options.indexDelayMs ?? 1000);
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
