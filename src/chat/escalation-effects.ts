/**
 * What a turn's topics and escalation change on the stored conversation: its topics, tags (as
 * operator tags are kept: `tag` events, by "escalation"), a raised priority, the team, and one
 * `escalation` event the timeline, the inbox and notifications read. A rule that keeps matching
 * message after message changes nothing twice: a tag already on the chat, a priority already as
 * high and the same team are left alone, and then no event is written either (unless it hands
 * off again).
 */
import type { Conversation, TimelineEntry } from '../domain/conversation.js';
import type { ConversationPatch, Store } from '../store/store.js';
import { type Escalation, higherPriority } from './escalation.js';
import { addedTopics } from './topics.js';

/** Who the escalation's tags and events are by, in the timeline. */
export const escalationAuthor = 'escalation';

/** The service's way of storing an entry and telling whoever listens. */
export type AppendAndAnnounce = (
  id: string,
  entry: Parameters<Store['append']>[1],
  patch?: ConversationPatch,
) => Promise<TimelineEntry>;

/** The conversation's topics with the turn's, as a patch; empty when they add nothing. */
export function topicsPatch(
  conversation: Pick<Conversation, 'topics'>,
  topics: readonly string[] | undefined,
): ConversationPatch {
  const merged = topics?.length ? addedTopics(conversation.topics, topics) : undefined;
  return merged ? { topics: merged } : {};
}

/** Tags the conversation has had, from its whole history (read only when a rule tags). */
async function existingTags(store: Store, id: string): Promise<Set<string>> {
  const tags = new Set<string>();
  for (const entry of await store.entriesAfter(id, 0))
    if (entry.kind === 'event' && entry.type === 'tag') tags.add(String(entry.data.tag));
  return tags;
}

/** Stores what the escalation changes; resolves to whether it changed anything. */
export async function applyEscalation(
  store: Store,
  append: AppendAndAnnounce,
  conversation: Conversation,
  escalation: Escalation,
): Promise<boolean> {
  const id = conversation.id;
  const priority = higherPriority(conversation.priority, escalation.priority);
  const raised = priority !== undefined && priority !== conversation.priority;
  const team =
    escalation.team && escalation.team !== conversation.team ? escalation.team : undefined;
  const had = escalation.tags.length > 0 ? await existingTags(store, id) : new Set<string>();
  const tags = escalation.tags.filter((tag) => !had.has(tag));
  if (!raised && !team && tags.length === 0 && !escalation.handoff) return false;
  for (const tag of tags)
    await append(id, { kind: 'event', type: 'tag', data: { by: escalationAuthor, tag } });
  await append(
    id,
    {
      kind: 'event',
      type: 'escalation',
      data: {
        rules: escalation.rules,
        handoff: escalation.handoff,
        notify: escalation.notify,
        ...(raised ? { priority } : {}),
        ...(team ? { team } : {}),
        ...(tags.length ? { tags } : {}),
      },
    },
    { ...(raised ? { priority } : {}), ...(team ? { team } : {}) },
  );
  return true;
}

/**
 * A message to a chat a person has or waits for: the bot says nothing, but the message's
 * topics are kept and its escalation rules tag it and raise its priority.
 */
export async function recordQuietTurn(
  store: Store,
  append: AppendAndAnnounce,
  id: string,
  turn: { readonly topics?: readonly string[]; readonly escalation?: Escalation },
): Promise<void> {
  const current = await store.get(id);
  if (!current) return;
  const patch = topicsPatch(current, turn.topics);
  const updated = patch.topics
    ? await store.update(id, (conversation) => Object.assign(conversation, patch))
    : current;
  if (turn.escalation) await applyEscalation(store, append, updated, turn.escalation);
}
