/**
 * The demo bot set up as one node of a cluster: PostgreSQL in a fresh schema, Redis with a stream
 * of its own so runs do not hear each other. Both are dropped after the test.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'redis';
import { afterAll, afterEach } from 'vitest';
import { demoProject } from '../helpers/project.js';
import { freshSchema, type TestSchema } from './postgres.js';

export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const schemas: TestSchema[] = [];
const names: string[] = [];

afterEach(async () => {
  for (const schema of schemas.splice(0)) await schema.drop();
});

// After every afterEach: the servers (closed by the helpers' hook) may still write to Redis.
afterAll(async () => {
  const redis = createClient({ url: redisUrl });
  await redis.connect();
  for (const name of names) {
    const keys = await redis.keys(`${name}:*`);
    if (keys.length > 0) await redis.del(keys);
  }
  await redis.quit();
});

export interface ClusterProject {
  readonly dir: string;
  readonly schema: TestSchema;
  /** What every node's environment needs. */
  readonly env: NodeJS.ProcessEnv;
}

/** `edit` changes the config text (limits, timeouts) before the cluster keys are added. */
export async function clusterProject(
  edit: (config: string) => string = (c) => c,
): Promise<ClusterProject> {
  const schema = await freshSchema();
  schemas.push(schema);
  const dir = demoProject();
  const name = `test-${randomBytes(6).toString('hex')}`;
  names.push(name);
  const path = join(dir, 'chatbot.config.yaml');
  const config = edit(readFileSync(path, 'utf8')).replace(
    '  driver: lowdb',
    '  driver: postgres\n  url: ${DATABASE_URL}',
  );
  writeFileSync(path, `${config}\ncluster:\n  redis: \${REDIS_URL}\n  name: ${name}\n`);
  return { dir, schema, env: { DATABASE_URL: schema.url, REDIS_URL: redisUrl } };
}

/** Another server's own folder for the same install: the same config, its own `data/`. */
export function anotherNode(project: ClusterProject): string {
  const config = readFileSync(join(project.dir, 'chatbot.config.yaml'), 'utf8');
  return demoProject({ 'chatbot.config.yaml': config });
}
