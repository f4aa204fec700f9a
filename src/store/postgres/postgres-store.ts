/**
 * The PostgreSQL driver, for installs that outgrow one machine (docs/scaling.md). A conversation
 * is one row (meta document, counters, list row) and its timeline one row per entry.
 *
 * An append is one transaction: the conversation row is locked (FOR UPDATE), so writers on any
 * number of nodes take turns and the next seq is always the last one plus one; the entry's
 * insert meets a unique index on (conversation, author kind, client id), so a resend is refused
 * by the database, not by a read before the write; the promise resolves after COMMIT. It takes
 * two round trips (two-trips.ts): BEGIN with the locked read, the write with COMMIT.
 *
 * The list the inbox reads (`list`, `summary`, `idForVisitor`…) is answered from memory, loaded
 * at open and kept up to date by this node's writes and reads.
 */
import pg from 'pg';
import type {
  Conversation,
  ConversationSummary,
  TimelineEntry,
} from '../../domain/conversation.js';
import { ChatbotError } from '../../errors/chatbot-error.js';
import type { GapFilter, GapRecord } from '../gap-log.js';
import { compactId, hexId, timestampNow } from '../ids.js';
import { KeyedQueue } from '../keyed-queue.js';
import { filterSummaries } from '../list-filter.js';
import { newConversation } from '../new-conversation.js';
import type { Operator } from '../operators.js';
import type { Lead } from '../records.js';
import type {
  AppendResult,
  ConversationFilter,
  ConversationPatch,
  NewConversation,
  Store,
} from '../store.js';
import { resendable, resummarize, summarize, summarizeAppend } from '../summaries.js';
import { runAlone } from './advisory-lock.js';
import { PostgresGaps } from './gap-rows.js';
import { assertSchemaCurrent } from './migrator.js';
import { PostgresRecords } from './records.js';
import { changesChannel, RowChanges } from './row-changes.js';
import {
  type ConversationRow,
  conversationOf,
  metaJson,
  selectConversation,
  summaryOfAll,
  uniqueKey,
} from './rows.js';
import { beginWith, commitWith } from './two-trips.js';

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database */
  readonly url: string;
  /** A schema to use instead of the search path's first (tests use a fresh one per run). */
  readonly schema?: string;
  /** Connections this node keeps open. */
  readonly poolSize?: number;
  /** Latest entries returned with a conversation. */
  readonly window?: number;
}

const idPattern = /^[0-9a-f]{32}$/;
const defaultWindow = 12;
/** Entries per insert when restoring a conversation: one statement, not one per entry. */
const restoreBatch = 500;

/** How to connect: the address, and the schema when one is given. */
export function connectionConfig(options: PostgresStoreOptions): pg.ClientConfig {
  return {
    connectionString: options.url,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  };
}

export function postgresPool(options: PostgresStoreOptions): pg.Pool {
  return new pg.Pool({ ...connectionConfig(options), max: options.poolSize ?? 10 });
}

/** Connects once, so that a wrong address is reported as such at start. */
export async function checkReachable(pool: pg.Pool, url: string): Promise<void> {
  try {
    await pool.query('SELECT 1');
  } catch (cause) {
    throw new ChatbotError(
      'STORAGE_UNREACHABLE',
      `Cannot connect to ${redactUrl(url)}: ${(cause as Error).message}`,
      { cause },
    );
  }
}

/** The address without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured storage.url';
  }
}

export class PostgresStore implements Store {
  private readonly pool: pg.Pool;
  private readonly records: PostgresRecords;
  private readonly gapRows: PostgresGaps;
  /** Names this store's notifications, so it does not read back its own writes. */
  private readonly nodeId = hexId();
  private readonly changes: RowChanges;
  private readonly summaries = new Map<string, ConversationSummary>();
  private readonly byVisitor = new Map<string, string>();
  private readonly byExternal = new Map<string, string>();
  /** This node's writes to one conversation go in the order they were asked for. */
  private readonly writes = new KeyedQueue();
  private closed = false;

  constructor(private readonly options: PostgresStoreOptions) {
    this.pool = postgresPool(options);
    this.records = new PostgresRecords(this.pool);
    this.gapRows = new PostgresGaps(this.pool);
    this.changes = new RowChanges(this.pool, connectionConfig(options), this.nodeId, (rows) => {
      for (const summary of rows) this.remember(summary);
    });
  }

  async open(): Promise<void> {
    await checkReachable(this.pool, this.options.url);
    await assertSchemaCurrent(this.pool);
    const rows = await this.pool.query<{ summary: ConversationSummary }>(
      'SELECT summary FROM conversations',
    );
    for (const row of rows.rows) this.remember(row.summary);
    await this.changes.start();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writes.idle();
    await this.changes.stop();
    await this.pool.end();
  }

  async create(init: NewConversation): Promise<Conversation> {
    const conversation = newConversation(hexId(), init);
    const summary = summarize(conversation);
    await this.pool.query(
      `WITH added AS (
         INSERT INTO conversations (id, visitor_id, external_id, last_seq, updated_at, meta, summary)
         VALUES ($1, $2, $3, 0, $4, $5, $6) RETURNING id)
       SELECT pg_notify('${changesChannel}', $7 || ' ' || id) FROM added`,
      [
        conversation.id,
        conversation.visitorId ?? null,
        conversation.externalId ?? null,
        conversation.updatedAt,
        metaJson(conversation),
        JSON.stringify(summary),
        this.nodeId,
      ],
    );
    this.remember(summary);
    return conversation;
  }

  async get(id: string): Promise<Conversation | undefined> {
    if (!idPattern.test(id)) return undefined;
    const row = (
      await this.pool.query<ConversationRow>(selectConversation(false), [id, this.window])
    ).rows[0];
    if (!row) return undefined;
    this.remember(row.summary);
    return conversationOf(row);
  }

  runAlone(job: string, run: () => Promise<void>): Promise<boolean> {
    return runAlone(this.pool, job, run);
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
    return this.appendWhere(id, entry, patch) as Promise<AppendResult>;
  }

  appendIf(
    id: string,
    entry: Parameters<Store['append']>[1],
    patch: ConversationPatch,
    condition: (conversation: Conversation) => boolean,
  ): Promise<AppendResult | undefined> {
    return this.appendWhere(id, entry, patch, condition);
  }

  /**
   * The condition is read on the row locked FOR UPDATE in the write's transaction: a server
   * writing the same conversation waits for it, then reads what this one wrote.
   */
  private appendWhere(
    id: string,
    entry: Parameters<Store['append']>[1],
    patch?: ConversationPatch,
    condition?: (conversation: Conversation) => boolean,
  ): Promise<AppendResult | undefined> {
    return this.exclusive(id, () =>
      this.inTwoTrips(async (client) => {
        const [row] = await beginWith<ConversationRow>(client, selectConversation(true), [
          id,
          this.window,
        ]);
        if (!row) throw new ChatbotError('DATA_CORRUPT', `Conversation ${id} is not stored`);
        if (condition && !condition(conversationOf(row))) {
          await client.query('ROLLBACK');
          // What another server wrote: this one's list catches up before its notice comes.
          return { unchanged: row.summary };
        }
        const stored = {
          seq: row.last_seq + 1,
          id: compactId(),
          at: timestampNow(),
          ...entry,
        } as TimelineEntry;
        const key = uniqueKey(stored);
        const conversation = conversationOf(row);
        conversation.lastSeq = stored.seq;
        conversation.updatedAt = stored.at;
        if (patch) Object.assign(conversation, patch);
        conversation.timeline.push(stored);
        const summary = summarizeAppend(row.summary, conversation, stored);
        // The entry and the row in one statement: the row changes only if the entry went in.
        const written = await commitWith(
          client,
          `WITH added AS (
             INSERT INTO entries (conversation_id, seq, author_kind, client_id, entry)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (conversation_id, author_kind, client_id) WHERE client_id IS NOT NULL
             DO NOTHING RETURNING seq)
           , changed AS (
             UPDATE conversations SET last_seq = $2, updated_at = $6, meta = $7, summary = $8
             WHERE id = $1 AND EXISTS (SELECT 1 FROM added) RETURNING id)
           SELECT pg_notify('${changesChannel}', $9 || ' ' || id) FROM changed`,
          [
            id,
            stored.seq,
            ...key,
            JSON.stringify(stored),
            stored.at,
            metaJson(conversation),
            JSON.stringify(summary),
            this.nodeId,
          ],
        );
        if (written === 0) {
          // A resend: the entry stored earlier is committed and never changes.
          const earlier = await client.query<{ entry: TimelineEntry }>(
            `SELECT entry FROM entries
             WHERE conversation_id = $1 AND author_kind = $2 AND client_id = $3`,
            [id, ...key],
          );
          return {
            entry: earlier.rows[0]!.entry,
            created: false,
            conversation: conversationOf(row),
          };
        }
        return { entry: stored, created: true, conversation, summary };
      }).then((result) => {
        if ('unchanged' in result && result.unchanged) {
          this.remember(result.unchanged);
          return undefined;
        }
        if ('summary' in result && result.summary) this.remember(result.summary);
        return { entry: result.entry, created: result.created, conversation: result.conversation };
      }),
    );
  }

  update(id: string, change: (conversation: Conversation) => void): Promise<Conversation> {
    return this.exclusive(id, async () => {
      const { conversation, summary } = await this.transaction(async (client) => {
        const row = await this.lockedRow(client, id);
        const conversation = conversationOf(row);
        change(conversation);
        conversation.updatedAt = new Date().toISOString();
        const summary = resummarize(row.summary, conversation);
        await this.saveRow(client, conversation, summary);
        return { conversation, summary };
      });
      this.remember(summary);
      return conversation;
    });
  }

  async entriesAfter(id: string, seq: number): Promise<TimelineEntry[]> {
    const rows = await this.pool.query<{ entry: TimelineEntry }>(
      'SELECT entry FROM entries WHERE conversation_id = $1 AND seq > $2 ORDER BY seq',
      [id, seq],
    );
    return rows.rows.map((row) => row.entry);
  }

  history(id: string): Promise<TimelineEntry[]> {
    return this.entriesAfter(id, 0);
  }

  /** Deletes the row; its entries go with it (ON DELETE CASCADE). */
  remove(id: string): Promise<boolean> {
    return this.exclusive(id, async () => {
      const deleted = await this.pool.query('DELETE FROM conversations WHERE id = $1', [id]);
      const summary = this.summaries.get(id);
      this.summaries.delete(id);
      if (summary?.visitorId) this.byVisitor.delete(summary.visitorId);
      if (summary?.externalId) this.byExternal.delete(summary.externalId);
      return (deleted.rowCount ?? 0) > 0;
    });
  }

  recordGap(record: GapRecord): Promise<void> {
    return this.gapRows.record(record);
  }

  gaps(filter?: GapFilter): Promise<GapRecord[]> {
    return this.gapRows.read(filter);
  }

  forgetGaps(conversationIds: ReadonlySet<string>): Promise<number> {
    return this.gapRows.forget(conversationIds);
  }

  list(filter: ConversationFilter = {}): ConversationSummary[] {
    return filterSummaries(this.summaries.values(), filter);
  }

  restore(conversation: Conversation, entries: readonly TimelineEntry[]): Promise<void> {
    const id = conversation.id;
    return this.exclusive(id, async () => {
      const ordered = [...entries].sort((a, b) => a.seq - b.seq);
      const summary = summaryOfAll(conversation, ordered);
      await this.transaction(async (client) => {
        await client.query(
          `INSERT INTO conversations (id, visitor_id, external_id, last_seq, updated_at, meta, summary)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (id) DO UPDATE SET last_seq = greatest(conversations.last_seq, excluded.last_seq),
             updated_at = excluded.updated_at, meta = excluded.meta, summary = excluded.summary`,
          [
            id,
            conversation.visitorId ?? null,
            conversation.externalId ?? null,
            conversation.lastSeq,
            conversation.updatedAt,
            metaJson(conversation),
            JSON.stringify(summary),
          ],
        );
        for (let start = 0; start < ordered.length; start += restoreBatch)
          await insertEntries(client, id, ordered.slice(start, start + restoreBatch));
        await client.query(`SELECT pg_notify('${changesChannel}', $1)`, [`${this.nodeId} ${id}`]);
      });
      this.remember(summary);
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

  private get window(): number {
    return this.options.window ?? defaultWindow;
  }

  private async lockedRow(client: pg.PoolClient, id: string): Promise<ConversationRow> {
    const row = (await client.query<ConversationRow>(selectConversation(true), [id, this.window]))
      .rows[0];
    if (!row) throw new ChatbotError('DATA_CORRUPT', `Conversation ${id} is not stored`);
    return row;
  }

  private async saveRow(
    client: pg.PoolClient,
    conversation: Conversation,
    summary: ConversationSummary,
  ): Promise<void> {
    await client.query(
      `WITH changed AS (
         UPDATE conversations SET last_seq = $2, updated_at = $3, meta = $4, summary = $5
         WHERE id = $1 RETURNING id)
       SELECT pg_notify('${changesChannel}', $6 || ' ' || id) FROM changed`,
      [
        conversation.id,
        conversation.lastSeq,
        conversation.updatedAt,
        metaJson(conversation),
        JSON.stringify(summary),
        this.nodeId,
      ],
    );
  }

  /** Runs `work`, which begins and commits with two-trips.ts, on one connection. */
  private async inTwoTrips<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      return await work(client);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Runs `work` in one transaction on one connection; resolves after COMMIT. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private exclusive<T>(id: string, work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The store is closed'));
    return this.writes.run(id, work);
  }

  private remember(summary: ConversationSummary): void {
    // A read that finished after a later write of this node must not bring back an older row.
    const known = this.summaries.get(summary.id);
    if (known && known !== summary && known.updatedAt > summary.updatedAt) return;
    this.summaries.set(summary.id, summary);
    if (summary.visitorId) this.byVisitor.set(summary.visitorId, summary.id);
    if (summary.externalId) this.byExternal.set(summary.externalId, summary.id);
  }
}

/** Entries a conversation does not have yet; ones it has (same seq or resend) are skipped. */
async function insertEntries(
  client: pg.PoolClient,
  id: string,
  entries: readonly TimelineEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await client.query(
    `INSERT INTO entries (conversation_id, seq, author_kind, client_id, entry)
     SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::jsonb[])
     ON CONFLICT DO NOTHING`,
    [
      id,
      entries.map((entry) => entry.seq),
      entries.map((entry) => (resendable(entry) ? entry.author.kind : null)),
      entries.map((entry) => (resendable(entry) ? entry.clientId : null)),
      entries.map((entry) => JSON.stringify(entry)),
    ],
  );
}
