/**
 * PostgreSQL store: the cost of storing one message with 1,000,000 messages already stored
 * (10,000 conversations of 100), as a node of a cluster pays it: one transaction that locks the
 * conversation row, inserts the entry against the resend index and updates the row, committed
 * before the promise resolves. Times 1,000 appends: 500 to fresh conversations, 500 to stored
 * 100-message ones, each followed by a bare one-row commit timed the same way (the floor).
 * Target from the cluster issue: p99 ≤ 5 ms.
 *
 * Needs PostgreSQL (DATABASE_URL, default the local `test` database); selected only by name:
 * `npm run bench cluster`. Works in a fresh schema, dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../src/store/postgres/migrator.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { type BenchRow, percentile } from './harness.js';

const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const conversations = 10_000;
const perConversation = 100;

/** A million entries written by the database itself: the bench measures appends, not loading. */
async function prefill(pool: pg.Pool): Promise<void> {
  await pool.query(
    `INSERT INTO conversations (id, visitor_id, last_seq, updated_at, meta, summary)
     SELECT c.id, 'v' || c.n, $1::int, now()::text,
       jsonb_build_object('id', c.id, 'channel', 'widget', 'visitorId', 'v' || c.n,
         'createdAt', now()::text, 'state', 'bot', 'lang', 'en',
         'visitor', jsonb_build_object('utm', '{}'::jsonb, 'pages', '[]'::jsonb,
           'firstSeen', now()::text, 'lastSeen', now()::text),
         'contact', '{}'::jsonb, 'bot', jsonb_build_object('failedInARow', 0, 'aiReplies', 50),
         'uploads', '[]'::jsonb),
       jsonb_build_object('id', c.id, 'channel', 'widget', 'visitorId', 'v' || c.n,
         'state', 'bot', 'lang', 'en', 'createdAt', now()::text, 'updatedAt', now()::text,
         'messages', $1::int,
         'lastMessage', jsonb_build_object('text', 'Montserrat: 6 hours, €69.', 'author', 'bot',
           'at', now()::text),
         'visitorTexts', jsonb_build_array('How much is the Montserrat trip?'))
     FROM (SELECT n, md5(n::text) AS id FROM generate_series(1, $2::int) n) c`,
    [perConversation, conversations],
  );
  await pool.query(
    `INSERT INTO entries (conversation_id, seq, author_kind, client_id, entry)
     SELECT md5(c::text), s, CASE WHEN s % 2 = 1 THEN 'visitor' END,
       CASE WHEN s % 2 = 1 THEN 'c' || s END,
       jsonb_build_object('kind', 'message', 'seq', s, 'id', md5(c::text || '-' || s),
         'at', now()::text,
         'author', jsonb_build_object('kind', CASE WHEN s % 2 = 1 THEN 'visitor' ELSE 'bot' END),
         'text', CASE WHEN s % 2 = 1
           THEN 'How much is the Montserrat trip for two adults and a child?'
           ELSE 'Montserrat monastery and cog railway: Duration 6 hours, Price €69.' END,
         'attachments', '[]'::jsonb)
     FROM generate_series(1, $1::int) c, generate_series(1, $2::int) s`,
    [conversations, perConversation],
  );
  await pool.query('VACUUM ANALYZE');
  // Loading a million rows sets off checkpoints that would still be writing while appends are
  // timed: start from a settled database, as a server's steady state is.
  await pool.query('CHECKPOINT');
}

/**
 * The smallest durable write (one row, committed) on the same server, timed right after each
 * append: what the disk's flush and the machine's load cost at that moment before the store does
 * anything. Alternating keeps a busy machine's swings out of the comparison.
 */
async function bareCommit(pool: pg.Pool, n: number): Promise<number> {
  const started = performance.now();
  await pool.query('INSERT INTO bare_commits VALUES ($1)', [n]);
  return performance.now() - started;
}

export async function run(): Promise<BenchRow[]> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  const pool = new pg.Pool({ connectionString: databaseUrl, options: `-c search_path=${schema}` });
  try {
    await migrate(pool);
    await prefill(pool);
    const stored = (await pool.query<{ n: string }>('SELECT count(*) AS n FROM entries')).rows[0]!
      .n;
    const store = new PostgresStore({ url: databaseUrl, schema });
    await store.open();
    await pool.query('CREATE TABLE bare_commits (n int)');
    const samples: number[] = [];
    const floor: number[] = [];
    const timeAppend = async (id: string, m: number) => {
      const started = performance.now();
      await store.append(id, {
        kind: 'message',
        author: { kind: 'visitor' },
        text: `Message ${m}: can I bring my dog on the Montserrat trip?`,
        attachments: [],
        clientId: `new-${m}`,
      });
      samples.push(performance.now() - started);
      floor.push(await bareCommit(pool, samples.length));
    };
    for (let c = 0; c < 50; c++) {
      const { id } = await store.create({ visitorId: `new-${c}`, lang: 'en' });
      for (let m = 0; m < 10; m++) await timeAppend(id, m);
    }
    const returning = store
      .list()
      .filter((row) => row.messages >= perConversation)
      .slice(0, 50);
    for (const row of returning) {
      await store.get(row.id);
      for (let m = 0; m < 10; m++) await timeAppend(row.id, m);
    }
    await store.close();
    process.stderr.write(`cluster-store: ${stored} messages stored before timing\n`);
    return [
      {
        bench: 'cluster',
        metric: 'PostgreSQL append, 1M stored, p50',
        value: percentile(samples, 50),
        unit: 'ms',
      },
      {
        bench: 'cluster',
        metric: 'PostgreSQL append, 1M stored, p99',
        value: percentile(samples, 99),
        unit: 'ms',
        target: { max: 5 },
      },
      {
        bench: 'cluster',
        metric: 'PostgreSQL bare one-row commit, p50 (the floor)',
        value: percentile(floor, 50),
        unit: 'ms',
      },
      {
        bench: 'cluster',
        metric: 'PostgreSQL bare one-row commit, p99 (the floor)',
        value: percentile(floor, 99),
        unit: 'ms',
      },
    ];
  } finally {
    await pool.end();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}
