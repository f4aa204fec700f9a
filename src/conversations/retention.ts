/**
 * storage.retention: conversations deleted some time after their last activity, uploaded files
 * deleted some time after they were sent, and IP addresses forgotten (country and city stay).
 * Applied once a day by the server and by `chatbot conversations purge`; each run appends what
 * it purged to data/purge-log.jsonl (counts and cut-off times, never what was deleted).
 */
import { appendFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { privateFileMode } from '../store/private-files.js';
import { deleteConversations, type ErasureDependencies, type ErasureReport } from './erase.js';

export interface RetentionPolicy {
  /** Milliseconds after the last activity. */
  readonly conversations?: number;
  /** Milliseconds after the upload. */
  readonly uploads?: number;
  /** Milliseconds after the last activity. */
  readonly ipAddresses?: number;
}

export interface PurgeReport extends ErasureReport {
  readonly at: string;
  /** Uploaded files deleted for their age (those of deleted conversations are in `uploads`). */
  readonly oldUploads: number;
  readonly ipAddresses: number;
}

export async function applyRetention(
  dependencies: ErasureDependencies & { readonly dataDir: string },
  policy: RetentionPolicy,
  now: Date,
): Promise<PurgeReport> {
  const { store } = dependencies;
  const before = (keep: number) => new Date(now.getTime() - keep).toISOString();
  let deleted: ErasureReport = {
    conversations: 0,
    messages: 0,
    uploads: 0,
    leads: 0,
    notifications: 0,
  };
  if (policy.conversations !== undefined) {
    const cutoff = before(policy.conversations);
    const old = store.list().filter((summary) => summary.updatedAt < cutoff);
    deleted = await deleteConversations(dependencies, old);
  }
  const oldUploads =
    policy.uploads === undefined
      ? 0
      : await removeOldFiles(dependencies.uploadsDir, now.getTime() - policy.uploads);
  let ipAddresses = 0;
  if (policy.ipAddresses !== undefined) {
    const cutoff = before(policy.ipAddresses);
    for (const summary of store.list()) {
      if (!summary.hasIp || summary.updatedAt >= cutoff) continue;
      await store.update(summary.id, (conversation) => delete conversation.visitor.ip, {
        quiet: true,
      });
      ipAddresses++;
    }
  }
  const report: PurgeReport = { at: now.toISOString(), ...deleted, oldUploads, ipAddresses };
  await appendFile(
    join(dependencies.dataDir, 'purge-log.jsonl'),
    `${JSON.stringify({ ...report, policy })}\n`,
    { mode: privateFileMode },
  );
  return report;
}

/** Deletes the files in `dir` last written before `cutoff` (ms); returns how many. */
async function removeOldFiles(dir: string, cutoff: number): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let removed = 0;
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path);
    if (!info.isFile() || info.mtimeMs >= cutoff) continue;
    await rm(path, { force: true });
    removed++;
  }
  return removed;
}

export function hasRetention(policy: RetentionPolicy): boolean {
  return Object.values(policy).some((value) => value !== undefined);
}

/** "3 conversations (40 messages) deleted, 2 old uploads deleted, 5 IP addresses forgotten" */
export function describePurge(report: PurgeReport): string {
  return `${report.conversations} conversations (${report.messages} messages, ${report.uploads} uploads) deleted, ${report.oldUploads} old uploads deleted, ${report.ipAddresses} IP addresses forgotten`;
}

/**
 * Runs retention now and then once a day, on the injected clock's time. The timer only wakes
 * the check: whether a day has passed is read from `now()`, so a test moves the clock, not time.
 */
export function scheduleRetention(options: {
  readonly run: (now: Date) => Promise<unknown>;
  readonly now: () => Date;
  readonly everyMs?: number;
  readonly checkMs?: number;
  readonly onError: (error: unknown) => void;
}): { stop(): Promise<void>; check(): Promise<void> } {
  const every = options.everyMs ?? 86_400_000;
  let last: number | undefined;
  let running: Promise<void> | undefined;
  const check = (): Promise<void> => {
    const now = options.now();
    if (running || (last !== undefined && now.getTime() - last < every))
      return running ?? Promise.resolve();
    last = now.getTime();
    running = options
      .run(now)
      .then(() => undefined, options.onError)
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => void check(), options.checkMs ?? 60_000);
  timer.unref();
  return {
    // A run under way finishes before the store it writes to closes.
    stop: async () => {
      clearInterval(timer);
      await running;
    },
    check,
  };
}
