/**
 * The store a config asks for: the embedded lowdb store in the data folder, or PostgreSQL at
 * storage.url. Both are opened by the caller (`await store.open()`).
 */
import { resolve } from 'node:path';
import { LowdbStore } from './lowdb-store.js';
import { PostgresStore } from './postgres/postgres-store.js';
import type { Store } from './store.js';

export interface StorageSettings {
  readonly driver: 'lowdb' | 'postgres';
  readonly dir: string;
  readonly url?: string | undefined;
}

/** `dataDir`: storage.dir resolved against the project. */
export function storeFor(storage: StorageSettings, dataDir: string): Store {
  if (storage.driver === 'postgres' && storage.url) return new PostgresStore({ url: storage.url });
  return new LowdbStore(resolve(dataDir));
}
