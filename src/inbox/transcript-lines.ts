/**
 * The open conversation as lines of text for a pane `width` wide: messages with author and time,
 * citations under bot replies, state changes and leads as quiet notes, bot replies being written,
 * then the visitor's live draft. The pane shows the last lines that fit.
 */
import type { TimelineEntry } from '../domain/conversation.js';
import { attributesNote } from './customer-attributes.js';
import { clip, clock, wrap } from './format.js';
import type { OpenConversation, PendingReply } from './inbox-client.js';

export interface Line {
  readonly text: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly dim?: boolean;
}

/** The visitor keeps the terminal's own colour: white would vanish on a light background. */
const authorColor: Record<string, string | undefined> = {
  visitor: undefined,
  bot: 'cyan',
  operator: 'green',
  system: 'gray',
};

function entryLines(entry: TimelineEntry, width: number): Line[] {
  if (entry.kind === 'message') {
    const who = entry.author.kind === 'operator' ? entry.author.name : entry.author.kind;
    const lines: Line[] = [
      { text: `${clock(entry.at)} ${who}`, color: authorColor[entry.author.kind], bold: true },
    ];
    for (const line of wrap(entry.text, width - 2)) lines.push({ text: `  ${line}` });
    for (const file of entry.attachments)
      lines.push({ text: `  [file] ${file.name} (${file.type}) ${file.url}`, dim: true });
    if (entry.bot && entry.bot.citations.length > 0)
      lines.push({
        text: clip(
          `  sources: ${entry.bot.citations.map((c) => c.title).join('; ')}`,
          width,
        ).trimEnd(),
        dim: true,
      });
    if (entry.bot && entry.bot.provider !== 'bot')
      lines.push({
        text: `  ${entry.bot.provider}${entry.bot.model ? `/${entry.bot.model}` : ''} · ${entry.bot.latencyMs} ms${entry.bot.failed ? ' · no answer found' : ''}${entry.bot.assistant ? ` · assistant ${entry.bot.assistant}` : ''}`,
        dim: true,
      });
    return lines;
  }
  const data = entry.data as Record<string, unknown>;
  const note = (() => {
    switch (entry.type) {
      case 'state':
        return `${String(data.from)} → ${String(data.to)}${data.by ? ` by ${String(data.by)}` : ''}${data.reason ? ` (${String(data.reason)})` : ''}`;
      case 'lead':
        return `contact: ${Object.values((data.contact ?? {}) as Record<string, string>).join(', ')}`;
      case 'rating':
        return `rated ${String(data.rating)}/5${data.comment ? `: ${String(data.comment)}` : ''}`;
      case 'handoff-request':
        return `asked for a person${data.humanAvailable === false ? ' (out of hours)' : ''}`;
      case 'wait-timeout':
        return 'nobody took the chat in time';
      case 'feedback':
        return `voted ${data.vote === 'up' ? 'up' : 'down'} an answer`;
      case 'email-follow-up':
        return data.email
          ? `replies also go by email to ${String(data.email)}`
          : 'asked for an email: replies will go there too';
      case 'recovery':
        // A question a crash or a cut shutdown left unanswered (docs/deploy.md).
        return data.action === 'apology'
          ? 'a restart cut a reply: asked to repeat'
          : 'a restart cut a reply: answering now';
      case 'note':
        return `note by ${String(data.by)}: ${String(data.text)}`;
      case 'tag':
        return `#${String(data.tag)} by ${String(data.by)}`;
      case 'escalation':
        return escalationNote(data);
      case 'attributes':
        return attributesNote(data);
      case 'route':
        return `in the ${String(data.team)} team's queue`;
      case 'assign':
        return `assigned to ${String(data.to)}${data.by === 'assignment' ? '' : ` by ${String(data.by)}`}${data.team ? ` (${String(data.team)})` : ''}`;
      case 'unassign':
        return `taken back from ${String(data.from)} (${data.reason === 'revoked' ? 'revoked' : 'away'}): in the queue again`;
      default:
        return undefined;
    }
  })();
  return note
    ? [{ text: clip(`${clock(entry.at)} — ${note}`, width).trimEnd(), color: 'gray' }]
    : [];
}

export function transcriptLines(
  open: OpenConversation,
  pending: readonly PendingReply[],
  me: string,
  width: number,
): Line[] {
  const lines: Line[] = [];
  for (const entry of open.entries) lines.push(...entryLines(entry, width));
  for (const reply of pending.filter((p) => p.conversationId === open.id)) {
    lines.push({ text: `sending… ${me}`, color: 'green', dim: true });
    for (const line of wrap(reply.text, width - 2)) lines.push({ text: `  ${line}`, dim: true });
  }
  for (const text of Object.values(open.streams)) {
    lines.push({ text: 'bot (writing…)', color: 'cyan', dim: true });
    for (const line of wrap(text || '…', width - 2)) lines.push({ text: `  ${line}`, dim: true });
  }
  if (open.visitorTyping)
    for (const [index, line] of wrap(
      open.draft ? `✎ visitor is typing: ${open.draft}` : '✎ visitor is typing…',
      width,
    ).entries())
      lines.push({ text: index === 0 ? line : `  ${line}`, color: 'yellow' });
  return lines;
}

/** An escalation event's line: the rules that fired and what they changed. */
function escalationNote(data: Readonly<Record<string, unknown>>): string {
  const rules = Array.isArray(data.rules) ? data.rules.join(', ') : '';
  const changes = [
    data.priority ? `priority ${String(data.priority)}` : '',
    data.team ? `team ${String(data.team)}` : '',
    data.handoff ? 'handed off' : '',
  ].filter(Boolean);
  return `escalated by ${rules}${changes.length ? `: ${changes.join(', ')}` : ''}`;
}
