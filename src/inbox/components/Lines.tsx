import { Text } from 'ink';
import { clip } from '../format.js';
import type { Line } from '../transcript-lines.js';
import { useColor } from './color.js';

export interface LinesProps {
  readonly lines: readonly Line[];
  readonly width: number;
}

/** Transcript lines as laid out by transcriptLines, each cut to the width, in its colour. */
export function Lines({ lines, width }: LinesProps) {
  const color = useColor();
  return (
    <>
      {lines.map((line, index) => (
        <Text
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity of their own
          key={index}
          color={color(line.color)}
          bold={line.bold}
          dimColor={line.dim}
        >
          {clip(line.text, width)}
        </Text>
      ))}
    </>
  );
}
