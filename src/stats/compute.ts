/**
 * computeStats: one pass over the conversations created in the period, each one's facts added
 * to the total and to its group. What is kept grows with the groups and the durations, not with
 * the messages.
 */
import type { FactsSource } from './data-dir.js';
import type { ConversationFacts } from './facts.js';
import { dayOf, daysOf, groupKey, type Period } from './period.js';
import type { Prices } from './prices.js';
import type { StatsReport } from './report.js';
import { GroupTally } from './tally.js';

/** Groupings by what only a conversation's full document records. */
const visitorGroupings: ReadonlySet<string> = new Set([
  'page',
  'utm_source',
  'utm_campaign',
  'country',
]);

export interface StatsOptions {
  readonly prices?: Prices;
  /** What "active now" and "idle" are measured from. */
  readonly now?: Date;
}

export async function computeStats(
  source: FactsSource,
  period: Period,
  options: StatsOptions = {},
): Promise<StatsReport> {
  const now = options.now ?? new Date();
  const total = new GroupTally('all');
  const groups = new Map<string, GroupTally>();
  const perDay = new Map<string, number>(daysOf(period).map((day) => [day, 0]));
  const add = (facts: ConversationFacts) => {
    total.add(facts, now.getTime());
    const day = dayOf(facts.createdAt);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    if (!period.by) return;
    const key = groupKey(facts, period.by);
    let group = groups.get(key);
    if (!group) {
      group = new GroupTally(key);
      groups.set(key, group);
    }
    group.add(facts, now.getTime());
  };
  const visitorFacts = period.by !== undefined && visitorGroupings.has(period.by);
  for await (const facts of source.facts(period.from, period.to, { visitorFacts })) add(facts);
  const prices = options.prices ?? {};
  const timeOrdered = period.by === 'day' || period.by === 'week';
  const ordered = [...groups.values()].sort((a, b) =>
    timeOrdered ? a.key.localeCompare(b.key) : b.size - a.size || a.key.localeCompare(b.key),
  );
  return {
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    computedAt: now.toISOString(),
    ...(period.by ? { by: period.by } : {}),
    total: total.result(prices),
    groups: ordered.map((group) => group.result(prices)),
    perDay: [...perDay.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([day, conversations]) => ({ day, conversations })),
    unreadable: source.unreadable,
  };
}
