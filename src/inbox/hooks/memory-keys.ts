/**
 * Keys of customer memory: `h` lists the open chat's person's other conversations; in the list
 * ↑/↓ choose, Enter reads one (read-only), Esc goes back; reading one, Esc returns to the list.
 */
import type { Key } from 'ink';
import { peekConversation } from '../customer-memory.js';
import type { InboxClient } from '../inbox-client.js';
import type { UiState, UpdateUi } from './use-ui-state.js';

interface MemoryKeyContext {
  readonly client: InboxClient;
  readonly ui: UiState;
  readonly update: UpdateUi;
}

/** `h`: the picker, when the open chat's person has other conversations this operator may see. */
export function openPast({ client, ui, update }: MemoryKeyContext): void {
  const open = client.state.open;
  const past = open && ui.past?.forId === open.id ? ui.past : undefined;
  if (!open) client.notify('Open a conversation first (Enter).');
  else if (past && past.conversations.length > 0) update({ mode: 'past', picked: 0 });
  else if (past?.hidden) client.notify('Their earlier chats are not yours to open.');
  else client.notify('No earlier chats with this person.');
}

export function pastKey({ client, ui, update }: MemoryKeyContext, key: Key): void {
  const rows = ui.past?.conversations ?? [];
  if (key.escape) update({ mode: 'list', picked: 0 });
  else if (key.upArrow) update({ picked: Math.max(0, ui.picked - 1) });
  else if (key.downArrow) update({ picked: Math.min(rows.length - 1, ui.picked + 1) });
  else if (key.return) {
    const chosen = rows[ui.picked];
    if (!chosen) return;
    void peekConversation(client, chosen.id).then((peeked) => {
      if (peeked) update({ mode: 'peek', peeked });
    });
  }
}

export function peekKey({ update }: MemoryKeyContext, input: string, key: Key): void {
  if (key.escape || input === 'q' || input === 'h') update({ mode: 'past', peeked: undefined });
}
