/**
 * The documented load balancer snippets (deploy/haproxy.cfg, deploy/nginx.conf) in front of
 * three real `chatbot start` processes on one PostgreSQL and one Redis. A visitor held to
 * socket.io's long-polling transport converses through the balancer: every request of its
 * session must reach the server that opened it (HAProxy's cookie, nginx's ip_hash), or the
 * session breaks. An operator and a second visitor use WebSockets through the same balancer.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OperatorRegistry } from '../../src/store/operators.js';
import { PostgresRecords } from '../../src/store/postgres/records.js';
import { type ServerProcess, startProcess } from '../helpers/process-server.js';
import {
  connectedOperator,
  emit,
  firstMessage,
  once,
  record,
  visitor,
  waitFor,
} from '../helpers/server.js';
import { type Balancer, type BalancerKind, startBalancer } from './balancers.js';
import { anotherNode, clusterProject } from './cluster-project.js';

interface Entry {
  kind: string;
  author?: { kind: string; name?: string };
  text?: string;
}

const running: { nodes: ServerProcess[]; balancer?: Balancer } = { nodes: [] };

// Registered after cluster-project's hooks, so it runs before the schema is dropped.
afterEach(async () => {
  await running.balancer?.stop();
  running.balancer = undefined;
  const nodes = running.nodes.splice(0);
  for (const node of nodes) node.child.kill('SIGKILL');
  await Promise.all(nodes.map((node) => node.exited));
});

async function threeNodesBehind(kind: BalancerKind) {
  const project = await clusterProject();
  const { token } = await new OperatorRegistry(
    join(project.dir, 'data'),
    new PostgresRecords(project.schema.pool()),
  ).add('Ana', 'agent');
  const dirs = [project.dir, anotherNode(project), anotherNode(project)];
  const env = project.env as Record<string, string>;
  const starting = dirs.map((dir) => startProcess(dir, env));
  for (const node of starting) void node.then((started) => running.nodes.push(started));
  const nodes = await Promise.all(starting);
  const balancer = await startBalancer(
    kind,
    nodes.map((node) => node.url.replace('http://', '')),
  );
  running.balancer = balancer;
  return { balancer, token };
}

describe.each(['haproxy', 'nginx'] as const)(
  '%s from deploy/ in front of three servers',
  (kind) => {
    it('a long-polling visitor, a WebSocket visitor and an operator converse through it', async () => {
      const { balancer, token } = await threeNodesBehind(kind);
      const operator = await connectedOperator(balancer.url, token);

      // withCredentials keeps the balancer's cookie between requests, as a browser does.
      const polling = visitor(
        balancer.url,
        { lang: 'en' },
        { transports: ['polling'], withCredentials: true },
      );
      const failures = [...record(polling, 'connect_error'), ...record(polling, 'disconnect')];
      // A request that reached another server fails the connection at once: say so, not a timeout.
      await Promise.race([
        once(polling, 'session'),
        once<Error>(polling, 'connect_error').then((error) => {
          throw new Error(`the polling session broke through ${kind}: ${error.message}`);
        }),
      ]);
      const listed = waitFor<{ id: string }>(operator, 'conversation', () => true);
      const botReply = waitFor<Entry>(polling, 'entry', (entry) => entry.author?.kind === 'bot');
      const { conversationId } = await firstMessage(polling, 'Is the Montserrat trip on Sundays?');
      await botReply;
      expect((await listed).id).toBe(conversationId);

      await emit(operator, 'open', { id: conversationId });
      const takeover = await emit<{ summary: { state: string } }>(operator, 'takeover', {
        id: conversationId,
      });
      expect(takeover.summary.state).toBe('human');
      const heard = waitFor<{ entry: Entry }>(
        operator,
        'entry',
        (event) => event.entry.text === 'And for children?',
      );
      const ack = await emit<{ ok: boolean }>(polling, 'message', { text: 'And for children?' });
      expect(ack.ok).toBe(true);
      await heard;
      const answer = waitFor<Entry>(polling, 'entry', (entry) => entry.author?.kind === 'operator');
      await emit(operator, 'message', { id: conversationId, text: 'Children under 4 go free.' });
      expect(await answer).toMatchObject({
        author: { kind: 'operator', name: 'Ana' },
        text: 'Children under 4 go free.',
      });
      expect(polling.io.engine.transport.name).toBe('polling');
      expect(failures).toEqual([]);

      const websocket = visitor(balancer.url, { lang: 'en' });
      await once(websocket, 'session');
      const wsReply = waitFor<Entry>(websocket, 'entry', (entry) => entry.author?.kind === 'bot');
      await firstMessage(websocket, 'How long is the Montserrat trip?');
      expect((await wsReply).text).toBeTruthy();
      expect(websocket.io.engine.transport.name).toBe('websocket');
    });
  },
);
