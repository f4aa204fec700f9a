/**
 * The period a report covers and how its groups are keyed. Days and weeks are UTC, so the same
 * data gives the same report wherever it is read.
 */
import { parseDuration } from '../config/duration.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import type { ConversationFacts } from './facts.js';
import { type Grouping, groupings } from './report.js';

export interface StatsQuery {
  /** A duration back from now ("7d"); the default when neither it nor `from` is given is 30d. */
  readonly since?: string;
  /** A date (2026-03-01) or a time (2026-03-01T12:00Z). */
  readonly from?: string;
  /** A date is inclusive: --to 2026-03-31 covers the 31st. Default: now. */
  readonly to?: string;
  readonly by?: string;
}

export interface Period {
  readonly from: Date;
  readonly to: Date;
  readonly by?: Grouping;
}

const dayMs = 86_400_000;
export const defaultSince = '30d';

function parseTime(text: string, flag: string, endOfDay: boolean): Date {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const time = Date.parse(dateOnly ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(time))
    throw new ChatbotError(
      'USAGE',
      `${flag} takes a date like 2026-03-01 or a time like 2026-03-01T12:00Z, not "${text}"`,
    );
  return new Date(dateOnly && endOfDay ? time + dayMs : time);
}

/** The period a query asks for; a clear usage error for anything it cannot read. */
export function periodOf(query: StatsQuery, now: Date): Period {
  if (query.since !== undefined && query.from !== undefined)
    throw new ChatbotError('USAGE', 'Give --since or --from, not both');
  if (query.by !== undefined && !(groupings as readonly string[]).includes(query.by))
    throw new ChatbotError('USAGE', `--by takes one of ${groupings.join(', ')}, not "${query.by}"`);
  const to = query.to !== undefined ? parseTime(query.to, '--to', true) : now;
  let from: Date;
  if (query.from !== undefined) from = parseTime(query.from, '--from', false);
  else {
    const since = query.since ?? defaultSince;
    const ms = parseDuration(since);
    if (ms === undefined || ms <= 0)
      throw new ChatbotError(
        'USAGE',
        `--since takes a duration like 7d, 12h or 30m, not "${since}"`,
      );
    from = new Date(to.getTime() - ms);
  }
  if (from.getTime() >= to.getTime())
    throw new ChatbotError('USAGE', 'The period is empty: --from must come before --to');
  return { from, to, ...(query.by ? { by: query.by as Grouping } : {}) };
}

export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/** The Monday (UTC) of the ISO week a time falls in. */
export function weekOf(iso: string): string {
  const day = new Date(`${dayOf(iso)}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * dayMs).toISOString().slice(0, 10);
}

export function groupKey(facts: ConversationFacts, by: Grouping): string {
  switch (by) {
    case 'day':
      return dayOf(facts.createdAt);
    case 'week':
      return weekOf(facts.createdAt);
    case 'lang':
      return facts.lang;
    case 'page':
      return facts.page;
    case 'utm_source':
      return facts.utmSource;
    case 'utm_campaign':
      return facts.utmCampaign;
    case 'country':
      return facts.country;
    case 'assistant':
      return facts.assistant;
    case 'provider':
      return facts.provider;
  }
}

/** Every UTC day the period touches, oldest first (for the sparkline: empty days are zero). */
export function daysOf(period: Period): string[] {
  const days: string[] = [];
  const last = dayOf(new Date(period.to.getTime() - 1).toISOString());
  for (let time = Date.parse(`${dayOf(period.from.toISOString())}T00:00:00Z`); ; time += dayMs) {
    const day = new Date(time).toISOString().slice(0, 10);
    days.push(day);
    if (day >= last || days.length > 3660) break;
  }
  return days;
}
