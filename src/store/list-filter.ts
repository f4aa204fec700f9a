/**
 * The conversation list's filter and order, the same for every driver: the rows a filter
 * matches, most recently updated first.
 */
import type { ConversationState, ConversationSummary } from '../domain/conversation.js';
import type { ConversationFilter, PersonKeys } from './store.js';
import { channelOf, searchableText } from './summaries.js';

/** The states a filter asks for, or undefined for any state. */
export function filterStates(
  filter: ConversationFilter,
): ReadonlySet<ConversationState> | undefined {
  if (filter.state === undefined) return undefined;
  return new Set(Array.isArray(filter.state) ? filter.state : [filter.state]);
}

export function filterSummaries(
  candidates: Iterable<ConversationSummary>,
  filter: ConversationFilter,
): ConversationSummary[] {
  const states = filterStates(filter);
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const out: ConversationSummary[] = [];
  for (const summary of candidates) {
    if (states && !states.has(summary.state)) continue;
    if (filter.lang && summary.lang !== filter.lang) continue;
    if (filter.channel && channelOf(summary) !== filter.channel) continue;
    if (filter.since && summary.updatedAt < filter.since) continue;
    if (filter.until && summary.updatedAt > filter.until) continue;
    if (words.length > 0 && !words.every((word) => searchableText(summary).includes(word)))
      continue;
    if (filter.person && !samePerson(summary, filter.person)) continue;
    out.push(summary);
  }
  out.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  return filter.limit ? out.slice(0, filter.limit) : out;
}

/** Whether a list row shares the visitor id, the email or the phone given. */
export function samePerson(summary: ConversationSummary, person: PersonKeys): boolean {
  return (
    (person.visitorId !== undefined && summary.visitorId === person.visitorId) ||
    (person.email !== undefined &&
      summary.contactEmail !== undefined &&
      summary.contactEmail.toLowerCase() === person.email.toLowerCase()) ||
    (person.phone !== undefined && summary.contactPhone === person.phone)
  );
}
