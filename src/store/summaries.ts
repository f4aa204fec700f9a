/**
 * The conversation list's rows: what the store's index keeps for every conversation, kept up to
 * date with constant work per message, and the text a list search looks through.
 */

import type {
  Channel,
  Conversation,
  ConversationSummary,
  MessageEntry,
  TimelineEntry,
} from '../domain/conversation.js';
import {
  addToFacts,
  emptyFacts,
  type SummaryFacts,
  summaryFactsVersion,
} from '../domain/conversation-facts.js';

/** How many of the visitor's messages the list keeps for search: the most recent ones. */
const searchedMessages = 20;

/** The start of a message the list row shows; the text itself when short (no copy to keep). */
function preview(text: string): string {
  return text.length > 200 ? text.slice(0, 200) : text;
}

/**
 * The fields a summary copies straight from the conversation, but its id. Every literal here opens
 * with a plain key: in V8 a literal that opens with a spread gets a hidden class of its own, and a
 * thousand chats replacing their summaries every second would make thousands of classes a second.
 */
function summaryFields(conversation: Conversation) {
  const contact = conversation.contact;
  return {
    channel: conversation.channel,
    state: conversation.state,
    lang: conversation.lang,
    createdAt: conversation.createdAt,
    updatedAt: conversation.updatedAt,
    ...(conversation.visitorId ? { visitorId: conversation.visitorId } : {}),
    ...(conversation.externalId ? { externalId: conversation.externalId } : {}),
    ...(conversation.waitingSince ? { waitingSince: conversation.waitingSince } : {}),
    ...(conversation.askedForPersonAt ? { askedForPersonAt: conversation.askedForPersonAt } : {}),
    ...(conversation.assignee ? { assignee: conversation.assignee } : {}),
    ...(conversation.team ? { team: conversation.team } : {}),
    ...(conversation.topics?.length ? { topics: conversation.topics } : {}),
    ...(conversation.priority ? { priority: conversation.priority } : {}),
    ...(conversation.assistant ? { assistant: conversation.assistant } : {}),
    ...(conversation.attributes ? { attributes: conversation.attributes } : {}),
    ...(contact.name ? { contactName: contact.name } : {}),
    ...(contact.email ? { contactEmail: contact.email } : {}),
    ...(contact.phone ? { contactPhone: contact.phone } : {}),
    ...(conversation.visitor.page ? { page: conversation.visitor.page } : {}),
    ...originFields(conversation),
  };
}

/** Where the visitor came from and how it went: what the list filters on besides its state. */
function originFields(conversation: Conversation) {
  const visitor = conversation.visitor;
  const entryPage = visitor.pages[0]?.url ?? visitor.page;
  return {
    ...(entryPage ? { entryPage } : {}),
    ...(visitor.country ? { country: visitor.country } : {}),
    ...(visitor.city ? { city: visitor.city } : {}),
    ...(visitor.utm?.utm_source ? { utmSource: visitor.utm.utm_source } : {}),
    ...(visitor.utm?.utm_medium ? { utmMedium: visitor.utm.utm_medium } : {}),
    ...(visitor.utm?.utm_campaign ? { utmCampaign: visitor.utm.utm_campaign } : {}),
    ...(conversation.rating !== undefined ? { rating: conversation.rating } : {}),
    ...(conversation.archivedAt ? { archivedAt: conversation.archivedAt } : {}),
    ...(visitor.ip ? { hasIp: true } : {}),
  };
}

/** The summary of a whole conversation, reading its timeline (on load and rebuild). */
export function summarize(conversation: Conversation): ConversationSummary {
  const messages = conversation.timeline.filter(
    (entry): entry is MessageEntry => entry.kind === 'message',
  );
  const last = messages[messages.length - 1];
  const facts = emptyFacts();
  for (const entry of conversation.timeline) addToFacts(facts, entry);
  // The facts come before the texts: the stats read each row up to its texts (src/stats).
  return {
    id: conversation.id,
    ...summaryFields(conversation),
    messages: messages.length,
    facts,
    ...(last
      ? { lastMessage: { text: preview(last.text), author: last.author.kind, at: last.at } }
      : {}),
    visitorTexts: messages
      .filter((message) => message.author.kind === 'visitor')
      .slice(-searchedMessages)
      .map((message) => message.text),
  };
}

/**
 * The previous row's stats facts with one more entry, changed in place like the row itself; none
 * when the row had none (written before rows kept them): half a history would give wrong numbers,
 * so the stats read that conversation's history instead.
 */
function factsAfter(previous: ConversationSummary, entry: TimelineEntry): { facts?: SummaryFacts } {
  const facts = previous.facts;
  if (facts?.v !== summaryFactsVersion) return {};
  addToFacts(facts, entry);
  return { facts };
}

/**
 * The summary after one more entry. Constant work per message, where summarize() reads the whole
 * timeline. A message that changes nothing else in the list row (the usual case: a question, a
 * reply) updates the row in place, since every chat replacing its row on every message was
 * memory the collector had to promote and trace; anything else makes a new row that shares the
 * previous one's unchanged parts. Rows are read and serialized at once, never kept by callers.
 */
export function summarizeAppend(
  previous: ConversationSummary | undefined,
  conversation: Conversation,
  entry: TimelineEntry,
): ConversationSummary {
  if (!previous) return summarize(conversation);
  const facts = factsAfter(previous, entry);
  if (entry.kind === 'message' && previous.lastMessage && onlyTimeChanged(previous, conversation)) {
    const row = previous as Mutable<ConversationSummary>;
    const last = previous.lastMessage as Mutable<NonNullable<ConversationSummary['lastMessage']>>;
    row.updatedAt = conversation.updatedAt;
    row.messages = previous.messages + 1;
    last.text = preview(entry.text);
    last.author = entry.author.kind;
    last.at = entry.at;
    if (entry.author.kind === 'visitor') {
      const texts = previous.visitorTexts as string[];
      texts.push(entry.text);
      if (texts.length > searchedMessages) texts.shift();
    }
    return previous;
  }
  if (entry.kind !== 'message') return resummarize(previous, conversation);
  const visitorTexts =
    entry.author.kind === 'visitor'
      ? [...previous.visitorTexts.slice(1 - searchedMessages), entry.text]
      : previous.visitorTexts;
  return {
    id: conversation.id,
    ...summaryFields(conversation),
    messages: previous.messages + 1,
    ...facts,
    lastMessage: {
      text: preview(entry.text),
      author: entry.author.kind,
      at: entry.at,
    },
    visitorTexts,
  };
}

/**
 * The row after a change that adds no message (an event, a change of its own): the message
 * counts and texts stay the previous row's, since the conversation in memory holds only its
 * recent window of the timeline.
 */
export function resummarize(
  previous: ConversationSummary | undefined,
  conversation: Conversation,
): ConversationSummary {
  if (!previous) return summarize(conversation);
  return {
    id: conversation.id,
    ...summaryFields(conversation),
    messages: previous.messages,
    ...(previous.facts ? { facts: previous.facts } : {}),
    ...(previous.lastMessage ? { lastMessage: previous.lastMessage } : {}),
    visitorTexts: previous.visitorTexts,
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Whether the conversation's list fields are the row's, but for the time of the last change. */
function onlyTimeChanged(row: ConversationSummary, conversation: Conversation): boolean {
  const contact = conversation.contact;
  return (
    row.state === conversation.state &&
    row.lang === conversation.lang &&
    row.waitingSince === conversation.waitingSince &&
    row.askedForPersonAt === conversation.askedForPersonAt &&
    row.assignee === conversation.assignee &&
    row.team === conversation.team &&
    row.topics === conversation.topics &&
    row.priority === conversation.priority &&
    row.assistant === conversation.assistant &&
    row.attributes === conversation.attributes &&
    row.contactName === contact.name &&
    row.contactEmail === contact.email &&
    row.contactPhone === contact.phone &&
    row.page === conversation.visitor.page
  );
}

/**
 * The channel of a stored conversation or list row. Conversations stored before channels were
 * recorded have none: the public API is the only way to one with an external id.
 */
export function channelOf(stored: { channel?: Channel; externalId?: string }): Channel {
  return stored.channel ?? (stored.externalId ? 'api' : 'widget');
}

/** What a text search looks through: the visitor's recent messages and their contact details. */
export function searchableText(summary: ConversationSummary): string {
  return `${summary.visitorTexts.join(' ')} ${summary.contactName ?? ''} ${summary.contactEmail ?? ''} ${summary.contactPhone ?? ''}`.toLowerCase();
}

/** Visitors and operators resend after a reconnect; the bot's reply ids are never sent twice. */
export function resendable(entry: TimelineEntry): entry is MessageEntry & { clientId: string } {
  return entry.kind === 'message' && entry.clientId !== undefined && entry.author.kind !== 'bot';
}
