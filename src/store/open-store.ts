/**
 * The store a config asks for: the embedded lowdb store in the data folder, or PostgreSQL at
 * storage.url. Both are opened by the caller (`await store.open()`).
 */
import { resolve } from 'node:path';
import pg from 'pg';
import { LowdbStore } from './lowdb-store.js';
import { assertSchemaCurrent } from './postgres/migrator.js';
import { checkReachable, PostgresStore } from './postgres/postgres-store.js';
import { PostgresRecords } from './postgres/records.js';
import { privateDir } from './private-files.js';
import type { RecordStore } from './records.js';
import type { Store } from './store.js';

export interface StorageSettings {
  readonly driver: 'lowdb' | 'postgres';
  readonly dir: string;
  readonly url?: string | undefined;
}

/**
 * `dataDir`: storage.dir resolved against the project. It is made (0700) with either driver:
 * uploaded files, releases and the server's key stay on disk.
 */
export async function storeFor(storage: StorageSettings, dataDir: string): Promise<Store> {
  await privateDir(resolve(dataDir));
  if (storage.driver === 'postgres' && storage.url) return new PostgresStore({ url: storage.url });
  return new LowdbStore(resolve(dataDir));
}

/**
 * Leads and operators for a command run beside the servers (`chatbot operator`, `chatbot
 * leads`): the database's with PostgreSQL, undefined with the embedded store (its files are
 * read directly). The connection lets the process exit once idle.
 */
export async function sharedRecords(storage: StorageSettings): Promise<RecordStore | undefined> {
  if (storage.driver !== 'postgres' || !storage.url) return undefined;
  const pool = new pg.Pool({ connectionString: storage.url, max: 2, allowExitOnIdle: true });
  await checkReachable(pool, storage.url);
  await assertSchemaCurrent(pool);
  return new PostgresRecords(pool);
}
