/**
 * The list's own controls, kept out of App: the filter line (`F`), marking chats (Space) and
 * archiving them (`a`), the sort order (`o`) and the columns shown (`v`). The operator's
 * filter, sort and columns are saved on the server, per operator, and loaded at start.
 */
import type { Key } from 'ink';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { defaultListSettings, type ListSettings } from '../../conversations/list-settings.js';
import type { OperatorSummary } from '../../protocol/operator.js';
import type { InboxClient } from '../inbox-client.js';
import { columnChoices, parseListFilter, showsRow, sortRows } from '../list-filter.js';
import type { ListManagement } from '../list-management.js';
import { typedChunk } from '../typed-chunk.js';

interface ControlsState {
  readonly settings: ListSettings;
  /** The filter line being typed, while `F` is open. */
  readonly editing: string | undefined;
  readonly marked: ReadonlySet<string>;
}

export interface ListControls {
  readonly settings: ListSettings;
  readonly editing: string | undefined;
  readonly marked: ReadonlySet<string>;
  /** The list title's note of what is filtered: "country:ES since:7d". */
  readonly label: string;
  /** The rows shown, filtered and in the chosen order. */
  visible(rows: readonly OperatorSummary[], now: number): readonly OperatorSummary[];
  /** Handles a key in the list; false when it is not one of the list's own. */
  handleKey(input: string, key: Key, selectedId: string | undefined): boolean;
}

const sorts: readonly ListSettings['sort'][] = ['waiting', 'recent', 'created'];

export default function useListControls(
  client: InboxClient,
  manage: ListManagement | undefined,
): ListControls {
  // A ref, as App's own UI state: keys typed faster than renders each see the last one's state.
  const ref = useRef<ControlsState>({
    settings: defaultListSettings,
    editing: undefined,
    marked: new Set(),
  });
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const update = useCallback((patch: Partial<ControlsState>) => {
    ref.current = { ...ref.current, ...patch };
    rerender();
  }, []);

  useEffect(() => {
    if (!manage) return;
    manage.loadSettings().then(
      (settings) => settings && update({ settings }),
      () => client.notify('Your list settings could not be loaded; the defaults are used.'),
    );
  }, [manage, client, update]);

  const save = (settings: ListSettings) => {
    update({ settings });
    manage?.saveSettings(settings).catch(() => client.notify('Your list settings were not saved.'));
  };

  const archive = (ids: readonly string[]) => {
    if (!manage) return client.notify('Archiving needs the server (run the inbox with --url).');
    update({ marked: new Set() });
    manage.archive(ids).then(
      (changed) => {
        client.markArchived(ids, new Date().toISOString());
        client.notify(`Archived ${changed} chat${changed === 1 ? '' : 's'}.`);
      },
      () => client.notify('Archiving failed; nothing was archived.'),
    );
  };

  const actions: ControlActions = { update, save, archive, notify: (text) => client.notify(text) };
  const handleKey = (input: string, key: Key, selectedId: string | undefined): boolean => {
    const state = ref.current;
    if (state.editing === undefined) return listKey(state, input, selectedId, actions);
    filterLineKey(state, state.editing, input, key, actions);
    return true;
  };

  const { settings, editing, marked } = ref.current;
  const { filter } = parseListFilter(settings.filter);
  return {
    settings,
    editing,
    marked,
    label: settings.filter,
    visible: (rows, now) =>
      sortRows(
        rows.filter((row) => showsRow(row, filter, now)),
        settings.sort,
      ),
    handleKey,
  };
}

/** What the key functions may do; the hook gives them its state updates and the server calls. */
interface ControlActions {
  update(patch: Partial<ControlsState>): void;
  save(settings: ListSettings): void;
  archive(ids: readonly string[]): void;
  notify(text: string): void;
}

/** A key in the list itself; false when it is not one of the list's own. */
function listKey(
  state: ControlsState,
  input: string,
  selectedId: string | undefined,
  actions: ControlActions,
): boolean {
  if (input === 'F')
    actions.update({ editing: state.settings.filter ? `${state.settings.filter} ` : '' });
  else if (input === ' ' && selectedId) {
    const marked = new Set(state.marked);
    if (!marked.delete(selectedId)) marked.add(selectedId);
    actions.update({ marked });
  } else if (input === 'a') {
    const ids = state.marked.size > 0 ? [...state.marked] : selectedId ? [selectedId] : [];
    if (ids.length > 0) actions.archive(ids);
  } else if (input === 'o') {
    const sort = sorts[(sorts.indexOf(state.settings.sort) + 1) % sorts.length]!;
    actions.save({ ...state.settings, sort });
    actions.notify(
      `Sorted: ${sort === 'waiting' ? 'waiting first' : sort === 'recent' ? 'most recent' : 'newest'}`,
    );
  } else if (input === 'v') {
    const current = columnChoices.findIndex(
      (choice) => choice.join() === state.settings.columns.join(),
    );
    actions.save({
      ...state.settings,
      columns: columnChoices[(current + 1) % columnChoices.length]!,
    });
  } else return false;
  return true;
}

/** A key while the filter line is open: Enter applies it, Escape leaves it as it was. */
function filterLineKey(
  state: ControlsState,
  line: string,
  input: string,
  key: Key,
  actions: ControlActions,
) {
  if (key.escape) return actions.update({ editing: undefined });
  if (key.return) {
    actions.update({ editing: undefined });
    return applyFilter(state.settings, line, actions);
  }
  if (key.backspace || key.delete) return actions.update({ editing: line.slice(0, -1) });
  if (!input || key.ctrl || key.meta) return;
  const typed = typedChunk(input);
  const text = line + typed.text.replaceAll('\n', ' ');
  if (!typed.enter) return actions.update({ editing: text });
  actions.update({ editing: undefined });
  applyFilter(state.settings, text, actions);
}

/** Saves the filter as typed; words it does not understand are named, not dropped silently. */
function applyFilter(settings: ListSettings, line: string, actions: ControlActions): void {
  const { problems } = parseListFilter(line);
  if (problems.length > 0) actions.notify(`Not understood: ${problems.join(', ')}`);
  actions.save({ ...settings, filter: line.trim() });
}
