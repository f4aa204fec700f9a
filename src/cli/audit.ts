/**
 * `chatbot audit` and `chatbot audit verify`: the audit log of a data folder (on the server) or,
 * with --url, of a running server, read through its admin API.
 */
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { ChatbotError, ExitError } from '../errors/chatbot-error.js';
import { sinceDate } from '../server/audit-routes.js';
import {
  type AuditEvent,
  AuditLog,
  type AuditRecord,
  type AuditVerdict,
  filterAudit,
  verifyAuditLines,
} from '../store/audit-log.js';
import { csvCell } from './leads.js';
import { createOutput, table } from './output.js';

export interface AuditOptions {
  readonly dir: string;
  readonly since?: string;
  readonly actor?: string;
  readonly action?: string;
  readonly format?: 'table' | 'json' | 'csv';
  readonly url?: string;
  readonly token?: string;
}

/** The project's data folder, from its config (storage.dir). */
export async function dataDirOf(dir: string): Promise<string> {
  const loaded = await loadConfig(resolve(dir), { mode: 'validate' });
  if (!loaded.config)
    throw new ChatbotError('BOT_INVALID', 'chatbot.config.yaml has errors; run `chatbot validate`');
  return resolve(dir, loaded.config.storage.dir);
}

/** Records an action taken with the CLI on the server itself (operator add, revoke). */
export function auditFromCli(dataDir: string, event: Omit<AuditEvent, 'actor' | 'ip'>): void {
  new AuditLog(dataDir).append({ actor: `cli:${userInfo().username}`, ip: 'local', ...event });
}

async function read(
  options: AuditOptions,
  env: NodeJS.ProcessEnv,
): Promise<{ entries: AuditRecord[]; verified: AuditVerdict }> {
  const since = sinceDate(options.since);
  if (since === null)
    throw new ChatbotError('USAGE', `--since "${options.since}" is neither a duration nor a date`, {
      hint: 'Use e.g. 7d, 12h or 2026-01-31.',
    });
  if (options.url) return fetchFromServer(options, env);
  const log = new AuditLog(await dataDirOf(options.dir));
  const lines = log.lines();
  return {
    verified: verifyAuditLines(lines),
    entries: filterAudit(log.records(), {
      ...(since ? { since } : {}),
      ...(options.actor ? { actor: options.actor } : {}),
      ...(options.action ? { action: options.action } : {}),
    }),
  };
}

async function fetchFromServer(options: AuditOptions, env: NodeJS.ProcessEnv) {
  const token = options.token ?? env.CHATBOT_ADMIN_TOKEN ?? env.CHATBOT_TOKEN;
  if (!token)
    throw new ChatbotError('USAGE', "Reading a server's audit log needs an admin token", {
      hint: "Pass --token, or set CHATBOT_ADMIN_TOKEN (or an admin operator's CHATBOT_TOKEN).",
    });
  const query = new URLSearchParams();
  for (const key of ['since', 'actor', 'action'] as const)
    if (options[key]) query.set(key, options[key]!);
  const url = `${options.url!.replace(/\/+$/, '')}/api/admin/audit?${query}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok)
    throw new ChatbotError('USAGE', `${url} answered ${response.status}`, {
      hint:
        response.status === 403 ? 'Only admins read the audit log.' : 'Check --url and --token.',
    });
  return (await response.json()) as { entries: AuditRecord[]; verified: AuditVerdict };
}

const columns = ['seq', 'at', 'actor', 'role', 'action', 'target', 'ip', 'details'] as const;

function cells(record: AuditRecord): string[] {
  return columns.map((column) => {
    const value = record[column];
    if (value === undefined) return '';
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
}

export async function runAudit(options: AuditOptions, env = process.env): Promise<void> {
  const output = createOutput(env);
  const { entries, verified } = await read(options, env);
  if (options.format === 'json') output.out(JSON.stringify(entries, null, 2));
  else if (options.format === 'csv')
    output.out(
      [[...columns], ...entries.map(cells)].map((row) => row.map(csvCell).join(',')).join('\n'),
    );
  else if (entries.length === 0) output.out('No audit entries match.');
  else output.out(table([...columns], entries.map(cells)));
  if (!verified.ok)
    output.err(
      output.colors.red(
        `✖ The audit chain is broken at line ${verified.line}: run \`chatbot audit verify\`.`,
      ),
    );
}

export async function runAuditVerify(options: AuditOptions, env = process.env): Promise<void> {
  const output = createOutput(env);
  const { verified } = await read(options, env);
  if (verified.ok) {
    output.out(`${output.colors.green('✔')} ${verified.lines} audit lines, chain intact.`);
    return;
  }
  output.err(
    `${output.colors.red('✖')} Audit line ${verified.line} is not what was written: ${verified.reason}.`,
  );
  throw new ExitError(1);
}
