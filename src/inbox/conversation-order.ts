/**
 * The order and the filters of the inbox's conversation list: who waits comes first, then who
 * asked for a person the bot kept, then the rest by their latest activity.
 */
import type { ConversationState, Priority } from '../domain/conversation.js';
import type { OperatorSummary } from '../protocol/operator.js';

/** `asked`: the visitor asked for a person when none could be promised; the bot has the chat. */
export type StateFilter = 'all' | ConversationState | 'asked';
export const stateFilters: readonly StateFilter[] = [
  'all',
  'waiting',
  'asked',
  'bot',
  'human',
  'resolved',
];

/** A chat a visitor asked a person for (outside hours, or nobody came), still with the bot. */
export function askedForPerson(summary: Pick<OperatorSummary, 'state' | 'askedForPersonAt'>) {
  return summary.state === 'bot' && summary.askedForPersonAt !== undefined;
}

/** Urgent first, then high, normal (or none), low: the order waiting chats are taken in. */
const priorityRanks: Record<Priority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };

function priorityRank(priority: Priority | undefined): number {
  return priorityRanks[priority ?? 'normal'];
}

const stateOrder: Record<ConversationState, number> = { waiting: 0, human: 1, bot: 2, resolved: 3 };

/**
 * Waiting chats first (the most urgent priority, then the longest wait, on top), then chats whose visitor asked for a person the bot
 * kept (longest ago on top), then the rest, most recently active first.
 */
export function sortConversations(list: readonly OperatorSummary[]): OperatorSummary[] {
  return [...list].sort((a, b) => {
    const aWaiting = a.state === 'waiting';
    const bWaiting = b.state === 'waiting';
    if (aWaiting !== bWaiting) return aWaiting ? -1 : 1;
    if (aWaiting && bWaiting)
      return (
        priorityRank(b.priority) - priorityRank(a.priority) ||
        (a.waitingSince ?? '').localeCompare(b.waitingSince ?? '')
      );
    const aAsked = askedForPerson(a);
    const bAsked = askedForPerson(b);
    if (aAsked !== bAsked) return aAsked ? -1 : 1;
    if (aAsked && bAsked) return (a.askedForPersonAt ?? '').localeCompare(b.askedForPersonAt ?? '');
    return b.updatedAt.localeCompare(a.updatedAt) || stateOrder[a.state] - stateOrder[b.state];
  });
}
