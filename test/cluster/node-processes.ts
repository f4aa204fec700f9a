/**
 * A cluster of real `chatbot start` processes, as production runs them: each node its own
 * process and its own folder (the same config), all on one PostgreSQL schema and one Redis.
 * Each node listens on a free port it reports in its log. Nodes still running after a test are
 * killed, and waited for, before the schema is dropped.
 *
 * The processes run the built CLI (bin/chatbot.js loads dist/): `npm test` and `npm run build`
 * build it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Bundle } from '../../src/deploy/bundle.js';
import { OperatorRegistry, type OperatorRole } from '../../src/store/operators.js';
import { PostgresRecords } from '../../src/store/postgres/records.js';
import { type ServerProcess, startProcess } from '../helpers/process-server.js';
import { repoRoot } from '../helpers/project.js';
import { anotherNode, type ClusterProject } from './cluster-project.js';

/** What startProcess gives every production server. */
export const adminToken = 'admin-token-0123456789abcdef';

/**
 * The key every node signs visitor tokens with: nodes behind one load balancer share it, or a
 * visitor's token from one node means nothing to the next (docs/scaling.md).
 */
const sharedSecret = 'cluster-secret-0123456789abcdef0123456789';

export interface NodeProcess {
  /** A, B, C…: for messages when something fails. */
  readonly name: string;
  readonly dir: string;
  readonly url: string;
  readonly server: ServerProcess;
  /** kill -9, and waits until the process is gone. */
  kill9(): Promise<void>;
}

const running: NodeProcess[] = [];

// Registered after cluster-project.ts's hooks (imported above), so it runs before the schema
// is dropped: vitest runs a file's afterEach hooks last registered first.
afterEach(async () => {
  await Promise.all(running.splice(0).map((node) => node.kill9()));
});

/** `count` nodes of the project's cluster, started side by side; resolves once all listen. */
export async function startNodes(
  project: ClusterProject,
  count = 3,
  env: Record<string, string> = {},
): Promise<NodeProcess[]> {
  if (!existsSync(join(repoRoot, 'dist/cli/main.js')))
    throw new Error('dist/ is missing: run `npm run build` before the cluster suite');
  const names = 'ABCDEFGH'.slice(0, count).split('');
  return Promise.all(
    names.map((name, index) =>
      startNode(project, name, index === 0 ? project.dir : undefined, env),
    ),
  );
}

/** One more node (the first node's folder, or a folder of its own). */
export async function startNode(
  project: ClusterProject,
  name: string,
  dir = anotherNode(project),
  env: Record<string, string> = {},
): Promise<NodeProcess> {
  const server = await startProcess(dir, {
    ...(project.env as Record<string, string>),
    CHATBOT_SECRET: sharedSecret,
    ...env,
  }).catch((error: unknown) => {
    throw new Error(`node ${name} did not start: ${String(error)}`);
  });
  const node: NodeProcess = {
    name,
    dir,
    url: server.url,
    server,
    async kill9() {
      if (server.child.exitCode === null && server.child.signalCode === null)
        server.child.kill('SIGKILL');
      await server.exited;
    },
  };
  running.push(node);
  return node;
}

/** An operator every node knows: operators live in the shared database. */
export async function addClusterOperator(
  project: ClusterProject,
  name: string,
  role: OperatorRole = 'agent',
  scope: Parameters<OperatorRegistry['add']>[2] = {},
): Promise<string> {
  const registry = new OperatorRegistry(
    join(project.dir, 'data'),
    new PostgresRecords(project.schema.pool()),
  );
  return (await registry.add(name, role, scope)).token;
}

/** The admin API of one node, as `chatbot deploy`, `versions` and `rollback` use it. */
export async function adminCall<T>(
  node: NodeProcess,
  path: 'deploy' | 'versions' | 'rollback' | 'status',
  body?: Bundle | { version?: string },
): Promise<T> {
  const response = await fetch(`${node.url}/api/admin/${path}`, {
    method: body ? 'POST' : 'GET',
    headers: {
      authorization: `Bearer ${adminToken}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok)
    throw new Error(
      `node ${node.name}: ${path} answered ${response.status}: ${await response.text()}`,
    );
  return (await response.json()) as T;
}
