/** Which chats the list shows under the operator's filter and search, and which one is selected. */
import type { CannedReply, OperatorSummary } from '../protocol/operator.js';
import { inView } from './assign-views.js';
import { cannedMatches } from './components/Composer.js';
import type { StateFilter } from './conversation-order.js';
import { askedForPerson } from './conversation-order.js';
import type { UiState } from './hooks/use-ui-state.js';

export function matches(
  summary: OperatorSummary,
  filter: StateFilter,
  search: string,
  hideApi: boolean,
): boolean {
  if (filter === 'asked' ? !askedForPerson(summary) : filter !== 'all' && summary.state !== filter)
    return false;
  if (hideApi && summary.channel === 'api') return false;
  if (!search) return true;
  const haystack = [
    summary.id,
    summary.contactName,
    summary.contactEmail,
    summary.contactPhone,
    summary.page,
    summary.lang,
    summary.lastMessage?.text,
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return haystack.includes(search.toLowerCase());
}

/** The list's own filter line and sort (use-list-controls), applied after the state filter. */
export type Narrow = (rows: readonly OperatorSummary[]) => readonly OperatorSummary[];

export function visibleConversations(
  conversations: readonly OperatorSummary[],
  ui: UiState,
  narrow?: Narrow,
  me?: string,
): readonly OperatorSummary[] {
  const shown = conversations.filter(
    (c) => matches(c, ui.filter, ui.search, ui.hideApi) && inView(c, ui.view, me),
  );
  return narrow ? narrow(shown) : shown;
}

/** The selected chat, or the first shown when the selected one is filtered out or gone. */
export function selectedConversation(
  conversations: readonly OperatorSummary[],
  ui: UiState,
  narrow?: Narrow,
  me?: string,
): OperatorSummary | undefined {
  const list = visibleConversations(conversations, ui, narrow, me);
  return list.find((c) => c.id === ui.selectedId) ?? list[0];
}

/** The canned replies offered while composing a "/shortcut". */
export function pickerChoices(canned: readonly CannedReply[], ui: UiState): CannedReply[] {
  return ui.mode === 'compose' ? cannedMatches(canned, ui.draft) : [];
}

/** The status bar's counts, over every chat whatever the filter. */
export function stateCounts(conversations: readonly OperatorSummary[]) {
  return {
    waiting: conversations.filter((c) => c.state === 'waiting').length,
    asked: conversations.filter(askedForPerson).length,
    bot: conversations.filter((c) => c.state === 'bot').length,
    human: conversations.filter((c) => c.state === 'human').length,
  };
}
