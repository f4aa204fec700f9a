/**
 * What a running server does on its own: expire waiting chats nobody took, and cut off
 * operators revoked by `chatbot operator revoke` (which edits operators.json).
 */
import { watch as watchFile } from 'node:fs';
import type { Namespace } from 'socket.io';
import type { ServerContext } from './context.js';
import { runOnce } from './single-jobs.js';
import { disconnectOperator } from './sockets/operator.js';

export function startHousekeeping(
  context: ServerContext,
  dataDir: string,
  operatorsNs: Namespace,
  /** Operators live in the shared database (PostgreSQL): polled, as no file changes here. */
  sharedOperators: boolean,
): { stop(): void } {
  const { service, operators, logger } = context;
  // Waiting chats nobody took: checked every few seconds against waitingSince in the store, by
  // one server at a time (a chat shared by several times out once).
  const waitSweep = setInterval(
    () =>
      void runOnce(context.store, 'wait-sweep', async () => {
        await service.expireWaiting();
      }).catch((error: unknown) => logger.error({ err: error }, 'checking waiting chats failed')),
    Math.min(5000, Math.max(250, context.config().handoff.waitTimeout / 4)),
  );
  waitSweep.unref();

  // `chatbot operator revoke` edits operators.json (or, with PostgreSQL, the operators table):
  // reload, and cut off revoked operators.
  const reloadOperators = () =>
    void operators.load().then(
      () => {
        const active = new Set(operators.active().map((operator) => operator.name));
        for (const socket of operatorsNs.sockets.values()) {
          const name = (socket.data as { operator?: { name: string } }).operator?.name;
          if (name && !active.has(name)) {
            const count = disconnectOperator(operatorsNs, name);
            logger.info({ operator: name, sockets: count }, 'operator revoked and disconnected');
          }
        }
        // A revoked operator's open chats go back to their teams' queues.
        void context.assignment?.sweep();
      },
      (error: unknown) => logger.error({ err: error }, 'reading the operators failed'),
    );
  const operatorsWatcher = sharedOperators
    ? pollOperators(reloadOperators)
    : watchFile(dataDir, (_event, file) => {
        if (file === 'operators.json') reloadOperators();
      });
  return {
    stop() {
      operatorsWatcher.close();
      clearInterval(waitSweep);
    },
  };
}

/** How soon a revocation made on another machine reaches this server's live sockets. */
const operatorsPollMs = 2000;

/** Reads the shared operators again every few seconds; closed like a file watcher. */
function pollOperators(reload: () => void): { close(): void } {
  const timer = setInterval(reload, operatorsPollMs);
  timer.unref();
  return { close: () => clearInterval(timer) };
}
