/**
 * Topic tags of a visitor message, offline and the same on every run: the keyword intents of
 * the config's `topics:` the message contains (matched on word stems, src/chat/phrases.ts), and
 * the topic of each knowledge block the answer cites, which is the block's first tag. The
 * conversation keeps every topic its messages had, first seen first.
 */
import type { TopicsConfig } from '../config/escalation-schema.js';
import type { Citation } from '../domain/conversation.js';
import { findPhrase } from './phrases.js';

/** How many topics a conversation keeps: a long chat should not grow its list row without end. */
export const maxConversationTopics = 20;

/** A tag or a phrase as a topic name: lowercase, inner spaces as dashes ("Money back" -> "money-back"). */
export function topicName(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '-');
}

/** The configured intents whose phrases (for this language) the message's stems contain. */
export function keywordTopics(
  words: readonly string[],
  lang: string,
  topics: TopicsConfig,
): string[] {
  const found: string[] = [];
  for (const [topic, phrases] of Object.entries(topics))
    if (findPhrase(words, lang, phrases) !== undefined) found.push(topic);
  return found;
}

type TaggedBlocks = readonly { readonly id: string; readonly tags: readonly string[] }[];

/** Block id -> topic, built once per knowledge version (a reload brings new block arrays). */
const topicIndexes = new WeakMap<TaggedBlocks, Map<string, string>>();

function topicIndex(blocks: TaggedBlocks): Map<string, string> {
  let index = topicIndexes.get(blocks);
  if (!index) {
    index = new Map();
    for (const block of blocks) {
      const topic = block.tags[0] ? topicName(block.tags[0]) : '';
      if (topic) index.set(block.id, topic);
    }
    topicIndexes.set(blocks, index);
  }
  return index;
}

/** The topics of the cited blocks: each block's first tag, looked up by the citation's id. */
export function citedTopics(
  citations: readonly Pick<Citation, 'id'>[],
  blocks: TaggedBlocks,
): string[] {
  if (citations.length === 0) return [];
  const index = topicIndex(blocks);
  const found: string[] = [];
  for (const citation of citations) {
    const topic = index.get(citation.id);
    if (topic) found.push(topic);
  }
  return found;
}

/** The distinct topics of several lists, in order of first appearance. */
export function distinctTopics(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/**
 * The conversation's topics with a message's added, or undefined when it adds none (so the
 * store is not asked to change anything).
 */
export function addedTopics(
  existing: readonly string[] | undefined,
  added: readonly string[],
): readonly string[] | undefined {
  const known = existing ?? [];
  const fresh = added.filter((topic) => !known.includes(topic));
  if (fresh.length === 0) return undefined;
  return [...known, ...fresh].slice(0, maxConversationTopics);
}
