/**
 * The `escalated` notification: escalation rules with `then.notify` fired on a chat
 * (src/chat/escalation.ts). Plain text like the others, so a visitor's words cannot format it.
 */
import type { Conversation } from '../domain/conversation.js';
import type { Notification } from './channels.js';
import { inboxCommand, operatorApiUrl } from './messages.js';

/** The `escalation` event's data, as the chat engine writes it. */
export interface EscalatedDetails {
  readonly rules: readonly string[];
  readonly handoff: boolean;
  readonly priority?: string;
  readonly team?: string;
  readonly tags?: readonly string[];
}

export function escalatedNotification(
  botName: string,
  conversation: Conversation,
  details: EscalatedDetails,
  serverUrl: string,
): Notification {
  const where = {
    open: inboxCommand(serverUrl, conversation.id),
    api: operatorApiUrl(serverUrl, conversation.id),
  };
  const contact = conversation.contact;
  const who = contact.name ?? contact.email ?? contact.phone ?? 'A visitor';
  const last = conversation.timeline.findLast(
    (entry) => entry.kind === 'message' && entry.author.kind === 'visitor',
  );
  const lines = [
    `${who}'s chat was escalated · ${botName}`,
    `Rules: ${details.rules.join(', ')}`,
    ...(details.priority ? [`Priority: ${details.priority}`] : []),
    ...(details.team ? [`Team: ${details.team}`] : []),
    ...(details.tags?.length ? [`Tags: ${details.tags.map((tag) => `#${tag}`).join(' ')}`] : []),
    ...(conversation.topics?.length ? [`Topics: ${conversation.topics.join(', ')}`] : []),
    ...(last?.kind === 'message' ? [`Last message: ${last.text.slice(0, 300)}`] : []),
    `Language: ${conversation.lang}`,
    `Open it: ${where.open}`,
  ];
  return {
    type: 'escalated',
    text: lines.join('\n'),
    conversationId: conversation.id,
    data: {
      ...details,
      state: conversation.state,
      lang: conversation.lang,
      ...(conversation.priority ? { conversationPriority: conversation.priority } : {}),
      ...(conversation.topics?.length ? { topics: conversation.topics } : {}),
      ...where,
    },
  };
}
