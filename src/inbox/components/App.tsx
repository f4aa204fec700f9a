/**
 * The inbox screen: the conversation list on the left, the open conversation on the right, a
 * status bar at the bottom. Keys are handled by mode in use-inbox-keys: the list (single-key
 * commands), the composer (text, Enter sends) and the search line.
 */
import { Box } from 'ink';
import { useSyncExternalStore } from 'react';
import type { OperatorSummary } from '../../protocol/operator.js';
import { visitorName } from '../format.js';
import useClock from '../hooks/use-clock.js';
import useInboxKeys from '../hooks/use-inbox-keys.js';
import useListControls from '../hooks/use-list-controls.js';
import usePast from '../hooks/use-past.js';
import useTerminalSize, { type TerminalSize } from '../hooks/use-terminal-size.js';
import useUiState, { startingUi } from '../hooks/use-ui-state.js';
import type { InboxClient } from '../inbox-client.js';
import type { ListManagement } from '../list-management.js';
import type { StatsLoader } from '../stats-source.js';
import {
  pickerChoices,
  selectedConversation,
  stateCounts,
  visibleConversations,
} from '../visible-conversations.js';
import { AssignPicker } from './AssignPicker.js';
import { ChatPane } from './ChatPane.js';
import { ConversationList } from './ConversationList.js';
import { ColorContext } from './color.js';
import FilterLine from './FilterLine.js';
import { Help } from './Help.js';
import { PastPane } from './PastPane.js';
import { StatsScreen } from './StatsScreen.js';
import { StatusBar } from './StatusBar.js';

export type { Mode } from '../hooks/use-ui-state.js';

export interface AppProps {
  readonly client: InboxClient;
  readonly colors: boolean;
  /** Fixed size for tests; otherwise the terminal's, following resizes. */
  readonly size?: TerminalSize;
  readonly now?: () => number;
  /** The conversation the inbox was started on (`--open`): selected in the list. */
  readonly selectAtStart?: string | undefined;
  /** Settings and archiving over REST; absent, the list keeps its defaults and cannot archive. */
  readonly manage?: ListManagement | undefined;
  /** The stats screen's numbers (key `s`); without it the screen says they are unavailable. */
  readonly loadStats?: StatsLoader;
}

/** The list takes about a third of the width, within bounds that keep names and ages readable. */
function listWidthFor(columns: number): number {
  return Math.min(34, Math.max(26, Math.floor(columns * 0.34)));
}

export function App({
  client,
  colors,
  size: fixedSize,
  now = Date.now,
  selectAtStart,
  manage,
  loadStats,
}: AppProps) {
  const state = useSyncExternalStore(client.subscribe, client.snapshot);
  const { columns, rows } = useTerminalSize(fixedSize);
  const [uiNow, update] = useUiState(startingUi(selectAtStart));
  const clockNow = useClock(now);
  const listControls = useListControls(client, manage);
  const narrow = (rows: readonly OperatorSummary[]) => listControls.visible(rows, now());
  useInboxKeys(client, uiNow, update, listControls, narrow);
  usePast(client, state.open, update);

  const ui = uiNow();
  const listWidth = listWidthFor(columns);
  const mainHeight = Math.max(5, rows - 1);
  return (
    <ColorContext.Provider value={colors}>
      <Box flexDirection="column" width={columns} height={rows}>
        {ui.help ? (
          <Help height={mainHeight} />
        ) : ui.stats ? (
          <StatsScreen load={loadStats} width={columns} height={mainHeight} now={now} />
        ) : (
          <Box height={mainHeight}>
            <ConversationList
              conversations={visibleConversations(state.conversations, ui, narrow, state.me?.name)}
              selectedId={selectedConversation(state.conversations, ui, narrow, state.me?.name)?.id}
              openId={state.open?.id}
              unread={state.unread}
              me={state.me?.name}
              width={listWidth}
              height={mainHeight}
              now={clockNow}
              filter={ui.filter}
              hideApi={ui.hideApi}
              view={ui.view}
              search={ui.search}
              marked={listControls.marked}
              columns={listControls.settings.columns}
              filterLabel={listControls.label}
            />
            {ui.mode === 'past' || ui.mode === 'peek' ? (
              <PastPane
                past={ui.past}
                picked={ui.picked}
                peeked={ui.mode === 'peek' ? ui.peeked : undefined}
                width={columns - listWidth}
                height={mainHeight}
              />
            ) : ui.mode === 'assign' ? (
              <AssignPicker
                roster={ui.roster}
                picked={ui.picked}
                chat={pickerChat(state.conversations, ui.fieldFor)}
                pass={state.me?.role === 'agent'}
                width={columns - listWidth}
                height={mainHeight}
              />
            ) : (
              <ChatPane
                state={state}
                ui={ui}
                picker={pickerChoices(state.canned, ui)}
                width={columns - listWidth}
                height={mainHeight}
                now={clockNow}
              />
            )}
          </Box>
        )}
        {listControls.editing !== undefined ? (
          <FilterLine line={listControls.editing} width={columns} />
        ) : (
          <StatusBar
            connection={state.connection}
            problem={state.problem}
            notice={state.notice}
            mode={ui.mode}
            search={ui.search}
            field={ui.field}
            counts={stateCounts(state.conversations)}
            me={state.me?.name}
            width={columns}
          />
        )}
      </Box>
    </ColorContext.Provider>
  );
}

/** The chat the picker gives away, as the list names it. */
function pickerChat(conversations: readonly OperatorSummary[], id: string | undefined): string {
  const row = conversations.find((c) => c.id === id);
  return row ? visitorName(row) : (id ?? '');
}
