/**
 * Thumbs up or down on one bot answer (widget.feedback). A vote is a `feedback` event in the
 * conversation's timeline, carrying the answer's id and the blocks it cited, so `chatbot kb
 * stats` can rate blocks from the timeline alone; a later vote on the same answer replaces the
 * earlier one (the last event wins).
 * Must not import server or socket code.
 */
import type { Conversation, MessageEntry, TimelineEntry } from '../domain/conversation.js';
import type { Store } from '../store/store.js';
import { isAnswer } from './gap-signals.js';

export type Vote = 'up' | 'down';

export interface FeedbackData {
  readonly messageId: string;
  readonly seq: number;
  readonly vote: Vote;
  /** The ids of the blocks the answer cited. */
  readonly cited: readonly string[];
}

/** The bot answer with this id in the conversation, or undefined (not there, or not an answer). */
export async function findAnswer(
  store: Store,
  conversation: Conversation,
  messageId: string,
): Promise<MessageEntry | undefined> {
  const inWindow = conversation.timeline.find((entry) => entry.id === messageId);
  const entry =
    inWindow ?? (await store.entriesAfter(conversation.id, 0)).find((e) => e.id === messageId);
  return entry && isAnswer(entry) ? entry : undefined;
}

/** The vote standing on an answer: the last feedback event about it. */
export async function currentVote(
  store: Store,
  conversation: Conversation,
  answer: MessageEntry,
): Promise<Vote | undefined> {
  const after = conversation.timeline.some((entry) => entry.seq === answer.seq)
    ? conversation.timeline.filter((entry) => entry.seq > answer.seq)
    : await store.entriesAfter(conversation.id, answer.seq);
  let vote: Vote | undefined;
  for (const entry of after) {
    const data = feedbackOf(entry);
    if (data?.messageId === answer.id) vote = data.vote;
  }
  return vote;
}

export function feedbackData(answer: MessageEntry, vote: Vote): FeedbackData {
  return {
    messageId: answer.id,
    seq: answer.seq,
    vote,
    cited: answer.bot?.citations.map((citation) => citation.id) ?? [],
  };
}

/** A feedback event's data, or undefined for any other entry. */
export function feedbackOf(entry: TimelineEntry): FeedbackData | undefined {
  if (entry.kind !== 'event' || entry.type !== 'feedback') return undefined;
  const data = entry.data as Partial<FeedbackData>;
  if (typeof data.messageId !== 'string' || (data.vote !== 'up' && data.vote !== 'down'))
    return undefined;
  return data as FeedbackData;
}
