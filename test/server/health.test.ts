import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ServerProcess, startProcess } from '../helpers/process-server.js';
import { demoProject, readRepoFile } from '../helpers/project.js';

const adminToken = 'admin-token-0123456789abcdef';
const running: ServerProcess[] = [];
afterEach(() => {
  for (const server of running.splice(0)) server.child.kill('SIGKILL');
});

async function statusOf(url: string): Promise<number> {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.status;
}

describe('health checks', () => {
  it('a load balancer polling health, readiness and metrics from one IP is never rate limited', async () => {
    const config = readRepoFile('chatbot.config.yaml').replace(
      'origins: []',
      'origins: []\n  limits: { requestsPerMinute: 5 }',
    );
    const server = await startProcess(demoProject({ 'chatbot.config.yaml': config }));
    running.push(server);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++)
      for (const path of ['/healthz', '/readyz', '/metrics'])
        statuses.push(await statusOf(`${server.url}${path}`));
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    // The same IP is still limited everywhere else.
    const others: number[] = [];
    for (let i = 0; i < 6; i++) others.push(await statusOf(`${server.url}/api/widget/settings`));
    expect(others).toContain(429);
  }, 120_000);

  it('/readyz names the knowledge, snapshot and deployed version serving, after each of six reloads', async () => {
    const dir = demoProject();
    const server = await startProcess(dir);
    running.push(server);
    const readiness = async () =>
      (await (await fetch(`${server.url}/readyz`)).json()) as {
        ready: boolean;
        knowledge: string;
        snapshot: string;
        version: string;
      };
    const serving = async () => {
      const status = (await (
        await fetch(`${server.url}/api/admin/status`, {
          headers: { authorization: `Bearer ${adminToken}` },
        })
      ).json()) as {
        version: string;
        knowledge: { knowledgeVersion: string; snapshotVersion: string };
      };
      return {
        ready: true,
        knowledge: status.knowledge.knowledgeVersion,
        snapshot: status.knowledge.snapshotVersion,
        version: status.version,
      };
    };
    const knowledge = new Set([(await readiness()).knowledge]);
    const versions = new Set([(await readiness()).version]);
    const reload = async (round: number) => {
      const response = await fetch(`${server.url}/api/admin/reload`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}` },
      });
      expect(response.status, `reload ${round}`).toBe(200);
      const ready = await readiness();
      expect(ready, `after reload ${round}`).toEqual(await serving());
      expect((await fetch(`${server.url}/readyz`)).headers.get('cache-control')).toBe('no-store');
      return ready;
    };
    for (let round = 1; round <= 5; round++) {
      writeFileSync(
        join(dir, 'kb/en.json'),
        readRepoFile('kb/en.json').replace(
          'Only assistance dogs can join our tours.',
          `Only assistance dogs can join our tours (revision ${round}).`,
        ),
      );
      const ready = await reload(round);
      knowledge.add(ready.knowledge);
      versions.add(ready.version);
    }
    expect(knowledge.size).toBe(6);
    // A new prompt with the same knowledge is a new snapshot and a new deployed version.
    const before = await readiness();
    writeFileSync(
      join(dir, 'templates/system.hbs'),
      `${readRepoFile('templates/system.hbs')}\nBe brief.\n`,
    );
    const after = await reload(6);
    expect(after.knowledge).toBe(before.knowledge);
    expect(after.snapshot).not.toBe(before.snapshot);
    versions.add(after.version);
    expect(versions.size).toBe(7);
  }, 120_000);
});
