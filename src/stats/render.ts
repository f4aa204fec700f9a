/**
 * The report for people: the lines `chatbot stats` prints, the CSV columns, and the small
 * formats (percent, durations, sparkline) the inbox's stats screen shares.
 */
import type { Durations, GroupStats, StatsReport } from './report.js';
import { handoffReasons } from './report.js';

export function percent(share: number | null): string {
  return share === null ? '–' : `${(share * 100).toFixed(share < 0.1 && share > 0 ? 1 : 0)}%`;
}

export function duration(ms: number | null): string {
  if (ms === null) return '–';
  if (ms < 1000) return `${ms}ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)}s`;
  const minutes = seconds / 60;
  if (minutes < 60)
    return `${Math.floor(minutes)}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
  const hours = minutes / 60;
  return hours < 48
    ? `${Math.floor(hours)}h${String(Math.round(minutes % 60)).padStart(2, '0')}m`
    : `${Math.round(hours / 24)}d`;
}

export function number(value: number | null, digits = 1): string {
  if (value === null) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}

export function money(value: number | null): string {
  return value === null ? '–' : value < 1 && value > 0 ? value.toFixed(4) : value.toFixed(2);
}

export function p50p90(durations: Durations): string {
  return durations.count === 0
    ? '–'
    : `${duration(durations.p50)} / ${duration(durations.p90)} (n=${durations.count})`;
}

const bars = '▁▂▃▄▅▆▇█';

/** One character per value, scaled to the largest. */
export function sparkline(values: readonly number[]): string {
  const top = Math.max(0, ...values);
  return values
    .map((value) =>
      top === 0
        ? bars[0]
        : bars[Math.min(bars.length - 1, Math.round((value / top) * (bars.length - 1)))],
    )
    .join('');
}

export function handoffLine(stats: GroupStats): string {
  const reasons = handoffReasons
    .filter((reason) => stats.handoffsByReason[reason] > 0)
    .map((reason) => `${reason} ${stats.handoffsByReason[reason]}`);
  return reasons.length > 0 ? reasons.join(', ') : 'none';
}

/** Conversations per topic, the most frequent first: "refund 12, booking 5". */
export function topicsLine(stats: GroupStats, most = 8): string {
  if (stats.topics.length === 0) return 'none';
  const shown = stats.topics.slice(0, most).map((t) => `${t.topic} ${t.conversations}`);
  const more = stats.topics.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` (+${more} more)` : ''}`;
}

export function csatLine(stats: GroupStats): string {
  const { csat } = stats;
  if (csat.responses === 0) return 'no ratings';
  const spread = (['5', '4', '3', '2', '1'] as const).map(
    (star) => `${star}★ ${csat.distribution[star]}`,
  );
  return `${number(csat.average, 2)} avg, ${csat.responses} ratings (${percent(csat.responseRate)} of resolved); ${spread.join(' ')}`;
}

/** Label and value pairs: the whole report for one group, in reading order. */
export function summaryLines(stats: GroupStats): [string, string][] {
  const providers = stats.providers;
  return [
    ['Visitors', String(stats.visitors)],
    [
      'Conversations',
      `${stats.conversations} (${stats.withMessages} with messages, ${stats.activeNow} active now)`,
    ],
    ['Leads', `${stats.leads} (${percent(stats.leadConversion)} of conversations)`],
    [
      'Resolved by the bot',
      `${stats.botResolved} of ${stats.ended} ended (${percent(stats.botResolvedRate)})`,
    ],
    [
      'Handed to a person',
      `${stats.handedOff} (${percent(stats.handoffRate)}): ${handoffLine(stats)}`,
    ],
    ['Waits timed out', String(stats.waitTimeouts)],
    ['Bot first response', p50p90(stats.botFirstResponse)],
    ['Operator first response', p50p90(stats.operatorFirstResponse)],
    ['Wait before takeover', p50p90(stats.waitBeforeTakeover)],
    ['Operator reply time', p50p90(stats.operatorReply)],
    ['CSAT', csatLine(stats)],
    ['Messages', `${stats.messages} (${number(stats.messagesPerConversation)} per conversation)`],
    ['Refusals', String(stats.refusals)],
    ['Topics', topicsLine(stats)],
    [
      'Provider calls',
      `${providers.calls} (${providers.failures} failed), tokens ${providers.inputTokens} in / ${providers.outputTokens} out`,
    ],
    [
      'Estimated cost',
      `${money(providers.cost)}${providers.unpriced.length > 0 ? ` (no price in ai.prices for ${providers.unpriced.join(', ')})` : ''}`,
    ],
  ];
}

/** The columns of a grouped table and of the CSV: one row per group. */
export const columns: readonly [string, (stats: GroupStats) => string | number | null][] = [
  ['key', (stats) => stats.key],
  ['visitors', (stats) => stats.visitors],
  ['conversations', (stats) => stats.conversations],
  ['with_messages', (stats) => stats.withMessages],
  ['active_now', (stats) => stats.activeNow],
  ['leads', (stats) => stats.leads],
  ['lead_conversion', (stats) => stats.leadConversion],
  ['ended', (stats) => stats.ended],
  ['bot_resolved', (stats) => stats.botResolved],
  ['bot_resolved_rate', (stats) => stats.botResolvedRate],
  ['handed_off', (stats) => stats.handedOff],
  ['handoff_rate', (stats) => stats.handoffRate],
  ...handoffReasons.map(
    (reason) =>
      [
        `handoff_${reason.replaceAll('-', '_')}`,
        (stats: GroupStats) => stats.handoffsByReason[reason],
      ] as [string, (stats: GroupStats) => number],
  ),
  ['wait_timeouts', (stats) => stats.waitTimeouts],
  ['bot_first_response_p50_ms', (stats) => stats.botFirstResponse.p50],
  ['bot_first_response_p90_ms', (stats) => stats.botFirstResponse.p90],
  ['operator_first_response_p50_ms', (stats) => stats.operatorFirstResponse.p50],
  ['operator_first_response_p90_ms', (stats) => stats.operatorFirstResponse.p90],
  ['wait_before_takeover_p50_ms', (stats) => stats.waitBeforeTakeover.p50],
  ['wait_before_takeover_p90_ms', (stats) => stats.waitBeforeTakeover.p90],
  ['operator_reply_p50_ms', (stats) => stats.operatorReply.p50],
  ['operator_reply_p90_ms', (stats) => stats.operatorReply.p90],
  ['csat_average', (stats) => stats.csat.average],
  ['csat_responses', (stats) => stats.csat.responses],
  ['csat_response_rate', (stats) => stats.csat.responseRate],
  ...(['1', '2', '3', '4', '5'] as const).map(
    (star) =>
      [`csat_${star}`, (stats: GroupStats) => stats.csat.distribution[star]] as [
        string,
        (stats: GroupStats) => number,
      ],
  ),
  ['messages', (stats) => stats.messages],
  ['messages_per_conversation', (stats) => stats.messagesPerConversation],
  ['refusals', (stats) => stats.refusals],
  ['provider_calls', (stats) => stats.providers.calls],
  ['provider_failures', (stats) => stats.providers.failures],
  ['input_tokens', (stats) => stats.providers.inputTokens],
  ['output_tokens', (stats) => stats.providers.outputTokens],
  ['estimated_cost', (stats) => stats.providers.cost],
];

/** The narrow table a grouped report prints: the numbers an owner compares across groups. */
export function groupTable(report: StatsReport): { header: string[]; rows: string[][] } {
  const row = (stats: GroupStats) => [
    stats.key,
    String(stats.conversations),
    String(stats.leads),
    percent(stats.botResolvedRate),
    percent(stats.handoffRate),
    duration(stats.waitBeforeTakeover.p50),
    number(stats.csat.average, 2),
    String(stats.refusals),
    money(stats.providers.cost),
  ];
  return {
    header: [
      report.by ?? 'group',
      'convs',
      'leads',
      'bot-resolved',
      'handoff',
      'wait p50',
      'csat',
      'refusals',
      'cost',
    ],
    rows: [...report.groups.map(row), row(report.total)],
  };
}
