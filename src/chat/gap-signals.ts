/**
 * What the bot could not answer well, noted with the visitor's question as it happens (docs/
 * insight.md, "Knowledge gaps"): a refusal, a "did you mean…", a person asked for right after an
 * answer, a thumbs-down, a low rating. `chatbot gaps` groups them later. Noting one never holds
 * up or breaks a chat: a failed write is dropped.
 * Must not import server or socket code.
 */

import type { Conversation, MessageEntry, TimelineEntry } from '../domain/conversation.js';
import type { GapReason, GapRecord } from '../store/gap-log.js';
import type { Store } from '../store/store.js';
import type { BotTurn } from './bot-turn.js';

/** Ratings (of 5) at or below this one count as low. */
export const lowRating = 2;

/** A reply written by a provider from the knowledge, not one of the bot's own texts. */
export function isAnswer(entry: TimelineEntry): entry is MessageEntry {
  return (
    entry.kind === 'message' &&
    entry.author.kind === 'bot' &&
    entry.bot !== undefined &&
    entry.bot.provider !== 'bot'
  );
}

export class GapSignals {
  constructor(
    private readonly store: Store,
    private readonly clock: () => Date,
    /** Told of each gap once it is stored: for metrics. */
    private readonly recorded: (gap: GapRecord) => void = () => undefined,
  ) {}

  /** After a bot reply to `question`: a refusal or "did you mean…", or a person asked for by keyword. */
  async replied(conversation: Conversation, question: MessageEntry, turn: BotTurn): Promise<void> {
    if (turn.handoff?.reason === 'keyword') {
      const before = conversation.timeline.filter(
        (entry) => entry.kind === 'message' && entry.seq < question.seq,
      );
      const last = before[before.length - 1];
      if (last && isAnswer(last) && !last.bot?.failed)
        await this.noteAnswered(conversation, last, 'handoff');
      return;
    }
    // The bot's own texts (a handoff announcement, every provider down) say nothing of the knowledge.
    if (!turn.failed || turn.provider === 'bot') return;
    await this.note(conversation, {
      question: question.text,
      questionSeq: question.seq,
      reason: turn.suggestions?.length ? 'unsure' : 'refused',
      ...(turn.confidence !== undefined ? { confidence: round(turn.confidence) } : {}),
    });
  }

  /** The "talk to a person" button: a gap when the last thing in the chat was a bot answer. */
  async humanRequested(conversation: Conversation): Promise<void> {
    const messages = conversation.timeline.filter((entry) => entry.kind === 'message');
    const last = messages[messages.length - 1];
    if (last && isAnswer(last) && !last.bot?.failed)
      await this.noteAnswered(conversation, last, 'handoff');
  }

  /** A low rating: the last question the bot answered is the likeliest culprit. */
  async rated(conversation: Conversation, rating: number): Promise<void> {
    if (rating > lowRating) return;
    // A refusal was recorded when it was given: the culprit is an answer the bot did give.
    const given = (entry: TimelineEntry) => isAnswer(entry) && !entry.bot?.failed;
    const recent = conversation.timeline.filter(given);
    const entries = recent.length
      ? recent
      : await this.store.entriesAfter(conversation.id, 0).then(
          (all) => all.filter(given),
          () => [],
        );
    const answer = entries[entries.length - 1];
    if (answer && isAnswer(answer)) await this.noteAnswered(conversation, answer, 'low-rating');
  }

  /** The visitor voted this answer down. */
  votedDown(conversation: Conversation, answer: MessageEntry): Promise<void> {
    return this.noteAnswered(conversation, answer, 'thumbs-down');
  }

  /** A gap about an answer: the question it replied to, and what it cited. */
  private async noteAnswered(
    conversation: Conversation,
    answer: MessageEntry,
    reason: GapReason,
  ): Promise<void> {
    const seq = answer.bot?.inReplyTo;
    if (seq === undefined) return;
    // An unreadable history loses the gap, never the visitor's request.
    const question = await this.entryAt(conversation, seq).catch(() => undefined);
    if (question?.kind !== 'message' || !question.text.trim()) return;
    await this.note(conversation, {
      question: question.text,
      questionSeq: seq,
      reason,
      cited: answer.bot?.citations.map((citation) => citation.id) ?? [],
    });
  }

  private async entryAt(
    conversation: Conversation,
    seq: number,
  ): Promise<TimelineEntry | undefined> {
    const inWindow = conversation.timeline.find((entry) => entry.seq === seq);
    if (inWindow) return inWindow;
    return (await this.store.entriesAfter(conversation.id, seq - 1))[0];
  }

  private async note(
    conversation: Conversation,
    gap: Omit<GapRecord, 'at' | 'conversationId' | 'lang'>,
  ): Promise<void> {
    const record: GapRecord = {
      at: this.clock().toISOString(),
      conversationId: conversation.id,
      lang: conversation.lang,
      ...gap,
    };
    try {
      await this.store.recordGap(record);
      this.recorded(record);
    } catch {
      // A gap is insight, not the visitor's data: losing one to a full disk is better than
      // failing the reply that caused it.
    }
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
