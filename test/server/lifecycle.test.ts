import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serverNodeOptions } from '../../src/deploy/node-options.js';
import { runCli } from '../helpers/cli.js';
import { type ServerProcess, startProcess } from '../helpers/process-server.js';
import { demoProject, readRepoFile } from '../helpers/project.js';
import { emit, once, startServer, visitor, waitFor } from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';

const running: ServerProcess[] = [];
afterEach(() => {
  for (const server of running.splice(0)) server.child.kill('SIGKILL');
});

describe('health, readiness and metrics', () => {
  it('reports health, readiness with the knowledge version, and Prometheus metrics', async () => {
    const { url, server } = await startServer();
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ ok: true });
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({
      ready: true,
      knowledge: server.context.bot.snapshot.knowledgeVersion,
      snapshot: server.context.bot.snapshot.version,
    });
    const socket = visitor(url);
    await once(socket, 'session');
    const answered = waitFor(
      socket,
      'entry',
      (entry: { author?: { kind: string } }) => entry.author?.kind === 'bot',
    );
    await emit(socket, 'message', { text: 'How much is the Montserrat trip?' });
    await answered;
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toContain('chatbot_messages_total{author="visitor"} 1');
    expect(metrics).toContain('chatbot_messages_total{author="bot"} 1');
    expect(metrics).toContain('chatbot_bot_replies_total{provider="offline",outcome="answered"} 1');
    expect(metrics).toMatch(/chatbot_bot_reply_seconds_count\{provider="offline"\} 1/);
    expect(metrics).toContain('chatbot_visitors_online 1');
    expect(metrics).toContain(
      `chatbot_knowledge_info{version="${server.context.bot.snapshot.knowledgeVersion}"`,
    );
    expect(metrics).toContain('chatbot_provider_failures_total');
  });

  it('dev serves the demo page without inline script, under a CSP; start serves none', async () => {
    const { url } = await startServer();
    const page = await fetch(`${url}/`);
    const html = await page.text();
    expect(html).toContain('data-lang="ru"');
    expect(html).toContain('<script src="/widget.js" async></script>');
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    // The SPA links' pages are the same demo, so a reload on one of them still shows it.
    expect((await fetch(`${url}/prices`)).status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const start = await startServer({
      mode: 'start',
      env: { CHATBOT_ADMIN_TOKEN: 'admin-token-0123456789abcdef' },
    });
    expect((await fetch(`${start.url}/`)).status).toBe(404);
  });

  it('admin status and reload need the admin token', async () => {
    const token = 'admin-token-0123456789abcdef';
    const { url } = await startServer({ mode: 'start', env: { CHATBOT_ADMIN_TOKEN: token } });
    expect((await fetch(`${url}/api/admin/status`)).status).toBe(401);
    expect(
      (await fetch(`${url}/api/admin/status`, { headers: { authorization: 'Bearer wrong' } }))
        .status,
    ).toBe(401);
    const status = (await (
      await fetch(`${url}/api/admin/status`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { knowledge: { source: string; knowledgeVersion: string } };
    expect(status.knowledge).toMatchObject({
      source: 'dir',
      knowledgeVersion: expect.stringMatching(/^[0-9a-f]{12}$/),
    });
    const reload = await fetch(`${url}/api/admin/reload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await reload.json()).toMatchObject({ reloaded: true });
  });
});

describe('chatbot start as a process', () => {
  it('refuses to start without an admin token', async () => {
    const result = await runCli(['start', demoProject(), '--port', '0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ADMIN_TOKEN_MISSING');
  });

  it('refuses to start with a CHATBOT_SECRET shorter than 32 characters, and says how to make one', async () => {
    const adminToken = { CHATBOT_ADMIN_TOKEN: 'admin-token-0123456789abcdef' };
    const fromEnvFile = demoProject({ '.env': 'CHATBOT_SECRET=not-long-enough\n' });
    const fromEnvironment = demoProject();
    for (const [dir, env] of [
      [fromEnvFile, adminToken],
      [fromEnvironment, { ...adminToken, CHATBOT_SECRET: 'x'.repeat(31) }],
    ] as const) {
      const result = await runCli(['start', dir, '--port', '0'], { env, timeoutMs: 60_000 });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('SECRET_TOO_SHORT');
      expect(result.stderr).toContain('CHATBOT_SECRET');
      expect(result.stderr).toContain('openssl rand -hex 32');
      // Nothing started: no key of its own was made in place of the one given.
      expect(existsSync(join(dir, 'data/secret.key'))).toBe(false);
    }
    // One of 32 characters or more starts.
    const server = await startProcess(demoProject(), { CHATBOT_SECRET: 'x'.repeat(32) });
    running.push(server);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 120_000);

  it('logs JSON, reloads on SIGHUP, and on SIGTERM shuts down and exits 0', async () => {
    const dir = demoProject();
    const server = await startProcess(dir);
    running.push(server);
    const line = server
      .logs()
      .split('\n')
      .find((entry) => entry.includes('listening'))!;
    expect(JSON.parse(line)).toMatchObject({
      level: 30,
      mode: 'start',
      msg: expect.stringContaining('listening on'),
    });
    writeFileSync(
      join(dir, 'kb/en.json'),
      readRepoFile('kb/en.json').replace(
        'Only assistance dogs can join our tours.',
        'Dogs welcome.',
      ),
    );
    server.child.kill('SIGHUP');
    await eventually(() => server.logs().includes('knowledge reloaded'), 'the reload');
    expect(server.logs()).toMatch(/"reason":"SIGHUP/);
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.logs()).toContain('"msg":"stopped"');
  });

  it('says how to start Node when it was started without the server options', async () => {
    const hint = '"msg":"Node was started without';
    const started = async (env: Record<string, string>) => {
      const server = await startProcess(demoProject(), env);
      running.push(server);
      server.child.kill('SIGTERM');
      await server.exited;
      return server.logs();
    };
    const plain = await started({});
    expect(plain).toContain(hint);
    expect(plain).toContain(`"missing":${JSON.stringify(serverNodeOptions())}`);
    expect(await started({ NODE_OPTIONS: serverNodeOptions().join(' ') })).not.toContain(hint);
  });

  it('refuses a second server on the same data directory with a clear error', async () => {
    const dir = demoProject();
    running.push(await startProcess(dir));
    const second = await runCli(['start', dir, '--port', '0'], {
      env: { CHATBOT_ADMIN_TOKEN: 'admin-token-0123456789abcdef' },
    });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('DATA_DIR_LOCKED');
    expect(second.stderr).toMatch(/Another chatbot server \(pid \d+/);
  });
});

describe('chatbot operator', () => {
  it('adds an operator printing the token once, lists and revokes', async () => {
    const dir = demoProject();
    const added = await runCli(['operator', 'add', 'Maria', '--role', 'admin', '--dir', dir]);
    expect(added.code).toBe(0);
    const token = /cbo_[\w-]{43}/.exec(added.stdout)?.[0];
    expect(token).toBeDefined();
    const stored = readFileSync(join(dir, 'data/operators.json'), 'utf8');
    expect(stored).not.toContain(token!);
    expect((await runCli(['operator', 'add', 'maria', '--dir', dir])).stderr).toContain(
      'OPERATOR_EXISTS',
    );
    const list = await runCli(['operator', 'list', '--dir', dir]);
    expect(list.stdout).toMatch(/Maria\s+admin\s+\d{4}-\d{2}-\d{2}\s+active/);
    expect((await runCli(['operator', 'revoke', 'Maria', '--dir', dir])).code).toBe(0);
    expect((await runCli(['operator', 'list', '--dir', dir])).stdout).toMatch(
      /Maria\s+admin\s+\S+\s+revoked/,
    );
    expect((await runCli(['operator', 'revoke', 'Nobody', '--dir', dir])).stderr).toContain(
      'OPERATOR_UNKNOWN',
    );
  });
});
