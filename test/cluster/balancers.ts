/**
 * The load balancer snippets of deploy/ run for real: the documented file, read as it is, with
 * only the listening port and the servers' addresses replaced (node1:3000… become the test's
 * servers), started with the real haproxy or nginx binary. Anything else in the file is tested
 * as the documentation shows it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/project.js';
import { eventually } from '../helpers/wait.js';

export type BalancerKind = 'haproxy' | 'nginx';

export interface Balancer {
  readonly url: string;
  readonly logs: () => string;
  stop(): Promise<void>;
}

/** Where each snippet names its port, and the servers' addresses as deploy/compose.yaml names them. */
const documentedListen: Record<BalancerKind, (port: number) => string> = {
  haproxy: (port) => `bind :${port}`,
  nginx: (port) => `listen ${port};`,
};
const documentedServer = (n: number) => `node${n}:3000`;

export function snippetPath(kind: BalancerKind): string {
  return join(repoRoot, 'deploy', kind === 'haproxy' ? 'haproxy.cfg' : 'nginx.conf');
}

/** The snippet with the port and the servers replaced; throws if one of them is not where documented. */
export function substituted(
  kind: BalancerKind,
  text: string,
  port: number,
  servers: readonly string[],
): string {
  const replace = (from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`the snippet has no "${from}" to replace`);
    text = text.replaceAll(from, to);
  };
  replace(documentedListen[kind](8080), documentedListen[kind](port));
  servers.forEach((address, index) => {
    replace(documentedServer(index + 1), address);
  });
  if (text.includes(documentedServer(servers.length + 1)))
    throw new Error(`the snippet names more servers than the ${servers.length} started`);
  return text;
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** nginx needs a main file around the http-block snippet: paths of its own, in the foreground. */
function nginxMain(dir: string, snippet: string): string {
  const temp = (name: string) => {
    mkdirSync(join(dir, name), { mode: 0o777 });
    return join(dir, name);
  };
  return [
    // As root, nginx's workers would drop to `nobody`, who cannot read this private folder.
    process.getuid?.() === 0 ? 'user root;' : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(dir, 'nginx.pid')};`,
    'error_log stderr notice;',
    'events { worker_connections 1024; }',
    'http {',
    '  access_log off;',
    `  client_body_temp_path ${temp('body')};`,
    `  proxy_temp_path ${temp('proxy')};`,
    `  fastcgi_temp_path ${temp('fastcgi')};`,
    `  uwsgi_temp_path ${temp('uwsgi')};`,
    `  scgi_temp_path ${temp('scgi')};`,
    `  include ${snippet};`,
    '}',
    '',
  ].join('\n');
}

/** Starts the balancer on a free port in front of `servers` (host:port); resolves once it answers. */
export async function startBalancer(
  kind: BalancerKind,
  servers: readonly string[],
): Promise<Balancer> {
  const dir = mkdtempSync(join(tmpdir(), `chatbot-${kind}-`));
  const port = await freePort();
  const text = substituted(kind, readFileSync(snippetPath(kind), 'utf8'), port, servers);
  let child: ChildProcess;
  if (kind === 'haproxy') {
    const config = join(dir, 'haproxy.cfg');
    writeFileSync(config, text);
    child = spawn('haproxy', ['-db', '-f', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  } else {
    const snippet = join(dir, 'chatbot.conf');
    writeFileSync(snippet, text);
    const main = join(dir, 'nginx.conf');
    writeFileSync(main, nginxMain(dir, snippet));
    child = spawn('nginx', ['-e', 'stderr', '-p', dir, '-c', main], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let running = true;
  void exited.then(() => {
    running = false;
  });
  const url = `http://127.0.0.1:${port}`;
  const balancer: Balancer = {
    url,
    logs: () => output,
    async stop() {
      if (running) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    // Ready when every server answers through it: each request may reach another server.
    await eventually(async () => {
      if (!running) throw new Error(`${kind} exited:\n${output}`);
      const answers = await Promise.all(
        servers.map(() =>
          fetch(`${url}/readyz`).then(
            (response) => response.status,
            () => 0,
          ),
        ),
      );
      return answers.every((status) => status === 200);
    }, `${kind} to answer /readyz`);
  } catch (error) {
    await balancer.stop();
    throw error;
  }
  return balancer;
}
