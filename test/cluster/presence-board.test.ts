import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { createClient } from 'redis';
import { afterEach, describe, expect, it } from 'vitest';
import type { PresenceBoard, PresenceKind } from '../../src/server/presence-board.js';
import { openRedisPresenceBoard } from '../../src/server/redis-presence-board.js';
import { eventually } from '../helpers/wait.js';
import { redisUrl } from './cluster-project.js';

type Client = ReturnType<typeof createClient>;
const clients: Client[] = [];
const boards: PresenceBoard[] = [];
const prefixes: string[] = [];

afterEach(async () => {
  for (const board of boards.splice(0)) await board.close();
  const cleaner = createClient({ url: redisUrl });
  await cleaner.connect();
  for (const prefix of prefixes.splice(0)) {
    const keys = await cleaner.keys(`${prefix}:*`);
    if (keys.length > 0) await cleaner.del(keys);
  }
  await cleaner.quit();
  for (const client of clients.splice(0)) if (client.isOpen) await client.quit();
});

/** One server's board: a Redis connection of its own, as a server has. */
async function serverBoard(prefix: string, heartbeatMs = 5000, ttlMs?: number) {
  const client: Client = createClient({ url: redisUrl });
  client.on('error', () => undefined);
  await client.connect();
  clients.push(client);
  const board = await openRedisPresenceBoard({
    client,
    prefix,
    logger: pino({ level: 'silent' }),
    heartbeatMs,
    ...(ttlMs ? { ttlMs } : {}),
  });
  boards.push(board);
  const changes: string[] = [];
  board.onChange((kind: PresenceKind, key: string) =>
    changes.push(`${kind} ${key} ${board.has(kind, key) ? 'on' : 'off'}`),
  );
  return { client, board, changes };
}

function freshPrefix(): string {
  const prefix = `test-${randomBytes(6).toString('hex')}`;
  prefixes.push(prefix);
  return prefix;
}

describe('presence shared in Redis', () => {
  it('a fact put on one server is seen on the others, and goes when no server holds it', async () => {
    const prefix = freshPrefix();
    const a = await serverBoard(prefix);
    const b = await serverBoard(prefix);

    a.board.put('visitor', 'c1', '1');
    await eventually(() => b.board.has('visitor', 'c1'), 'the visitor online on the other server');
    b.board.put('visitor', 'c1', '1');
    b.board.put('operator', 'Ana', '{"name":"Ana"}');
    // Heard in the order b made them: once the operator is there, so is b's visitor.
    await eventually(() => a.board.has('operator', 'Ana'), 'the operator on the first server');
    a.board.put('visitor', 'c1', undefined);
    // Still held by b: online for everyone, and nobody was told otherwise.
    expect(a.board.has('visitor', 'c1')).toBe(true);
    expect(a.board.value('operator', 'Ana')).toBe('{"name":"Ana"}');
    b.board.put('visitor', 'c1', undefined);
    await eventually(() => !a.board.has('visitor', 'c1'), 'the visitor offline everywhere');
    expect(a.changes).toEqual(['visitor c1 on', 'operator Ana on', 'visitor c1 off']);
  });

  it('a server that joins later reads what the others hold', async () => {
    const prefix = freshPrefix();
    const a = await serverBoard(prefix);
    a.board.put('viewer', '["c1","Ana"]', '1');
    // Commands on one connection run in order: once this answers, the fact is written.
    await a.client.ping();
    const late = await serverBoard(prefix);
    expect(late.board.keys('viewer')).toEqual(['["c1","Ana"]']);
  });

  it('a server that closes takes its facts with it at once; one that dies, once they expire', async () => {
    const prefix = freshPrefix();
    const watcher = await serverBoard(prefix, 200);
    const closing = await serverBoard(prefix, 200);
    const dying = await serverBoard(prefix, 200, 1500);
    closing.board.put('operator', 'Bo', '{}');
    dying.board.put('viewer', '["c2","Cy"]', '1');
    await eventually(
      () => watcher.board.has('operator', 'Bo') && watcher.board.has('viewer', '["c2","Cy"]'),
      'both servers facts',
    );

    await closing.board.close();
    await eventually(() => !watcher.board.has('operator', 'Bo'), 'the closed server forgotten');
    // Dies: its connection is gone for good, so nothing renews its facts.
    await dying.client.destroy();
    await eventually(
      () => !watcher.board.has('viewer', '["c2","Cy"]'),
      "the dead server's viewer gone once its facts expired",
    );
    expect(watcher.changes.at(-1)).toBe('viewer ["c2","Cy"] off');
  });
});
