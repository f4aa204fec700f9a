/**
 * What the owner reads in Telegram and what a webhook receives, for each event. Plain text
 * (no Telegram markup), so a visitor's name can never break or inject formatting.
 */

import type { Config } from '../config/schema.js';
import type { Conversation } from '../domain/conversation.js';
import type { Handoff } from '../domain/handoff.js';
import type { Lead } from '../leads/lead-book.js';
import type { Notification } from './channels.js';

const reasonText: Record<Handoff['reason'], string> = {
  keyword: 'asked for a person',
  sentiment: 'sounds upset',
  'failed-answers': 'the bot could not answer several times',
  'ai-limit': 'reached the AI message limit',
  tool: 'the AI handed over',
  button: 'pressed "talk to a person"',
  'wait-timeout': 'nobody took the chat in time',
  escalation: 'an escalation rule fired',
};

/**
 * The server's address as the owner's inbox reaches it: server.publicUrl when set, else the
 * address the server listens on (`listening`, once known), else the configured port.
 */
export function ownerServerUrl(config: Config, listening?: string): string {
  return (config.server.publicUrl ?? listening ?? `http://localhost:${config.server.port}`).replace(
    /\/+$/,
    '',
  );
}

/**
 * How the owner opens a conversation: the inbox command that starts on it. A link into the
 * operator API would need a token no browser sends, so the notification names what works.
 */
export function inboxCommand(serverUrl: string, conversationId: string): string {
  return `chatbot inbox --url ${shellWord(serverUrl)} --open ${shellWord(conversationId)}`;
}

/** The conversation in the operator REST API (it needs an operator token): for programs. */
export function operatorApiUrl(serverUrl: string, conversationId: string): string {
  return `${serverUrl}/api/operator/conversations/${encodeURIComponent(conversationId)}`;
}

/** A word pasted into a shell as is: quoted only when it holds something a shell would read. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** Where a notification sends the owner, in its text and in a webhook's data. */
function openFields(serverUrl: string, conversationId: string) {
  return {
    open: inboxCommand(serverUrl, conversationId),
    api: operatorApiUrl(serverUrl, conversationId),
  };
}

export function leadNotification(
  botName: string,
  lead: Lead,
  created: boolean,
  conversationId: string,
  serverUrl: string,
): Notification {
  const where = openFields(serverUrl, conversationId);
  const lines = [
    `${created ? 'New lead' : 'Lead updated'} · ${botName}`,
    ...(lead.name ? [`Name: ${lead.name}`] : []),
    ...(lead.email ? [`Email: ${lead.email}`] : []),
    ...(lead.phone ? [`Phone: ${lead.phone}`] : []),
    ...(lead.messenger ? [`Messenger: ${lead.messenger}`] : []),
    ...lead.notes.map((note) => `Note: ${note}`),
    `Language: ${lead.lang}`,
    ...(lead.firstPage ? [`First page: ${lead.firstPage}`] : []),
    `Open it: ${where.open}`,
  ];
  return {
    type: 'lead',
    text: lines.join('\n'),
    conversationId,
    data: { created, lead, ...where },
  };
}

export function handoffNotification(
  botName: string,
  conversation: Conversation,
  notice: Handoff,
  serverUrl: string,
): Notification {
  const where = openFields(serverUrl, conversation.id);
  const contact = conversation.contact;
  const who = contact.name ?? contact.email ?? contact.phone ?? 'A visitor';
  const headline =
    notice.reason === 'wait-timeout'
      ? `${who} waited and nobody answered · ${botName}`
      : notice.humanAvailable
        ? `${who} is waiting for a person · ${botName}`
        : `${who} wants a person, outside business hours · ${botName}`;
  const last = conversation.timeline
    .filter((entry) => entry.kind === 'message' && entry.author.kind === 'visitor')
    .at(-1);
  const lines = [
    headline,
    `Why: ${reasonText[notice.reason]}${notice.detail ? ` (${notice.detail})` : ''}`,
    ...(last && last.kind === 'message' ? [`Last message: ${last.text.slice(0, 300)}`] : []),
    ...(contact.email ? [`Email: ${contact.email}`] : []),
    ...(contact.phone ? [`Phone: ${contact.phone}`] : []),
    `Language: ${conversation.lang}`,
    `Open it: ${where.open}`,
  ];
  return {
    type: 'handoff',
    text: lines.join('\n'),
    conversationId: conversation.id,
    data: {
      reason: notice.reason,
      ...(notice.detail ? { detail: notice.detail } : {}),
      humanAvailable: notice.humanAvailable,
      state: conversation.state,
      contact,
      lang: conversation.lang,
      ...where,
    },
  };
}

export function lowRatingNotification(
  botName: string,
  conversation: Conversation,
  rating: { stars: number; comment?: string },
  serverUrl: string,
): Notification {
  const where = openFields(serverUrl, conversation.id);
  const contact = conversation.contact;
  const who = contact.name ?? contact.email ?? contact.phone ?? 'A visitor';
  // Resolving clears the assignee: the operator is whoever last answered.
  const answered = conversation.timeline.findLast(
    (entry) => entry.kind === 'message' && entry.author.kind === 'operator',
  );
  const operator =
    answered?.kind === 'message' && answered.author.kind === 'operator'
      ? answered.author.name
      : undefined;
  const lines = [
    `${who} rated the conversation ${rating.stars}/5 · ${botName}`,
    ...(rating.comment ? [`Comment: ${rating.comment.slice(0, 300)}`] : []),
    ...(operator ? [`Operator: ${operator}`] : []),
    ...(contact.email ? [`Email: ${contact.email}`] : []),
    `Language: ${conversation.lang}`,
    `Open it: ${where.open}`,
  ];
  return {
    type: 'low-rating',
    text: lines.join('\n'),
    conversationId: conversation.id,
    data: {
      rating: rating.stars,
      ...(rating.comment ? { comment: rating.comment } : {}),
      ...(operator ? { operator } : {}),
      contact,
      lang: conversation.lang,
      ...where,
    },
  };
}

/** A chat was given to an operator, by hand or at handoff: for channels that list `assigned`. */
export function assignedNotification(
  botName: string,
  conversation: Conversation,
  assignment: { to: string; by: string; team?: string },
  serverUrl: string,
): Notification {
  const where = openFields(serverUrl, conversation.id);
  const contact = conversation.contact;
  const who = contact.name ?? contact.email ?? contact.phone ?? 'A visitor';
  const byWhom = assignment.by === 'assignment' ? 'automatically' : `by ${assignment.by}`;
  const lines = [
    `${who}'s chat was assigned to ${assignment.to} ${byWhom} · ${botName}`,
    ...(assignment.team ? [`Team: ${assignment.team}`] : []),
    `Language: ${conversation.lang}`,
    `Open it: ${where.open}`,
  ];
  return {
    type: 'assigned',
    text: lines.join('\n'),
    conversationId: conversation.id,
    data: {
      operator: assignment.to,
      by: assignment.by,
      ...(assignment.team ? { team: assignment.team } : {}),
      state: conversation.state,
      lang: conversation.lang,
      ...where,
    },
  };
}
