/**
 * The gap report both `chatbot gaps` (against a data folder) and the operator route (against a
 * running server) give: the recorded gaps of a period, grouped per language against the
 * knowledge being served.
 */
import { parseDuration } from '../config/duration.js';
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';
import type { GapRecord } from '../store/gap-log.js';
import { type GapGroup, groupGaps } from './gap-groups.js';

export interface GapQuery {
  /** A duration back from now: "30d", "12h". */
  readonly since?: string;
  readonly lang?: string;
}

export interface GapReport {
  readonly since?: string;
  /** Recorded gaps the report read. */
  readonly records: number;
  readonly groups: GapGroup[];
}

/** The ISO time a `since` duration points back to, or undefined when it is not a duration. */
export function sinceTime(since: string | undefined, now: Date): string | undefined | null {
  if (since === undefined) return undefined;
  const ms = parseDuration(since);
  return ms === undefined ? null : new Date(now.getTime() - ms).toISOString();
}

/** The bot's language for a `--lang`, or undefined when the bot has no such language. */
export function servedLanguage(snapshot: BotSnapshot, lang: string): string | undefined {
  const resolved = snapshot.resolveLanguage(lang);
  return resolved === lang || resolved === lang.split('-')[0] ? resolved : undefined;
}

export function gapReport(
  snapshot: BotSnapshot,
  records: readonly GapRecord[],
  options: { readonly since?: string; readonly examples?: number } = {},
): GapReport {
  const byLang = new Map<string, GapRecord[]>();
  for (const record of records) {
    // Conversations in a language the bot no longer serves are read against the default one.
    const lang = snapshot.resolveLanguage(record.lang);
    const list = byLang.get(lang);
    if (list) list.push(record);
    else byLang.set(lang, [record]);
  }
  const groups = [...byLang].flatMap(([lang, list]) =>
    groupGaps(snapshot.knowledge(lang), list, {
      ...(options.examples ? { examples: options.examples } : {}),
    }),
  );
  groups.sort((a, b) => b.count - a.count || b.conversations - a.conversations);
  return { ...(options.since ? { since: options.since } : {}), records: records.length, groups };
}
