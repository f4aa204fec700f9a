/**
 * The knowledge-gap log, data/gaps.log: one JSON line per question the bot could not answer
 * well (a refusal, a "did you mean…", a person asked for right after an answer, a thumbs-down,
 * a low rating). Append-only like a timeline, so recording costs one write whatever the
 * history, a torn last line is skipped, and `chatbot gaps --data` can read it while a server
 * writes it. The questions are visitors' words: the file is private (0600) like the rest.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppendLog } from './append-log.js';
import { writePrivateFile } from './private-files.js';

export type GapReason =
  /** The bot gave the fallback, or a model answered with no knowledge behind it (a failed answer). */
  | 'refused'
  /** The offline answerer was unsure and asked "did you mean…" (its low-confidence band). */
  | 'unsure'
  /** The visitor asked for a person right after the bot answered this question. */
  | 'handoff'
  /** The visitor voted the answer down. */
  | 'thumbs-down'
  /** The visitor rated the conversation 1 or 2 of 5; the last answered question is recorded. */
  | 'low-rating';

export const gapReasons: readonly GapReason[] = [
  'refused',
  'unsure',
  'handoff',
  'thumbs-down',
  'low-rating',
];

export interface GapRecord {
  readonly at: string;
  readonly conversationId: string;
  readonly lang: string;
  readonly question: string;
  readonly reason: GapReason;
  /** The seq of the visitor's question in its conversation. */
  readonly questionSeq?: number;
  /** The offline answerer's confidence for the question, when it judged it. */
  readonly confidence?: number;
  /** The blocks the answer cited, when there was an answer. */
  readonly cited?: readonly string[];
}

export interface GapFilter {
  /** ISO time: only records at or after it. */
  readonly since?: string;
  readonly lang?: string;
}

export class GapLog {
  readonly path: string;
  private log: AppendLog | undefined;
  private opening: Promise<AppendLog> | undefined;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'gaps.log');
  }

  /** Appends and rewrites take turns: a rewrite replaces the file the append handle points to. */
  private turn: Promise<unknown> = Promise.resolve();

  append(record: GapRecord): Promise<void> {
    return this.inTurn(async () => {
      this.opening ??= this.openLog();
      this.log ??= await this.opening;
      this.log.append(`${JSON.stringify(record)}\n`);
    });
  }

  /**
   * Removes every record of these conversations (a person erased on request, or conversations
   * purged), rewriting the file atomically. Returns how many were removed.
   */
  forget(conversationIds: ReadonlySet<string>): Promise<number> {
    return this.inTurn(async () => {
      const records = await this.read();
      const kept = records.filter((record) => !conversationIds.has(record.conversationId));
      if (kept.length === records.length) return 0;
      await this.closeLog();
      await writePrivateFile(
        this.path,
        kept.map((record) => `${JSON.stringify(record)}\n`).join(''),
      );
      return records.length - kept.length;
    });
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const next = this.turn.then(work, work);
    this.turn = next.catch(() => undefined);
    return next;
  }

  /** Every record that passes the filter, oldest first. Safe to call while another process appends. */
  async read(filter: GapFilter = {}): Promise<GapRecord[]> {
    return readGapLog(this.path, filter);
  }

  close(): Promise<void> {
    return this.inTurn(() => this.closeLog());
  }

  private async closeLog(): Promise<void> {
    const log = this.log ?? (this.opening ? await this.opening : undefined);
    await log?.close();
    this.log = undefined;
    this.opening = undefined;
  }

  private async openLog(): Promise<AppendLog> {
    if (!existsSync(this.path)) return AppendLog.create(this.path);
    // A torn last line (a power cut mid-write) is left behind: appends start on a new line.
    const size = (await stat(this.path)).size;
    const log = await AppendLog.reopen(this.path, size);
    const text = await readFile(this.path, 'utf8');
    if (text.length > 0 && !text.endsWith('\n')) log.append('\n');
    return log;
  }
}

/** Reads a gap log without opening it for writing (a CLI next to a running server). */
export async function readGapLog(path: string, filter: GapFilter = {}): Promise<GapRecord[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const records: GapRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    let record: GapRecord;
    try {
      record = JSON.parse(line) as GapRecord;
    } catch {
      // A torn line from a cut write: it was never acknowledged, so it is not a record.
      continue;
    }
    if (filter.since && record.at < filter.since) continue;
    if (filter.lang && record.lang !== filter.lang) continue;
    records.push(record);
  }
  return records;
}
