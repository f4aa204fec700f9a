import { Text } from 'ink';
import { clip } from '../format.js';
import type { Mode } from '../hooks/use-ui-state.js';
import type { Connection } from '../inbox-client.js';
import { displayWidth } from '../text-layout.js';
import { useColor } from './color.js';

export interface StatusBarProps {
  readonly connection: Connection;
  readonly problem: string | undefined;
  readonly notice: string | undefined;
  readonly mode: Mode;
  readonly search: string;
  /** The note or tag being typed. */
  readonly field?: string;
  readonly counts: { waiting: number; asked: number; bot: number; human: number };
  readonly me: string | undefined;
  readonly width: number;
}

const connectionText: Record<Connection, string> = {
  connecting: 'connecting…',
  online: 'online',
  reconnecting: 'reconnecting…',
  refused: 'refused',
};

export function StatusBar(props: StatusBarProps) {
  const color = useColor();
  const { counts } = props;
  const left =
    props.mode === 'search'
      ? `search: ${props.search}█  (Enter keeps it, Esc clears)`
      : props.mode === 'note'
        ? `note: ${props.field ?? ''}█  (private; Enter adds, Esc drops)`
        : props.mode === 'tag'
          ? `tag: #${props.field ?? ''}█  (Enter adds, Esc drops)`
          : (props.problem ??
            props.notice ??
            `waiting ${counts.waiting}${counts.asked > 0 ? ` · asked ${counts.asked}` : ''} · bot ${counts.bot} · human ${counts.human}`);
  const right = ` ${props.me ? `${props.me} · ` : ''}${connectionText[props.connection]} `;
  const tone =
    props.connection === 'online' ? 'green' : props.connection === 'refused' ? 'red' : 'yellow';
  return (
    <Text inverse>
      <Text
        color={color(
          props.problem ? 'red' : counts.waiting + counts.asked > 0 ? 'yellow' : undefined,
        )}
      >
        {clip(` ${left}`, Math.max(1, props.width - displayWidth(right)))}
      </Text>
      <Text color={color(tone)}>{right}</Text>
    </Text>
  );
}
