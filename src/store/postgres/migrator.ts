/**
 * Applies the schema's migrations (umzug keeps the order and the record of what ran) and tells a
 * starting server whether the database's schema is the one this version knows. Two nodes
 * migrating at once take turns on an advisory lock, so each migration runs once.
 */
import type { Pool, PoolClient } from 'pg';
import { Umzug, type UmzugStorage } from 'umzug';
import { ChatbotError } from '../../errors/chatbot-error.js';
import { type Migration, migrations } from './migrations.js';

/** Any number, the same in every version: what concurrent `chatbot migrate` runs queue on. */
const migrateLockKey = 0x63686174;

const createRecordTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
  name text PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

export interface SchemaStatus {
  readonly applied: readonly string[];
  /** Known to this version, not applied yet. */
  readonly pending: readonly string[];
  /** Applied by a newer version: this one does not know the schema. */
  readonly unknown: readonly string[];
}

async function appliedNames(client: Pool | PoolClient): Promise<string[]> {
  const exists = await client.query<{ found: string | null }>(
    `SELECT to_regclass('schema_migrations')::text AS found`,
  );
  if (!exists.rows[0]?.found) return [];
  const rows = await client.query<{ name: string }>(
    'SELECT name FROM schema_migrations ORDER BY name',
  );
  return rows.rows.map((row) => row.name);
}

export async function schemaStatus(pool: Pool): Promise<SchemaStatus> {
  const applied = await appliedNames(pool);
  const known = new Set(migrations.map((migration) => migration.name));
  const done = new Set(applied);
  return {
    applied,
    pending: migrations.map((migration) => migration.name).filter((name) => !done.has(name)),
    unknown: applied.filter((name) => !known.has(name)),
  };
}

/** Refuses a schema this version did not write or has not finished writing. */
export async function assertSchemaCurrent(pool: Pool): Promise<void> {
  const status = await schemaStatus(pool);
  if (status.unknown.length > 0)
    throw new ChatbotError(
      'STORAGE_SCHEMA_NEWER',
      `The database has migrations this version does not know: ${status.unknown.join(', ')}`,
    );
  if (status.pending.length > 0)
    throw new ChatbotError(
      'STORAGE_SCHEMA_PENDING',
      `The database lacks ${status.pending.length} migration(s): ${status.pending.join(', ')}`,
    );
}

/** Applies every pending migration; returns the names applied, in order. */
export async function migrate(pool: Pool): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [migrateLockKey]);
    await client.query(createRecordTable);
    const umzug = new Umzug<PoolClient>({
      migrations: migrations.map((migration) => runnable(migration)),
      context: client,
      storage: recordTable,
      logger: undefined,
    });
    return (await umzug.up()).map((migration) => migration.name);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [migrateLockKey]).catch(() => undefined);
    client.release();
  }
}

function runnable(migration: Migration) {
  return {
    name: migration.name,
    up: ({ context }: { context: PoolClient }) =>
      inTransaction(context, migration.up, 'INSERT INTO schema_migrations (name) VALUES ($1)', [
        migration.name,
      ]),
    down: ({ context }: { context: PoolClient }) =>
      inTransaction(context, migration.down, 'DELETE FROM schema_migrations WHERE name = $1', [
        migration.name,
      ]),
  };
}

/** The change and its record in one transaction. */
async function inTransaction(
  client: PoolClient,
  change: string,
  record: string,
  values: unknown[],
): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(change);
    await client.query(record, values);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** The record is written by each migration's own transaction; umzug only reads it. */
const recordTable: UmzugStorage<PoolClient> = {
  logMigration: async () => undefined,
  unlogMigration: async () => undefined,
  executed: ({ context }) => appliedNames(context),
};
