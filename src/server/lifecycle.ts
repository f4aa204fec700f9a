/**
 * Starting and stopping a server's chat: questions a crash left unanswered are answered before
 * anyone connects, and a shutdown lets replies in flight finish (up to the grace) before the
 * sockets and the storage close.
 */
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerContext } from './context.js';
import { runOnce } from './single-jobs.js';

/** Before anyone can connect: questions a crash or a cut shutdown left unanswered. */
export async function recoverUnanswered(context: ServerContext): Promise<void> {
  // Servers starting together take turns; one finding another at it leaves the work to it.
  await runOnce(context.store, 'recovery', async () => {
    const recovery = await context.service.recoverUnanswered(
      context.config().server.recovery.maxAge,
    );
    for (const { conversationId, error } of recovery.failed)
      context.logger.error(
        { err: error, conversationId },
        'could not look for an unanswered question in this conversation',
      );
  });
}

export async function listenOn(http: HttpServer, port: number, host: string): Promise<string> {
  await new Promise<void>((done, fail) => {
    http.once('error', fail);
    http.listen(port, host, () => {
      http.off('error', fail);
      done();
    });
  });
  return urlOf(http, host);
}

/** The address to show: a wildcard host is shown as localhost. */
export function urlOf(http: HttpServer, host: string): string {
  const address = http.address() as AddressInfo;
  const shownHost =
    host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shownHost}:${address.port}`;
}

/** Replies already being written may finish, up to the grace period; past it they are cut. */
export async function finishReplies(context: ServerContext): Promise<void> {
  const { service, logger } = context;
  const grace = context.config().server.shutdownGrace;
  const finished = await Promise.race([
    Promise.allSettled(service.pendingReplies()).then(() => true),
    new Promise<boolean>((done) => setTimeout(() => done(false), grace).unref()),
  ]);
  if (finished) return;
  // Past the grace: replies still being written are cut, and visitors still connected see the
  // half-written text withdrawn. Their questions stay stored, unanswered: the next start
  // answers them (service.recoverUnanswered).
  const cut = service.stopReplies();
  logger.warn(
    { conversations: cut, graceMs: grace },
    'shutdown grace over: replies still being written were cut; the next start answers them',
  );
  await Promise.race([
    Promise.allSettled(service.pendingReplies()),
    new Promise((done) => setTimeout(done, 2000).unref()),
  ]);
}
