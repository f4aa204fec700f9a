/**
 * The audit log against a real server and the real CLI: operator actions over sockets and REST,
 * CLI operator changes, each appended with who, when, what and from where, in a hash chain that
 * names the first edited or removed line.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog, verifyAuditLines } from '../../src/store/audit-log.js';
import { OperatorRegistry } from '../../src/store/operators.js';
import { runCli } from '../helpers/cli.js';
import { connectedOperator, emit, once, startServer, visitor } from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';

async function serverWithTeam() {
  const running = await startServer();
  const registry = new OperatorRegistry(join(running.dir, 'data'));
  const admin = (await registry.add('Olga', 'admin')).token;
  const agent = (await registry.add('Ana', 'agent')).token;
  const socket = visitor(running.url, { lang: 'en' });
  const session = await once<{ visitorId: string }>(socket, 'session');
  const chat = await running.server.context.service.visitorConversation(session.visitorId, {
    lang: 'en',
  });
  return { running, admin, agent, chatId: chat.id, log: running.server.context.audit };
}

describe('the audit log', () => {
  it('appends sign-in, take over, reply, hand back and resolve with who, what and where (0600)', async () => {
    const { running, agent, admin, chatId, log } = await serverWithTeam();
    const ana = await connectedOperator(running.url, agent);
    await emit(ana, 'takeover', { id: chatId });
    await emit(ana, 'message', { id: chatId, text: 'Hello, Ana here' });
    const rest = await fetch(`${running.url}/api/operator/conversations/${chatId}/handback`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(rest.status).toBe(200);
    await emit(ana, 'resolve', { id: chatId });
    await eventually(() => log.records().some((r) => r.action === 'resolve'), 'the resolve line');
    expect(
      log.records().map(({ actor, role, action, target }) => ({ actor, role, action, target })),
    ).toEqual([
      { actor: 'Ana', role: 'agent', action: 'sign-in', target: undefined },
      { actor: 'Ana', role: 'agent', action: 'takeover', target: chatId },
      { actor: 'Ana', role: 'agent', action: 'reply', target: chatId },
      { actor: 'Olga', role: 'admin', action: 'handback', target: chatId },
      { actor: 'Ana', role: 'agent', action: 'resolve', target: chatId },
    ]);
    for (const record of log.records()) {
      expect(record.ip).toMatch(/127\.0\.0\.1|::1/);
      expect(Date.parse(record.at)).not.toBeNaN();
    }
    expect(statSync(log.path).mode & 0o777).toBe(0o600);
    expect(verifyAuditLines(log.lines())).toEqual({ ok: true, lines: 5 });

    // A refused action is not done, so it is not logged as done.
    const refused = await emit<{ ok: boolean }>(ana, 'takeover', { id: 'c_nope' });
    expect(refused.ok).toBe(false);
    expect(log.records()).toHaveLength(5);
  });

  it('names the first edited or removed line', async () => {
    const { running, agent, chatId, log } = await serverWithTeam();
    const ana = await connectedOperator(running.url, agent);
    await emit(ana, 'takeover', { id: chatId });
    await emit(ana, 'message', { id: chatId, text: 'One' });
    await emit(ana, 'message', { id: chatId, text: 'Two' });
    const lines = log.lines();
    expect(verifyAuditLines(lines).ok).toBe(true);

    const edited = [...lines];
    edited[1] = edited[1]!.replace('"Ana"', '"Bo"');
    expect(verifyAuditLines(edited)).toMatchObject({ ok: false, line: 2 });
    const removed = lines.filter((_, index) => index !== 2);
    expect(verifyAuditLines(removed)).toMatchObject({ ok: false, line: 3 });
    const truncatedHead = lines.slice(1);
    expect(verifyAuditLines(truncatedHead)).toMatchObject({ ok: false, line: 1 });
  });

  it('admins read it from a running server; others are refused', async () => {
    const { running, admin, agent, log } = await serverWithTeam();
    await connectedOperator(running.url, agent);
    await eventually(() => log.records().length === 1, 'the sign-in line');
    const read = await fetch(`${running.url}/api/admin/audit?actor=ana&action=sign-in`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(read.status).toBe(200);
    const body = (await read.json()) as { entries: unknown[]; verified: { ok: boolean } };
    expect(body.verified.ok).toBe(true);
    expect(body.entries).toMatchObject([{ actor: 'Ana', action: 'sign-in' }]);
    const reload = await fetch(`${running.url}/api/admin/reload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(reload.status).toBe(200);
    await eventually(() => log.records().at(-1)?.action === 'reload', 'the reload line');
    expect(log.records().at(-1)).toMatchObject({ actor: 'Olga', role: 'admin', action: 'reload' });
    const refused = await fetch(`${running.url}/api/admin/audit`, {
      headers: { authorization: `Bearer ${agent}` },
    });
    expect(refused.status).toBe(403);

    const cli = await runCli([
      'audit',
      '--url',
      running.url,
      '--token',
      admin,
      '--action',
      'sign-in',
      '--format',
      'json',
    ]);
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject([{ actor: 'Ana', action: 'sign-in' }]);
  });

  it('chatbot operator add and revoke are logged; audit lists, filters, exports CSV and verifies', async () => {
    const { running } = await serverWithTeam();
    const dir = running.dir;
    expect((await runCli(['operator', 'add', 'Maria', '--teams', 'sales', '-C', dir])).code).toBe(
      0,
    );
    expect((await runCli(['operator', 'revoke', 'Maria', '-C', dir])).code).toBe(0);
    const log = new AuditLog(join(dir, 'data'));
    log.append({ actor: '=HYPERLINK("http://x")', action: 'note', target: '+1' });

    const json = await runCli(['audit', '--action', 'operator', '--format', 'json', '-C', dir]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject([
      { action: 'operator.add', target: 'Maria', details: { role: 'agent', teams: 'sales' } },
      { action: 'operator.revoke', target: 'Maria' },
    ]);
    const csv = await runCli(['audit', '--format', 'csv', '-C', dir]);
    expect(csv.stdout).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv.stdout).toContain(",'+1,");
    expect((await runCli(['audit', '--since', '1h', '-C', dir])).stdout).toContain('operator.add');

    expect((await runCli(['audit', 'verify', '-C', dir])).code).toBe(0);
    const text = readFileSync(log.path, 'utf8').replace('"Maria"', '"Marta"');
    writeFileSync(log.path, text);
    const broken = await runCli(['audit', 'verify', '-C', dir]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/Audit line 1 is not what was written/);
  });
});
