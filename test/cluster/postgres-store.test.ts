import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/store/postgres/migrations.js';
import { migrate, schemaStatus } from '../../src/store/postgres/migrator.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { eventually } from '../helpers/wait.js';
import { visitorSays } from '../store/conformance/store-conformance.js';
import { freshSchema, type TestSchema } from './postgres.js';

let schema: TestSchema | undefined;
const stores: PostgresStore[] = [];

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
  await schema?.drop();
  schema = undefined;
});

/** A store as one node of a cluster has it: its own connection pool. */
async function node(of: TestSchema): Promise<PostgresStore> {
  const store = new PostgresStore({ ...of.options, poolSize: 4 });
  stores.push(store);
  await store.open();
  return store;
}

describe('the PostgreSQL store on several nodes', () => {
  it('numbers one conversation without gaps or doubles while four nodes write to it at once', async () => {
    schema = await freshSchema();
    const nodes = await Promise.all([1, 2, 3, 4].map(() => node(schema!)));
    const { id } = await nodes[0]!.create({ lang: 'en' });
    const results = await Promise.all(
      nodes.flatMap((store, n) => [
        ...Array.from({ length: 25 }, (_, k) =>
          store.append(id, visitorSays(`n${n} m${k}`, `n${n}-${k}`)),
        ),
        // The same message, resent after a reconnect to whichever node the balancer chose.
        store.append(id, visitorSays('resent', 'same-client-id')),
      ]),
    );
    expect(results.filter((result) => result.created).length).toBe(101);
    const resends = results.filter(
      (result) => result.entry.kind === 'message' && result.entry.text === 'resent',
    );
    expect(new Set(resends.map((result) => result.entry.id)).size).toBe(1);
    const rows = await schema
      .pool()
      .query<{ seq: number }>('SELECT seq FROM entries WHERE conversation_id = $1 ORDER BY seq', [
        id,
      ]);
    expect(rows.rows.map((row) => row.seq)).toEqual(Array.from({ length: 101 }, (_, n) => n + 1));
    // Each node's own messages keep the order it sent them in.
    const entries = await nodes[3]!.entriesAfter(id, 0);
    for (let n = 0; n < 4; n++) {
      const mine = entries.filter(
        (entry) => entry.kind === 'message' && entry.text.startsWith(`n${n} `),
      );
      expect(mine.map((entry) => (entry.kind === 'message' ? entry.text : ''))).toEqual(
        Array.from({ length: 25 }, (_, k) => `n${n} m${k}`),
      );
    }
    expect((await nodes[2]!.get(id))?.lastSeq).toBe(101);
  });

  it("shows another node's new conversations and messages in this node's list", async () => {
    schema = await freshSchema();
    const [a, b] = await Promise.all([node(schema), node(schema)]);
    const { id } = await a.create({ visitorId: 'tab-1', externalId: 'crm-1', lang: 'en' });
    // The visitor's second tab, on the other node, finds the same conversation.
    await eventually(() => b.idForVisitor('tab-1') === id, "the other node's conversation");
    expect(b.idForExternal('crm-1')).toBe(id);
    await a.append(id, visitorSays('Do you open on Sundays?'), { state: 'waiting' });
    await eventually(() => b.summary(id)?.messages === 1, "the other node's message");
    expect(b.list({ state: 'waiting' }).map((row) => row.id)).toEqual([id]);
    expect(b.summary(id)?.lastMessage?.text).toBe('Do you open on Sundays?');
  });

  it('has committed a message by the time it acknowledges it', async () => {
    schema = await freshSchema();
    const store = await node(schema);
    const { id } = await store.create({ lang: 'en' });
    const { entry } = await store.append(id, visitorSays('is this saved?'));
    const seen = await schema
      .pool()
      .query('SELECT entry FROM entries WHERE conversation_id = $1', [id]);
    expect(seen.rows.map((row) => row.entry)).toEqual([entry]);
  });

  it('refuses to start on a schema that is not migrated, or migrated by a newer version', async () => {
    schema = await freshSchema(false);
    const refused = new PostgresStore(schema.options);
    await expect(refused.open()).rejects.toMatchObject({ code: 'STORAGE_SCHEMA_PENDING' });
    await refused.close();
    const applied = await Promise.all([migrate(schema.pool()), migrate(schema.pool())]);
    // Two nodes migrating at once: each migration ran once.
    expect(applied.flat()).toEqual(migrations.map((migration) => migration.name));
    expect(await migrate(schema.pool())).toEqual([]);
    await schema
      .pool()
      .query("INSERT INTO schema_migrations (name) VALUES ('9999-from-the-future')");
    expect((await schemaStatus(schema.pool())).unknown).toEqual(['9999-from-the-future']);
    const newer = new PostgresStore(schema.options);
    await expect(newer.open()).rejects.toMatchObject({
      code: 'STORAGE_SCHEMA_NEWER',
      hint: expect.stringContaining('newer chatbot version'),
    });
    await newer.close();
  });

  it('says which database it could not reach, without its password', async () => {
    const store = new PostgresStore({ url: 'postgres://bot:hunter2@127.0.0.1:1/none' });
    const error = await store.open().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'STORAGE_UNREACHABLE' });
    expect(String((error as Error).message)).toContain('127.0.0.1:1');
    expect(String((error as Error).message)).not.toContain('hunter2');
    await store.close();
  });
});
