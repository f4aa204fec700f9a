/**
 * Conversation management on a running server: the REST routes and retention's daily run,
 * built together from what createServer already has, so createServer mounts them in one line.
 */
import type { Router } from 'express';
import { ListSettingsBook } from '../../conversations/list-settings.js';
import {
  applyRetention,
  describePurge,
  hasRetention,
  scheduleRetention,
} from '../../conversations/retention.js';
import type { LeadBook } from '../../leads/lead-book.js';
import type { Notifier } from '../../notify/notifier.js';
import type { ServerContext } from '../context.js';
import { runOnce } from '../single-jobs.js';
import { createConversationRoutes } from './conversations.js';

export interface ConversationManagement {
  readonly routes: Router;
  /** Retention: checked at start and every minute, applied once a day by the clock. */
  readonly retention: { stop(): Promise<void>; check(): Promise<void> };
  /** Who hears of archived conversations (the operators' sockets, once they exist). */
  onArchived(listener: (ids: readonly string[]) => void): void;
}

/** The paths the management routes answer (conversations.ts). */
export const conversationPaths = ['/api/conversations'];

export async function conversationManagement(
  context: ServerContext,
  parts: {
    readonly dataDir: string;
    readonly leads: LeadBook;
    readonly notifier: Notifier;
    readonly clock: () => Date;
  },
): Promise<ConversationManagement> {
  const erasure = { leads: parts.leads, notifications: parts.notifier };
  let announce: ((ids: readonly string[]) => void) | undefined;
  const routes = createConversationRoutes(context, {
    archived: (ids) => announce?.(ids),
    erasure,
    dataDir: parts.dataDir,
    listSettings: await ListSettingsBook.open(parts.dataDir),
    now: parts.clock,
  });
  const retention = scheduleRetention({
    now: parts.clock,
    // One server at a time applies it: the others find nothing left to do.
    run: (now) => runOnce(context.store, 'retention', () => retentionPass(now)),
    onError: (error) => context.logger.error({ err: error }, 'applying storage.retention failed'),
  });
  async function retentionPass(now: Date): Promise<void> {
    const policy = context.config().storage.retention;
    if (!hasRetention(policy)) return;
    const report = await applyRetention(
      {
        ...erasure,
        store: context.store,
        uploadsDir: context.uploadsDir,
        dataDir: parts.dataDir,
      },
      policy,
      now,
    );
    context.logger.info(report, `retention applied: ${describePurge(report)}`);
  }
  return {
    routes,
    retention,
    onArchived: (listener) => {
      announce = listener;
    },
  };
}
