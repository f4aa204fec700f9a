import { Box, Text } from 'ink';
import type { OperatorListEntry } from '../../protocol/operator.js';
import { rosterLine } from '../assign-views.js';
import { clip } from '../format.js';

export interface AssignPickerProps {
  readonly roster: readonly OperatorListEntry[];
  readonly picked: number;
  /** Who the chat is, as the list names it. */
  readonly chat: string;
  /** An agent passes their chat on; a manager assigns. */
  readonly pass: boolean;
  readonly width: number;
  readonly height: number;
}

/** The operator list `A` opens in place of the chat: ↑/↓ choose, Enter gives the chat, Esc leaves. */
export function AssignPicker({ roster, picked, chat, pass, width, height }: AssignPickerProps) {
  const inner = width - 1;
  const fitting = Math.max(1, height - 2);
  const start = Math.max(0, Math.min(picked - fitting + 1, roster.length - fitting));
  return (
    <Box flexDirection="column" width={width} height={height} paddingLeft={1}>
      <Text bold>{clip(`${pass ? 'Pass' : 'Assign'} ${chat} to:`, inner)}</Text>
      {roster.slice(start, start + fitting).map((entry, index) => (
        <Text key={entry.name} inverse={start + index === picked}>
          {clip(`${start + index === picked ? '›' : ' '}${rosterLine(entry)}`, inner)}
        </Text>
      ))}
      <Text dimColor>{clip('↑/↓ choose · Enter gives it · Esc cancels', inner)}</Text>
    </Box>
  );
}
