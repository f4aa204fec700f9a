/**
 * `chatbot storage copy`: moves an install from one store to another (the embedded data folder
 * to PostgreSQL, or back), then reads both sides again and compares counts and a checksum.
 * Safe to repeat: conversations are restored (entries already there are kept), leads and
 * operators replaced by id, so a second run after an interruption only adds what is missing.
 */
import { createHash, type Hash } from 'node:crypto';
import { ChatbotError } from '../errors/chatbot-error.js';
import type { Store } from './store.js';

export interface CopyCounts {
  conversations: number;
  entries: number;
  messages: number;
  events: number;
  uploads: number;
  leads: number;
  operators: number;
}

export interface CopyReport {
  readonly source: CopyCounts;
  readonly target: CopyCounts;
  /** SHA-256 over everything copied, in a form both drivers write alike. */
  readonly checksum: string;
}

export async function copyStore(
  from: Store,
  to: Store,
  onProgress: (copied: number, total: number) => void = () => undefined,
): Promise<CopyReport> {
  const ids = from
    .list()
    .map((summary) => summary.id)
    .sort();
  let copied = 0;
  for (const id of ids) {
    const conversation = await from.get(id);
    if (!conversation) continue;
    await to.restore(conversation, await from.entriesAfter(id, 0));
    onProgress(++copied, ids.length);
  }
  for (const lead of await from.leads()) await to.saveLead(lead);
  for (const operator of await from.operators()) await to.saveOperator(operator);
  const source = await fingerprint(from, ids);
  const target = await fingerprint(to, ids);
  const counts = JSON.stringify(source.counts) === JSON.stringify(target.counts);
  if (!counts || source.checksum !== target.checksum)
    throw new ChatbotError(
      'STORAGE_COPY_MISMATCH',
      `After the copy the target differs from the source: ${JSON.stringify(source.counts)} copied, ${JSON.stringify(target.counts)} found${counts ? ', and the checksums differ' : ''}`,
    );
  return { source: source.counts, target: target.counts, checksum: source.checksum };
}

/** Counts and a checksum of the given conversations and of every lead and operator. */
export async function fingerprint(
  store: Store,
  ids: readonly string[],
): Promise<{ counts: CopyCounts; checksum: string }> {
  const hash = createHash('sha256');
  const counts: CopyCounts = {
    conversations: 0,
    entries: 0,
    messages: 0,
    events: 0,
    uploads: 0,
    leads: 0,
    operators: 0,
  };
  for (const id of ids) {
    const conversation = await store.get(id);
    if (!conversation) continue;
    const { timeline: _timeline, ...meta } = conversation;
    counts.conversations++;
    counts.uploads += conversation.uploads.length;
    feed(hash, meta);
    for (const entry of await store.entriesAfter(id, 0)) {
      counts.entries++;
      if (entry.kind === 'message') counts.messages++;
      else counts.events++;
      feed(hash, entry);
    }
  }
  const byKey =
    <T>(key: (item: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : 1;
  const leads = (await store.leads()).sort(byKey((lead) => lead.id));
  const operators = (await store.operators()).sort(byKey((operator) => operator.tokenHash));
  counts.leads = leads.length;
  counts.operators = operators.length;
  for (const record of [...leads, ...operators]) feed(hash, record);
  return { counts, checksum: hash.digest('hex') };
}

function feed(hash: Hash, value: unknown): void {
  hash.update(canonicalJson(value));
  hash.update('\n');
}

/**
 * JSON with keys sorted and undefined left out: PostgreSQL's jsonb keeps keys in its own order,
 * so the same record must read the same from either driver.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    return Object.fromEntries(
      Object.entries(inner as Record<string, unknown>)
        .filter(([, field]) => field !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });
}
