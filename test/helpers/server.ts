import pino from 'pino';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach } from 'vitest';
import { operatorNamespace, visitorNamespace } from '../../src/protocol/index.js';
import {
  type ChatServer,
  type CreateServerOptions,
  createServer,
} from '../../src/server/create-server.js';
import { OperatorRegistry, type OperatorRole } from '../../src/store/operators.js';
import { demoProject } from './project.js';
import { patientMs } from './wait.js';

const servers: ChatServer[] = [];
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  for (const server of servers.splice(0)) await server.close();
});

export interface RunningServer {
  readonly server: ChatServer;
  readonly url: string;
  readonly dir: string;
}

/** A real server for the demo bot (or a given project) on a free port, closed after the test. */
export async function startServer(
  options: Partial<CreateServerOptions> & { dir?: string } = {},
): Promise<RunningServer> {
  const dir = options.dir ?? demoProject();
  const server = await createServer({
    projectDir: dir,
    mode: 'dev',
    env: {},
    logger: pino({ level: process.env.TEST_LOG ?? 'silent' }),
    port: 0,
    watch: false,
    presenceGraceMs: 300,
    ...options,
  });
  servers.push(server);
  const { url } = await server.listen();
  return { server, url, dir };
}

export function visitor(
  url: string,
  auth: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): Socket {
  const socket = connect(`${url}${visitorNamespace}`, {
    transports: ['websocket'],
    auth,
    reconnection: false,
    forceNew: true,
    ...extra,
  });
  sockets.push(socket);
  return socket;
}

export function operatorSocket(url: string, token: string): Socket {
  const socket = connect(`${url}${operatorNamespace}`, {
    transports: ['websocket'],
    auth: { token },
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  return socket;
}

export async function addOperator(
  dir: string,
  name: string,
  role: OperatorRole = 'agent',
): Promise<string> {
  const registry = new OperatorRegistry(`${dir}/data`);
  const { token } = await registry.add(name, role);
  return token;
}

export function once<T = unknown>(
  socket: Socket,
  event: string,
  timeoutMs = patientMs,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "${event}" within ${timeoutMs} ms`)),
      timeoutMs,
    );
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

/** Waits for the first event matching a predicate. */
export function waitFor<T = unknown>(
  socket: Socket,
  event: string,
  predicate: (payload: T) => boolean,
  timeoutMs = patientMs,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no matching "${event}" within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!predicate(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

export function emit<T = Record<string, unknown>>(
  socket: Socket,
  event: string,
  payload?: unknown,
): Promise<T> {
  return socket.timeout(patientMs).emitWithAck(event, payload) as Promise<T>;
}

/**
 * A visitor's first message, which makes their conversation: the acknowledgement names it.
 * Opening the widget makes none.
 */
export async function firstMessage(
  socket: Socket,
  text = 'Hello',
): Promise<{ conversationId: string; id: string; seq: number }> {
  const ack = await emit<{ ok: boolean; conversationId: string; id: string; seq: number }>(
    socket,
    'message',
    { text },
  );
  if (!ack.ok) throw new Error(`the first message was refused: ${JSON.stringify(ack)}`);
  return ack;
}

/** Collects every payload of an event from now on. */
export function record<T = unknown>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (payload: T) => seen.push(payload));
  return seen;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An operator socket that has been greeted: the listener is attached before anything else runs. */
export async function connectedOperator(url: string, token: string): Promise<Socket> {
  const socket = operatorSocket(url, token);
  await once(socket, 'hello');
  return socket;
}
