import { afterEach, describe, expect, it } from 'vitest';
import type { NewTimelineEntry } from '../../src/domain/conversation.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { startServer } from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';
import { visitorSays } from '../store/conformance/store-conformance.js';
import { clusterProject } from './cluster-project.js';
import type { TestSchema } from './postgres.js';

const stores: PostgresStore[] = [];

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

async function node(schema: TestSchema): Promise<PostgresStore> {
  const store = new PostgresStore({ ...schema.options, poolSize: 4 });
  stores.push(store);
  await store.open();
  return store;
}

function botAnswers(question: number, text: string, replyId: string): NewTimelineEntry {
  return {
    kind: 'message',
    author: { kind: 'bot' },
    text,
    attachments: [],
    clientId: replyId,
    bot: { citations: [], provider: 'offline', latencyMs: 1, failed: false, inReplyTo: question },
  };
}

async function botRepliesTo(schema: TestSchema, question: number): Promise<number> {
  const rows = await schema.pool().query<{ n: string }>(
    `SELECT count(*) AS n FROM entries
     WHERE entry->'author'->>'kind' = 'bot' AND (entry->'bot'->>'inReplyTo')::int = $1`,
    [question],
  );
  return Number(rows.rows[0]!.n);
}

describe('one bot reply per question across the servers', () => {
  it('the store keeps the first reply to a question and refuses a second from another node', async () => {
    const { schema } = await clusterProject();
    const [a, b] = [await node(schema), await node(schema)];
    const { id } = await a.create({ lang: 'en' });
    const question = await a.append(id, visitorSays('Is the Montserrat trip on Sundays?'));
    const results = await Promise.all([
      a.append(id, botAnswers(question.entry.seq, 'Yes, from node A.', 'reply-a')),
      b.append(id, botAnswers(question.entry.seq, 'Yes, from node B.', 'reply-b')),
    ]);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(results[0]!.entry.id).toBe(results[1]!.entry.id);
    expect(await botRepliesTo(schema, question.entry.seq)).toBe(1);
    // A later question gets its own reply.
    const next = await b.append(id, visitorSays('And for children?'));
    const answer = await a.append(id, botAnswers(next.entry.seq, 'Under 4 go free.', 'reply-c'));
    expect(answer.created).toBe(true);
  });

  it('a question a crash left unanswered is answered once when two servers start together', async () => {
    const { dir, env, schema } = await clusterProject();
    const seed = await node(schema);
    const { id } = await seed.create({ lang: 'en', visitorId: 'v-recovered' });
    const question = await seed.append(id, visitorSays('Is the Montserrat trip on Sundays?'));

    const nodes = await Promise.all([startServer({ dir, env }), startServer({ dir, env })]);
    await eventually(
      async () => (await botRepliesTo(schema, question.entry.seq)) > 0,
      'the recovered answer',
    );
    await Promise.all(
      nodes.map((running) => Promise.allSettled(running.server.context.service.pendingReplies())),
    );
    expect(await botRepliesTo(schema, question.entry.seq)).toBe(1);
  });
});
