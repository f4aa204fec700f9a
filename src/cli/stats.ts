/**
 * `chatbot stats`: the KPIs of a period, from the data folder (read-only, safe while the server
 * runs) or from a running server (--url and an operator token), as a summary, a table by group,
 * JSON or CSV. The numbers come from src/stats; this file only chooses the source and prints.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normalizeUrl } from '../client/server-url.js';
import { configFileName } from '../config/load.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import { resolveCredentials } from '../inbox/credentials.js';
import { computeStats } from '../stats/compute.js';
import { DataDirFacts } from '../stats/data-dir.js';
import { periodOf, type StatsQuery } from '../stats/period.js';
import type { Prices } from '../stats/prices.js';
import { columns, groupTable, sparkline, summaryLines } from '../stats/render.js';
import type { StatsReport } from '../stats/report.js';
import { csvCell } from './leads.js';
import { createOutput, type Output, table } from './output.js';
import { loadProjectConfig } from './project-config.js';

export interface StatsOptions extends StatsQuery {
  /** The bot project: its storage.dir and ai.prices. */
  readonly dir: string;
  /** A data folder to read instead of the project's. */
  readonly data?: string;
  readonly url?: string;
  readonly token?: string;
  readonly format: 'table' | 'json' | 'csv';
}

export async function runStats(
  options: StatsOptions,
  env: NodeJS.ProcessEnv = process.env,
  now = new Date(),
): Promise<void> {
  const output = createOutput(env);
  if (options.url && options.data)
    throw new ChatbotError('USAGE', 'Give --url (a running server) or --data (a folder), not both');
  const report = options.url
    ? await fetchReport(options, env)
    : await readReport(options, output, env, now);
  print(report, options.format, output);
}

const query = (options: StatsQuery): StatsQuery => ({
  ...(options.since ? { since: options.since } : {}),
  ...(options.from ? { from: options.from } : {}),
  ...(options.to ? { to: options.to } : {}),
  ...(options.by ? { by: options.by } : {}),
});

async function readReport(
  options: StatsOptions,
  output: Output,
  env: NodeJS.ProcessEnv,
  now: Date,
): Promise<StatsReport> {
  const period = periodOf(options, now);
  let dataDir = options.data ? resolve(options.data) : undefined;
  let prices: Prices = {};
  // A data folder copied off a server needs no project; a project gives its prices when present.
  if (!dataDir || existsSync(join(options.dir, configFileName))) {
    const { projectDir, config } = await loadProjectConfig(options.dir, output, 'validate', env);
    dataDir ??= resolve(projectDir, config.storage.dir);
    prices = config.ai.prices ?? {};
  }
  return computeStats(new DataDirFacts(dataDir), period, { prices, now });
}

async function fetchReport(options: StatsOptions, env: NodeJS.ProcessEnv): Promise<StatsReport> {
  const { url, token } = await resolveCredentials(
    { url: normalizeUrl(options.url!), ...(options.token ? { token: options.token } : {}) },
    env,
  );
  const params = new URLSearchParams(query(options) as Record<string, string>);
  let response: Response;
  try {
    response = await fetch(`${url}/api/operator/stats?${params}`, {
      headers: { authorization: `Bearer ${token}` },
    });
  } catch (error) {
    throw new ChatbotError(
      'SERVER_UNREACHABLE',
      `Cannot reach ${url}: ${(error as Error).message}`,
    );
  }
  if (response.status === 401)
    throw new ChatbotError('OPERATOR_TOKEN_REFUSED', 'The server refused this operator token');
  const body = (await response.json().catch(() => ({}))) as { message?: string };
  if (response.status === 400) throw new ChatbotError('USAGE', body.message ?? 'Bad request');
  if (!response.ok)
    throw new ChatbotError(
      'SERVER_UNREACHABLE',
      `${url} answered ${response.status}; is it a chatbot server?`,
    );
  return body as StatsReport;
}

function print(report: StatsReport, format: StatsOptions['format'], output: Output): void {
  if (format === 'json') {
    output.out(JSON.stringify(report, null, 2));
    return;
  }
  if (format === 'csv') {
    const rows = [...report.groups, report.total].map((stats) =>
      columns.map(([, value]) => {
        const cell = value(stats);
        return csvCell(cell === null ? '' : String(cell));
      }),
    );
    output.out(
      [columns.map(([name]) => name).join(','), ...rows.map((row) => row.join(','))].join('\n'),
    );
    return;
  }
  const { colors } = output;
  output.out(
    colors.bold(
      `${report.from.slice(0, 16).replace('T', ' ')} → ${report.to.slice(0, 16).replace('T', ' ')} UTC`,
    ),
  );
  const days = report.perDay;
  if (days.length > 1 && days.length <= 120)
    output.out(
      `${colors.dim('conversations per day')} ${sparkline(days.map((day) => day.conversations))}`,
    );
  output.out('');
  const lines = summaryLines(report.total);
  const width = Math.max(...lines.map(([label]) => label.length));
  for (const [label, value] of lines) output.out(`${label.padEnd(width)}  ${value}`);
  if (report.by) {
    const grouped = groupTable(report);
    output.out('');
    output.out(table(grouped.header, grouped.rows));
  }
  if (report.unreadable > 0)
    output.err(
      colors.yellow(
        `${report.unreadable} conversation file(s) could not be read and were left out.`,
      ),
    );
}
