/**
 * Three `chatbot start` processes as one install, for bench/cluster-nodes.bench.ts: a fresh
 * PostgreSQL schema, a Redis stream of their own, a folder each (as three machines have), the
 * same CHATBOT_SECRET so a visitor's token verifies on any of them, and an operator for each.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createClient } from 'redis';
import { serverNodeOptions } from '../src/deploy/node-options.js';
import { OperatorRegistry } from '../src/store/operators.js';
import { migrate } from '../src/store/postgres/migrator.js';
import { PostgresRecords } from '../src/store/postgres/records.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface Node {
  readonly child: ChildProcess;
  readonly url: string;
  readonly exited: Promise<void>;
}

export interface Cluster {
  readonly nodes: Node[];
  /** An operator token per node, in the same order. */
  readonly operatorTokens: string[];
  /** A pool on the cluster's schema, to check what was stored. */
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

function projectFolder(stream: string): string {
  const dir = mkdtempSync(join(process.env.BENCH_DATA_ROOT ?? root, '.bench-cluster-'));
  for (const entry of ['kb', 'templates'])
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  const config = readFileSync(join(root, 'chatbot.config.yaml'), 'utf8')
    .replace(
      'origins: []',
      'origins: []\n  limits: { messagesPerMinute: 600, requestsPerMinute: 1000000 }',
    )
    .replace('  driver: lowdb', '  driver: postgres\n  url: ${DATABASE_URL}');
  writeFileSync(
    join(dir, 'chatbot.config.yaml'),
    `${config}\ncluster:\n  redis: \${REDIS_URL}\n  name: ${stream}\n`,
  );
  return dir;
}

function startNode(dir: string, env: NodeJS.ProcessEnv): Promise<Node> {
  const child = spawn(
    process.execPath,
    [
      ...serverNodeOptions(),
      join(root, 'bin/chatbot.js'),
      'start',
      dir,
      '--port',
      '0',
      '--host',
      '127.0.0.1',
    ],
    {
      env: { ...process.env, ...env, CHATBOT_ADMIN_TOKEN: 'bench-admin-token-0123456789' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.stdout!.resume();
      child.stderr!.resume();
      resolve({ child, url: match[1]!, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`a node exited before listening:\n${output}`));
    });
  });
}

export async function startCluster(size: number): Promise<Cluster> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const stream = `bench-${randomBytes(6).toString('hex')}`;
  const admin = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const pool = new pg.Pool({ connectionString: databaseUrl, options: `-c search_path=${schema}` });
  await migrate(pool);
  const schemaUrl = `${databaseUrl}${databaseUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const dirs = Array.from({ length: size }, () => projectFolder(stream));
  const registry = new OperatorRegistry(join(dirs[0]!, 'data'), new PostgresRecords(pool));
  const operatorTokens: string[] = [];
  for (let n = 1; n <= size; n++)
    operatorTokens.push((await registry.add(`Operator ${n}`, 'admin')).token);
  const env = {
    DATABASE_URL: schemaUrl,
    REDIS_URL: redisUrl,
    CHATBOT_SECRET: randomBytes(32).toString('hex'),
  };
  const nodes = await Promise.all(dirs.map((dir) => startNode(dir, env)));
  return {
    nodes,
    operatorTokens,
    pool,
    async close() {
      for (const node of nodes) node.child.kill('SIGTERM');
      await Promise.all(nodes.map((node) => node.exited));
      await pool.end();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
      const redis = createClient({ url: redisUrl });
      await redis.connect();
      const keys = await redis.keys(`${stream}:*`);
      if (keys.length > 0) await redis.del(keys);
      await redis.quit();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}
