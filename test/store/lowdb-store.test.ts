import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LowdbStore } from '../../src/store/lowdb-store.js';
import { repoRoot, tempDir } from '../helpers/project.js';

const message = (text: string, clientId?: string) => ({
  kind: 'message' as const,
  author: { kind: 'visitor' as const },
  text,
  attachments: [],
  ...(clientId ? { clientId } : {}),
});

describe('the lowdb store', () => {
  it('keeps one compact file per conversation and numbers the timeline', async () => {
    const dir = tempDir();
    const store = new LowdbStore(dir);
    await store.open();
    const conversation = await store.create({ visitorId: 'v1', lang: 'en' });
    expect(conversation.id).toMatch(/^[0-9a-f]{32}$/);
    const a = await store.append(conversation.id, message('one', 'c1'));
    const b = await store.append(conversation.id, message('two'));
    expect([a.entry.seq, b.entry.seq]).toEqual([1, 2]);
    expect(a.entry.id).toMatch(/^[\w-]{22}$/);
    // The timeline is an append-only log, one line per entry; the rest is a small JSON document.
    const log = readFileSync(join(dir, 'conversations', `${conversation.id}.log`), 'utf8');
    expect(
      log
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).e.text),
    ).toEqual(['one', 'two']);
    const meta = JSON.parse(
      readFileSync(join(dir, 'conversations', `${conversation.id}.json`), 'utf8'),
    );
    expect(meta).toMatchObject({ id: conversation.id, visitorId: 'v1', lang: 'en' });
    expect(meta.timeline).toBeUndefined();
    expect((await store.entriesAfter(conversation.id, 1)).map((entry) => entry.seq)).toEqual([2]);
    expect(store.idForVisitor('v1')).toBe(conversation.id);
    await store.close();
  });

  it('returns the stored message for a resend with the same client id, even after a restart', async () => {
    const dir = tempDir();
    const store = new LowdbStore(dir);
    await store.open();
    const { id } = await store.create({ lang: 'en' });
    const first = await store.append(id, message('hello', 'same'));
    await store.close();
    const again = new LowdbStore(dir);
    await again.open();
    const resend = await again.append(id, message('hello', 'same'));
    expect(resend).toMatchObject({ created: false, entry: { id: first.entry.id, seq: 1 } });
    expect((await again.get(id))?.timeline).toHaveLength(1);
    await again.close();
  });

  it('serializes concurrent writes to one conversation: every message kept, seq dense', async () => {
    const dir = tempDir();
    const store = new LowdbStore(dir);
    await store.open();
    const { id } = await store.create({ lang: 'en' });
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.append(id, message(`m${i}`))));
    const all = await store.entriesAfter(id, 0);
    expect(all.map((entry) => entry.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    await store.close();
    const lines = readFileSync(join(dir, 'conversations', `${id}.log`), 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(50);
  });

  it('refuses a message the disk cannot hold whole, and keeps the log readable', async () => {
    const dir = tempDir();
    // A file size limit makes a write stop partway through a line, as a full disk does.
    const child = spawnSync(
      'sh',
      [
        '-c',
        'ulimit -f 4 && exec "$0" --import tsx "$1" "$2"',
        process.execPath,
        join(repoRoot, 'test/fixtures/store/append-until-full.ts'),
        dir,
      ],
      { encoding: 'utf8', cwd: repoRoot },
    );
    expect(child.stderr).toBe('');
    const { id, acknowledged, error } = JSON.parse(child.stdout) as {
      id: string;
      acknowledged: string[];
      error: string;
    };
    expect(acknowledged.length).toBeGreaterThan(5);
    expect(error).toMatch(/could be written/);
    // The refused message's partial line was cut off: the log ends on a whole line.
    const logFile = join(dir, 'conversations', `${id}.log`);
    expect(readFileSync(logFile, 'utf8').endsWith('\n')).toBe(true);

    const store = new LowdbStore(dir);
    await store.open();
    const entries = await store.entriesAfter(id, 0);
    expect(entries.map((entry) => (entry.kind === 'message' ? entry.text : ''))).toEqual(
      acknowledged,
    );
    await store.append(id, message('after the disk was freed'));
    await store.close();
    const seqs = readFileSync(logFile, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).e.seq);
    expect(seqs).toEqual(Array.from({ length: acknowledged.length + 1 }, (_, i) => i + 1));
  });

  it('restores state changes made with a message by replaying the log, and drops a torn last line', async () => {
    const dir = tempDir();
    const store = new LowdbStore(dir);
    await store.open();
    const { id } = await store.create({ lang: 'en' });
    await store.append(id, message('hello'));
    await store.append(
      id,
      { kind: 'event', type: 'state', data: { from: 'bot', to: 'human' } },
      { state: 'human', assignee: 'Ana' },
    );
    await store.append(
      id,
      { kind: 'event', type: 'state', data: { from: 'human', to: 'bot' } },
      { state: 'bot', assignee: undefined },
    );
    await store.close();
    // Simulate a power cut in the middle of a write.
    appendFileSync(join(dir, 'conversations', `${id}.log`), '{"e":{"kind":"message","seq":4,"te');
    const reopened = new LowdbStore(dir);
    await reopened.open();
    const conversation = await reopened.get(id);
    expect(conversation).toMatchObject({ state: 'bot', lastSeq: 3 });
    expect(conversation?.assignee).toBeUndefined();
    await reopened.append(id, message('after the cut'));
    await reopened.close();
    const lines = readFileSync(join(dir, 'conversations', `${id}.log`), 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines.map((line) => JSON.parse(line).e.seq)).toEqual([1, 2, 3, 4]);
  });

  it('costs the same per message in a long conversation: nothing but the new line is written', async () => {
    const dir = tempDir();
    const store = new LowdbStore(dir);
    await store.open();
    const { id } = await store.create({ lang: 'en' });
    for (let i = 0; i < 500; i++) await store.append(id, message(`m${i}`));
    const metaBefore = readFileSync(join(dir, 'conversations', `${id}.json`), 'utf8');
    const logBefore = readFileSync(join(dir, 'conversations', `${id}.log`)).length;
    await store.append(id, message('one more'));
    expect(readFileSync(join(dir, 'conversations', `${id}.json`), 'utf8')).toBe(metaBefore);
    const added = readFileSync(join(dir, 'conversations', `${id}.log`)).length - logBefore;
    expect(added).toBeLessThan(400);
    await store.close();
  });

  it('knows the channel of conversations stored before channels were, from files and index', async () => {
    const dir = tempDir();
    const store = new LowdbStore(dir, { indexDelayMs: 10 });
    await store.open();
    const site = await store.create({ visitorId: 'a', lang: 'en' });
    const crm = await store.create({ externalId: 'crm-1', lang: 'en' });
    await store.close();
    // As an older version wrote them: no channel in the documents or the index.
    for (const id of [site.id, crm.id]) {
      const file = join(dir, 'conversations', `${id}.json`);
      const { channel: _channel, ...old } = JSON.parse(readFileSync(file, 'utf8'));
      writeFileSync(file, JSON.stringify(old));
    }
    const indexFile = join(dir, 'index.json');
    const index = JSON.parse(readFileSync(indexFile, 'utf8'));
    for (const row of index.conversations) delete row.channel;
    writeFileSync(indexFile, JSON.stringify(index));

    const reopened = new LowdbStore(dir);
    await reopened.open();
    expect(reopened.list({ channel: 'api' }).map((summary) => summary.id)).toEqual([crm.id]);
    expect(reopened.list({ channel: 'widget' }).map((summary) => summary.id)).toEqual([site.id]);
    expect((await reopened.get(crm.id))!.channel).toBe('api');
    await reopened.close();
  });

  it('rebuilds a lost index from the conversation files, and catches up a stale one', async () => {
    const dir = tempDir();
    const store = new LowdbStore(dir, { indexDelayMs: 10 });
    await store.open();
    const one = await store.create({ visitorId: 'a', lang: 'en' });
    const two = await store.create({ externalId: 'crm-1', lang: 'ru' });
    await store.append(two.id, message('Есть ли скидки?'));
    await store.close();

    rmSync(join(dir, 'index.json'));
    const rebuilt = new LowdbStore(dir);
    await rebuilt.open();
    expect(
      rebuilt
        .list()
        .map((summary) => summary.id)
        .sort(),
    ).toEqual([one.id, two.id].sort());
    expect(rebuilt.idForExternal('crm-1')).toBe(two.id);
    expect(rebuilt.list({ text: 'скидки' }).map((summary) => summary.id)).toEqual([two.id]);
    await rebuilt.close();

    // A write the index never heard of (a crash before the index was saved) is found on start.
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    const log = join(dir, 'conversations', `${one.id}.log`);
    appendFileSync(
      log,
      `${JSON.stringify({ e: { kind: 'message', seq: 1, id: 'x'.repeat(22), at: new Date().toISOString(), author: { kind: 'visitor' }, text: 'written after the index', attachments: [] }, m: { lastSeq: 1 } })}\n`,
    );
    utimesSync(log, new Date(), new Date(Date.parse(index.savedAt) + 5000));
    const caughtUp = new LowdbStore(dir);
    await caughtUp.open();
    expect(caughtUp.list({ text: 'written after' }).map((summary) => summary.id)).toEqual([one.id]);
    await caughtUp.close();
  });

  it('refuses a second server on the same data directory, and takes over a stale lock', async () => {
    const dir = tempDir();
    const first = new LowdbStore(dir);
    await first.open();
    await expect(new LowdbStore(dir).open()).rejects.toThrow(/Another chatbot server .*pid \d+/);
    await first.close();
    writeFileSync(
      join(dir, 'server.lock'),
      JSON.stringify({
        pid: 999_999_999,
        host: (await import('node:os')).hostname(),
        since: 'long ago',
      }),
    );
    const second = new LowdbStore(dir);
    await second.open();
    expect(JSON.parse(readFileSync(join(dir, 'server.lock'), 'utf8')).pid).toBe(process.pid);
    await second.close();
    expect(existsSync(join(dir, 'server.lock'))).toBe(false);
  });

  it('filters the list by state, language and dates, newest first', async () => {
    const dir = tempDir();
    const store = new LowdbStore(dir);
    await store.open();
    const a = await store.create({ lang: 'en' });
    // Timestamps have millisecond resolution: make "newer" unambiguous on a fast machine.
    await new Promise((done) => setTimeout(done, 5));
    const b = await store.create({ lang: 'es' });
    await store.update(b.id, (c) => {
      c.state = 'waiting';
    });
    expect(store.list().map((s) => s.id)).toEqual([b.id, a.id]);
    expect(store.list({ state: 'waiting' }).map((s) => s.id)).toEqual([b.id]);
    expect(store.list({ lang: 'en' }).map((s) => s.id)).toEqual([a.id]);
    expect(store.list({ since: '2999-01-01' })).toEqual([]);
    expect(
      readdirSync(join(dir, 'conversations')).filter((name) => name.endsWith('.json')),
    ).toHaveLength(2);
    await store.close();
  });

  it('finds conversations by state as they move between states, and after a restart', async () => {
    const dir = tempDir();
    const store = new LowdbStore(dir);
    await store.open();
    const a = await store.create({ lang: 'en' });
    const b = await store.create({ lang: 'en' });
    const ids = (filter: Parameters<LowdbStore['list']>[0]) =>
      store
        .list(filter)
        .map((summary) => summary.id)
        .sort();
    await store.append(a.id, { kind: 'event', type: 'state', data: {} }, { state: 'waiting' });
    await store.append(b.id, { kind: 'event', type: 'state', data: {} }, { state: 'waiting' });
    expect(ids({ state: 'waiting' })).toEqual([a.id, b.id].sort());
    await store.append(a.id, { kind: 'event', type: 'state', data: {} }, { state: 'human' });
    expect(ids({ state: 'waiting' })).toEqual([b.id]);
    expect(ids({ state: ['human', 'waiting'] })).toEqual([a.id, b.id].sort());
    expect(ids({ state: 'bot' })).toEqual([]);
    await store.close();
    const again = new LowdbStore(dir);
    await again.open();
    expect(again.list({ state: 'human' }).map((summary) => summary.id)).toEqual([a.id]);
    expect(again.list({ state: 'waiting' }).map((summary) => summary.id)).toEqual([b.id]);
    await again.close();
  });
});

describe('memory does not grow with history', () => {
  it('keeps a recent window in memory and reads older entries from the log when asked', async () => {
    const dir = tempDir();
    const store = new LowdbStore(dir, { window: 10 });
    await store.open();
    const { id } = await store.create({ lang: 'en' });
    for (let i = 1; i <= 100; i++) await store.append(id, message(`m${i}`, `c${i}`));
    const inMemory = (await store.get(id))!.timeline;
    expect(inMemory.length).toBeLessThanOrEqual(20);
    expect(inMemory[inMemory.length - 1]!.seq).toBe(100);
    // Recent history from memory, old history from disk: the same answer either way.
    expect((await store.entriesAfter(id, 95)).map((entry) => entry.seq)).toEqual([
      96, 97, 98, 99, 100,
    ]);
    const all = await store.entriesAfter(id, 0);
    expect(all.map((entry) => entry.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect((await store.entriesAfter(id, 40)).length).toBe(60);
    // A recent resend is still recognised.
    expect(await store.append(id, message('m99', 'c99'))).toMatchObject({
      created: false,
      entry: { seq: 99 },
    });
    await store.close();
    // After a restart the window is rebuilt from the log, and the list knows every message.
    const again = new LowdbStore(dir, { window: 10 });
    await again.open();
    expect((await again.get(id))!.timeline.length).toBe(10);
    expect(again.summary(id)?.messages).toBe(100);
    await again.close();
  });

  it('reads a conversation once when two ask for it at the same time', async () => {
    const dir = tempDir();
    const store = new LowdbStore(dir);
    await store.open();
    const { id } = await store.create({ lang: 'en' });
    await store.append(id, message('hello', 'c1'));
    await store.close();
    const again = new LowdbStore(dir);
    await again.open();
    const [first, second] = await Promise.all([again.get(id), again.get(id)]);
    // One copy: a message stored through one is seen by the other, and no log handle leaks.
    expect(first).toBe(second);
    await again.append(id, message('again', 'c2'));
    expect(first!.lastSeq).toBe(2);
    await again.close();
  });

  it('keeps the most recently used conversations in memory and reads the others back whole', async () => {
    const store = new LowdbStore(tempDir(), { cacheSize: 2 });
    await store.open();
    const a = await store.create({ lang: 'en' });
    const b = await store.create({ lang: 'en' });
    await store.append(a.id, message('for a'));
    // a was used last, so a third conversation pushes b out, not a.
    const c = await store.create({ lang: 'en' });
    expect(await store.get(a.id)).toBe(a);
    expect(await store.get(c.id)).toBe(c);
    const reread = await store.get(b.id);
    expect(reread).not.toBe(b);
    expect(reread!.id).toBe(b.id);
    // Reading b back pushed out a, the least recently used now; its message came back from disk.
    const again = await store.get(a.id);
    expect(again).not.toBe(a);
    expect(again!.timeline.map((entry) => (entry.kind === 'message' ? entry.text : ''))).toEqual([
      'for a',
    ]);
    await store.append(b.id, message('for b'));
    expect((await store.entriesAfter(b.id, 0)).length).toBe(1);
    await store.close();
  });

  it('keeps the list row current as messages arrive: count, last message, search, then a change of state', async () => {
    const store = new LowdbStore(tempDir());
    await store.open();
    const { id } = await store.create({ visitorId: 'v', lang: 'en' });
    for (let n = 1; n <= 25; n++) await store.append(id, message(`question number${n}`));
    await store.append(id, {
      kind: 'message',
      author: { kind: 'bot' },
      text: 'an answer',
      attachments: [],
    });
    const row = store.summary(id)!;
    expect(row.messages).toBe(26);
    expect(row.lastMessage).toMatchObject({ text: 'an answer', author: 'bot' });
    // Search covers the visitor's last 20 messages.
    expect(store.list({ text: 'number25' }).map((summary) => summary.id)).toEqual([id]);
    expect(store.list({ text: 'number6' }).map((summary) => summary.id)).toEqual([id]);
    expect(store.list({ text: 'number5' })).toEqual([]);
    await store.append(id, message('I want a person'), { state: 'waiting' });
    const waiting = store.summary(id)!;
    expect(waiting).toMatchObject({ state: 'waiting', messages: 27 });
    expect(waiting.lastMessage).toMatchObject({ text: 'I want a person', author: 'visitor' });
    expect(store.list({ state: 'waiting' }).map((summary) => summary.id)).toEqual([id]);
    expect(store.list({ state: 'bot' })).toEqual([]);
    expect(store.list({ text: 'person' }).map((summary) => summary.id)).toEqual([id]);
    await store.close();
  });
});
