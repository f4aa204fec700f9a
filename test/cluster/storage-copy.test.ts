import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { runStorageCopy } from '../../src/cli/storage.js';
import { LeadBook } from '../../src/leads/lead-book.js';
import { fingerprint } from '../../src/store/copy.js';
import { LowdbStore } from '../../src/store/lowdb-store.js';
import { hashToken, OperatorRegistry } from '../../src/store/operators.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { tempDir } from '../helpers/project.js';
import { visitorSays } from '../store/conformance/store-conformance.js';
import { freshSchema, type TestSchema } from './postgres.js';

let schema: TestSchema | undefined;
const dirs: string[] = [];

afterEach(async () => {
  await schema?.drop();
  schema = undefined;
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const quiet = { NO_COLOR: '1', PATH: process.env.PATH ?? '' };

/** An embedded install with a bit of everything: chats, events, an upload, a lead, operators. */
async function embeddedInstall(): Promise<{ dir: string; ids: string[]; token: string }> {
  const dir = tempDir();
  dirs.push(dir);
  const store = new LowdbStore(dir);
  await store.open();
  const ids: string[] = [];
  for (let n = 0; n < 3; n++) {
    const { id } = await store.create({ visitorId: `visitor-${n}`, lang: n === 1 ? 'es' : 'en' });
    ids.push(id);
    for (let k = 0; k < 20; k++) await store.append(id, visitorSays(`question ${k}`, `c${k}`));
    await store.append(
      id,
      { kind: 'event', type: 'state', data: { from: 'bot', to: 'waiting' } },
      { state: 'waiting', waitingSince: new Date().toISOString() },
    );
  }
  await store.update(ids[0]!, (conversation) => {
    conversation.uploads.push({
      id: 'up1',
      name: 'photo.png',
      type: 'image/png',
      size: 2048,
      url: '/uploads/a.png',
    });
  });
  await store.close();
  const leads = await LeadBook.open(dir);
  await leads.record(
    { email: 'ana@example.com', name: 'Ana' },
    { conversationId: ids[0]!, lang: 'en' },
  );
  const operators = new OperatorRegistry(dir);
  const { token } = await operators.add('Bo', 'agent');
  await operators.add('Cy', 'admin');
  await operators.revoke('Cy');
  return { dir, ids, token };
}

async function fingerprintOf(store: LowdbStore | PostgresStore, ids: string[]) {
  await store.open();
  try {
    return await fingerprint(store, ids);
  } finally {
    await store.close();
  }
}

describe('chatbot storage copy', () => {
  it('moves an embedded install into PostgreSQL, verified, and can run again', async () => {
    const { dir, ids, token } = await embeddedInstall();
    schema = await freshSchema(false);
    await runStorageCopy({ from: dir, to: schema.url }, quiet);

    const source = await fingerprintOf(new LowdbStore(dir), ids);
    const target = await fingerprintOf(new PostgresStore(schema.options), ids);
    expect(target).toEqual(source);
    expect(target.counts).toEqual({
      conversations: 3,
      entries: 63,
      messages: 60,
      events: 3,
      uploads: 1,
      leads: 1,
      operators: 2,
    });

    const postgres = new PostgresStore(schema.options);
    await postgres.open();
    try {
      expect(postgres.idForVisitor('visitor-1')).toBe(ids[1]);
      expect(postgres.list({ state: 'waiting' }).length).toBe(3);
      const operators = await postgres.operators();
      expect(operators.find((operator) => operator.tokenHash === hashToken(token))?.name).toBe(
        'Bo',
      );
      expect(operators.find((operator) => operator.name === 'Cy')?.revokedAt).toBeDefined();
      // A resend of a message copied over is still recognised.
      expect((await postgres.append(ids[2]!, visitorSays('question 19', 'c19'))).created).toBe(
        false,
      );
    } finally {
      await postgres.close();
    }

    // Again, after the source got one more message: nothing doubled, the new one added.
    const more = new LowdbStore(dir);
    await more.open();
    await more.append(ids[0]!, visitorSays('one more'));
    await more.close();
    await runStorageCopy({ from: dir, to: schema.url }, quiet);
    await runStorageCopy({ from: dir, to: schema.url }, quiet);
    const again = await fingerprintOf(new PostgresStore(schema.options), ids);
    expect(again.counts.entries).toBe(64);
    expect(again).toEqual(await fingerprintOf(new LowdbStore(dir), ids));
  });

  it('copies back from PostgreSQL into a data folder', async () => {
    const { dir, ids } = await embeddedInstall();
    schema = await freshSchema(false);
    await runStorageCopy({ from: dir, to: schema.url }, quiet);
    const back = tempDir();
    dirs.push(back);
    await runStorageCopy({ from: schema.url, to: back }, quiet);
    expect(await fingerprintOf(new LowdbStore(back), ids)).toEqual(
      await fingerprintOf(new LowdbStore(dir), ids),
    );
  });

  it('refuses to copy onto itself, or from a folder that does not exist', async () => {
    await expect(runStorageCopy({ from: 'data', to: 'data' }, quiet)).rejects.toMatchObject({
      code: 'USAGE',
    });
    const missing = `${tempDir()}/no-such-data`;
    await expect(
      runStorageCopy({ from: missing, to: 'postgres://postgres@127.0.0.1:1/none' }, quiet),
    ).rejects.toMatchObject({ code: 'USAGE', message: expect.stringContaining('no-such-data') });
  });
});
