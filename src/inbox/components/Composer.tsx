import { Box, Text } from 'ink';
import type { CannedReply } from '../../protocol/operator.js';
import { clip } from '../format.js';
import { wrap } from '../text-layout.js';
import { useColor } from './color.js';

/** Canned replies whose shortcut starts with what follows a leading "/". */
export function cannedMatches(canned: readonly CannedReply[], draft: string): CannedReply[] {
  const typed = /^\/([a-z0-9-]*)$/.exec(draft);
  if (!typed) return [];
  return canned.filter((reply) => reply.shortcut.startsWith(typed[1]!));
}

/** The reply's text in the conversation's language, or its first one. */
export function cannedText(reply: CannedReply, lang: string): string {
  if (typeof reply.text === 'string') return reply.text;
  return reply.text[lang] ?? reply.text[lang.split('-')[0]!] ?? Object.values(reply.text)[0] ?? '';
}

/**
 * The draft as screen rows `width` wide, the cursor at its end. Long lines wrap (by display
 * width, so wide characters count double) rather than being cut: an operator reads a canned reply
 * whole before sending it.
 */
export function draftRows(draft: string, width: number): string[] {
  const inner = Math.max(1, width - 2);
  const lines = `${draft}█`.split('\n');
  return lines.flatMap((line, index) =>
    wrap(line, inner, { keepSpaces: true }).map(
      (row, part) => `${index === 0 && part === 0 ? '> ' : '  '}${row}`,
    ),
  );
}

/** Screen rows the open composer takes: its draft rows, at most `limit`, and the picker. */
export function composerHeight(draft: string, pickerSize: number, width: number, limit: number) {
  return Math.min(limit, draftRows(draft, width).length) + Math.min(3, pickerSize);
}

export interface ComposerProps {
  readonly active: boolean;
  readonly draft: string;
  readonly picker: readonly CannedReply[];
  readonly picked: number;
  readonly lang: string;
  readonly width: number;
  /** Rows the draft may take; a longer draft shows its last rows, where the cursor is. */
  readonly rows: number;
  readonly hasOpen: boolean;
}

export function Composer({
  active,
  draft,
  picker,
  picked,
  lang,
  width,
  rows,
  hasOpen,
}: ComposerProps) {
  const color = useColor();
  if (!active)
    return (
      <Text dimColor>
        {clip(hasOpen ? 'c reply · t take over · b hand back · r resolve · ? help' : '', width)}
      </Text>
    );
  const all = draftRows(draft, width);
  const hidden = Math.max(0, all.length - rows);
  const shown = hidden > 0 ? [`  ↑ ${hidden + 1} more lines`, ...all.slice(hidden + 1)] : all;
  return (
    <Box flexDirection="column">
      {picker.slice(0, 3).map((reply, index) => (
        <Text key={reply.shortcut} inverse={index === picked} color={color('magenta')}>
          {clip(`/${reply.shortcut}  ${cannedText(reply, lang)}`, width)}
        </Text>
      ))}
      {shown.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the draft's rows are positional
        <Text key={index} color={color('green')} dimColor={hidden > 0 && index === 0}>
          {row}
        </Text>
      ))}
    </Box>
  );
}
