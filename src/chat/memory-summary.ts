/**
 * The summary of a person's earlier conversations the bot's prompt gets with
 * `memory.summaries: true`: extractive and deterministic (no model is asked), one line per
 * conversation, the latest few: when, what they asked, the topics answered, whether they left
 * contact details, and how it ended. Operators' notes and tags are private and never included.
 *
 * A line is built from the conversation's whole history once and kept until that conversation
 * changes, so a reply reads no history of a person's earlier chats twice.
 */
import type { ConversationSummary, MessageEntry, TimelineEntry } from '../domain/conversation.js';
import type { Store } from '../store/store.js';
import { linkedConversations } from './customer-memory.js';

/** How many earlier conversations the summary covers: the latest ones. */
export const summarizedConversations = 3;
const questionsPerConversation = 3;
const topicsPerConversation = 3;
const quoteChars = 100;
/** How many built lines are kept for the next reply. */
const keptLines = 10_000;

const outcomes: Record<ConversationSummary['state'], string> = {
  resolved: 'resolved',
  waiting: 'left waiting for a person',
  human: 'with a person',
  bot: 'ended with the bot',
};

export class MemorySummaries {
  private readonly lines = new Map<string, { readonly updatedAt: string; readonly line: string }>();

  constructor(private readonly store: Store) {}

  /** The summary for a reply in conversation `id`, or undefined when the person has no other. */
  async summaryFor(id: string): Promise<string | undefined> {
    const earlier = linkedConversations(this.store, id).slice(0, summarizedConversations);
    if (earlier.length === 0) return undefined;
    const lines: string[] = [];
    for (const summary of earlier) lines.push(await this.lineFor(summary));
    return lines.join('\n');
  }

  private async lineFor(summary: ConversationSummary): Promise<string> {
    const kept = this.lines.get(summary.id);
    if (kept?.updatedAt === summary.updatedAt) return kept.line;
    const line = summaryLine(summary, await this.store.history(summary.id));
    // Bounded: a server up for months forgets them all now and then and builds them again.
    if (this.lines.size >= keptLines) this.lines.clear();
    this.lines.set(summary.id, { updatedAt: summary.updatedAt, line });
    return line;
  }
}

/** One conversation in a line: `- 2026-11-03 (resolved): asked "…"; topics: …; …`. */
export function summaryLine(
  summary: ConversationSummary,
  entries: readonly TimelineEntry[],
): string {
  const messages = entries.filter((entry): entry is MessageEntry => entry.kind === 'message');
  const parts: string[] = [];
  const questions = askedQuestions(messages);
  parts.push(
    questions.length > 0
      ? `asked ${questions.map((q) => `"${q}"`).join(', ')}`
      : 'asked nothing in words',
  );
  const topics = answeredTopics(messages);
  if (topics.length > 0) parts.push(`topics: ${topics.join(', ')}`);
  const contact = [
    summary.contactName ? 'name' : undefined,
    summary.contactEmail ? 'email' : undefined,
    summary.contactPhone ? 'phone' : undefined,
  ].filter(Boolean);
  if (contact.length > 0) parts.push(`left their ${joinWords(contact as string[])}`);
  const people = [
    ...new Set(messages.flatMap((m) => (m.author.kind === 'operator' ? [m.author.name] : []))),
  ];
  if (people.length > 0) parts.push(`talked with ${joinWords(people)}`);
  else if (entries.some((e) => e.kind === 'event' && e.type === 'state' && e.data.to === 'waiting'))
    parts.push('asked for a person');
  if (summary.rating !== undefined) parts.push(`rated ${summary.rating}/5`);
  return `- ${summary.createdAt.slice(0, 10)} (${outcomes[summary.state]}): ${parts.join('; ')}.`;
}

/** The visitor's questions (messages with a question mark), else their first messages. */
function askedQuestions(messages: readonly MessageEntry[]): string[] {
  const visitor = messages
    .filter((m) => m.author.kind === 'visitor' && m.text.trim())
    .map((m) => quote(m.text));
  const questions = visitor.filter((text) => /[?？¿]/.test(text));
  return [...new Set(questions.length > 0 ? questions : visitor)].slice(
    0,
    questionsPerConversation,
  );
}

/** The knowledge blocks the bot's answers cited, by title, first cited first. */
function answeredTopics(messages: readonly MessageEntry[]): string[] {
  const titles = messages.flatMap((m) => (m.bot ? m.bot.citations.map((c) => c.title) : []));
  return [...new Set(titles)].slice(0, topicsPerConversation);
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').replaceAll('"', "'").trim();
  return flat.length > quoteChars ? `${flat.slice(0, quoteChars - 1)}…` : flat;
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
