/**
 * Questions acknowledged but never answered: a visitor's message is stored before it is
 * acknowledged, its reply only once written, so a process killed between the two (a crash, a
 * kill -9, a shutdown whose grace ran out) leaves the question on disk with nothing after it.
 * This finds them in a conversation's timeline; the ConversationService answers or apologizes.
 * Pure: reads entries, writes nothing.
 */
import type { EventEntry, MessageEntry, TimelineEntry } from '../domain/conversation.js';

export type RecoveryAction = 'answered' | 'apology';

/**
 * The visitor's questions at the end of the timeline that nothing answered, oldest first: their
 * messages with words, sent while the bot had the chat, with no stored reply. Replies go in
 * message order, so a reply to one question answers every earlier one too; a visitor who wrote
 * twice before the first reply was stored has a second question after that reply.
 * Undefined when the entries do not reach back far enough to tell (an older window is needed).
 */
export function unansweredQuestions(entries: readonly TimelineEntry[]): MessageEntry[] | undefined {
  const questions: MessageEntry[] = [];
  let answeredUpTo = 0;
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index]!;
    if (entry.seq <= answeredUpTo) return questions.reverse();
    if (entry.kind === 'message') {
      if (entry.author.kind === 'visitor') {
        // A file with no words is for whoever reads the chat: the bot never answers one.
        if (entry.text.trim()) questions.push(entry);
        continue;
      }
      const question = entry.bot?.inReplyTo;
      if (entry.author.kind === 'bot' && question !== undefined) {
        answeredUpTo = Math.max(answeredUpTo, question);
        continue;
      }
      // A person's message, or the bot's own text (a handoff notice, an apology): what came
      // before it has been dealt with.
      return questions.reverse();
    }
    // Before a change of hands (a person handing back, a wait that ended), messages were not
    // the bot's to answer. A visitor writing into a resolved chat reopens it: that one was.
    if (entry.type === 'state' && entry.data.from !== 'resolved') return questions.reverse();
  }
  // The window began with unanswered questions: enough only if nothing is missing before it.
  const first = entries[0];
  return first === undefined || first.seq <= answeredUpTo + 1 ? questions.reverse() : undefined;
}

/**
 * Whether a recovery event for these questions is already stored (a restart while they were
 * being answered): the next start answers them without telling operators a second time.
 */
export function alreadyRecorded(
  entries: readonly TimelineEntry[],
  lastQuestion: MessageEntry,
  action: RecoveryAction,
): boolean {
  return entries.some(
    (entry): entry is EventEntry =>
      entry.kind === 'event' &&
      entry.type === 'recovery' &&
      entry.seq > lastQuestion.seq &&
      entry.data.action === action,
  );
}
