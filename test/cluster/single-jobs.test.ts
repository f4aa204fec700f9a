import { describe, expect, it } from 'vitest';
import type { ChatServer } from '../../src/server/create-server.js';
import { emit, once, startServer, visitor, waitFor } from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';
import { clusterProject } from './cluster-project.js';

interface Entry {
  kind: string;
  type?: string;
  state?: string;
  author?: { kind: string };
}

/** Counts each server's waiting-time sweeps: the ones under way, and those begun after `since`. */
function watchSweeps(servers: readonly ChatServer[], since: { reached: boolean }) {
  const counts = { running: 0, after: servers.map(() => 0) };
  servers.forEach((server, n) => {
    const service = server.context.service;
    const sweep = service.expireWaiting.bind(service);
    service.expireWaiting = async () => {
      const after = since.reached;
      counts.running++;
      try {
        return await sweep();
      } finally {
        counts.running--;
        if (after) counts.after[n]!++;
      }
    };
  });
  return counts;
}

describe('jobs that run once across the servers', () => {
  it('a waiting chat both servers sweep times out once, not once per server', async () => {
    const { dir, env, schema } = await clusterProject((config) =>
      config.replace('waitTimeout: 5m', 'waitTimeout: 1s').replace(/ {2}hours:\n( {4}.*\n)+/, ''),
    );
    const nodes = [await startServer({ dir, env }), await startServer({ dir, env })];
    const timedOut = { reached: false };
    const sweeps = watchSweeps(
      nodes.map((node) => node.server),
      timedOut,
    );

    // Several chats waiting at once: a sweep takes a while, so without the lock the two
    // servers' sweeps overlap and both time a chat out.
    const guests = Array.from({ length: 6 }, (_, n) => visitor(nodes[n % 2]!.url, { lang: 'en' }));
    await Promise.all(guests.map((guest) => once(guest, 'session')));
    await Promise.all(
      guests.map(async (guest) => {
        const waiting = waitFor<Entry>(guest, 'entry', (entry) => entry.state === 'waiting');
        await emit(guest, 'message', { text: 'I want to talk to a person' });
        await waiting;
      }),
    );
    await Promise.all(
      guests.map((guest) => waitFor<Entry>(guest, 'entry', (entry) => entry.state === 'bot')),
    );
    timedOut.reached = true;

    // Every sweep that could still see the chat waiting has finished, and each server has swept
    // again since: a second timeout would be stored by now.
    await eventually(
      () => sweeps.running === 0 && sweeps.after.every((count) => count > 0),
      'a sweep on each server after the timeout',
    );
    const events = await schema
      .pool()
      .query<{ n: string }>(
        `SELECT count(*) AS n FROM entries WHERE entry->>'kind' = 'event' AND entry->>'type' = 'wait-timeout'`,
      );
    expect(Number(events.rows[0]!.n)).toBe(guests.length);
  });
});
