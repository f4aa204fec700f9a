/**
 * Customer memory: the conversations of one person are linked when they share the visitor id
 * (the same browser), the email or the phone (contact details the visitor gave, see
 * domain/contact-details.ts). The link is direct: a conversation is listed when it shares one of
 * these with the conversation asked about, not through a chain of others (a shared family phone
 * would otherwise join strangers).
 *
 * Operators see the list on the inbox card (server/sockets/operator-memory.ts). With
 * `memory.summaries: true` the bot's prompt gets a short extractive summary of them
 * (memory-summary.ts).
 */
import type { ConversationSummary } from '../domain/conversation.js';
import type { PastConversation, PersonLink } from '../protocol/operator.js';
import type { PersonKeys, Store } from '../store/store.js';

/** The keys that identify a conversation's person. */
export function personKeys(
  summary: Pick<ConversationSummary, 'visitorId' | 'contactEmail' | 'contactPhone'>,
): PersonKeys {
  return {
    visitorId: summary.visitorId,
    email: summary.contactEmail,
    phone: summary.contactPhone,
  };
}

/** Which of the keys two conversations share. */
export function sharedKeys(
  a: Pick<ConversationSummary, 'visitorId' | 'contactEmail' | 'contactPhone'>,
  b: Pick<ConversationSummary, 'visitorId' | 'contactEmail' | 'contactPhone'>,
): PersonLink[] {
  const links: PersonLink[] = [];
  if (a.visitorId && a.visitorId === b.visitorId) links.push('visitor');
  if (a.contactEmail && a.contactEmail.toLowerCase() === b.contactEmail?.toLowerCase())
    links.push('email');
  if (a.contactPhone && a.contactPhone === b.contactPhone) links.push('phone');
  return links;
}

/** The person's other conversations, latest first (empty for an unknown id). */
export function linkedConversations(store: Store, id: string): ConversationSummary[] {
  const summary = store.summary(id);
  if (!summary) return [];
  const keys = personKeys(summary);
  if (!keys.visitorId && !keys.email && !keys.phone) return [];
  return store.list({ person: keys }).filter((other) => other.id !== id);
}

/** A linked conversation as the inbox lists it. */
export function pastConversation(
  summary: ConversationSummary,
  current: ConversationSummary,
): PastConversation {
  const first = summary.visitorTexts[0];
  return {
    id: summary.id,
    channel: summary.channel,
    state: summary.state,
    lang: summary.lang,
    createdAt: summary.createdAt,
    updatedAt: summary.updatedAt,
    ...(summary.team ? { team: summary.team } : {}),
    ...(summary.assignee ? { assignee: summary.assignee } : {}),
    ...(summary.rating !== undefined ? { rating: summary.rating } : {}),
    messages: summary.messages,
    ...(first ? { firstQuestion: first.length > 120 ? `${first.slice(0, 119)}…` : first } : {}),
    linkedBy: sharedKeys(current, summary),
  };
}
