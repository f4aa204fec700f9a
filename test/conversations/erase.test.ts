import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { erasePerson, outboxFile } from '../../src/conversations/erase.js';
import { LeadBook } from '../../src/leads/lead-book.js';
import { LowdbStore } from '../../src/store/lowdb-store.js';
import { tempDir } from '../helpers/project.js';

function everything(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
}

describe('erasing one person from a data folder', () => {
  it('by visitor id: their conversation, upload, lead and pending notification, nothing else', async () => {
    const data = join(tempDir(), 'data');
    const store = new LowdbStore(data);
    await store.open();
    const leads = await LeadBook.open(data);
    const uploads = join(data, 'uploads');
    mkdirSync(uploads, { recursive: true });

    const theirs = await store.create({ visitorId: 'v-erase-me', lang: 'en' });
    await store.append(theirs.id, {
      kind: 'message',
      author: { kind: 'visitor' },
      text: 'call me on +34 600 111 222',
      attachments: [],
    });
    const file = `${'ab'.repeat(24)}.png`;
    writeFileSync(join(uploads, file), 'png bytes');
    await store.update(theirs.id, (c) => {
      c.uploads.push({
        id: 'u1',
        name: 'id.png',
        type: 'image/png',
        size: 9,
        url: `/uploads/${file}`,
      });
      c.contact = { phone: '+34600111222' };
    });
    await leads.record({ phone: '+34600111222' }, { conversationId: theirs.id, lang: 'en' });
    const other = await store.create({ visitorId: 'v-other', lang: 'en' });
    await store.append(other.id, {
      kind: 'message',
      author: { kind: 'visitor' },
      text: 'someone else',
      attachments: [],
    });
    await leads.record({ email: 'other@example.com' }, { conversationId: other.id, lang: 'en' });
    writeFileSync(
      join(data, 'outbox.json'),
      JSON.stringify({
        deliveries: [
          {
            id: 'd1',
            channel: 't',
            notification: { type: 'lead', text: `New lead +34600111222 (${theirs.id})` },
          },
          {
            id: 'd2',
            channel: 't',
            notification: { type: 'lead', text: `New lead other@example.com (${other.id})` },
          },
        ],
      }),
    );

    const report = await erasePerson(
      { store, uploadsDir: uploads, leads, notifications: outboxFile(data) },
      { visitor: 'v-erase-me' },
    );
    expect(report).toEqual({
      conversations: 1,
      messages: 1,
      uploads: 1,
      leads: 1,
      notifications: 1,
    });
    await store.close();
    const left = everything(data);
    for (const trace of [theirs.id, 'v-erase-me', '600111222', '600 111 222', 'png bytes'])
      expect(left, trace).not.toContain(trace);
    for (const kept of [other.id, 'someone else', 'other@example.com'])
      expect(left).toContain(kept);
  });
});
