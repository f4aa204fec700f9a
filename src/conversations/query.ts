/**
 * Finding conversations for the owner's tools: `chatbot conversations`, its REST twin, the
 * inbox's filters and retention all choose conversations with one query, read the same way from
 * command-line flags and from URL parameters, so a filter means the same thing everywhere.
 * Owns: conversation management (query, export, archive, erasure, retention).
 * Must not import server, socket or CLI code.
 */

import { parseDuration } from '../config/duration.js';
import {
  type Channel,
  type ConversationState,
  type ConversationSummary,
  priorities,
} from '../domain/conversation.js';
import type { Store } from '../store/store.js';
import { searchableText } from '../store/summaries.js';

export interface ConversationQuery {
  readonly state?: readonly ConversationState[];
  readonly lang?: string;
  readonly channel?: Channel;
  /** Last activity at or after this ISO time. */
  readonly since?: string;
  /** Last activity before this ISO time. */
  readonly before?: string;
  /** Upper-case country code. */
  readonly country?: string;
  readonly city?: string;
  readonly utmSource?: string;
  readonly utmMedium?: string;
  readonly utmCampaign?: string;
  /** Part of the first page's address. */
  readonly entryPage?: string;
  /** Whether the visitor left an email or a phone number. */
  readonly hasLead?: boolean;
  readonly rating?: { readonly min: number; readonly max: number };
  readonly text?: string;
  /** true: archived only; false: not archived; absent: both. */
  readonly archived?: boolean;
  readonly email?: string;
  readonly visitor?: string;
  /** A topic the conversation has (src/chat/topics.ts), lowercase. */
  readonly topic?: string;
  readonly priority?: string;
}

/** The parameters a query is written with, as flags (--utm-source) or URL parameters (utmSource). */
export const queryParameters = [
  'state',
  'lang',
  'channel',
  'since',
  'before',
  'from',
  'to',
  'country',
  'city',
  'utmSource',
  'utmMedium',
  'utmCampaign',
  'entryPage',
  'hasLead',
  'rating',
  'text',
  'archived',
  'email',
  'visitor',
  'topic',
  'priority',
] as const;

export type QueryParameters = Partial<Record<(typeof queryParameters)[number], string>>;

/** A parameter that cannot be read; the CLI shows it as a usage error, REST as a 400. */
export class QueryError extends Error {}

const states: readonly ConversationState[] = ['bot', 'waiting', 'human', 'resolved'];

/** Reads the parameters; `now` is the clock the relative dates ("90d") count back from. */
export function parseQuery(parameters: QueryParameters, now: Date): ConversationQuery {
  const p = parameters;
  const query: { -readonly [K in keyof ConversationQuery]: ConversationQuery[K] } = {};
  if (p.state) query.state = parseStates(p.state);
  if (p.lang) query.lang = p.lang;
  if (p.channel) {
    if (p.channel !== 'widget' && p.channel !== 'api')
      throw new QueryError(`channel is "widget" or "api", not "${p.channel}"`);
    query.channel = p.channel;
  }
  const since = p.since ?? p.from;
  if (since) query.since = parseTime(since, now, 'start', p.since ? 'since' : 'from');
  const before = p.before ?? p.to;
  if (before) query.before = parseTime(before, now, 'end', p.before ? 'before' : 'to');
  if (p.country) query.country = p.country.toUpperCase();
  if (p.city) query.city = p.city;
  if (p.utmSource) query.utmSource = p.utmSource;
  if (p.utmMedium) query.utmMedium = p.utmMedium;
  if (p.utmCampaign) query.utmCampaign = p.utmCampaign;
  if (p.entryPage) query.entryPage = p.entryPage;
  if (p.hasLead !== undefined) query.hasLead = parseYesNo(p.hasLead, 'hasLead');
  if (p.rating) query.rating = parseRating(p.rating);
  if (p.text) query.text = p.text;
  if (p.archived !== undefined) query.archived = parseYesNo(p.archived, 'archived');
  if (p.email) query.email = p.email.trim().toLowerCase();
  if (p.visitor) query.visitor = p.visitor;
  if (p.topic) query.topic = p.topic.trim().toLowerCase();
  if (p.priority) query.priority = parsePriority(p.priority);
  return query;
}

function parsePriority(text: string): string {
  const priority = text.trim().toLowerCase();
  if (!(priorities as readonly string[]).includes(priority))
    throw new QueryError(`priority is one of ${priorities.join(', ')}, not "${text}"`);
  return priority;
}

function parseStates(text: string): ConversationState[] {
  const list = text.split(',').map((state) => state.trim()) as ConversationState[];
  const unknown = list.find((state) => !states.includes(state));
  if (unknown) throw new QueryError(`state is one of ${states.join(', ')}, not "${unknown}"`);
  return list;
}

function parseYesNo(text: string, name: string): boolean {
  if (['', 'true', 'yes', '1'].includes(text)) return true;
  if (['false', 'no', '0'].includes(text)) return false;
  throw new QueryError(`${name} is yes or no, not "${text}"`);
}

/** "5" or "1-2": the visitor's rating, 1 to 5. */
function parseRating(text: string): { min: number; max: number } {
  const match = /^([1-5])(?:-([1-5]))?$/.exec(text.trim());
  if (!match) throw new QueryError(`rating is a number 1-5 or a range like 1-2, not "${text}"`);
  const min = Number(match[1]);
  const max = match[2] ? Number(match[2]) : min;
  return { min: Math.min(min, max), max: Math.max(min, max) };
}

/**
 * A point in time: a duration back from now ("90d", "12h"), a date ("2026-05-01", its start,
 * or for an upper bound the start of the next day, so a "to" date includes that whole day), or
 * an ISO time.
 */
export function parseTime(text: string, now: Date, bound: 'start' | 'end', name: string): string {
  const ago = parseDuration(text);
  if (ago !== undefined) return new Date(now.getTime() - ago).toISOString();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const day = Date.parse(`${text}T00:00:00Z`);
    if (Number.isNaN(day)) throw new QueryError(`${name}: "${text}" is not a date`);
    return new Date(bound === 'end' ? day + 86_400_000 : day).toISOString();
  }
  const time = Date.parse(text);
  if (Number.isNaN(time))
    throw new QueryError(
      `${name} takes a duration back from now (90d, 12h), a date (2026-05-01) or an ISO time, not "${text}"`,
    );
  return new Date(time).toISOString();
}

/** Whether one list row is chosen by the query. */
export function matches(summary: ConversationSummary, query: ConversationQuery): boolean {
  const q = query;
  if (q.state && !q.state.includes(summary.state)) return false;
  if (q.lang && summary.lang !== q.lang) return false;
  if (q.channel && summary.channel !== q.channel) return false;
  if (q.since && summary.updatedAt < q.since) return false;
  if (q.before && summary.updatedAt >= q.before) return false;
  if (q.country && summary.country !== q.country) return false;
  if (q.city && summary.city?.toLowerCase() !== q.city.toLowerCase()) return false;
  if (q.utmSource && summary.utmSource !== q.utmSource) return false;
  if (q.utmMedium && summary.utmMedium !== q.utmMedium) return false;
  if (q.utmCampaign && summary.utmCampaign !== q.utmCampaign) return false;
  if (q.entryPage && !summary.entryPage?.includes(q.entryPage)) return false;
  if (
    q.hasLead !== undefined &&
    q.hasLead !== Boolean(summary.contactEmail || summary.contactPhone)
  )
    return false;
  if (q.rating && !inRange(summary.rating, q.rating)) return false;
  if (q.archived !== undefined && q.archived !== Boolean(summary.archivedAt)) return false;
  if (q.email && summary.contactEmail?.toLowerCase() !== q.email) return false;
  if (q.visitor && summary.visitorId !== q.visitor) return false;
  if (q.topic && !summary.topics?.includes(q.topic)) return false;
  if (q.priority && (summary.priority ?? 'normal') !== q.priority) return false;
  if (q.text) {
    const text = searchableText(summary);
    if (
      !q.text
        .toLowerCase()
        .split(/\s+/)
        .filter(Boolean)
        .every((word) => text.includes(word))
    )
      return false;
  }
  return true;
}

function inRange(rating: number | undefined, range: { min: number; max: number }): boolean {
  return rating !== undefined && rating >= range.min && rating <= range.max;
}

/** The conversations a query chooses, most recently active first. */
export function selectConversations(store: Store, query: ConversationQuery): ConversationSummary[] {
  return store
    .list(query.state ? { state: query.state } : {})
    .filter((summary) => matches(summary, query));
}

/** Whether the query names anything at all: bulk changes refuse an empty one. */
export function isEmptyQuery(query: ConversationQuery): boolean {
  return Object.keys(query).length === 0;
}
