import { Box } from 'ink';
import type { CannedReply } from '../../protocol/operator.js';
import type { UiState } from '../hooks/use-ui-state.js';
import type { InboxState } from '../inbox-client.js';
import { Composer, composerHeight } from './Composer.js';
import { Transcript } from './Transcript.js';

export interface ChatPaneProps {
  readonly state: InboxState;
  readonly ui: UiState;
  readonly picker: readonly CannedReply[];
  readonly width: number;
  readonly height: number;
  readonly now: number;
}

/** The right-hand pane: the open conversation over the composer, which grows as the draft does. */
export function ChatPane({ state, ui, picker, width, height, now }: ChatPaneProps) {
  const open = state.open;
  const composerWidth = width - 1;
  // The draft may take up to half the pane, so a long canned reply is read whole before sending.
  const draftLimit = Math.max(2, Math.floor(height / 2));
  const composerRows =
    ui.mode === 'compose' ? composerHeight(ui.draft, picker.length, composerWidth, draftLimit) : 1;
  return (
    <Box flexDirection="column" width={width} height={height} paddingLeft={1}>
      <Transcript
        open={open}
        pending={state.pending}
        past={ui.past?.forId === open?.id ? ui.past : undefined}
        me={state.me?.name ?? 'me'}
        width={width - 1}
        height={height - composerRows}
        now={now}
      />
      <Composer
        active={ui.mode === 'compose'}
        draft={ui.draft}
        picker={picker}
        picked={ui.picked}
        lang={open?.conversation.lang ?? 'en'}
        width={composerWidth}
        rows={draftLimit}
        hasOpen={Boolean(open)}
      />
    </Box>
  );
}
