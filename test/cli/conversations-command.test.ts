import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { LowdbStore } from '../../src/store/lowdb-store.js';
import { runCli } from '../helpers/cli.js';
import { demoProject } from '../helpers/project.js';
import { startServer } from '../helpers/server.js';

/** A stopped server's data folder with three conversations from different places. */
async function storedConversations(dir: string) {
  const store = new LowdbStore(join(dir, 'data'));
  await store.open();
  const made = [];
  for (const [visitorId, country, source, text] of [
    ['v-es', 'ES', 'google', '=cmd|" /C calc"!A0 how much?'],
    ['v-gb', 'GB', 'newsletter', 'Do you go to Montserrat?'],
    ['v-fr', 'FR', 'google', 'Bonjour'],
  ] as const) {
    const conversation = await store.create({
      visitorId,
      lang: 'en',
      visitor: {
        country,
        utm: { utm_source: source },
        pages: [{ url: `https://x.example/${country}`, at: new Date().toISOString() }],
      },
    });
    await store.append(conversation.id, {
      kind: 'message',
      author: { kind: 'visitor' },
      text,
      attachments: [],
    });
    made.push(conversation.id);
  }
  await store.close();
  return made;
}

describe('chatbot conversations', () => {
  it('lists with filters and exports formula-safe CSV to a private file', async () => {
    const dir = demoProject();
    const [es, gb] = await storedConversations(dir);
    const listed = await runCli(['conversations', 'list', '--utm-source', 'google', '--json'], {
      cwd: dir,
    });
    expect(listed.code).toBe(0);
    const list = JSON.parse(listed.stdout);
    expect(list.total).toBe(2);
    expect(list.conversations.map((c: { country: string }) => c.country).sort()).toEqual([
      'ES',
      'FR',
    ]);

    const exported = await runCli(
      ['conversations', 'export', '--country', 'ES', '--per', 'message', '-o', 'es.csv'],
      { cwd: dir },
    );
    expect(exported.code).toBe(0);
    const file = join(dir, 'es.csv');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const rows = parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      expect.objectContaining({
        conversationId: es,
        author: 'visitor',
        text: '\'=cmd|" /C calc"!A0 how much?',
      }),
    ]);

    const shown = await runCli(['conversations', 'show', gb!], { cwd: dir });
    expect(shown.stdout).toContain('visitor: Do you go to Montserrat?');
    expect(shown.stdout).toContain('from GB');

    const bad = await runCli(['conversations', 'list', '--since', 'yesterday'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('since takes a duration');
  });

  it('deletes in bulk only with --yes, after showing the count', async () => {
    const dir = demoProject();
    const [es] = await storedConversations(dir);
    const refused = await runCli(['conversations', 'delete'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Name the conversations');
    const counted = await runCli(['conversations', 'delete', '--country', 'ES'], { cwd: dir });
    expect(counted.code).toBe(1);
    expect(counted.stderr).toContain(
      '1 conversation would be deleted for good; nothing was changed',
    );
    const deleted = await runCli(['conversations', 'delete', '--country', 'ES', '--yes'], {
      cwd: dir,
    });
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toContain('Deleted 1 conversation (1 message)');
    const files = readFileSync(join(dir, 'data/index.json'), 'utf8');
    expect(files).not.toContain(es);
  });

  it('refuses to write a data folder a server is using, and goes through the server with --url', async () => {
    const dir = demoProject();
    await storedConversations(dir);
    const { url } = await startServer({ dir });
    const locked = await runCli(['conversations', 'archive', '--country', 'GB', '--yes'], {
      cwd: dir,
    });
    expect(locked.code).toBe(1);
    expect(locked.stderr).toContain('DATA_DIR_LOCKED');
    expect(locked.stderr).toContain('--url');
    const added = await runCli(['operator', 'add', 'Maria', '--role', 'manager'], { cwd: dir });
    const token = /cbo_[\w-]+/.exec(added.stdout)![0];
    const archived = await runCli(
      ['conversations', 'archive', '--country', 'GB', '--yes', '--url', url, '--token', token],
      { cwd: dir },
    );
    expect(archived.stdout).toContain('Archived 1 of 1 matching conversations.');
    const listed = await runCli(
      ['conversations', 'list', '--archived', '--json', '--url', url, '--token', token],
      { cwd: dir },
    );
    expect(
      JSON.parse(listed.stdout).conversations.map((c: { country: string }) => c.country),
    ).toEqual(['GB']);
    const exported = await runCli(
      ['conversations', 'export', '--format', 'jsonl', '--url', url, '--token', token],
      { cwd: dir },
    );
    expect(exported.stdout.trimEnd().split('\n')).toHaveLength(3);
  });
});
