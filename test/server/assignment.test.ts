/**
 * Teams and assignment against a real server: operator sockets of different roles, teams and
 * languages, visitors in English, Russian and Spanish asking for a person. Chats go to online
 * agents of the team who speak the language, in turn, up to the per-agent limit; the rest wait
 * in the queue until someone connects or frees up. Managers assign by hand, agents pass on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import type { AssignedEvent, OperatorListEntry } from '../../src/protocol/operator.js';
import { OperatorRegistry } from '../../src/store/operators.js';
import { demoProject, readRepoFile } from '../helpers/project.js';
import {
  connectedOperator,
  emit,
  once,
  operatorSocket,
  type RunningServer,
  startServer,
  visitor,
  waitFor,
} from '../helpers/server.js';

/** The demo bot, always open (no business hours), with a support team and a limit of two. */
function teamProject(): string {
  const config = readRepoFile('chatbot.config.yaml').replace(/^ {2}hours:\n(?: {4}.*\n)+/m, '');
  expect(config).not.toContain('mon-fri');
  return demoProject({
    'chatbot.config.yaml': `${config}\nassignment:\n  defaultTeam: support\n  maxOpenPerAgent: 2\n`,
  });
}

const people = {
  Ana: { role: 'agent', teams: ['support'], languages: ['en', 'es'] },
  Boris: { role: 'agent', teams: ['support'], languages: ['ru', 'en'] },
  Carl: { role: 'agent', teams: ['sales'], languages: ['en'] },
  Mia: { role: 'manager', teams: [], languages: [] },
} as const;
type Person = keyof typeof people;

async function floor(running: RunningServer) {
  const registry = new OperatorRegistry(join(running.dir, 'data'));
  const tokens = {} as Record<Person, string>;
  for (const [name, who] of Object.entries(people))
    tokens[name as Person] = (
      await registry.add(name, who.role, { teams: [...who.teams], languages: [...who.languages] })
    ).token;
  const sockets = {} as Record<Person, Socket>;
  const connect = async (name: Person) => {
    sockets[name] = await connectedOperator(running.url, tokens[name]);
    return sockets[name];
  };
  return { tokens, sockets, connect };
}

/** A visitor who asks for a person: their chat waits, and assignment has had its turn. */
async function asksForPerson(running: RunningServer, lang: string): Promise<string> {
  const socket = visitor(running.url, { lang });
  const session = await once<{ token: string }>(socket, 'session');
  const ack = await emit<{ ok: boolean }>(socket, 'human', {});
  expect(ack.ok).toBe(true);
  await running.server.context.assignment!.settled();
  const [row] = running.server.context.store
    .list()
    .filter((summary) => summary.lang === lang && summary.state === 'waiting')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  visitorTokens.set(row!.id, session.token);
  return row!.id;
}

/** Each chat's visitor token, to read what the visitor is told. */
const visitorTokens = new Map<string, string>();

const assigneeOf = (running: RunningServer, id: string) =>
  running.server.context.store.summary(id)?.assignee;

describe('assignment at handoff', () => {
  it('goes round the online agents of the team who speak the language, up to the limit', async () => {
    const running = await startServer({ dir: teamProject() });
    const { connect } = await floor(running);
    const ana = await connect('Ana');
    await connect('Boris');
    await connect('Carl');
    const rings: AssignedEvent[] = [];
    ana.on('assigned', (event: AssignedEvent) => rings.push(event));

    const first = await asksForPerson(running, 'en');
    const second = await asksForPerson(running, 'en');
    const third = await asksForPerson(running, 'en');
    const russian = await asksForPerson(running, 'ru');
    expect([first, second, third, russian].map((id) => assigneeOf(running, id))).toEqual([
      'Ana',
      'Boris',
      'Ana',
      'Boris',
    ]);
    expect(running.server.context.store.summary(first)).toMatchObject({
      state: 'waiting',
      team: 'support',
    });
    expect(rings.map((ring) => ring.conversationId)).toEqual([first, third]);
    expect(rings[0]).toMatchObject({ by: 'assignment', team: 'support' });

    // Both support agents have two open chats: the next one waits in the queue (Carl is sales).
    const queued = await asksForPerson(running, 'en');
    expect(assigneeOf(running, queued)).toBeUndefined();

    // Ana resolves one: her free place takes the chat waiting longest.
    const rung = waitFor<AssignedEvent>(
      ana,
      'assigned',
      (event) => event.conversationId === queued,
    );
    expect((await emit<{ ok: boolean }>(ana, 'resolve', { id: first })).ok).toBe(true);
    expect(await rung).toMatchObject({ conversationId: queued, by: 'assignment' });
    expect(assigneeOf(running, queued)).toBe('Ana');
  });

  it('waits in the queue until an agent who speaks the language comes online', async () => {
    const running = await startServer({ dir: teamProject() });
    const { connect, tokens } = await floor(running);
    await connect('Boris');
    const spanish = await asksForPerson(running, 'es');
    // Boris does not speak Spanish.
    expect(assigneeOf(running, spanish)).toBeUndefined();

    const mia = await connect('Mia');
    const listed = await emit<{ conversations: Array<{ id: string; team?: string }> }>(
      mia,
      'conversations',
      {},
    );
    expect(listed.conversations.find((c) => c.id === spanish)?.team).toBe('support');
    // A sales agent does not see the support queue.
    const carl = await connect('Carl');
    const carlList = await emit<{ conversations: Array<{ id: string }> }>(
      carl,
      'conversations',
      {},
    );
    expect(carlList.conversations.map((c) => c.id)).not.toContain(spanish);

    // Ana connects: the chat is hers, and her inbox rings from the first moment.
    const ana = operatorSocket(running.url, tokens.Ana);
    const rung = once<AssignedEvent>(ana, 'assigned');
    expect(await rung).toMatchObject({ conversationId: spanish, team: 'support' });
    expect(assigneeOf(running, spanish)).toBe('Ana');
    // The visitor is not told a name until a person takes the chat.
    const history = await fetch(`${running.url}/api/visitor/history`, {
      headers: { authorization: `Bearer ${visitorTokens.get(spanish)}` },
    });
    expect(await history.json()).toMatchObject({ state: 'waiting', operator: null });
  });

  it('managers assign and reassign; agents pass their own chats on, and no one else’s', async () => {
    const running = await startServer({ dir: teamProject() });
    const { connect, tokens } = await floor(running);
    const ana = await connect('Ana');
    const chat = await asksForPerson(running, 'en');
    expect(assigneeOf(running, chat)).toBe('Ana');
    const boris = await connect('Boris');
    const carl = await connect('Carl');
    const mia = await connect('Mia');

    // An agent may not assign, even their own chat.
    expect(await emit(ana, 'assign', { id: chat, operator: 'Boris' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // Nor pass a colleague's chat (it is out of their reach).
    expect(await emit(boris, 'pass', { id: chat, operator: 'Boris' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // A chat of the support team cannot be passed to a sales agent.
    expect(await emit(ana, 'pass', { id: chat, operator: 'Carl' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await emit(ana, 'pass', { id: chat, operator: 'Nobody' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });

    // The manager reassigns it to Boris, who hears of it.
    const borisRung = waitFor<AssignedEvent>(boris, 'assigned', (e) => e.conversationId === chat);
    expect(await emit(mia, 'assign', { id: chat, operator: 'Boris' })).toMatchObject({
      ok: true,
      assignee: 'Boris',
    });
    expect(await borisRung).toMatchObject({ by: 'Mia' });
    // Ana's list loses it: it is Boris's now.
    const anaList = await emit<{ conversations: Array<{ id: string }> }>(ana, 'conversations', {});
    expect(anaList.conversations.map((c) => c.id)).not.toContain(chat);

    // Boris passes it back to Ana.
    const anaRung = waitFor<AssignedEvent>(ana, 'assigned', (e) => e.conversationId === chat);
    expect(await emit(boris, 'pass', { id: chat, operator: 'Ana' })).toMatchObject({ ok: true });
    expect(await anaRung).toMatchObject({ by: 'Boris' });

    // The REST route does the same for scripts; an agent's token is refused.
    const post = (token: string, body: unknown) =>
      fetch(`${running.url}/api/operator/conversations/${chat}/assign`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post(tokens.Ana, { operator: 'Boris' })).status).toBe(403);
    const byRest = await post(tokens.Mia, { operator: 'Boris' });
    expect(await byRest.json()).toEqual({ state: 'waiting', assignee: 'Boris' });
    expect((await post(tokens.Mia, {})).status).toBe(400);

    // The roster the inbox picks from: who is online, and how many chats each has.
    const roster = await emit<{ operators: OperatorListEntry[] }>(carl, 'operators', {});
    expect(roster.operators.find((o) => o.name === 'Boris')).toMatchObject({
      online: true,
      open: 1,
      teams: ['support'],
    });

    // Every hand assignment is in the audit log, with who did it.
    const audit = readFileSync(join(running.dir, 'data', 'audit.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { actor: string; action: string; target?: string });
    expect(
      audit
        .filter((r) => r.action === 'assign' || r.action === 'pass')
        .map((r) => [r.actor, r.action, r.target]),
    ).toEqual([
      ['Mia', 'assign', chat],
      ['Boris', 'pass', chat],
      ['Mia', 'assign', chat],
    ]);
  });
});
