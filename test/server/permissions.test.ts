/**
 * The role matrix against a real server: every role × every operator socket event and every
 * operator and admin REST route, refused (an error acknowledgement or event, HTTP 403) or
 * allowed as docs/operators.md says. Agents are checked on a conversation a colleague holds
 * (refused) and on an unassigned one (allowed).
 */
import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import type { OperatorRole } from '../../src/domain/permissions.js';
import { type OperatorClientEvent, operatorClientEvents } from '../../src/protocol/operator.js';
import { findRoutePermission, routePermissions } from '../../src/server/permission-map.js';
import { OperatorRegistry } from '../../src/store/operators.js';
import {
  connectedOperator,
  emit,
  once,
  type RunningServer,
  startServer,
  visitor,
} from '../helpers/server.js';

const roles: OperatorRole[] = ['admin', 'manager', 'agent'];

/** Whether each role may send each event about a conversation a colleague holds. */
const eventMatrix: Record<OperatorClientEvent, Record<OperatorRole, boolean>> = {
  conversations: { admin: true, manager: true, agent: true },
  open: { admin: true, manager: true, agent: false },
  close: { admin: true, manager: true, agent: true },
  sync: { admin: true, manager: true, agent: false },
  takeover: { admin: true, manager: true, agent: false },
  handback: { admin: true, manager: true, agent: false },
  resolve: { admin: true, manager: true, agent: false },
  message: { admin: true, manager: true, agent: false },
  typing: { admin: true, manager: true, agent: false },
  note: { admin: true, manager: true, agent: false },
  tag: { admin: true, manager: true, agent: false },
  assign: { admin: true, manager: true, agent: false },
  pass: { admin: true, manager: true, agent: false },
  operators: { admin: true, manager: true, agent: true },
  past: { admin: true, manager: true, agent: false },
  peek: { admin: true, manager: true, agent: false },
};

/** Each REST route, with the roles it lets through (`:id` is a conversation a colleague holds). */
const routeMatrix: Array<{
  method: string;
  path: string;
  body?: unknown;
  allowed: OperatorRole[];
}> = [
  { method: 'GET', path: '/api/operator/conversations', allowed: ['admin', 'manager', 'agent'] },
  { method: 'GET', path: '/api/operator/conversations/:id', allowed: ['admin', 'manager'] },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/takeover',
    allowed: ['admin', 'manager'],
  },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/handback',
    allowed: ['admin', 'manager'],
  },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/resolve',
    allowed: ['admin', 'manager'],
  },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/messages',
    body: { text: 'Hello from the matrix' },
    allowed: ['admin', 'manager'],
  },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/files',
    // No file: the roles let through get "no_file", the others "forbidden".
    body: {},
    allowed: ['admin', 'manager'],
  },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/notes',
    body: { text: 'A private note' },
    allowed: ['admin', 'manager'],
  },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/tags',
    body: { tag: 'vip' },
    allowed: ['admin', 'manager'],
  },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/assign',
    body: { operator: 'Colleague' },
    allowed: ['admin', 'manager'],
  },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/pass',
    body: { operator: 'Colleague' },
    allowed: ['admin', 'manager'],
  },
  { method: 'GET', path: '/api/admin/status', allowed: ['admin'] },
  { method: 'POST', path: '/api/admin/reload', allowed: ['admin'] },
  { method: 'POST', path: '/api/admin/deploy', body: {}, allowed: ['admin'] },
  { method: 'POST', path: '/api/admin/rollback', body: {}, allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/versions', allowed: ['admin'] },
  { method: 'GET', path: '/api/admin/audit', allowed: ['admin'] },
];

async function team(running: RunningServer) {
  const registry = new OperatorRegistry(`${running.dir}/data`);
  const tokens = {} as Record<OperatorRole, string>;
  for (const role of roles)
    tokens[role] = (await registry.add(`The ${role}`, role, { teams: ['sales'] })).token;
  await registry.add('Colleague', 'agent');
  return tokens;
}

/** A conversation held by a colleague (or, with `held: false`, waiting unassigned). */
async function conversation(running: RunningServer, held = true) {
  const socket = visitor(running.url, { lang: 'en' });
  const session = await once<{ visitorId: string }>(socket, 'session');
  const { service, operators } = running.server.context;
  const created = await service.visitorConversation(session.visitorId, { lang: 'en' });
  await operators.load();
  const colleague = operators.active().find((operator) => operator.name === 'Colleague')!;
  if (held) await service.takeOver(created.id, colleague);
  return { id: created.id, visitor: socket };
}

function payloadFor(event: OperatorClientEvent, id: string): unknown {
  if (event === 'conversations') return {};
  if (event === 'sync') return { id, after: 0 };
  if (event === 'message') return { id, text: 'Hello from the matrix' };
  if (event === 'typing') return { id, on: true };
  if (event === 'note') return { id, text: 'Wants the family discount' };
  if (event === 'tag') return { id, tag: '#vip' };
  if (event === 'assign' || event === 'pass') return { id, operator: 'Colleague' };
  if (event === 'operators') return {};
  return { id };
}

/** What the server answers an event: its acknowledgement, or for `typing` what follows it. */
async function answer(
  socket: Socket,
  event: OperatorClientEvent,
  id: string,
  visitorSocket: Socket,
): Promise<{ ok: boolean; code?: string }> {
  if (event !== 'typing') {
    const ack = await emit<{ ok: boolean; error?: { code: string } }>(
      socket,
      event,
      payloadFor(event, id),
    );
    return { ok: ack.ok, ...(ack.error ? { code: ack.error.code } : {}) };
  }
  const refused = once<{ code: string }>(socket, 'error').then((error) => ({
    ok: false,
    code: error.code,
  }));
  const shown = once(visitorSocket, 'typing').then(() => ({ ok: true }));
  socket.emit('typing', payloadFor(event, id));
  return Promise.race([refused, shown]);
}

interface Layered {
  stack: Array<{
    route?: { path: string | string[]; methods: Record<string, boolean> };
    handle?: Partial<Layered>;
  }>;
}

/** Every operator and admin route a router registers, nested routers included. */
function routesOf(router: Layered): Array<{ method: string; path: string }> {
  return router.stack.flatMap((layer) => {
    if (!layer.route) return layer.handle?.stack ? routesOf(layer.handle as Layered) : [];
    const methods = Object.keys(layer.route.methods);
    return [layer.route.path]
      .flat()
      .filter((path) => /^\/api\/(operator|admin|conversations)(\/|$)/.test(path))
      .flatMap((path) => methods.map((method) => ({ method, path })));
  });
}

/** Whether two express paths can match the same request (a `:param` matches any segment). */
function samePattern(a: string, b: string): boolean {
  const x = a.split('/');
  const y = b.split('/');
  return (
    x.length === y.length &&
    x.every((part, index) => part === y[index] || part.startsWith(':') || y[index]!.startsWith(':'))
  );
}

describe('roles', () => {
  it('every role × every operator socket event: refused with forbidden, or done', async () => {
    const running = await startServer();
    const tokens = await team(running);
    for (const role of roles) {
      const socket = await connectedOperator(running.url, tokens[role]);
      for (const event of operatorClientEvents) {
        const chat = await conversation(running);
        const result = await answer(socket, event, chat.id, chat.visitor);
        expect({ role, event, ...result }).toEqual(
          eventMatrix[event][role]
            ? { role, event, ok: true }
            : { role, event, ok: false, code: 'forbidden' },
        );
      }
    }
  });

  it('agents work on unassigned conversations and see only those and their own', async () => {
    const running = await startServer();
    const tokens = await team(running);
    const held = await conversation(running);
    const queued = await conversation(running, false);
    const agent = await connectedOperator(running.url, tokens.agent);
    const listed = await emit<{ conversations: Array<{ id: string }> }>(agent, 'conversations', {});
    expect(listed.conversations.map((c) => c.id)).toEqual([queued.id]);
    for (const event of [
      'open',
      'sync',
      'takeover',
      'message',
      'note',
      'tag',
      'handback',
      'resolve',
    ] as const)
      expect(await answer(agent, event, queued.id, queued.visitor)).toEqual({ ok: true });
    const manager = await connectedOperator(running.url, tokens.manager);
    const all = await emit<{ conversations: Array<{ id: string }> }>(manager, 'conversations', {});
    expect(all.conversations.map((c) => c.id).sort()).toEqual([held.id, queued.id].sort());
    const response = await fetch(`${running.url}/api/operator/conversations`, {
      headers: { authorization: `Bearer ${tokens.agent}` },
    });
    expect((await response.json()).conversations.map((c: { id: string }) => c.id)).toEqual([
      queued.id,
    ]);
  });

  it('every role × every operator and admin REST route: 403 forbidden, or through', async () => {
    const running = await startServer();
    const tokens = await team(running);
    for (const role of roles) {
      for (const route of routeMatrix) {
        const chat = await conversation(running);
        const response = await fetch(`${running.url}${route.path.replace(':id', chat.id)}`, {
          method: route.method,
          headers: { authorization: `Bearer ${tokens[role]}`, 'content-type': 'application/json' },
          ...(route.body ? { body: JSON.stringify(route.body) } : {}),
        });
        const body = (await response.json()) as { error?: string };
        const seen = {
          role,
          route: route.path,
          refused: response.status === 403,
          error: body.error,
        };
        if (route.allowed.includes(role)) expect(seen.refused, JSON.stringify(seen)).toBe(false);
        else expect(seen).toMatchObject({ refused: true, error: 'forbidden' });
        expect(response.status, JSON.stringify(seen)).not.toBe(401);
      }
    }
    const anonymous = await fetch(`${running.url}/api/operator/conversations`);
    expect(anonymous.status).toBe(401);
  });

  it('no operator or admin route and no socket event is without a permission', async () => {
    const running = await startServer();
    const registered = routesOf((running.server.app as unknown as { router: Layered }).router);
    expect(registered).toContainEqual({ method: 'get', path: '/api/admin/audit' });
    expect(registered.length).toBeGreaterThan(5);
    for (const { method, path } of registered) {
      const listed = routePermissions.some(
        (entry) => entry.method === method.toUpperCase() && samePattern(entry.path, path),
      );
      expect(listed, `${method.toUpperCase()} ${path} has no entry in permission-map.ts`).toBe(
        true,
      );
    }
    for (const route of routeMatrix)
      expect(findRoutePermission(route.method, route.path)).toBeDefined();
    expect(Object.keys(eventMatrix).sort()).toEqual([...operatorClientEvents].sort());
  });
});
