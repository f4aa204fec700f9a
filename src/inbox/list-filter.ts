/**
 * The inbox list's filter line, typed by the operator after `F`: words like `country:ES
 * city:Madrid source:google medium:cpc campaign:spring page:/tours since:7d lang:en archived`.
 * A word without a key searches the text. Read into a predicate over the list rows, the same
 * filters `chatbot conversations` has, on the rows the inbox already holds.
 */
import { parseDuration } from '../config/duration.js';
import type { ListSettings } from '../conversations/list-settings.js';
import type { OperatorSummary } from '../protocol/operator.js';

export interface ListFilter {
  readonly country?: string;
  readonly city?: string;
  readonly source?: string;
  readonly medium?: string;
  readonly campaign?: string;
  readonly page?: string;
  readonly lang?: string;
  readonly topic?: string;
  readonly priority?: string;
  /** Milliseconds back from now. */
  readonly since?: number;
  readonly archived: boolean;
  readonly words: readonly string[];
}

const keys = [
  'country',
  'city',
  'source',
  'medium',
  'campaign',
  'page',
  'lang',
  'topic',
  'priority',
  'since',
] as const;

/** Reads a filter line; words it cannot read come back in `problems` to show the operator. */
export function parseListFilter(line: string): { filter: ListFilter; problems: string[] } {
  const filter: { -readonly [K in keyof ListFilter]: ListFilter[K] } = {
    archived: false,
    words: [],
  };
  const problems: string[] = [];
  const words: string[] = [];
  for (const word of line.trim().split(/\s+/).filter(Boolean)) {
    if (word === 'archived') {
      filter.archived = true;
      continue;
    }
    const colon = word.indexOf(':');
    const key = colon > 0 ? word.slice(0, colon).toLowerCase().replace(/^utm_/, '') : '';
    const value = word.slice(colon + 1);
    if (!(keys as readonly string[]).includes(key) || !value) {
      words.push(word.toLowerCase());
      continue;
    }
    if (key === 'since') {
      const ms = parseDuration(value);
      if (ms === undefined) problems.push(`since:${value} (try since:7d)`);
      else filter.since = ms;
    } else if (key === 'country') filter.country = value.toUpperCase();
    else if (key === 'topic' || key === 'priority') filter[key] = value.toLowerCase();
    else filter[key as Exclude<(typeof keys)[number], 'since' | 'country'>] = value;
  }
  filter.words = words;
  return { filter, problems };
}

/**
 * Whether a row is shown. Archived chats are hidden unless asked for, but one the visitor wrote
 * in again after it was archived comes back: it needs someone.
 */
export function showsRow(row: OperatorSummary, filter: ListFilter, now: number): boolean {
  const archived = Boolean(row.archivedAt) && row.updatedAt <= (row.archivedAt ?? '');
  if (archived !== filter.archived) return false;
  const same = (a: string | undefined, b: string | undefined) =>
    b === undefined || a?.toLowerCase() === b.toLowerCase();
  if (!same(row.country, filter.country) || !same(row.city, filter.city)) return false;
  if (!same(row.utmSource, filter.source) || !same(row.utmMedium, filter.medium)) return false;
  if (!same(row.utmCampaign, filter.campaign) || !same(row.lang, filter.lang)) return false;
  if (filter.topic && !row.topics?.includes(filter.topic)) return false;
  if (filter.priority && (row.priority ?? 'normal') !== filter.priority) return false;
  if (filter.page && !(row.entryPage ?? row.page ?? '').includes(filter.page)) return false;
  if (filter.since !== undefined && Date.parse(row.updatedAt) < now - filter.since) return false;
  if (filter.words.length > 0) {
    const text = [row.contactName, row.contactEmail, row.contactPhone, row.lastMessage?.text]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
    if (!filter.words.every((word) => text.includes(word))) return false;
  }
  return true;
}

/** The rows in the operator's chosen order; `waiting` keeps the order the client sorts in. */
export function sortRows(
  rows: readonly OperatorSummary[],
  sort: ListSettings['sort'],
): readonly OperatorSummary[] {
  if (sort === 'waiting') return rows;
  const field = sort === 'recent' ? 'updatedAt' : 'createdAt';
  return [...rows].sort((a, b) => b[field].localeCompare(a[field]));
}

/** What a row's second line shows for each column the operator chose. */
export function columnText(row: OperatorSummary, column: ListSettings['columns'][number]): string {
  if (column === 'lang') return row.lang;
  if (column === 'country') return [row.city, row.country].filter(Boolean).join(',');
  if (column === 'source') return row.utmSource ?? '';
  return '';
}

/** The column sets `v` steps through. */
export const columnChoices: readonly ListSettings['columns'][] = [
  ['lang', 'page'],
  ['lang', 'country', 'page'],
  ['country', 'source', 'page'],
  ['lang', 'country', 'source'],
];
