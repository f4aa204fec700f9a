import { Box, Text } from 'ink';
import type { Conversation } from '../../domain/conversation.js';
import { asOpen, type PastList, pastRow, shortDate } from '../customer-memory.js';
import { clip, stateLabel } from '../format.js';
import { transcriptLines } from '../transcript-lines.js';
import { Lines } from './Lines.js';

export interface PastPaneProps {
  readonly past: PastList | undefined;
  readonly picked: number;
  /** The conversation being read, once one was chosen. */
  readonly peeked: Conversation | undefined;
  readonly width: number;
  readonly height: number;
}

/**
 * In place of the chat: the person's other conversations (`h`), or one of them read-only, its
 * last lines that fit.
 */
export function PastPane({ past, picked, peeked, width, height }: PastPaneProps) {
  const inner = width - 1;
  if (peeked) {
    const lines = transcriptLines(asOpen(peeked), [], '', inner);
    const shown = lines.slice(-Math.max(1, height - 2));
    return (
      <Box flexDirection="column" width={width} height={height} paddingLeft={1}>
        <Text bold>
          {clip(
            `Read-only: ${shortDate(peeked.createdAt)} · ${stateLabel[peeked.state]} · Esc goes back`,
            inner,
          )}
        </Text>
        <Lines lines={shown} width={inner} />
      </Box>
    );
  }
  const rows = past?.conversations ?? [];
  const fitting = Math.max(1, height - 3);
  const start = Math.max(0, Math.min(picked - fitting + 1, rows.length - fitting));
  return (
    <Box flexDirection="column" width={width} height={height} paddingLeft={1}>
      <Text bold>{clip('Earlier chats with this person:', inner)}</Text>
      {rows.slice(start, start + fitting).map((row, index) => (
        <Text key={row.id} inverse={start + index === picked}>
          {clip(`${start + index === picked ? '›' : ' '}${pastRow(row)}`, inner)}
        </Text>
      ))}
      {past?.hidden ? (
        <Text dimColor>{clip(`${past.hidden} more not yours to open`, inner)}</Text>
      ) : null}
      <Text dimColor>{clip('↑/↓ choose · Enter reads it · Esc goes back', inner)}</Text>
    </Box>
  );
}
