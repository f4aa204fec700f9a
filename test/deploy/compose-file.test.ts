/**
 * deploy/compose.yaml agrees with the balancer snippets it runs: the servers HAProxy and nginx
 * name are the compose services, on the port those services listen on; every server has the
 * database, Redis and the shared secret, waits for the migration, and is checked on the same
 * health route as the balancer checks. (Running it needs Docker; docs/scaling.md says what was
 * validated and how.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { healthPaths } from '../../src/server/routes/health.js';
import { repoRoot } from '../helpers/project.js';

interface Service {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }> | string[];
  healthcheck?: { test: string[] };
  ports?: string[];
  volumes?: string[];
}

const read = (name: string) => readFileSync(join(repoRoot, 'deploy', name), 'utf8');
const compose = parse(read('compose.yaml'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const haproxy = read('haproxy.cfg');
const nginx = read('nginx.conf');
const nodes = ['node1', 'node2', 'node3'];

describe('deploy/compose.yaml', () => {
  it('runs PostgreSQL, Redis, a migration, three servers and HAProxy', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['haproxy', 'migrate', ...nodes, 'postgres', 'redis'].sort(),
    );
    expect(compose.services.postgres!.healthcheck!.test.join(' ')).toContain('pg_isready');
    expect(compose.services.redis!.healthcheck!.test).toContain('ping');
    expect(compose.services.migrate!.command!.slice(-1)).toEqual(['migrate']);
    expect(compose.services.migrate!.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
    });
  });

  it.each(nodes)('%s: starts on port 3000 after the migration, on the shared services', (name) => {
    const node = compose.services[name]!;
    expect(node.command!.slice(-5)).toEqual(['start', '--host', '0.0.0.0', '--port', '3000']);
    expect(node.environment!.DATABASE_URL).toMatch(/@postgres:5432\/chatbot$/);
    expect(node.environment!.DATABASE_URL).toContain(
      compose.services.postgres!.environment!.POSTGRES_PASSWORD,
    );
    expect(node.environment!.REDIS_URL).toBe('redis://redis:6379');
    expect(node.environment!.CHATBOT_SECRET).toBe('${CHATBOT_SECRET:?set CHATBOT_SECRET}');
    expect(node.depends_on).toMatchObject({
      migrate: { condition: 'service_completed_successfully' },
      redis: { condition: 'service_healthy' },
    });
    expect(node.healthcheck!.test.join(' ')).toContain('http://127.0.0.1:3000/readyz');
    expect(node.volumes).toEqual([`${name}-data:/app/data`, 'uploads:/app/data/uploads']);
    expect(node.image).toBe(compose.services.migrate!.image);
  });

  it('HAProxy runs deploy/haproxy.cfg and publishes the port it binds', () => {
    const service = compose.services.haproxy!;
    expect(service.volumes).toContain('./haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro');
    const bound = /^\s*bind :(\d+)$/m.exec(haproxy)![1];
    expect(service.ports).toEqual([`80:${bound}`]);
    expect(service.depends_on).toEqual(nodes);
  });

  it('both balancer snippets send to the compose servers, sticky, checking /readyz', () => {
    const haproxyServers = [...haproxy.matchAll(/^\s*server (\S+) (\S+) cookie (\S+)$/gm)];
    expect(haproxyServers.map(([, name, address, cookie]) => [name, address, cookie])).toEqual(
      nodes.map((name) => [name, `${name}:3000`, name]),
    );
    expect(haproxy).toMatch(/^\s*cookie \S+ insert indirect nocache/m);
    const checked = /^\s*option httpchk GET (\S+)$/m.exec(haproxy)![1]!;
    expect(checked).toBe('/readyz');
    expect(healthPaths).toContain(checked);

    const nginxServers = [...nginx.matchAll(/^\s*server (\S+) max_fails/gm)].map(([, a]) => a);
    expect(nginxServers).toEqual(nodes.map((name) => `${name}:3000`));
    expect(nginx).toMatch(/^\s*ip_hash;$/m);
    expect(nginx).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
  });
});
