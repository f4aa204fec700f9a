/**
 * What the owner reads in Telegram and what a webhook receives, for each event. Plain text
 * (no Telegram markup), so a visitor's name can never break or inject formatting.
 */
import type { Handoff } from '../chat/bot-turn.js';
import type { Config } from '../config/schema.js';
import type { Lead } from '../leads/lead-book.js';
import type { Conversation } from '../store/model.js';
import type { Notification } from './channels.js';

const reasonText: Record<Handoff['reason'], string> = {
  keyword: 'asked for a person',
  sentiment: 'sounds upset',
  'failed-answers': 'the bot could not answer several times',
  'ai-limit': 'reached the AI message limit',
  tool: 'the AI handed over',
  button: 'pressed "talk to a person"',
  'wait-timeout': 'nobody took the chat in time',
};

/** Where the server is reached from outside: server.publicUrl, else the local port. */
export function publicBaseUrl(config: Config): string {
  return config.server.publicUrl ?? `http://localhost:${config.server.port}`;
}

export function conversationLink(baseUrl: string, conversationId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/api/operator/conversations/${conversationId}`;
}

export function leadNotification(
  botName: string,
  lead: Lead,
  created: boolean,
  conversationId: string,
  baseUrl: string,
): Notification {
  const link = conversationLink(baseUrl, conversationId);
  const lines = [
    `${created ? 'New lead' : 'Lead updated'} · ${botName}`,
    ...(lead.name ? [`Name: ${lead.name}`] : []),
    ...(lead.email ? [`Email: ${lead.email}`] : []),
    ...(lead.phone ? [`Phone: ${lead.phone}`] : []),
    ...(lead.messenger ? [`Messenger: ${lead.messenger}`] : []),
    ...lead.notes.map((note) => `Note: ${note}`),
    `Language: ${lead.lang}`,
    ...(lead.firstPage ? [`First page: ${lead.firstPage}`] : []),
    `Conversation: ${link}`,
  ];
  return {
    type: 'lead',
    text: lines.join('\n'),
    conversationId,
    data: { created, lead, link },
  };
}

export function handoffNotification(
  botName: string,
  conversation: Conversation,
  notice: Handoff,
  baseUrl: string,
): Notification {
  const link = conversationLink(baseUrl, conversation.id);
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
    `Conversation: ${link}`,
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
      link,
    },
  };
}
