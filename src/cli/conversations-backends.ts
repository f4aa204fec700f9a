/**
 * Where `chatbot conversations` reads and writes: a data folder (the server stopped: its lock is
 * taken, so nothing writes alongside), or a running server over REST with an operator token.
 * Both answer the same calls with the same shapes, so the command does not care which.
 */
import { once } from 'node:events';
import { join } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { archiveConversations } from '../conversations/archive.js';
import {
  deleteConversations,
  type ErasureDependencies,
  type ErasureReport,
  erasePerson,
  outboxFile,
  type Person,
  personConversations,
} from '../conversations/erase.js';
import { type ExportOptions, exportConversations } from '../conversations/export.js';
import {
  isEmptyQuery,
  parseQuery,
  QueryError,
  type QueryParameters,
  selectConversations,
} from '../conversations/query.js';
import {
  applyRetention,
  type PurgeReport,
  type RetentionPolicy,
} from '../conversations/retention.js';
import type { Conversation, TimelineEntry } from '../domain/conversation.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import { LeadBook } from '../leads/lead-book.js';
import type { OperatorSummary } from '../protocol/operator.js';
import { LowdbStore } from '../store/lowdb-store.js';

export interface ListResult {
  readonly total: number;
  readonly conversations: readonly Omit<OperatorSummary, 'online' | 'viewers'>[];
}

export interface Shown {
  readonly conversation: Omit<Conversation, 'timeline'>;
  readonly timeline: readonly TimelineEntry[];
}

export interface BulkResult {
  readonly matched: number;
  readonly changed?: number;
  readonly removed?: ErasureReport;
}

export interface ConversationsBackend {
  list(parameters: QueryParameters, limit: number): Promise<ListResult>;
  show(id: string): Promise<Shown | undefined>;
  export(parameters: QueryParameters, options: ExportOptions, out: Writable): Promise<void>;
  archive(parameters: QueryParameters, unarchive: boolean, dryRun: boolean): Promise<BulkResult>;
  delete(parameters: QueryParameters, person: Person, dryRun: boolean): Promise<BulkResult>;
  purge(): Promise<PurgeReport>;
  close(): Promise<void>;
}

function usage(error: unknown): never {
  if (error instanceof QueryError) throw new ChatbotError('USAGE', error.message);
  throw error;
}

function refuseEmpty(parameters: QueryParameters, now: Date, person?: Person): void {
  if (person && (person.email || person.visitor)) return;
  if (isEmptyQuery(parseQuery(parameters, now)))
    throw new ChatbotError('USAGE', 'Name the conversations: a filter such as --before 90d', {
      hint: 'A bulk change never applies to every conversation by default; see `chatbot conversations --help`.',
    });
}

/** The data folder of a stopped server. Refused while a server holds the folder's lock. */
export async function dataFolderBackend(
  dataDir: string,
  retention: () => Promise<RetentionPolicy>,
  now: () => Date,
): Promise<ConversationsBackend> {
  const store = new LowdbStore(dataDir);
  try {
    await store.open();
  } catch (error) {
    if (error instanceof ChatbotError && error.code === 'DATA_DIR_LOCKED')
      throw new ChatbotError('DATA_DIR_LOCKED', error.message, {
        hint: 'A server is running on this data folder: go through it with --url (and an operator token), or stop it first.',
      });
    throw error;
  }
  const dependencies: ErasureDependencies = {
    store,
    uploadsDir: join(dataDir, 'uploads'),
    leads: await LeadBook.open(dataDir),
    notifications: outboxFile(dataDir),
  };
  const select = (parameters: QueryParameters) => {
    try {
      return selectConversations(store, parseQuery(parameters, now()));
    } catch (error) {
      usage(error);
    }
  };
  return {
    async list(parameters, limit) {
      const chosen = select(parameters);
      const rows = chosen
        .slice(0, limit)
        .map(({ visitorTexts: _texts, facts: _facts, ...row }) => row);
      return { total: chosen.length, conversations: rows };
    },
    async show(id) {
      const conversation = await store.get(id);
      if (!conversation) return undefined;
      const { timeline: _window, ...rest } = conversation;
      return { conversation: rest, timeline: await store.history(id) };
    },
    async export(parameters, options, out) {
      await exportConversations(store, select(parameters), options, out);
    },
    async archive(parameters, unarchive, dryRun) {
      refuseEmpty(parameters, now());
      const chosen = select(parameters);
      if (dryRun) return { matched: chosen.length };
      return {
        matched: chosen.length,
        changed: await archiveConversations(store, chosen, !unarchive, now()),
      };
    },
    async delete(parameters, person, dryRun) {
      refuseEmpty(parameters, now(), person);
      const byPerson = Boolean(person.email || person.visitor);
      const chosen = byPerson ? personConversations(dependencies, person) : select(parameters);
      if (dryRun) return { matched: chosen.length };
      const removed = byPerson
        ? await erasePerson(dependencies, person)
        : await deleteConversations(dependencies, chosen);
      return { matched: chosen.length, removed };
    },
    purge: async () => applyRetention({ ...dependencies, dataDir }, await retention(), now()),
    close: () => store.close(),
  };
}

/** A running server, through its REST routes (src/server/routes/conversations.ts). */
export function serverBackend(url: string, token: string): ConversationsBackend {
  const call = async (path: string, init: RequestInit = {}): Promise<Response> => {
    let response: Response;
    try {
      response = await fetch(`${url}${path}`, {
        ...init,
        headers: {
          authorization: `Bearer ${token}`,
          ...(init.body ? { 'content-type': 'application/json' } : {}),
        },
      });
    } catch (error) {
      throw new ChatbotError(
        'SERVER_UNREACHABLE',
        `Cannot reach ${url}: ${(error as Error).message}`,
      );
    }
    if (response.ok || response.status === 404) return response;
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    if (response.status === 401)
      throw new ChatbotError('OPERATOR_TOKEN_REFUSED', 'The server refused this operator token');
    if (response.status === 400 || response.status === 403)
      throw new ChatbotError('USAGE', body.message ?? `The server answered ${response.status}`);
    throw new ChatbotError('SERVER_UNREACHABLE', `${url} answered ${response.status}`);
  };
  const post = async (path: string, body: object) =>
    (await call(path, { method: 'POST', body: JSON.stringify(body) })).json();
  const search = (parameters: QueryParameters, extra: Record<string, string> = {}) =>
    new URLSearchParams({ ...parameters, ...extra } as Record<string, string>).toString();
  return {
    async list(parameters, limit) {
      const response = await call(
        `/api/conversations?${search(parameters, { limit: String(limit) })}`,
      );
      return (await response.json()) as ListResult;
    },
    async show(id) {
      const response = await call(`/api/conversations/${encodeURIComponent(id)}`);
      return response.status === 404 ? undefined : ((await response.json()) as Shown);
    },
    async export(parameters, options, out) {
      const response = await call(
        `/api/conversations/export?${search(parameters, { format: options.format, per: options.per })}`,
      );
      if (!response.body) return;
      // Streamed through, never held whole: an export can be larger than memory.
      await pipeline(
        Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
        out,
        {
          end: false,
        },
      );
      if (out.writableNeedDrain) await once(out, 'drain');
    },
    archive: (parameters, unarchive, dryRun) =>
      post('/api/conversations/archive', {
        ...parameters,
        unarchive,
        dryRun,
      }) as Promise<BulkResult>,
    delete: (parameters, person, dryRun) =>
      post('/api/conversations/delete', {
        ...parameters,
        ...person,
        dryRun,
      }) as Promise<BulkResult>,
    purge: () => post('/api/conversations/purge', {}) as Promise<PurgeReport>,
    close: async () => undefined,
  };
}
