/**
 * `chatbot migrate` (applies the PostgreSQL schema's migrations) and `chatbot storage copy`
 * (moves an install between the data folder and PostgreSQL).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ChatbotError } from '../errors/chatbot-error.js';
import { copyStore } from '../store/copy.js';
import { LowdbStore } from '../store/lowdb-store.js';
import { migrate, schemaStatus } from '../store/postgres/migrator.js';
import {
  checkReachable,
  PostgresStore,
  postgresPool,
  redactUrl,
} from '../store/postgres/postgres-store.js';
import type { Store } from '../store/store.js';
import { createOutput } from './output.js';
import { loadProjectConfig } from './project-config.js';

const postgresUrl = /^postgres(ql)?:\/\//;

export interface MigrateOptions {
  readonly dir: string;
  /** A database other than the config's storage.url. */
  readonly url?: string;
  /** Only show what is applied and pending. */
  readonly status?: boolean;
}

export async function runMigrate(
  options: MigrateOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const output = createOutput(env);
  const url = options.url ?? (await configuredUrl(options.dir, env));
  const pool = postgresPool({ url });
  try {
    await checkReachable(pool, url);
    if (options.status) {
      const status = await schemaStatus(pool);
      output.out(`applied: ${status.applied.join(', ') || 'none'}`);
      output.out(`pending: ${status.pending.join(', ') || 'none'}`);
      if (status.unknown.length > 0)
        output.out(`unknown (from a newer version): ${status.unknown.join(', ')}`);
      return;
    }
    const applied = await migrate(pool);
    const c = output.colors;
    if (applied.length === 0) output.out(`${c.green('✔')} ${redactUrl(url)} is up to date.`);
    else
      output.out(
        `${c.green('✔')} Applied ${applied.length} migration(s) to ${redactUrl(url)}: ${applied.join(', ')}`,
      );
  } finally {
    await pool.end();
  }
}

async function configuredUrl(dir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const { config } = await loadProjectConfig(dir, createOutput(env), 'dev', env);
  if (config.storage.driver !== 'postgres' || !config.storage.url)
    throw new ChatbotError(
      'USAGE',
      'storage.driver is lowdb: the embedded store has no schema to migrate',
      { hint: 'Set storage.driver: postgres and storage.url: ${DATABASE_URL}, or pass --url.' },
    );
  return config.storage.url;
}

export interface StorageCopyOptions {
  /** A data folder (the embedded store) or a postgres:// address. */
  readonly from: string;
  readonly to: string;
}

export async function runStorageCopy(
  options: StorageCopyOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const output = createOutput(env);
  if (options.from === options.to)
    throw new ChatbotError('USAGE', '--from and --to are the same place');
  // A mistyped source would otherwise be created empty and "copied": nothing, verified.
  if (!postgresUrl.test(options.from) && !existsSync(resolve(options.from)))
    throw new ChatbotError('USAGE', `There is no data folder at ${resolve(options.from)}`, {
      hint: 'Pass the folder storage.dir names (usually data), or a postgres:// address.',
    });
  const target = await openTarget(options.to);
  let source: Store | undefined;
  try {
    source = storeAt(options.from);
    await source.open();
    let shown = 0;
    const report = await copyStore(source, target, (copied, total) => {
      if (copied - shown >= 1000 || copied === total) {
        shown = copied;
        output.err(`  ${copied}/${total} conversations`);
      }
    });
    const c = output.colors;
    const counts = report.target;
    output.out(
      `${c.green('✔')} Copied and verified: ${counts.conversations} conversations, ${counts.messages} messages, ${counts.events} events, ${counts.uploads} upload records, ${counts.leads} leads, ${counts.operators} operators.`,
    );
    output.out(c.dim(`checksum ${report.checksum}`));
    if (!postgresUrl.test(options.from))
      output.out(
        c.dim(
          `Uploaded files stay in ${resolve(options.from, 'uploads')}: keep that folder on the servers (docs/scaling.md).`,
        ),
      );
  } finally {
    await source?.close();
    await target.close();
  }
}

function storeAt(place: string): Store {
  return postgresUrl.test(place)
    ? new PostgresStore({ url: place })
    : new LowdbStore(resolve(place));
}

/** The target, opened; a PostgreSQL one is migrated first, as a new install is. */
async function openTarget(place: string): Promise<Store> {
  if (postgresUrl.test(place)) {
    const pool = postgresPool({ url: place });
    try {
      await checkReachable(pool, place);
      await migrate(pool);
    } finally {
      await pool.end();
    }
  }
  const store = storeAt(place);
  await store.open();
  return store;
}
