import { Box, Text } from 'ink';
import { clip } from '../format.js';
import type { CannedReply } from '../inbox-client.js';
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

export interface ComposerProps {
  readonly active: boolean;
  readonly draft: string;
  readonly picker: readonly CannedReply[];
  readonly picked: number;
  readonly lang: string;
  readonly width: number;
  readonly hasOpen: boolean;
}

export function Composer({ active, draft, picker, picked, lang, width, hasOpen }: ComposerProps) {
  const color = useColor();
  if (!active)
    return (
      <Text dimColor>
        {clip(hasOpen ? 'c reply · t take over · b hand back · r resolve · ? help' : '', width)}
      </Text>
    );
  const lines = draft.split('\n');
  return (
    <Box flexDirection="column">
      {picker.slice(0, 3).map((reply, index) => (
        <Text key={reply.shortcut} inverse={index === picked} color={color('magenta')}>
          {clip(`/${reply.shortcut}  ${cannedText(reply, lang)}`, width)}
        </Text>
      ))}
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the draft's lines are positional
        <Text key={index} color={color('green')}>
          {clip(
            `${index === 0 ? '> ' : '  '}${line}${index === lines.length - 1 ? '█' : ''}`,
            width,
          )}
        </Text>
      ))}
    </Box>
  );
}
