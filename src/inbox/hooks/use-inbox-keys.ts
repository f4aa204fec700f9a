/**
 * Every key the inbox handles, by mode: the help screen, the search line, the composer and the
 * list. Each handler reads the UI state the previous key left (see use-ui-state) and the client's
 * current state, never a value captured at render time.
 */
import { type Key, useApp, useInput } from 'ink';
import { assignChat, loadRoster, nextView } from '../assign-views.js';
import { cannedText } from '../components/Composer.js';
import { stateFilters } from '../conversation-order.js';
import type { InboxClient } from '../inbox-client.js';
import { fileCommand } from '../send-file.js';
import { dropLastGrapheme } from '../text-layout.js';
import { typedChunk } from '../typed-chunk.js';
import {
  type Narrow,
  pickerChoices,
  selectedConversation,
  visibleConversations,
} from '../visible-conversations.js';
import { openPast, pastKey, peekKey } from './memory-keys.js';
import type { ListControls } from './use-list-controls.js';
import type { UiState, UpdateUi } from './use-ui-state.js';

interface KeyContext {
  readonly client: InboxClient;
  readonly ui: UiState;
  readonly update: UpdateUi;
  readonly exit: () => void;
  /** The list's filter line, marks, sort and columns: asked first in the list. */
  readonly controls: ListControls;
  readonly narrow: Narrow;
}

/** Enter in the composer: the draft goes to the visitor; `/file <path>` sends that file. */
function send({ client, update }: KeyContext, draft: string): void {
  const opened = client.state.open;
  const text = draft.trim();
  if (!text || !opened) return;
  const file = fileCommand(text);
  if (file) void client.sendFile(opened.id, file);
  else client.send(opened.id, text);
  client.typing(opened.id, false);
  update({ draft: '' });
}

/** Text typed into the search field: Enter in the same read applies it, as a separate Enter would. */
function typeSearch({ ui, update }: KeyContext, input: string): void {
  const typed = typedChunk(input);
  const search = ui.search + typed.text.replaceAll('\n', ' ');
  update(typed.enter ? { search, mode: 'list' } : { search, mode: 'search' });
}

/** Text typed into the composer, sent if its Enter came with it (a canned choice open aside). */
function typeDraft(context: KeyContext, input: string): void {
  const { client, ui, update } = context;
  const typed = typedChunk(input);
  const draft = ui.draft + typed.text;
  if (typed.enter && pickerChoices(client.state.canned, { ...ui, draft }).length === 0) {
    update({ mode: 'compose' });
    send(context, draft);
    return;
  }
  update({ draft, picked: 0, mode: 'compose' });
  const opened = client.state.open;
  if (opened) client.typing(opened.id, true);
}

/** The stats screen: `s`, Esc or `q` goes back to the list. */
function statsKey({ update }: KeyContext, input: string, key: Key): void {
  if (key.escape || input === 's' || input === 'q') update({ stats: false });
}

function helpKey({ update }: KeyContext, input: string, key: Key): void {
  if (key.escape || input === '?' || input === 'q') update({ help: false });
}

function searchKey(context: KeyContext, input: string, key: Key): void {
  const { ui, update } = context;
  if (key.escape) update({ search: '', mode: 'list' });
  else if (key.return) update({ mode: 'list' });
  else if (key.backspace || key.delete) update({ search: dropLastGrapheme(ui.search) });
  else if (input && !key.ctrl && !key.meta) typeSearch(context, input);
}

/** The note or tag line: Enter adds it to the conversation it was opened on, Esc drops it. */
function fieldKey(context: KeyContext, input: string, key: Key): void {
  const { ui, update } = context;
  if (key.escape) update({ mode: 'list', field: '' });
  else if (key.backspace || key.delete) update({ field: dropLastGrapheme(ui.field) });
  else if (key.return) submitField(context, ui.field);
  else if (input && !key.ctrl && !key.meta && !key.tab) {
    const typed = typedChunk(input);
    const field = ui.field + typed.text.replaceAll('\n', ' ');
    if (typed.enter) submitField(context, field);
    else update({ field });
  }
}

function submitField({ client, ui, update }: KeyContext, field: string): void {
  const text = field.trim();
  update({ mode: 'list', field: '' });
  if (!text || !ui.fieldFor) return;
  if (ui.mode === 'note') void client.note(ui.fieldFor, text);
  else void client.tag(ui.fieldFor, text);
}

/** `A`: the operator picker for the chat, once the server said who there is. */
function openPicker({ client, update }: KeyContext, target: string): void {
  void loadRoster(client).then((roster) => {
    if (roster.length > 0) update({ mode: 'assign', roster, picked: 0, fieldFor: target });
  });
}

/** The picker: ↑/↓ choose, Enter gives the chat to the one chosen, Esc leaves it as it was. */
function pickerKey({ client, ui, update }: KeyContext, key: Key): void {
  if (key.escape) update({ mode: 'list', fieldFor: undefined });
  else if (key.upArrow) update({ picked: Math.max(0, ui.picked - 1) });
  else if (key.downArrow) update({ picked: Math.min(ui.roster.length - 1, ui.picked + 1) });
  else if (key.return) {
    const chosen = ui.roster[ui.picked];
    update({ mode: 'list', fieldFor: undefined, picked: 0 });
    if (chosen && ui.fieldFor) void assignChat(client, ui.fieldFor, chosen.name);
  }
}

function composeKey(context: KeyContext, input: string, key: Key): void {
  const { client, ui, update } = context;
  const opened = client.state.open;
  const choices = pickerChoices(client.state.canned, ui);
  if (key.escape) {
    if (opened) client.typing(opened.id, false);
    update({ mode: 'list' });
  } else if ((key.return && key.meta) || input === '\n') update({ draft: `${ui.draft}\n` });
  else if ((key.return || key.tab) && choices.length > 0) {
    const choice = choices[Math.min(ui.picked, choices.length - 1)]!;
    update({ draft: cannedText(choice, opened?.conversation.lang ?? 'en'), picked: 0 });
  } else if (key.return) send(context, ui.draft);
  else if (key.upArrow && choices.length > 0) update({ picked: Math.max(0, ui.picked - 1) });
  else if (key.downArrow && choices.length > 0)
    update({ picked: Math.min(choices.length - 1, ui.picked + 1) });
  else if (key.backspace || key.delete) update({ draft: dropLastGrapheme(ui.draft) });
  else if (input && !key.ctrl && !key.meta && !key.tab) typeDraft(context, input);
}

/** ↑/↓ in the list: the selection moves within what the filter shows. */
function move({ client, ui, update, narrow }: KeyContext, step: number): void {
  const list = visibleConversations(client.state.conversations, ui, narrow, client.state.me?.name);
  if (list.length === 0) return;
  const chosen = selectedConversation(
    client.state.conversations,
    ui,
    narrow,
    client.state.me?.name,
  );
  const index = Math.max(
    0,
    list.findIndex((c) => c.id === chosen?.id),
  );
  update({ selectedId: list[Math.min(list.length - 1, Math.max(0, index + step))]?.id });
}

/** The chat a command acts on: the open one, else the one selected in the list. */
function commandTarget({ client, ui, narrow }: KeyContext): string | undefined {
  return (
    client.state.open?.id ??
    selectedConversation(client.state.conversations, ui, narrow, client.state.me?.name)?.id
  );
}

function listKey(context: KeyContext, input: string, key: Key): void {
  const { client, ui, update, exit, narrow } = context;
  const chosen = selectedConversation(
    client.state.conversations,
    ui,
    narrow,
    client.state.me?.name,
  );
  if (context.controls.handleKey(input, key, chosen?.id)) return;
  const opened = client.state.open;
  const target = commandTarget(context);
  // A key that opens a field, and what was typed after it, can arrive in one read ("/carmen",
  // "cThanks!"): the rest goes into the field it opens, as it would have key by key.
  const [first = '', rest] = key.ctrl || key.meta ? [input, ''] : [input[0], input.slice(1)];
  if (rest && first === '/') typeSearch(context, rest);
  else if (rest && (first === 'c' || first === 'i') && opened) typeDraft(context, rest);
  else if (key.upArrow || input === 'k') move(context, -1);
  else if (key.downArrow || input === 'j') move(context, 1);
  else if (key.return) {
    if (chosen) void client.open(chosen.id);
  } else if (input === 't' && target) {
    void (opened?.id === target ? Promise.resolve() : client.open(target)).then(() =>
      client.takeOver(target),
    );
  } else if (input === 'b' && target) void client.handBack(target);
  else if (input === 'r' && target) void client.resolve(target);
  else if (input === 'c' || input === 'i') {
    if (opened) update({ mode: 'compose' });
    else client.notify('Open a conversation first (Enter).');
  } else if ((input === 'n' || input === '#') && target)
    update({ mode: input === 'n' ? 'note' : 'tag', field: '', fieldFor: target });
  else if (input === 'f')
    update({ filter: stateFilters[(stateFilters.indexOf(ui.filter) + 1) % stateFilters.length]! });
  else if (input === 'x') update({ hideApi: !ui.hideApi });
  else if (input === 'm') update({ view: nextView(ui.view) });
  else if (input === 'A' && target) openPicker(context, target);
  else if (input === 'h') openPast(context);
  else if (input === '/') update({ mode: 'search' });
  else if (input === '?') update({ help: true });
  else if (input === 's') update({ stats: true });
  else if (input === 'q') exit();
}

/** Routes each key to the handler for the mode the screen is in. */
export default function useInboxKeys(
  client: InboxClient,
  ui: () => UiState,
  update: UpdateUi,
  controls: ListControls,
  narrow: Narrow,
) {
  const { exit } = useApp();
  useInput((input, key) => {
    const context: KeyContext = { client, ui: ui(), update, exit, controls, narrow };
    if (context.ui.help) helpKey(context, input, key);
    else if (context.ui.stats) statsKey(context, input, key);
    else if (context.ui.mode === 'search') searchKey(context, input, key);
    else if (context.ui.mode === 'compose') composeKey(context, input, key);
    else if (context.ui.mode === 'note' || context.ui.mode === 'tag') fieldKey(context, input, key);
    else if (context.ui.mode === 'assign') pickerKey(context, key);
    else if (context.ui.mode === 'past') pastKey(context, key);
    else if (context.ui.mode === 'peek') peekKey(context, input, key);
    else listKey(context, input, key);
  });
}
