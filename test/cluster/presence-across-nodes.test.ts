/**
 * Presence, viewers and who is online, asked of either of two servers on one PostgreSQL and one
 * Redis: the same answer, and assignment gives a chat on one server to an agent on the other.
 */
import { describe, expect, it, vi } from 'vitest';
import type { AssignedEvent, OperatorListEntry } from '../../src/protocol/operator.js';
import type { OperatorRole } from '../../src/store/operators.js';
import {
  connectedOperator,
  emit,
  firstMessage,
  once,
  startServer,
  visitor,
  waitFor,
} from '../helpers/server.js';
import { type ClusterProject, clusterProject } from './cluster-project.js';
import { addClusterOperator } from './node-processes.js';

/** Always open (no business hours), with a support team. */
const alwaysOpen = (config: string) =>
  `${config.replace(/^ {2}hours:\n(?: {4}.*\n)+/m, '')}\nassignment:\n  defaultTeam: support\n`;

/** An agent of the support team: the one team the project's assignment uses. */
function addOperator(project: ClusterProject, name: string, role: OperatorRole = 'agent') {
  return addClusterOperator(project, name, role, { teams: ['support'], languages: ['en'] });
}

interface Row {
  id: string;
  online: boolean;
  viewers: string[];
}

describe('presence across two servers', () => {
  it('a visitor on one server is online for an operator on the other, and offline when gone', async () => {
    const project = await clusterProject();
    const nodeA = await startServer({ dir: project.dir, env: project.env });
    const nodeB = await startServer({ dir: project.dir, env: project.env });
    const operator = await connectedOperator(nodeB.url, await addOperator(project, 'Ana'));

    const guest = visitor(nodeA.url, { lang: 'en' });
    await once(guest, 'session');
    const online = waitFor<{ conversationId: string; online: boolean }>(
      operator,
      'presence',
      (event) => event.online,
    );
    const { conversationId } = await firstMessage(guest, 'Is the Montserrat trip on Sundays?');
    expect(await online).toEqual({ conversationId, online: true });
    // The other server's list learns of the new conversation from the database a moment later.
    await vi.waitFor(
      async () => {
        const listed = await emit<{ conversations: Row[] }>(operator, 'conversations', {});
        expect(listed.conversations.find((row) => row.id === conversationId)?.online).toBe(true);
      },
      { timeout: 20_000, interval: 200 },
    );

    const offline = waitFor<{ online: boolean }>(operator, 'presence', (event) => !event.online);
    guest.disconnect();
    await offline;
    const opened = await emit<{ online: boolean }>(operator, 'open', { id: conversationId });
    expect(opened.online).toBe(false);
  });

  it('operators on different servers see each other looking at the same conversation', async () => {
    const project = await clusterProject();
    const nodeA = await startServer({ dir: project.dir, env: project.env });
    const nodeB = await startServer({ dir: project.dir, env: project.env });
    const ana = await connectedOperator(nodeA.url, await addOperator(project, 'Ana'));
    const bo = await connectedOperator(nodeB.url, await addOperator(project, 'Bo'));
    const guest = visitor(nodeA.url, { lang: 'en' });
    await once(guest, 'session');
    const { conversationId } = await firstMessage(guest, 'Hello');

    await emit(ana, 'open', { id: conversationId });
    const both = waitFor<{ conversationId: string; operators: string[] }>(
      ana,
      'viewers',
      (event) => event.operators.length === 2,
    );
    const opened = await emit<{ viewers: string[] }>(bo, 'open', { id: conversationId });
    expect(opened.viewers).toEqual(['Ana', 'Bo']);
    expect(await both).toEqual({ conversationId, operators: ['Ana', 'Bo'] });
    const listed = await emit<{ conversations: Row[] }>(ana, 'conversations', {});
    expect(listed.conversations.find((row) => row.id === conversationId)?.viewers).toEqual([
      'Ana',
      'Bo',
    ]);

    const alone = waitFor<{ operators: string[] }>(
      ana,
      'viewers',
      (event) => event.operators.length === 1,
    );
    bo.disconnect();
    expect((await alone).operators).toEqual(['Ana']);
  });

  it('the roster is the same from either server, and a chat on one goes to an agent on the other', async () => {
    const project = await clusterProject(alwaysOpen);
    const nodeA = await startServer({ dir: project.dir, env: project.env });
    const nodeB = await startServer({ dir: project.dir, env: project.env });
    const mia = await connectedOperator(nodeA.url, await addOperator(project, 'Mia', 'manager'));
    const ana = await connectedOperator(nodeB.url, await addOperator(project, 'Ana'));

    const rosterOf = async (socket: typeof mia) =>
      (await emit<{ operators: OperatorListEntry[] }>(socket, 'operators')).operators.map(
        (entry) => `${entry.name} ${entry.online ? 'online' : 'offline'}`,
      );
    const both = ['Ana online', 'Mia online'];
    await expect.poll(() => rosterOf(mia), { timeout: 30_000 }).toEqual(both);
    expect(await rosterOf(ana)).toEqual(both);

    // The visitor asks for a person on server A; the only agent is connected to server B.
    const rung = waitFor<AssignedEvent>(ana, 'assigned', () => true);
    const guest = visitor(nodeA.url, { lang: 'en' });
    await once(guest, 'session');
    expect(await emit<{ ok: boolean }>(guest, 'human', {})).toMatchObject({ ok: true });
    const { conversationId } = await rung;
    await nodeA.server.context.assignment!.settled();
    expect(nodeA.server.context.store.summary(conversationId)?.assignee).toBe('Ana');
  });
});
