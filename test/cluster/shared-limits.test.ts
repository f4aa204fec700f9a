import { describe, expect, it } from 'vitest';
import { emit, once, startServer, visitor } from '../helpers/server.js';
import { clusterProject } from './cluster-project.js';

interface Ack {
  ok: boolean;
  error?: { code: string; retryAfterMs: number };
}

describe('rate limits shared by the servers of a cluster', () => {
  it("a visitor's messages spread over two servers meet one limit, not one per server", async () => {
    const { dir, env } = await clusterProject((config) =>
      config.replace('origins: []', 'origins: []\n  limits: { messagesPerMinute: 4 }'),
    );
    const nodeA = await startServer({ dir, env });
    const nodeB = await startServer({ dir, env });

    const first = visitor(nodeA.url, { lang: 'en' });
    const { token } = await once<{ token: string }>(first, 'session');
    // The same visitor's second tab, through the load balancer to the other server.
    const second = visitor(nodeB.url, { token, lang: 'en' });
    await once(second, 'session');

    const acks: Ack[] = [];
    for (const [i, tab] of [first, second, first, second].entries())
      acks.push(await emit<Ack>(tab, 'message', { text: `Question ${i}` }));
    expect(acks.every((ack) => ack.ok)).toBe(true);

    // Four taken, two on each server: the fifth is refused on either.
    for (const tab of [first, second]) {
      const limited = await emit<Ack>(tab, 'message', { text: 'One more' });
      expect(limited).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
      expect(limited.error?.retryAfterMs).toBeGreaterThan(0);
    }
  });
});
