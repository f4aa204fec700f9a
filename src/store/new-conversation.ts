import type { Conversation } from '../domain/conversation.js';
import type { NewConversation } from './store.js';
import { channelOf } from './summaries.js';

/** A conversation as every driver creates it: with the bot, empty, nothing known yet. */
export function newConversation(id: string, init: NewConversation): Conversation {
  const now = new Date().toISOString();
  return {
    id,
    channel: init.channel ?? channelOf(init),
    ...(init.visitorId ? { visitorId: init.visitorId } : {}),
    ...(init.externalId ? { externalId: init.externalId } : {}),
    createdAt: now,
    updatedAt: now,
    state: 'bot',
    lang: init.lang,
    visitor: { utm: {}, pages: [], firstSeen: now, lastSeen: now, ...init.visitor },
    contact: {},
    bot: { failedInARow: 0, aiReplies: 0 },
    uploads: [],
    lastSeq: 0,
    timeline: [],
  };
}
