import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvLine, exportConversations } from '../../src/conversations/export.js';
import { LowdbStore } from '../../src/store/lowdb-store.js';
import { tempDir } from '../helpers/project.js';

describe('exporting conversations', () => {
  it('makes every cell a spreadsheet would run as a formula plain text', () => {
    const cells = ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tTab', '\rCR', 'fine'];
    const line = csvLine(['a', 'b', 'c', 'd', 'e', 'f', 'g'], {
      a: cells[0],
      b: cells[1],
      c: cells[2],
      d: cells[3],
      e: cells[4],
      f: cells[5],
      g: cells[6],
    });
    expect(parse(line)[0]).toEqual([
      '\'=HYPERLINK("http://x")',
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tTab",
      "'\rCR",
      'fine',
    ]);
  });

  it('writes a row per conversation or per message to a file, read back from disk', async () => {
    const dir = tempDir();
    const store = new LowdbStore(join(dir, 'data'));
    await store.open();
    const ana = await store.create({ visitorId: 'v-ana', lang: 'es' });
    await store.append(ana.id, {
      kind: 'message',
      author: { kind: 'visitor' },
      text: '=1+1, "quoted", and a\nnew line',
      attachments: [],
    });
    await store.append(ana.id, {
      kind: 'message',
      author: { kind: 'operator', name: 'Maria' },
      text: 'Hola',
      attachments: [],
    });
    await store.append(ana.id, { kind: 'event', type: 'page', data: { url: '/x' } });
    const bob = await store.create({ visitorId: 'v-bob', lang: 'en' });
    await store.append(bob.id, {
      kind: 'message',
      author: { kind: 'visitor' },
      text: 'hi',
      attachments: [],
    });

    const perConversation = join(dir, 'conversations.csv');
    const out = createWriteStream(perConversation);
    const rows = await exportConversations(
      store,
      store.list(),
      { format: 'csv', per: 'conversation' },
      out,
    );
    out.end();
    await finished(out);
    expect(rows).toBe(2);
    const table = parse(readFileSync(perConversation, 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    // Most recent first; the two may share a millisecond, so compared in a fixed order.
    expect(
      table.map((r) => [r.id, r.lang, r.messages]).sort((a, b) => a[1]!.localeCompare(b[1]!)),
    ).toEqual([
      [bob.id, 'en', '1'],
      [ana.id, 'es', '2'],
    ]);

    const perMessage = join(dir, 'messages.jsonl');
    const lines = createWriteStream(perMessage);
    await exportConversations(
      store,
      [store.summary(ana.id)!],
      { format: 'jsonl', per: 'message' },
      lines,
    );
    lines.end();
    await finished(lines);
    const messages = readFileSync(perMessage, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(messages).toEqual([
      {
        conversationId: ana.id,
        seq: 1,
        at: expect.any(String),
        author: 'visitor',
        text: '=1+1, "quoted", and a\nnew line',
      },
      {
        conversationId: ana.id,
        seq: 2,
        at: expect.any(String),
        author: 'operator',
        operator: 'Maria',
        text: 'Hola',
      },
    ]);
    await store.close();
  });
});
