/**
 * What a turn's topics and escalation change on the stored conversation: its topics, tags (kept
 * as operator tags are: `tag` events by "escalation", and the conversation's `tags`), a raised
 * priority, the team, and one `escalation` event the timeline, the inbox and notifications read.
 * A rule that keeps matching message after message changes nothing twice: a tag already on the
 * chat, a priority already as high and the same team are left alone, and then no event is
 * written either (unless it hands off again).
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

/** The conversation's tags with these added, as a patch; empty when it has them all. */
export function tagsPatch(
  conversation: Pick<Conversation, 'tags'>,
  tags: readonly string[],
): ConversationPatch {
  const known = conversation.tags ?? [];
  const fresh = tags.filter((tag) => !known.includes(tag));
  return fresh.length > 0 ? { tags: [...known, ...fresh] } : {};
}

/** Stores what the escalation changes; resolves to whether it changed anything. */
export async function applyEscalation(
  append: AppendAndAnnounce,
  conversation: Conversation,
  escalation: Escalation,
): Promise<boolean> {
  const id = conversation.id;
  const priority = higherPriority(conversation.priority, escalation.priority);
  const raised = priority !== undefined && priority !== conversation.priority;
  const team =
    escalation.team && escalation.team !== conversation.team ? escalation.team : undefined;
  const tags = escalation.tags.filter((tag) => !conversation.tags?.includes(tag));
  if (!raised && !team && tags.length === 0 && !escalation.handoff) return false;
  // Read before appending: the store may change this very object.
  const had = conversation.tags ?? [];
  for (const [index, tag] of tags.entries())
    await append(
      id,
      { kind: 'event', type: 'tag', data: { by: escalationAuthor, tag } },
      { tags: [...had, ...tags.slice(0, index + 1)] },
    );
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
  if (turn.escalation) await applyEscalation(append, updated, turn.escalation);
}
