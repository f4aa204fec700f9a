/**
 * Two servers on one PostgreSQL and one Redis fill the same queue at the same instant: every
 * waiting chat is assigned once (one `assign` event, one agent rung), never twice.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { AssignedEvent } from '../../src/protocol/operator.js';
import { OperatorRegistry } from '../../src/store/operators.js';
import { PostgresRecords } from '../../src/store/postgres/records.js';
import type { Store } from '../../src/store/store.js';
import { connectedOperator, type RunningServer, record, startServer } from '../helpers/server.js';
import { type ClusterProject, clusterProject } from './cluster-project.js';

const chats = 20;

/** Always open (no business hours), and room for every chat with either agent. */
const roomy = (config: string) =>
  `${config.replace(/^ {2}hours:\n(?: {4}.*\n)+/m, '')}\nassignment:\n  maxOpenPerAgent: ${chats}\n`;

async function addAgent(project: ClusterProject, name: string): Promise<string> {
  const registry = new OperatorRegistry(
    join(project.dir, 'data'),
    new PostgresRecords(project.schema.pool()),
  );
  return (await registry.add(name, 'agent', { languages: ['en'] })).token;
}

/** Chats already waiting for a person, written to the store directly so no server assigns them yet. */
async function waitingChats(store: Store): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < chats; n++) {
    const { id } = await store.create({ lang: 'en' });
    await store.append(
      id,
      { kind: 'event', type: 'state', data: { from: 'bot', to: 'waiting' } },
      { state: 'waiting', waitingSince: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString() },
    );
    ids.push(id);
  }
  return ids;
}

const desk = (node: RunningServer) => node.server.context.assignment!;

describe('assignment across two servers', () => {
  it('two servers filling the same queue at once assign each chat once and ring one agent', async () => {
    const project = await clusterProject(roomy);
    const nodeA = await startServer({ dir: project.dir, env: project.env });
    const nodeB = await startServer({ dir: project.dir, env: project.env });
    const ana = await connectedOperator(nodeA.url, await addAgent(project, 'Ana'));
    const bo = await connectedOperator(nodeB.url, await addAgent(project, 'Bo'));
    const rung = [
      { name: 'Ana', events: record<AssignedEvent>(ana, 'assigned') },
      { name: 'Bo', events: record<AssignedEvent>(bo, 'assigned') },
    ];
    const bothOnline = (node: RunningServer) =>
      desk(node)
        .roster()
        .filter((entry) => entry.online)
        .map((entry) => entry.name);
    for (const node of [nodeA, nodeB])
      await expect.poll(() => bothOnline(node), { timeout: 30_000 }).toEqual(['Ana', 'Bo']);

    const ids = await waitingChats(nodeA.server.context.store);
    // Both servers' lists show every chat waiting for nobody before they race for them.
    await vi.waitFor(
      () => {
        for (const node of [nodeA, nodeB])
          for (const id of ids)
            expect(node.server.context.store.summary(id)).toMatchObject({ state: 'waiting' });
      },
      { timeout: 30_000, interval: 100 },
    );

    desk(nodeA).operatorOnline();
    desk(nodeB).operatorOnline();
    const store = nodeA.server.context.store;
    await vi.waitFor(
      async () => {
        for (const id of ids) expect((await store.get(id))?.assignee).toBeDefined();
      },
      { timeout: 30_000, interval: 200 },
    );
    await Promise.all([desk(nodeA).settled(), desk(nodeB).settled()]);

    for (const id of ids) {
      const assigns = (await store.history(id)).filter(
        (entry) => entry.kind === 'event' && entry.type === 'assign',
      );
      expect(assigns, id).toHaveLength(1);
    }
    const ringing = () => rung.flatMap(({ events }) => events.map((event) => event.conversationId));
    await expect.poll(() => ringing().length, { timeout: 30_000 }).toBe(chats);
    expect(new Set(ringing()).size).toBe(chats);
    // Whoever was rung is whom the chat went to.
    for (const { name, events } of rung)
      for (const event of events)
        expect((await store.get(event.conversationId))?.assignee).toBe(name);
  });
});
