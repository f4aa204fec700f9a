/** Small text helpers for the inbox's narrow columns. */
import type { ConversationState } from '../domain/conversation.js';
import type { OperatorSummary } from '../protocol/operator.js';

/** "45s", "3m", "1h 04m", "2d 3h". */
export function elapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}h ${String(minutes % 60).padStart(2, '0')}m`;
  return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

export const stateLabel: Record<ConversationState, string> = {
  waiting: 'WAIT',
  bot: 'bot',
  human: 'human',
  resolved: 'done',
};

/** The list's label for a chat whose visitor asked for a person the bot kept (see askedForPerson). */
export const askedLabel = 'ASKED';
export const askedColor = 'magenta';

export const stateColor: Record<ConversationState, string> = {
  waiting: 'yellow',
  bot: 'cyan',
  human: 'green',
  resolved: 'gray',
};

export function visitorName(
  summary: Pick<OperatorSummary, 'id' | 'contactName' | 'contactEmail'>,
): string {
  return summary.contactName ?? summary.contactEmail ?? `#${summary.id.slice(0, 6)}`;
}

/** The path of a page URL, which is what tells an operator where the visitor is. */
export function pagePath(url: string | undefined): string {
  if (!url) return '';
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

// Rows are measured in terminal columns, not characters (CJK, emoji, combining marks).
export { clip, wrap } from './text-layout.js';

export function clock(iso: string): string {
  const date = new Date(iso);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
