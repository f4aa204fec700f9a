/**
 * A fresh PostgreSQL schema per test or run, dropped afterwards: the cluster suite shares one
 * database (DATABASE_URL, or the local test database) and never sees another run's tables.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../../src/store/postgres/migrator.js';
import {
  type PostgresStoreOptions,
  postgresPool,
} from '../../src/store/postgres/postgres-store.js';

export const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestSchema {
  readonly name: string;
  readonly options: PostgresStoreOptions;
  /** An address that selects the schema, as a user would pass it to `chatbot storage copy`. */
  readonly url: string;
  /** A pool on the schema, for looking at what was stored. */
  pool(): pg.Pool;
  drop(): Promise<void>;
}

/** A new empty schema; migrated unless `migrated` is false. */
export async function freshSchema(migrated = true): Promise<TestSchema> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${name}`);
  } finally {
    await admin.end();
  }
  const options: PostgresStoreOptions = { url: databaseUrl, schema: name };
  const pools: pg.Pool[] = [];
  const schema: TestSchema = {
    name,
    options,
    url: `${databaseUrl}${databaseUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${name}`)}`,
    pool() {
      const pool = postgresPool(options);
      pools.push(pool);
      return pool;
    },
    async drop() {
      await Promise.all(pools.map((pool) => pool.end().catch(() => undefined)));
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA ${name} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
  if (migrated) await migrate(schema.pool());
  return schema;
}
