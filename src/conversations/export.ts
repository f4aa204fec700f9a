/**
 * Exports conversations as CSV or JSON Lines: one row per conversation (from the list rows, no
 * file read), or one per message (each conversation's transcript read in turn). Rows are written
 * as they are made, waiting whenever the output is full, so memory stays flat however many
 * conversations there are. CSV cells a spreadsheet would run as a formula are escaped
 * (csv-stringify's escape_formulas: a leading apostrophe).
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { ConversationSummary, TimelineEntry } from '../domain/conversation.js';
import type { Store } from '../store/store.js';

export type ExportFormat = 'csv' | 'jsonl';
export type ExportUnit = 'conversation' | 'message';

export interface ExportOptions {
  readonly format: ExportFormat;
  readonly per: ExportUnit;
}

export const conversationColumns = [
  'id',
  'createdAt',
  'updatedAt',
  'state',
  'channel',
  'lang',
  'country',
  'city',
  'entryPage',
  'utmSource',
  'utmMedium',
  'utmCampaign',
  'contactName',
  'contactEmail',
  'contactPhone',
  'messages',
  'rating',
  'assignee',
  'archivedAt',
  'assistant',
  'attributes',
] as const;

export const messageColumns = [
  'conversationId',
  'seq',
  'at',
  'author',
  'operator',
  'text',
  'attachments',
] as const;

type Row = Record<string, string | number | undefined>;

export function conversationRow(summary: ConversationSummary): Row {
  const row: Row = {};
  for (const column of conversationColumns)
    row[column] = summary[column as keyof ConversationSummary] as string | number | undefined;
  // One cell: the customer attributes as JSON, which any value survives unambiguously.
  row.attributes = summary.attributes ? JSON.stringify(summary.attributes) : undefined;
  return row;
}

export function messageRow(conversationId: string, entry: TimelineEntry): Row | undefined {
  if (entry.kind !== 'message') return undefined;
  return {
    conversationId,
    seq: entry.seq,
    at: entry.at,
    author: entry.author.kind,
    operator: entry.author.kind === 'operator' ? entry.author.name : undefined,
    text: entry.text,
    attachments: entry.attachments.map((file) => file.name).join(' ') || undefined,
  };
}

/** One CSV line (RFC 4180, formula-safe) of a row's cells in the columns' order. */
export function csvLine(columns: readonly string[], row: Row): string {
  return stringify([columns.map((column) => row[column] ?? '')], {
    escape_formulas: true,
  });
}

function jsonLine(row: Row): string {
  const kept: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(row)) if (value !== undefined) kept[key] = value;
  return `${JSON.stringify(kept)}\n`;
}

/** Writes the chosen conversations to `out`; resolves with how many rows were written. */
export async function exportConversations(
  store: Store,
  chosen: readonly ConversationSummary[],
  options: ExportOptions,
  out: Writable,
): Promise<number> {
  const columns = options.per === 'message' ? messageColumns : conversationColumns;
  // A reader gone mid-export (a closed download) never drains: the export stops there.
  let gone = false;
  const write = async (text: string) => {
    if (gone || out.write(text)) return;
    // The listener that loses is removed, or each pause would leave one behind.
    const settled = new AbortController();
    const { signal } = settled;
    await Promise.race([once(out, 'drain', { signal }), once(out, 'close', { signal })]);
    settled.abort();
    gone = out.destroyed;
  };
  const line = (row: Row) => (options.format === 'csv' ? csvLine(columns, row) : jsonLine(row));
  if (options.format === 'csv') await write(stringify([columns as readonly string[]]));
  let rows = 0;
  for (const summary of chosen) {
    if (gone) break;
    if (options.per === 'conversation') {
      await write(line(conversationRow(summary)));
      rows++;
      continue;
    }
    for (const entry of await store.history(summary.id)) {
      const row = messageRow(summary.id, entry);
      if (!row) continue;
      await write(line(row));
      rows++;
    }
  }
  return rows;
}
