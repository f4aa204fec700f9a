/**
 * The audit log: who did what, when and from where, one JSON line per operator or admin action
 * in `data/audit.jsonl` (0600). Each line holds the hash of the line before it and its own hash,
 * SHA-256 over its canonical JSON (keys sorted), so an edited, inserted or removed line breaks
 * the chain at that point and `verifyAuditLines` names it.
 *
 * Appends are one write() each, as the conversation logs (./append-log.ts), then fdatasync: an
 * audit line must survive a power cut. The server and the CLI (`chatbot operator add`) may both
 * append: each append reads the last line from the file itself, not from memory, under a lock
 * file (`audit.jsonl.lock`), so two writers never chain onto the same line.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fdatasyncSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { privateFileMode } from './private-files.js';

export const auditFileName = 'audit.jsonl';
const genesis = '0'.repeat(64);

/** What a caller says about an action. */
export interface AuditEvent {
  /** Operator name, `admin-token`, or `cli:<user>` for commands run on the server. */
  readonly actor: string;
  readonly role?: string;
  /** `sign-in`, `takeover`, `reply`, `deploy`, `operator.add`, …: see docs/operators.md. */
  readonly action: string;
  /** What it was done to: a conversation id, an operator name, a version. */
  readonly target?: string;
  readonly ip?: string;
  readonly details?: Readonly<Record<string, string | number | boolean>>;
}

export interface AuditRecord extends AuditEvent {
  readonly seq: number;
  readonly at: string;
  readonly prev: string;
  readonly hash: string;
}

/** JSON with keys sorted at every level: the same record always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map(
        (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
      )
      .join(',')}}`;
  return JSON.stringify(value);
}

export function recordHash(record: Omit<AuditRecord, 'hash'>): string {
  return createHash('sha256').update(canonicalJson(record)).digest('hex');
}

export class AuditLog {
  readonly path: string;

  constructor(
    dataDir: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.path = join(dataDir, auditFileName);
  }

  /** Appends one action and returns the line written. */
  append(event: AuditEvent): AuditRecord {
    const release = lockFile(`${this.path}.lock`);
    try {
      return this.appendLocked(event);
    } finally {
      release();
    }
  }

  private appendLocked(event: AuditEvent): AuditRecord {
    const fd = openSync(this.path, 'a+', privateFileMode);
    try {
      const last = lastLine(fd);
      const previous = last ? (JSON.parse(last) as AuditRecord) : undefined;
      const body = {
        ...stripUndefined(event),
        seq: (previous?.seq ?? 0) + 1,
        at: this.clock().toISOString(),
        prev: previous?.hash ?? genesis,
      };
      const record: AuditRecord = { ...body, hash: recordHash(body) };
      const line = `${JSON.stringify(record)}\n`;
      const written = writeSync(fd, line);
      if (written !== Buffer.byteLength(line))
        throw new Error(`Only ${written} bytes of an audit line could be written to ${this.path}`);
      fdatasyncSync(fd);
      return record;
    } finally {
      closeSync(fd);
    }
  }

  /** Every line, as written (lines that do not parse are left to `verify` to name). */
  lines(): string[] {
    if (!existsSync(this.path)) return [];
    return readFileSync(this.path, 'utf8').split('\n').filter(Boolean);
  }

  records(): AuditRecord[] {
    return this.lines().flatMap((line) => {
      try {
        return [JSON.parse(line) as AuditRecord];
      } catch {
        return [];
      }
    });
  }
}

export type AuditVerdict =
  | { readonly ok: true; readonly lines: number }
  | { readonly ok: false; readonly line: number; readonly reason: string };

/** Walks the chain; the first line (1-based) that does not follow from the one before fails. */
export function verifyAuditLines(lines: readonly string[]): AuditVerdict {
  let prev = genesis;
  for (const [index, line] of lines.entries()) {
    const number = index + 1;
    let record: AuditRecord;
    try {
      record = JSON.parse(line) as AuditRecord;
    } catch {
      return { ok: false, line: number, reason: 'not a JSON line' };
    }
    const { hash, ...body } = record;
    if (record.seq !== number)
      return {
        ok: false,
        line: number,
        reason: `sequence ${record.seq} where ${number} was expected: a line is missing or was added`,
      };
    if (record.prev !== prev)
      return {
        ok: false,
        line: number,
        reason: 'it does not follow the line before (a line was removed, added or edited)',
      };
    if (recordHash(body) !== hash)
      return {
        ok: false,
        line: number,
        reason: 'its content does not match its hash (the line was edited)',
      };
    prev = hash;
  }
  return { ok: true, lines: lines.length };
}

function stripUndefined(event: AuditEvent): AuditEvent {
  return Object.fromEntries(
    Object.entries(event).filter(([, value]) => value !== undefined && value !== ''),
  ) as unknown as AuditEvent;
}

/**
 * Takes a lock file, waiting up to a few seconds for another writer (the lock is held for one
 * write). A lock older than that was left by a killed process and is taken over.
 */
function lockFile(path: string): () => void {
  const deadline = Date.now() + 5_000;
  for (;;) {
    try {
      closeSync(openSync(path, 'wx', privateFileMode));
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() > deadline) {
        rmSync(path, { force: true });
        continue;
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

/** The last whole line of the open file, read from its end. */
function lastLine(fd: number): string | undefined {
  const size = fstatSync(fd).size;
  if (size === 0) return undefined;
  let chunk = 4096;
  for (;;) {
    const length = Math.min(size, chunk);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    const text = buffer.toString('utf8').replace(/\n+$/, '');
    const start = text.lastIndexOf('\n');
    if (start >= 0 || length === size) return text.slice(start + 1) || undefined;
    chunk *= 4;
  }
}

export interface AuditFilter {
  readonly since?: Date;
  readonly actor?: string;
  readonly action?: string;
}

/** The records that match: actor case-insensitively, action exactly or by its prefix (`operator`). */
export function filterAudit(records: readonly AuditRecord[], filter: AuditFilter): AuditRecord[] {
  const since = filter.since?.toISOString();
  const actor = filter.actor?.toLowerCase();
  return records.filter(
    (record) =>
      (!since || record.at >= since) &&
      (!actor || record.actor.toLowerCase() === actor) &&
      (!filter.action ||
        record.action === filter.action ||
        record.action.startsWith(`${filter.action}.`)),
  );
}
