import { useCallback, useReducer, useRef } from 'react';
import type { Conversation } from '../../domain/conversation.js';
import type { OperatorListEntry } from '../../protocol/operator.js';
import type { AssignView } from '../assign-views.js';
import type { StateFilter } from '../conversation-order.js';
import type { PastList } from '../customer-memory.js';

/**
 * Where keys go: the list (single-key commands), the composer (text, Enter sends), the search
 * line, the one-line fields for a private note (`n`) or a tag (`#`), the assign picker (`A`),
 * and the person's earlier chats (`h`: `past` lists them, `peek` reads one).
 */
export type Mode = 'list' | 'compose' | 'search' | 'note' | 'tag' | 'assign' | 'past' | 'peek';

export interface UiState {
  readonly mode: Mode;
  readonly help: boolean;
  /** The stats screen (key `s`) in place of the list and the chat. */
  readonly stats: boolean;
  readonly filter: StateFilter;
  /** Chats from the public API (a CRM, a phone system) are hidden: `x` toggles. */
  readonly hideApi: boolean;
  /** Whose chats the list shows: all, mine, or unassigned (`m` steps through them). */
  readonly view: AssignView;
  readonly search: string;
  readonly selectedId: string | undefined;
  readonly draft: string;
  readonly picked: number;
  /** The note or tag being typed, and the conversation it is for (or, in `assign`, the chat). */
  readonly field: string;
  readonly fieldFor: string | undefined;
  /** The operators the `A` picker offers (picked by `picked`). */
  readonly roster: readonly OperatorListEntry[];
  /** The open chat's person's other conversations (customer memory). */
  readonly past?: PastList | undefined;
  /** One of them, read-only (`peek`). */
  readonly peeked?: Conversation | undefined;
}

export type UiPatch = Partial<UiState> | ((ui: UiState) => Partial<UiState>);
export type UpdateUi = (patch: UiPatch) => void;

/** The screen as the inbox starts: the list, every chat, the `--open` one selected. */
export function startingUi(selectedId: string | undefined): UiState {
  return {
    mode: 'list',
    help: false,
    stats: false,
    filter: 'all',
    hideApi: false,
    view: 'all',
    search: '',
    selectedId,
    draft: '',
    picked: 0,
    field: '',
    fieldFor: undefined,
    roster: [],
  };
}

/**
 * UI state kept in a ref and re-rendered on change. Keys typed faster than React renders (a paste,
 * or tmux sending "c" then "/boo") must each see the state the previous key left, which a stale
 * closure over useState would not.
 */
export default function useUiState(initial: UiState): [() => UiState, UpdateUi] {
  const ref = useRef(initial);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const update = useCallback((patch: UiPatch) => {
    ref.current = { ...ref.current, ...(typeof patch === 'function' ? patch(ref.current) : patch) };
    rerender();
  }, []);
  return [() => ref.current, update];
}
