import type { z } from 'zod';
import { dayKeyPattern, expandDayKey, type Weekday, weekdays } from '../domain/business-hours.js';
import type { ErrorCode } from '../errors/catalogue.js';
import { suggest } from '../source/suggest.js';

/**
 * The shape of business hours in the config: which keys and values are allowed. Deciding
 * whether hours are open at an instant (and what a day key means) belongs to src/domain.
 */
const range = '([01]\\d|2[0-4]):[0-5]\\d-([01]\\d|2[0-4]):[0-5]\\d';
export const dayValuePattern = new RegExp(`^(closed|${range}(\\s*,\\s*${range})*)$`);

/**
 * Canonical IANA names, looked up before building a formatter: a DateTimeFormat with a time zone
 * loads some 8 MB of ICU calendar and zone data, which a server checking its config at start
 * should not hold until it first computes business hours.
 */
let canonicalZones: ReadonlySet<string> | undefined;

export function isValidTimeZone(zone: string): boolean {
  canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (canonicalZones.has(zone)) return true;
  // Aliases ("Asia/Calcutta"), other spellings and "UTC" are valid too: the formatter decides.
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Issue params that findings read: point at the key rather than the value, and a better hint. */
export interface IssueParams {
  readonly atKey?: boolean;
  readonly hint?: string;
  readonly code?: ErrorCode;
}

/** Refinement for the hours object: a real timezone, day keys that parse, no day set twice. */
export function checkHours(hours: Record<string, unknown>, context: z.core.$RefinementCtx): void {
  const issue = (path: string, message: string, params: IssueParams = {}) =>
    context.addIssue({
      code: 'custom',
      path: [path],
      message,
      params: { code: 'CONFIG_HOURS', ...params },
      input: hours[path],
    });
  if (typeof hours.timezone === 'string' && !isValidTimeZone(hours.timezone)) {
    issue('timezone', `"${hours.timezone}" is not an IANA timezone`, {
      hint: 'Use a name like Europe/Madrid or America/New_York.',
    });
  }
  const covered = new Map<Weekday, string>();
  for (const key of Object.keys(hours)) {
    if (key === 'timezone' || key === 'holidays') continue;
    const days = expandDayKey(key);
    if (!days) {
      const suggestion = suggest(key, [...weekdays, 'mon-fri', 'sat-sun', 'timezone', 'holidays']);
      const message = dayKeyPattern.test(key)
        ? `The day range "${key}" runs backwards`
        : `"${key}" is not a day or a day range`;
      issue(key, message, {
        atKey: true,
        ...(suggestion ? { hint: `Did you mean "${suggestion}"?` } : {}),
      });
      continue;
    }
    for (const day of days) {
      const earlier = covered.get(day);
      if (earlier)
        issue(key, `"${key}" sets ${day} again, already set by "${earlier}"`, { atKey: true });
      else covered.set(day, key);
    }
    const value = hours[key];
    if (typeof value !== 'string' || value === 'closed' || !dayValuePattern.test(value)) continue;
    for (const range of value.split(',')) {
      const [from, to] = range.trim().split('-') as [string, string];
      if (from >= to) issue(key, `The range "${range.trim()}" ends before it starts`);
    }
  }
}
