/**
 * The gaps of assignment against a real server: an agent whose every inbox closed gets their
 * waiting chats taken back once the grace (assignment.requeueAfter, counted on an injected
 * clock) is over, and another agent online gets them; a revoked operator's open chats go back
 * at once; and whose turn it is survives a restart.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../src/domain/conversation.js';
import type { AssignedEvent, OperatorListEntry } from '../../src/protocol/operator.js';
import { OperatorRegistry } from '../../src/store/operators.js';
import { demoProject, readRepoFile } from '../helpers/project.js';
import {
  connectedOperator,
  emit,
  once,
  type RunningServer,
  startServer,
  visitor,
  waitFor,
} from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';

/** The demo bot, always open, chats going to the support team, a grace of one minute. */
function teamProject(): string {
  const config = readRepoFile('chatbot.config.yaml').replace(/^ {2}hours:\n(?: {4}.*\n)+/m, '');
  return demoProject({
    'chatbot.config.yaml': `${config}\nassignment:\n  defaultTeam: support\n  requeueAfter: 1m\n`,
  });
}

/** A clock the test moves. */
function movableClock() {
  let now = Date.now();
  return {
    clock: () => new Date(now),
    move(ms: number) {
      now += ms;
    },
  };
}

async function agents(running: RunningServer) {
  const registry = new OperatorRegistry(join(running.dir, 'data'));
  const support = { teams: ['support'], languages: ['en'] };
  return {
    registry,
    ana: (await registry.add('Ana', 'agent', support)).token,
    boris: (await registry.add('Boris', 'agent', support)).token,
    mia: (await registry.add('Mia', 'manager')).token,
  };
}

/** A visitor asks for a person; resolves with the chat once assignment has had its turn. */
async function asksForPerson(running: RunningServer): Promise<string> {
  const socket = visitor(running.url, { lang: 'en' });
  const session = await once<{ visitorId: string }>(socket, 'session');
  expect((await emit<{ ok: boolean }>(socket, 'human', {})).ok).toBe(true);
  await running.server.context.assignment!.settled();
  return running.server.context.store.idForVisitor(session.visitorId)!;
}

const assigneeOf = (running: RunningServer, id: string) =>
  running.server.context.store.summary(id)?.assignee;

async function unassignEvents(running: RunningServer, id: string) {
  const entries: TimelineEntry[] = await running.server.context.store.entriesAfter(id, 0);
  return entries.flatMap((e) => (e.kind === 'event' && e.type === 'unassign' ? [e.data] : []));
}

/** Until the manager's roster shows the operator gone: the server has seen the socket close. */
async function seenOffline(running: RunningServer, managerToken: string, name: string) {
  const manager = await connectedOperator(running.url, managerToken);
  await eventually(async () => {
    const roster = await emit<{ operators: OperatorListEntry[] }>(manager, 'operators', {});
    return roster.operators.find((o) => o.name === name)?.online === false;
  }, `${name} to be offline`);
  manager.disconnect();
}

describe('requeueing', () => {
  it("gives a gone agent's waiting chats to a colleague after the grace, and keeps taken ones", async () => {
    const time = movableClock();
    const running = await startServer({ dir: teamProject(), clock: time.clock });
    const desk = running.server.context.assignment!;
    const tokens = await agents(running);
    let ana = await connectedOperator(running.url, tokens.ana);
    const waiting = await asksForPerson(running);
    const taken = await asksForPerson(running);
    expect([assigneeOf(running, waiting), assigneeOf(running, taken)]).toEqual(['Ana', 'Ana']);
    expect((await emit<{ ok: boolean }>(ana, 'takeover', { id: taken })).ok).toBe(true);

    // A dropped connection within the grace costs nothing.
    ana.disconnect();
    await seenOffline(running, tokens.mia, 'Ana');
    time.move(30_000);
    await desk.sweep();
    ana = await connectedOperator(running.url, tokens.ana);
    time.move(120_000);
    await desk.sweep();
    expect(assigneeOf(running, waiting)).toBe('Ana');

    // Gone for good: after the grace the waiting chat goes to Boris; the taken one stays hers.
    ana.disconnect();
    await seenOffline(running, tokens.mia, 'Ana');
    const boris = await connectedOperator(running.url, tokens.boris);
    const rung = waitFor<AssignedEvent>(boris, 'assigned', (e) => e.conversationId === waiting);
    time.move(59_000);
    await desk.sweep();
    expect(assigneeOf(running, waiting)).toBe('Ana');
    time.move(2_000);
    await desk.sweep();
    expect(await rung).toMatchObject({ by: 'assignment', team: 'support' });
    expect(assigneeOf(running, waiting)).toBe('Boris');
    expect(await unassignEvents(running, waiting)).toEqual([{ from: 'Ana', reason: 'away' }]);
    expect(running.server.context.store.summary(taken)).toMatchObject({
      state: 'human',
      assignee: 'Ana',
    });
  });

  it("puts a revoked operator's open chats back in the queue, to a colleague online", async () => {
    const running = await startServer({ dir: teamProject() });
    const tokens = await agents(running);
    const ana = await connectedOperator(running.url, tokens.ana);
    const waiting = await asksForPerson(running);
    const taken = await asksForPerson(running);
    expect((await emit<{ ok: boolean }>(ana, 'takeover', { id: taken })).ok).toBe(true);
    const boris = await connectedOperator(running.url, tokens.boris);
    const given = new Set<string>();
    boris.on('assigned', (event: AssignedEvent) => given.add(event.conversationId));

    await tokens.registry.revoke('Ana');
    await eventually(() => given.has(waiting) && given.has(taken), 'both chats to reach Boris');
    expect(running.server.context.store.summary(taken)).toMatchObject({
      state: 'waiting',
      assignee: 'Boris',
    });
    expect(await unassignEvents(running, taken)).toEqual([{ from: 'Ana', reason: 'revoked' }]);
    expect(await unassignEvents(running, waiting)).toEqual([{ from: 'Ana', reason: 'revoked' }]);
  });

  it('goes on with the next agent in turn after a restart', async () => {
    const dir = teamProject();
    const first = await startServer({ dir });
    const tokens = await agents(first);
    const anaBefore = await connectedOperator(first.url, tokens.ana);
    const borisBefore = await connectedOperator(first.url, tokens.boris);
    expect(assigneeOf(first, await asksForPerson(first))).toBe('Ana');
    anaBefore.disconnect();
    borisBefore.disconnect();
    await first.server.close();

    const second = await startServer({ dir });
    await connectedOperator(second.url, tokens.ana);
    await connectedOperator(second.url, tokens.boris);
    // Ana had the last chat before the restart: this one is Boris's.
    expect(assigneeOf(second, await asksForPerson(second))).toBe('Boris');
  });
});
