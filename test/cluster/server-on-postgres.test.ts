import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OperatorRegistry } from '../../src/store/operators.js';
import { migrate } from '../../src/store/postgres/migrator.js';
import { PostgresRecords } from '../../src/store/postgres/records.js';
import { demoProject } from '../helpers/project.js';
import {
  connectedOperator,
  emit,
  firstMessage,
  once,
  startServer,
  visitor,
} from '../helpers/server.js';
import { freshSchema, type TestSchema } from './postgres.js';

let schema: TestSchema | undefined;

afterEach(async () => {
  await schema?.drop();
  schema = undefined;
});

/** The demo bot, configured for PostgreSQL at ${DATABASE_URL}. */
function postgresProject(): string {
  const dir = demoProject();
  const path = join(dir, 'chatbot.config.yaml');
  const config = readFileSync(path, 'utf8');
  expect(config).toContain('  driver: lowdb');
  writeFileSync(
    path,
    config.replace('  driver: lowdb', '  driver: postgres\n  url: ${DATABASE_URL}'),
  );
  return dir;
}

describe('a server on PostgreSQL', () => {
  it('refuses to start on a database whose schema is not migrated', async () => {
    schema = await freshSchema(false);
    const error = await startServer({
      dir: postgresProject(),
      env: { DATABASE_URL: schema.url },
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'STORAGE_SCHEMA_PENDING',
      hint: expect.stringContaining('chatbot migrate'),
    });
  });

  it('keeps chats, operators and revocations in the database, seen by the next server', async () => {
    schema = await freshSchema(false);
    await migrate(schema.pool());
    const dir = postgresProject();
    const env = { DATABASE_URL: schema.url };
    const operators = new OperatorRegistry(join(dir, 'data'), new PostgresRecords(schema.pool()));
    const { token } = await operators.add('Ana', 'agent');

    const first = await startServer({ dir, env });
    const operator = await connectedOperator(first.url, token);
    const guest = visitor(first.url, { lang: 'en' });
    await once(guest, 'session');
    const { conversationId } = await firstMessage(guest, 'Can I bring my dog?');
    const rows = await schema
      .pool()
      .query<{ entry: { text?: string } }>(
        'SELECT entry FROM entries WHERE conversation_id = $1 ORDER BY seq',
        [conversationId],
      );
    expect(rows.rows[0]?.entry.text).toBe('Can I bring my dog?');
    // No operator file: the token's hash is in the database only.
    expect(() => readFileSync(join(dir, 'data', 'operators.json'))).toThrow();

    // Revoked from another machine: the live socket is cut.
    const cut = once(operator, 'disconnect');
    await operators.revoke('Ana');
    await cut;
    await first.server.close();

    // Another node on the same database sees the conversation, and knows who is revoked.
    const second = await startServer({ dir, env });
    const { token: boToken } = await operators.add('Bo', 'agent');
    const bo = await connectedOperator(second.url, boToken);
    const list = await emit<{ conversations: Array<{ id: string }> }>(bo, 'conversations', {});
    expect(list.conversations.map((row) => row.id)).toEqual([conversationId]);
    const history = await emit<{
      ok: boolean;
      conversation: { timeline: Array<{ text?: string }> };
    }>(bo, 'open', { id: conversationId });
    expect(history.conversation.timeline[0]?.text).toBe('Can I bring my dog?');
  });
});

describe('KPIs on PostgreSQL', () => {
  it('answers the stats route from the database rows', async () => {
    schema = await freshSchema(false);
    await migrate(schema.pool());
    const dir = postgresProject();
    const env = { DATABASE_URL: schema.url };
    const operators = new OperatorRegistry(join(dir, 'data'), new PostgresRecords(schema.pool()));
    const { token } = await operators.add('Mia', 'manager');
    const running = await startServer({ dir, env });
    for (const question of ['Can I bring my dog?', '¿Cuánto cuesta la excursión?']) {
      const guest = visitor(running.url, { lang: question.startsWith('¿') ? 'es' : 'en' });
      await once(guest, 'session');
      await firstMessage(guest, question);
      guest.close();
    }
    const response = await fetch(`${running.url}/api/operator/stats?since=1d`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const report = (await response.json()) as {
      total: { conversations: number; withMessages: number };
    };
    expect(report.total).toMatchObject({ conversations: 2, withMessages: 2 });
    await running.server.close();
  });
});
