import { Box, Text } from 'ink';
import type { ListSettings } from '../../conversations/list-settings.js';
import type { OperatorSummary } from '../../protocol/operator.js';
import type { AssignView } from '../assign-views.js';
import { askedForPerson, type StateFilter } from '../conversation-order.js';
import {
  askedColor,
  askedLabel,
  clip,
  elapsed,
  pagePath,
  stateColor,
  stateLabel,
  visitorName,
} from '../format.js';
import { columnText } from '../list-filter.js';
import { displayWidth } from '../text-layout.js';
import { useColor } from './color.js';

export interface ConversationListProps {
  readonly conversations: readonly OperatorSummary[];
  readonly selectedId: string | undefined;
  readonly openId: string | undefined;
  readonly unread: Readonly<Record<string, number>>;
  readonly me: string | undefined;
  readonly width: number;
  readonly height: number;
  readonly now: number;
  readonly filter: StateFilter;
  readonly search: string;
  /** Chats from the public API are left out of the list. */
  readonly hideApi?: boolean;
  /** Whose chats are shown (`m`): all, mine, unassigned. */
  readonly view?: AssignView;
  /** Chats marked (Space) for a bulk archive. */
  readonly marked?: ReadonlySet<string>;
  /** What the second line shows, the operator's choice (`v`). */
  readonly columns?: ListSettings['columns'];
  /** The filter line in force (`F`). */
  readonly filterLabel?: string;
}

/**
 * Two lines per chat. First: online dot, name or short id, state, and how long it has waited (or
 * when it was last active). Second: a raised priority (`!urgent`), language, its topics
 * (`[refund,booking]`), unread count, page, which other operators have it open, its assignee. Waiting chats come first, sorted by the client; then ASKED ones, whose visitor asked
 * for a person when none could be promised and which the bot still has.
 */
export function ConversationList(props: ConversationListProps) {
  const color = useColor();
  const { conversations, width, height } = props;
  const inner = width - 1;
  const fitting = Math.max(1, Math.floor((height - 1) / 2));
  const selectedIndex = conversations.findIndex((c) => c.id === props.selectedId);
  const start = Math.max(0, Math.min(selectedIndex - fitting + 1, conversations.length - fitting));
  const shown = conversations.slice(Math.max(0, start), Math.max(0, start) + fitting);
  const title = `Chats ${props.view && props.view !== 'all' ? `[${props.view}] ` : ''}${props.filter === 'all' ? '' : `[${props.filter}] `}${props.hideApi ? '[no API] ' : ''}${props.search ? `/${props.search} ` : ''}(${conversations.length})${props.filterLabel ? ` {${props.filterLabel}}` : ''}`;
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle={undefined}>
      <Text bold>{clip(title, inner)}</Text>
      {shown.length === 0 ? <Text dimColor>{clip('  nothing here', inner)}</Text> : null}
      {shown.map((c) => {
        const selected = c.id === (props.selectedId ?? conversations[0]?.id);
        const asked = askedForPerson(c);
        const since =
          c.state === 'waiting' && c.waitingSince
            ? c.waitingSince
            : asked && c.askedForPersonAt
              ? c.askedForPersonAt
              : c.updatedAt;
        const age = elapsed(props.now - Date.parse(since));
        const mark = props.marked?.has(c.id) ? '*' : selected ? '›' : ' ';
        const head = `${mark}${c.online ? '●' : '○'} `;
        const right = ` ${asked ? askedLabel : stateLabel[c.state]} ${age}`;
        const name = clip(
          visitorName(c),
          Math.max(1, inner - displayWidth(head) - displayWidth(right)),
        );
        const unread = props.unread[c.id] ?? 0;
        const others = c.viewers.filter((v) => v !== props.me);
        const columns = props.columns ?? ['lang', 'page'];
        const details = [
          // Escalation rules raised it: shown first, where the eye starts.
          c.priority && c.priority !== 'normal' ? `!${c.priority}` : '',
          c.channel === 'api' ? 'API' : c.channel === 'telegram' ? 'Telegram' : '',
          ...columns.filter((column) => column !== 'page').map((column) => columnText(c, column)),
          // What the visitor asked about says more than the page: it comes before it.
          c.topics?.length ? `[${c.topics.join(',')}]` : '',
          unread > 0 ? `(${unread})` : '',
          columns.includes('page') ? pagePath(c.page) : '',
          others.length > 0 ? `+${others.join(',')}` : '',
          // Waiting chats show who they were assigned to, taken ones who has them.
          c.assignee ? `@${c.assignee}` : '',
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <Box key={c.id} flexDirection="column">
            <Text inverse={selected} bold={c.id === props.openId}>
              <Text color={color(c.online ? 'green' : 'gray')}>{head}</Text>
              {name}
              <Text
                color={color(asked ? askedColor : stateColor[c.state])}
                bold={c.state === 'waiting' || asked}
              >
                {right}
              </Text>
            </Text>
            <Text dimColor={unread === 0} color={color(unread > 0 ? 'yellow' : undefined)}>
              {clip(`   ${details}`, inner)}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
