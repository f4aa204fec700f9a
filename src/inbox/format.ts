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

export function clip(text: string, width: number): string {
  if (width <= 0) return '';
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** Lines of at most `width` characters, broken at spaces where possible. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/(\s+)/)) {
      if ((line + word).length <= width) {
        line += word;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      line = word.trimStart();
      while (line.length > width) {
        lines.push(line.slice(0, width));
        line = line.slice(width);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

export function clock(iso: string): string {
  const date = new Date(iso);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
