/**
 * Archiving: a conversation leaves the inbox's list but stays stored, searchable and exportable.
 * Unarchiving is the same call with `false`. Only conversations not already so are written.
 */
import type { ConversationSummary } from '../domain/conversation.js';
import type { Store } from '../store/store.js';

export async function archiveConversations(
  store: Store,
  chosen: readonly ConversationSummary[],
  archived: boolean,
  now: Date = new Date(),
): Promise<number> {
  let changed = 0;
  for (const summary of chosen) {
    if (Boolean(summary.archivedAt) === archived) continue;
    await store.update(
      summary.id,
      (conversation) => {
        if (archived) conversation.archivedAt = now.toISOString();
        else delete conversation.archivedAt;
      },
      { quiet: true },
    );
    changed++;
  }
  return changed;
}
