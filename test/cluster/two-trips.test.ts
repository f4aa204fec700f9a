/**
 * An append goes to PostgreSQL as literals in two messages (src/store/postgres/two-trips.ts):
 * whatever a visitor types is stored and read back exactly, and can never be read as SQL.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { visitorSays } from '../store/conformance/store-conformance.js';
import { freshSchema, type TestSchema } from './postgres.js';

let schema: TestSchema | undefined;
let store: PostgresStore | undefined;

afterEach(async () => {
  await store?.close();
  await schema?.drop();
  store = undefined;
  schema = undefined;
});

const awkward = [
  `It's "quoted"; DROP TABLE entries; --`,
  String.raw`a backslash \ and \' and \\' and E'\n'`,
  '$1 $2 $9 || pg_notify',
  'Привет, ¿qué tal? 你好 🙂\ttab\nnew line',
  `'); COMMIT; DELETE FROM conversations; --`,
];

describe('appends as literals', () => {
  it('store and read back any text exactly, under any client id', async () => {
    schema = await freshSchema();
    store = new PostgresStore(schema.options);
    await store.open();
    const { id } = await store.create({ lang: 'en' });
    for (const [n, text] of awkward.entries()) {
      const result = await store.append(id, visitorSays(text, `${text}-${n}`));
      expect(result.created).toBe(true);
    }
    // The same client id again is a resend, answered with what was stored.
    const again = await store.append(id, visitorSays('other', `${awkward[0]}-0`));
    expect(again.created).toBe(false);
    expect(again.entry.kind === 'message' && again.entry.text).toBe(awkward[0]);

    const texts = (await store.entriesAfter(id, 0)).map((entry) =>
      entry.kind === 'message' ? entry.text : '',
    );
    expect(texts).toEqual(awkward);
    const counts = await schema
      .pool()
      .query<{ n: string }>('SELECT count(*) AS n FROM conversations');
    expect(counts.rows[0]!.n).toBe('1');
  });
});
