import { Text } from 'ink';
import { clip } from '../format.js';

/** The filter line being typed after `F`, in place of the status bar. */
export default function FilterLine({
  line,
  width,
}: {
  readonly line: string;
  readonly width: number;
}) {
  return (
    <Text inverse>
      {clip(
        ` filter: ${line}█  (country:ES topic: priority: page: since:7d archived; Enter/Esc)`,
        width,
      )}
    </Text>
  );
}
