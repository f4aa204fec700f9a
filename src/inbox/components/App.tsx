/**
 * The inbox screen: the conversation list on the left, the open conversation on the right, a
 * status bar at the bottom. Keys are handled by mode in use-inbox-keys: the list (single-key
 * commands), the composer (text, Enter sends) and the search line.
 */
import { Box } from 'ink';
import { useSyncExternalStore } from 'react';
import useClock from '../hooks/use-clock.js';
import useInboxKeys from '../hooks/use-inbox-keys.js';
import useTerminalSize, { type TerminalSize } from '../hooks/use-terminal-size.js';
import useUiState, { startingUi } from '../hooks/use-ui-state.js';
import type { InboxClient } from '../inbox-client.js';
import {
  pickerChoices,
  selectedConversation,
  stateCounts,
  visibleConversations,
} from '../visible-conversations.js';
import { ChatPane } from './ChatPane.js';
import { ConversationList } from './ConversationList.js';
import { ColorContext } from './color.js';
import { Help } from './Help.js';
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
}

/** The list takes about a third of the width, within bounds that keep names and ages readable. */
function listWidthFor(columns: number): number {
  return Math.min(34, Math.max(26, Math.floor(columns * 0.34)));
}

export function App({ client, colors, size: fixedSize, now = Date.now, selectAtStart }: AppProps) {
  const state = useSyncExternalStore(client.subscribe, client.snapshot);
  const { columns, rows } = useTerminalSize(fixedSize);
  const [uiNow, update] = useUiState(startingUi(selectAtStart));
  const clockNow = useClock(now);
  useInboxKeys(client, uiNow, update);

  const ui = uiNow();
  const listWidth = listWidthFor(columns);
  const mainHeight = Math.max(5, rows - 1);
  return (
    <ColorContext.Provider value={colors}>
      <Box flexDirection="column" width={columns} height={rows}>
        {ui.help ? (
          <Help height={mainHeight} />
        ) : (
          <Box height={mainHeight}>
            <ConversationList
              conversations={visibleConversations(state.conversations, ui)}
              selectedId={selectedConversation(state.conversations, ui)?.id}
              openId={state.open?.id}
              unread={state.unread}
              me={state.me?.name}
              width={listWidth}
              height={mainHeight}
              now={clockNow}
              filter={ui.filter}
              hideApi={ui.hideApi}
              search={ui.search}
            />
            <ChatPane
              state={state}
              ui={ui}
              picker={pickerChoices(state.canned, ui)}
              width={columns - listWidth}
              height={mainHeight}
              now={clockNow}
            />
          </Box>
        )}
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
      </Box>
    </ColorContext.Provider>
  );
}
