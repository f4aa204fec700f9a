/**
 * The inbox screen: the conversation list on the left, the open conversation on the right, a
 * status bar at the bottom. All keys are handled here, by mode: the list (single-key commands),
 * the composer (text, Enter sends) and the search line.
 */
import { Box, useApp, useInput, useStdout } from 'ink';
import { useCallback, useEffect, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import type { OperatorSummary } from '../../server/views.js';
import type { InboxClient, StateFilter } from '../inbox-client.js';
import { askedForPerson, stateFilters } from '../inbox-client.js';
import type { StatsLoader } from '../stats-source.js';
import { typedChunk } from '../typed-chunk.js';
import { Composer, cannedMatches, cannedText, composerHeight } from './Composer.js';
import { ConversationList } from './ConversationList.js';
import { ColorContext } from './color.js';
import { Help } from './Help.js';
import { StatsScreen } from './StatsScreen.js';
import { StatusBar } from './StatusBar.js';
import { Transcript } from './Transcript.js';

export type Mode = 'list' | 'compose' | 'search';

export interface AppProps {
  readonly client: InboxClient;
  readonly colors: boolean;
  /** Fixed size for tests; otherwise the terminal's, following resizes. */
  readonly size?: { columns: number; rows: number };
  readonly now?: () => number;
  /** The conversation the inbox was started on (`--open`): selected in the list. */
  readonly selectAtStart?: string | undefined;
  /** The stats screen's numbers (key `s`); without it the screen says they are unavailable. */
  readonly loadStats?: StatsLoader;
}

function useTerminalSize(fixed: AppProps['size']) {
  const { stdout } = useStdout();
  const read = () => fixed ?? { columns: stdout.columns || 80, rows: stdout.rows || 24 };
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed) return;
    const update = () => setSize(read());
    stdout.on('resize', update);
    return () => {
      stdout.off('resize', update);
    };
  });
  return size;
}

function matches(
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

interface UiState {
  readonly mode: Mode;
  readonly help: boolean;
  readonly stats: boolean;
  readonly filter: StateFilter;
  /** Chats from the public API (a CRM, a phone system) are hidden: `a` toggles. */
  readonly hideApi: boolean;
  readonly search: string;
  readonly selectedId: string | undefined;
  readonly draft: string;
  readonly picked: number;
}

/**
 * UI state kept in a ref and re-rendered on change. Keys typed faster than React renders (a paste,
 * or tmux sending "c" then "/boo") must each see the state the previous key left, which a stale
 * closure over useState would not.
 */
function useUiState(
  initial: UiState,
): [() => UiState, (patch: Partial<UiState> | ((ui: UiState) => Partial<UiState>)) => void] {
  const ref = useRef(initial);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const update = useCallback((patch: Partial<UiState> | ((ui: UiState) => Partial<UiState>)) => {
    ref.current = { ...ref.current, ...(typeof patch === 'function' ? patch(ref.current) : patch) };
    rerender();
  }, []);
  return [() => ref.current, update];
}

export function App({
  client,
  colors,
  size: fixedSize,
  now = Date.now,
  selectAtStart,
  loadStats,
}: AppProps) {
  const state = useSyncExternalStore(client.subscribe, client.snapshot);
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(fixedSize);
  const [ui, update] = useUiState({
    mode: 'list',
    help: false,
    stats: false,
    filter: 'all',
    hideApi: false,
    search: '',
    selectedId: selectAtStart,
    draft: '',
    picked: 0,
  });
  const [clockNow, setClockNow] = useState(now());
  const { mode, help, stats, filter, hideApi, search, draft, picked } = ui();

  // Waiting times tick once a second.
  useEffect(() => {
    const timer = setInterval(() => setClockNow(now()), 1000);
    return () => clearInterval(timer);
  }, [now]);

  const visibleOf = (current: UiState) =>
    client.state.conversations.filter((c) =>
      matches(c, current.filter, current.search, current.hideApi),
    );
  const visible = visibleOf(ui());
  const selectedOf = (current: UiState) => {
    const list = visibleOf(current);
    return list.find((c) => c.id === current.selectedId) ?? list[0];
  };
  const selected = selectedOf(ui());
  const open = state.open;
  const langOf = () => client.state.open?.conversation.lang ?? 'en';
  const pickerOf = (current: UiState) =>
    current.mode === 'compose' ? cannedMatches(client.state.canned, current.draft) : [];
  const picker = pickerOf(ui());

  /** Enter in the composer: the draft goes to the visitor. */
  const send = (draft: string) => {
    const opened = client.state.open;
    const text = draft.trim();
    if (!text || !opened) return;
    client.send(opened.id, text);
    client.typing(opened.id, false);
    update({ draft: '' });
  };

  useInput((input, key) => {
    const current = ui();
    const opened = client.state.open;
    if (current.help) {
      if (key.escape || input === '?' || input === 'q') update({ help: false });
      return;
    }
    if (current.stats) {
      if (key.escape || input === 's' || input === 'q') update({ stats: false });
      return;
    }
    /** Text typed into the search field: Enter in the same read applies it, as a separate Enter would. */
    const typeSearch = (search: string, input: string) => {
      const typed = typedChunk(input);
      const text = search + typed.text.replaceAll('\n', ' ');
      update(typed.enter ? { search: text, mode: 'list' } : { search: text, mode: 'search' });
    };
    /** Text typed into the composer, sent if its Enter came with it (a canned choice open aside). */
    const typeDraft = (state: UiState, input: string) => {
      const typed = typedChunk(input);
      const draft = state.draft + typed.text;
      if (typed.enter && pickerOf({ ...state, draft }).length === 0) {
        update({ mode: 'compose' });
        return send(draft);
      }
      update({ draft, picked: 0, mode: 'compose' });
      if (opened) client.typing(opened.id, true);
    };
    if (current.mode === 'search') {
      if (key.escape) update({ search: '', mode: 'list' });
      else if (key.return) update({ mode: 'list' });
      else if (key.backspace || key.delete) update({ search: current.search.slice(0, -1) });
      else if (input && !key.ctrl && !key.meta) typeSearch(current.search, input);
      return;
    }
    if (current.mode === 'compose') {
      const choices = pickerOf(current);
      if (key.escape) {
        if (opened) client.typing(opened.id, false);
        update({ mode: 'list' });
      } else if ((key.return && key.meta) || input === '\n')
        update({ draft: `${current.draft}\n` });
      else if ((key.return || key.tab) && choices.length > 0) {
        const choice = choices[Math.min(current.picked, choices.length - 1)]!;
        update({ draft: cannedText(choice, langOf()), picked: 0 });
      } else if (key.return) send(current.draft);
      else if (key.upArrow && choices.length > 0)
        update({ picked: Math.max(0, current.picked - 1) });
      else if (key.downArrow && choices.length > 0)
        update({ picked: Math.min(choices.length - 1, current.picked + 1) });
      else if (key.backspace || key.delete) update({ draft: current.draft.slice(0, -1) });
      else if (input && !key.ctrl && !key.meta && !key.tab) typeDraft(current, input);
      return;
    }
    const list = visibleOf(current);
    const chosen = selectedOf(current);
    const target = opened?.id ?? chosen?.id;
    const move = (step: number) => {
      if (list.length === 0) return;
      const index = Math.max(
        0,
        list.findIndex((c) => c.id === chosen?.id),
      );
      update({ selectedId: list[Math.min(list.length - 1, Math.max(0, index + step))]?.id });
    };
    // A key that opens a field, and what was typed after it, can arrive in one read ("/carmen",
    // "cThanks!"): the rest goes into the field it opens, as it would have key by key.
    const [first = '', rest] = key.ctrl || key.meta ? [input, ''] : [input[0], input.slice(1)];
    if (rest && first === '/') return typeSearch(current.search, rest);
    if (rest && (first === 'c' || first === 'i') && opened) return typeDraft(current, rest);
    if (key.upArrow || input === 'k') move(-1);
    else if (key.downArrow || input === 'j') move(1);
    else if (key.return && chosen) void client.open(chosen.id);
    else if (input === 't' && target) {
      void (opened?.id === target ? Promise.resolve() : client.open(target)).then(() =>
        client.takeOver(target),
      );
    } else if (input === 'b' && target) void client.handBack(target);
    else if (input === 'r' && target) void client.resolve(target);
    else if (input === 'c' || input === 'i') {
      if (opened) update({ mode: 'compose' });
      else client.notify('Open a conversation first (Enter).');
    } else if (input === 'f')
      update({
        filter: stateFilters[(stateFilters.indexOf(current.filter) + 1) % stateFilters.length]!,
      });
    else if (input === 'a') update({ hideApi: !current.hideApi });
    else if (input === '/') update({ mode: 'search' });
    else if (input === '?') update({ help: true });
    else if (input === 's') update({ stats: true });
    else if (input === 'q') exit();
  });

  const lang = open?.conversation.lang ?? 'en';
  const listWidth = Math.min(34, Math.max(26, Math.floor(columns * 0.34)));
  const mainHeight = Math.max(5, rows - 1);
  const composerWidth = columns - listWidth - 1;
  // The draft may take up to half the pane, so a long canned reply is read whole before sending.
  const draftLimit = Math.max(2, Math.floor(mainHeight / 2));
  const composerRows =
    mode === 'compose' ? composerHeight(draft, picker.length, composerWidth, draftLimit) : 1;
  const counts = {
    waiting: state.conversations.filter((c) => c.state === 'waiting').length,
    asked: state.conversations.filter(askedForPerson).length,
    bot: state.conversations.filter((c) => c.state === 'bot').length,
    human: state.conversations.filter((c) => c.state === 'human').length,
  };

  return (
    <ColorContext.Provider value={colors}>
      <Box flexDirection="column" width={columns} height={rows}>
        {help ? (
          <Help height={mainHeight} />
        ) : stats ? (
          <StatsScreen load={loadStats} width={columns} height={mainHeight} now={now} />
        ) : (
          <Box height={mainHeight}>
            <ConversationList
              conversations={visible}
              selectedId={selected?.id}
              openId={open?.id}
              unread={state.unread}
              me={state.me?.name}
              width={listWidth}
              height={mainHeight}
              now={clockNow}
              filter={filter}
              hideApi={hideApi}
              search={search}
            />
            <Box
              flexDirection="column"
              width={columns - listWidth}
              height={mainHeight}
              paddingLeft={1}
            >
              <Transcript
                open={open}
                pending={state.pending}
                me={state.me?.name ?? 'me'}
                width={columns - listWidth - 1}
                height={mainHeight - composerRows}
                now={clockNow}
              />
              <Composer
                active={mode === 'compose'}
                draft={draft}
                picker={picker}
                picked={picked}
                lang={lang}
                width={composerWidth}
                rows={draftLimit}
                hasOpen={Boolean(open)}
              />
            </Box>
          </Box>
        )}
        <StatusBar
          connection={state.connection}
          problem={state.problem}
          notice={state.notice}
          mode={mode}
          search={search}
          counts={counts}
          me={state.me?.name}
          width={columns}
        />
      </Box>
    </ColorContext.Provider>
  );
}
