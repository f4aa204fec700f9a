import { Box, Text } from 'ink';
import { customerCardLine } from '../customer-attributes.js';
import { type PastList, pastCardLine } from '../customer-memory.js';
import {
  askedColor,
  clip,
  elapsed,
  pagePath,
  stateColor,
  stateLabel,
  visitorName,
} from '../format.js';
import type { OpenConversation, PendingReply } from '../inbox-client.js';
import { displayWidth } from '../text-layout.js';
import { transcriptLines } from '../transcript-lines.js';
import { useColor } from './color.js';
import { Lines } from './Lines.js';

export interface TranscriptProps {
  readonly open: OpenConversation | undefined;
  readonly pending: readonly PendingReply[];
  /** The person's other conversations, for the card's "earlier" line. */
  readonly past?: PastList | undefined;
  readonly me: string;
  readonly width: number;
  readonly height: number;
  readonly now: number;
}

/** The visitor card (who, where from, contact) over the transcript's last lines that fit. */
export function Transcript({ open, pending, past, me, width, height, now }: TranscriptProps) {
  const color = useColor();
  if (!open)
    return (
      <Box flexDirection="column" height={height}>
        <Text dimColor>Select a chat with ↑/↓ and press Enter to open it. ? shows every key.</Text>
      </Box>
    );
  const { conversation } = open;
  const visitor = conversation.visitor;
  const contact = conversation.contact;
  const utm = Object.entries(visitor.utm ?? {})
    .map(([key, value]) => `${key.replace(/^utm_/, '')}=${value}`)
    .join(' ');
  const earlier = pastCardLine(past);
  const customer = customerCardLine(conversation.attributes);
  const card = [
    `page ${pagePath(visitor.page) || '—'}${visitor.country ? `  ·  in ${[visitor.city, visitor.country].filter(Boolean).join(', ')}` : ''}`,
    `from ${visitor.referrer || '—'}${utm ? `  ·  utm ${utm}` : ''}`,
    `${[contact.name, contact.email, contact.phone, contact.messenger].filter(Boolean).join(' · ') || 'no contact yet'}  ·  ip ${visitor.ip ?? '?'}  ·  ${conversation.lang}`,
    ...(earlier ? [earlier] : []),
    ...(customer ? [customer] : []),
  ];
  const waiting =
    conversation.state === 'waiting' && conversation.waitingSince
      ? ` ${elapsed(now - Date.parse(conversation.waitingSince))}`
      : '';
  const others = open.viewers.filter((v) => v !== me);
  const header = `${visitorName({ id: open.id, contactName: contact.name, contactEmail: contact.email })} · ${open.online ? 'online' : 'offline'}${others.length ? ` · also open: ${others.join(', ')}` : ''}`;
  // Out of hours the bot keeps a chat whose visitor asked for a person: say so, and how to take it.
  const asked =
    conversation.state === 'bot' && conversation.askedForPersonAt
      ? `asked for a person ${elapsed(now - Date.parse(conversation.askedForPersonAt))} ago · t takes it from the bot`
      : undefined;
  const stateText = clip(
    ` ${stateLabel[conversation.state]}${conversation.assignee && conversation.state === 'human' ? ` (${conversation.assignee})` : ''}${waiting}`,
    Math.min(width - 1, 24),
  ).trimEnd();
  const lines = transcriptLines(open, pending, me, width);
  const room = Math.max(1, height - 5 - (asked ? 1 : 0) - (earlier ? 1 : 0) - (customer ? 1 : 0));
  const shown = lines.slice(-room);
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>
        {clip(header, Math.max(1, width - Math.max(16, displayWidth(stateText))))}
        <Text color={color(stateColor[conversation.state])}>{stateText}</Text>
      </Text>
      {card.map((line) => (
        <Text key={line} dimColor>
          {clip(line, width)}
        </Text>
      ))}
      {asked ? <Text color={color(askedColor)}>{clip(asked, width)}</Text> : null}
      <Text dimColor>{'─'.repeat(Math.max(1, width))}</Text>
      <Lines lines={shown} width={width} />
    </Box>
  );
}
