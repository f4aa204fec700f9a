import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'redis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { OperatorRegistry } from '../../src/store/operators.js';
import { PostgresRecords } from '../../src/store/postgres/records.js';
import { demoProject } from '../helpers/project.js';
import {
  connectedOperator,
  emit,
  firstMessage,
  once,
  startServer,
  visitor,
  waitFor,
} from '../helpers/server.js';
import { freshSchema, type TestSchema } from './postgres.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
let schema: TestSchema | undefined;
const streams: string[] = [];

afterEach(async () => {
  await schema?.drop();
  schema = undefined;
});

// After every afterEach: the servers (closed by the helpers' hook) may still write to the stream.
afterAll(async () => {
  const redis = createClient({ url: redisUrl });
  await redis.connect();
  for (const stream of streams) await redis.del(`${stream}:socket.io`);
  await redis.quit();
});

interface Entry {
  kind: string;
  author?: { kind: string; name?: string };
  text?: string;
}

/** The demo bot on PostgreSQL and Redis, with a stream of its own so runs do not hear each other. */
function clusteredProject(): string {
  const dir = demoProject();
  const streamName = `test-${randomBytes(6).toString('hex')}`;
  streams.push(streamName);
  const path = join(dir, 'chatbot.config.yaml');
  const config = readFileSync(path, 'utf8').replace(
    '  driver: lowdb',
    '  driver: postgres\n  url: ${DATABASE_URL}',
  );
  writeFileSync(path, `${config}\ncluster:\n  redis: \${REDIS_URL}\n  name: ${streamName}\n`);
  return dir;
}

describe('two servers on one PostgreSQL and one Redis', () => {
  it('a visitor on one and an operator on the other see the same conversation live', async () => {
    schema = await freshSchema();
    const dir = clusteredProject();
    const env = { DATABASE_URL: schema.url, REDIS_URL: redisUrl };
    const { token } = await new OperatorRegistry(
      join(dir, 'data'),
      new PostgresRecords(schema.pool()),
    ).add('Ana', 'agent');
    const nodeA = await startServer({ dir, env });
    const nodeB = await startServer({ dir, env });

    const operator = await connectedOperator(nodeB.url, token);
    const guest = visitor(nodeA.url, { lang: 'en' });
    await once(guest, 'session');
    const listed = waitFor<{ id: string }>(operator, 'conversation', () => true);
    const { conversationId } = await firstMessage(guest, 'Is the Montserrat trip on Sundays?');
    expect((await listed).id).toBe(conversationId);

    await emit(operator, 'open', { id: conversationId });
    const takeover = await emit<{ summary: { state: string } }>(operator, 'takeover', {
      id: conversationId,
    });
    expect(takeover.summary.state).toBe('human');

    const typed = waitFor<{ who: string; draft?: string }>(
      operator,
      'typing',
      (event) => event.who === 'visitor' && event.draft === 'And for chil',
    );
    guest.emit('typing', { draft: 'And for chil' });
    await typed;

    const heard = waitFor<{ entry: Entry }>(
      operator,
      'entry',
      (event) => event.entry.text === 'And for children?',
    );
    await emit(guest, 'message', { text: 'And for children?' });
    await heard;

    const reply = waitFor<Entry>(guest, 'entry', (entry) => entry.author?.kind === 'operator');
    await emit(operator, 'message', { id: conversationId, text: 'Children under 4 go free.' });
    expect(await reply).toMatchObject({
      author: { kind: 'operator', name: 'Ana' },
      text: 'Children under 4 go free.',
    });
  });
});
