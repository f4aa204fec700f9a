/**
 * The chat's events the owner hears of: a new lead, a handoff and a low rating become
 * notifications in the outbox. Subscribed once by the server; never awaited by the chat, so a slow disk or a dead
 * Telegram costs no visitor anything.
 */
import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import type { TimelineEntry } from '../domain/conversation.js';
import type { Handoff } from '../domain/handoff.js';
import type { LeadChange } from '../leads/lead-book.js';
import type { Store } from '../store/store.js';
import type { Notification } from './channels.js';
import { type EscalatedDetails, escalatedNotification } from './escalated-message.js';
import {
  assignedNotification,
  handoffNotification,
  leadNotification,
  lowRatingNotification,
} from './messages.js';
import type { Notifier } from './notifier.js';

/**
 * The chat's events this listens to. The chat engine's ConversationService is one; naming only
 * these keeps notify below the engine, which it never needs to call.
 */
export interface OwnerAlertSource {
  on(event: 'lead', listener: (conversationId: string, change: LeadChange) => void): unknown;
  on(event: 'entry', listener: (conversationId: string, entry: TimelineEntry) => void): unknown;
  on(event: 'handoff', listener: (conversationId: string, details: Handoff) => void): unknown;
}

export function alertOwner(
  service: OwnerAlertSource,
  store: Store,
  notifier: Notifier,
  config: () => Config,
  logger: Pick<Logger, 'error'>,
  /** Where the owner's inbox reaches this server (see ownerServerUrl). */
  serverUrl: () => string,
): void {
  const queue = (notification: Promise<Notification | undefined>) =>
    void notification
      .then((ready) => (ready ? notifier.notify(ready) : undefined))
      .catch((error: unknown) => logger.error({ err: error }, 'queueing a notification failed'));
  service.on('lead', (conversationId, change) => {
    queue(
      Promise.resolve(
        leadNotification(config().name, change.lead, change.created, conversationId, serverUrl()),
      ),
    );
  });
  service.on('entry', (conversationId, entry) => {
    if (entry.kind === 'event' && entry.type === 'assign') {
      const { to, by, team } = entry.data as { to: string; by: string; team?: string };
      queue(
        store
          .get(conversationId)
          .then((conversation) =>
            conversation
              ? assignedNotification(config().name, conversation, { to, by, team }, serverUrl())
              : undefined,
          ),
      );
      return;
    }
    if (entry.kind === 'event' && entry.type === 'escalation') {
      if (entry.data.notify !== true) return;
      const details = entry.data as unknown as EscalatedDetails;
      queue(
        store
          .get(conversationId)
          .then((conversation) =>
            conversation
              ? escalatedNotification(config().name, conversation, details, serverUrl())
              : undefined,
          ),
      );
      return;
    }
    if (entry.kind !== 'event' || entry.type !== 'rating') return;
    const stars = Number(entry.data.rating);
    if (!(stars <= config().notify.lowRating)) return;
    const comment = typeof entry.data.comment === 'string' ? entry.data.comment : undefined;
    queue(
      store
        .get(conversationId)
        .then((conversation) =>
          conversation
            ? lowRatingNotification(
                config().name,
                conversation,
                { stars, ...(comment ? { comment } : {}) },
                serverUrl(),
              )
            : undefined,
        ),
    );
  });
  service.on('handoff', (conversationId, notice) => {
    queue(
      store
        .get(conversationId)
        .then((conversation) =>
          conversation
            ? handoffNotification(config().name, conversation, notice, serverUrl())
            : undefined,
        ),
    );
  });
}
