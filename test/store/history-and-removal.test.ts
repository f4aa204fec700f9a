import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LowdbStore } from '../../src/store/lowdb-store.js';
import { tempDir } from '../helpers/project.js';

const message = (text: string) => ({
  kind: 'message' as const,
  author: { kind: 'visitor' as const },
  text,
  attachments: [],
});

describe('Store.history, Store.remove and quiet updates', () => {
  it('reads a whole long timeline, open or not, without keeping it in the cache', async () => {
    const dir = tempDir();
    const store = new LowdbStore(dir, { cacheSize: 1, window: 4 });
    await store.open();
    const long = await store.create({ visitorId: 'v1', lang: 'en' });
    for (let i = 1; i <= 30; i++) await store.append(long.id, message(`m${i}`));
    // A second conversation evicts the first from the one-conversation cache.
    await store.create({ visitorId: 'v2', lang: 'en' });
    const history = await store.history(long.id);
    expect(history.map((entry) => (entry.kind === 'message' ? entry.text : ''))).toEqual(
      Array.from({ length: 30 }, (_, i) => `m${i + 1}`),
    );
    expect(await store.history('0'.repeat(32))).toEqual([]);
    await store.close();
  });

  it('removes a conversation: its files, its list row and its index line, at once', async () => {
    const dir = tempDir();
    const store = new LowdbStore(dir);
    await store.open();
    const gone = await store.create({ visitorId: 'v-gone', lang: 'en' });
    await store.append(gone.id, message('my secret question'));
    const kept = await store.create({ visitorId: 'v-kept', lang: 'en' });
    await store.append(kept.id, message('hello'));
    expect(await store.remove(gone.id)).toBe(true);
    expect(await store.remove(gone.id)).toBe(false);
    await expect(store.get(gone.id)).resolves.toBeUndefined();
    expect(store.idForVisitor('v-gone')).toBeUndefined();
    expect(store.list().map((row) => row.id)).toEqual([kept.id]);
    // Before the store closes: the index on disk no longer names it.
    expect(readFileSync(join(dir, 'index.json'), 'utf8')).not.toContain(gone.id);
    expect(readdirSync(join(dir, 'conversations')).some((name) => name.startsWith(gone.id))).toBe(
      false,
    );
    await store.close();
    const reopened = new LowdbStore(dir);
    await reopened.open();
    expect(reopened.list().map((row) => row.id)).toEqual([kept.id]);
    await reopened.close();
  });

  it('a rating given with its event reaches the list row, also after a restart', async () => {
    const dir = tempDir();
    const store = new LowdbStore(dir);
    await store.open();
    const conversation = await store.create({ visitorId: 'v1', lang: 'en' });
    await store.append(conversation.id, message('thanks'));
    await store.append(
      conversation.id,
      { kind: 'event', type: 'rating', data: { rating: 2 } },
      { rating: 2 },
    );
    expect(store.summary(conversation.id)).toMatchObject({ rating: 2, messages: 1 });
    await store.close();
    const reopened = new LowdbStore(dir);
    await reopened.open();
    expect(reopened.summary(conversation.id)).toMatchObject({ rating: 2, messages: 1 });
    await reopened.close();
  });

  it('a quiet update keeps the last activity time and the message count', async () => {
    const dir = tempDir();
    const store = new LowdbStore(dir, { window: 2 });
    await store.open();
    const conversation = await store.create({ visitorId: 'v1', lang: 'en' });
    for (let i = 0; i < 9; i++) await store.append(conversation.id, message(`m${i}`));
    const before = store.summary(conversation.id)!;
    await store.update(conversation.id, (c) => (c.archivedAt = '2026-01-01T00:00:00.000Z'), {
      quiet: true,
    });
    const after = store.summary(conversation.id)!;
    expect(after.updatedAt).toBe(before.updatedAt);
    expect(after.messages).toBe(9);
    expect(after.archivedAt).toBe('2026-01-01T00:00:00.000Z');
    await store.close();
    expect(existsSync(join(dir, 'server.lock'))).toBe(false);
  });
});
