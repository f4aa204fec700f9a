/**
 * `chatbot leads`: the people who left contact details, newest first, as a table, CSV (for a
 * spreadsheet or CRM import) or JSON. Reads data/leads.json; works while the server runs.
 */
import { resolve } from 'node:path';
import { parseDuration } from '../config/duration.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import { LeadBook } from '../leads/lead-book.js';
import { inboxCommand, ownerServerUrl } from '../notify/messages.js';
import { sharedRecords } from '../store/open-store.js';
import { createOutput, table } from './output.js';
import { loadProjectConfig } from './project-config.js';

export interface LeadsOptions {
  readonly dir: string;
  readonly since?: string;
  readonly format: 'table' | 'csv' | 'json';
}

export async function runLeads(
  options: LeadsOptions,
  env: NodeJS.ProcessEnv = process.env,
  now = new Date(),
): Promise<void> {
  const output = createOutput(env);
  const { projectDir, config } = await loadProjectConfig(options.dir, output, 'validate', env);
  let since: number | undefined;
  if (options.since) {
    const ms = parseDuration(options.since);
    if (ms === undefined)
      throw new ChatbotError(
        'USAGE',
        `--since takes a duration like 7d, 12h or 30m, not "${options.since}"`,
      );
    since = now.getTime() - ms;
  }
  const book = await LeadBook.open(
    resolve(projectDir, config.storage.dir),
    await sharedRecords(config.storage),
  );
  const leads = book
    .list()
    .filter((lead) => since === undefined || Date.parse(lead.updatedAt) >= since)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const serverUrl = ownerServerUrl(config);
  const rows = leads.map((lead) => ({
    created: lead.createdAt,
    name: lead.name ?? '',
    email: lead.email ?? '',
    phone: lead.phone ?? '',
    messenger: lead.messenger ?? '',
    lang: lead.lang,
    firstPage: lead.firstPage ?? '',
    utm: Object.entries(lead.utm ?? {})
      .map(([key, value]) => `${key}=${value}`)
      .join(' '),
    notes: lead.notes.join(' | '),
    conversations: lead.conversations.length,
    open: lead.conversations[0] ? inboxCommand(serverUrl, lead.conversations[0]) : '',
  }));

  if (options.format === 'json') {
    output.out(JSON.stringify(rows, null, 2));
    return;
  }
  if (options.format === 'csv') {
    output.out(
      [csvColumns, ...rows.map((row) => csvColumns.map((column) => String(row[column])))]
        .map((cells) => cells.map(csvCell).join(','))
        .join('\n'),
    );
    return;
  }
  if (rows.length === 0) {
    output.err(since === undefined ? 'No leads yet.' : `No leads in the last ${options.since}.`);
    return;
  }
  output.out(
    table(
      ['created', 'name', 'email', 'phone', 'lang', 'first page', 'utm', 'open it'],
      rows.map((row) => [
        row.created.slice(0, 16).replace('T', ' '),
        row.name,
        row.email,
        row.phone || row.messenger,
        row.lang,
        row.firstPage,
        row.utm,
        row.open,
      ]),
    ),
  );
  output.err(output.colors.dim(`${rows.length} lead${rows.length === 1 ? '' : 's'}`));
}

const csvColumns = [
  'created',
  'name',
  'email',
  'phone',
  'messenger',
  'lang',
  'firstPage',
  'utm',
  'notes',
  'conversations',
  'open',
] as const;

/**
 * One CSV cell (RFC 4180). A cell a spreadsheet would run as a formula (=, +, -, @) gets a
 * leading apostrophe: a visitor's "name" must not become a formula in the owner's Excel.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
