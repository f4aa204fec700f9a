/**
 * Where a server writes what it knows of who is here (a visitor's conversation online, an
 * operator looking at a conversation, an operator signed in) and reads what every server knows.
 * One server keeps it in memory; servers sharing Redis (cluster.redis) keep it there, each
 * server's facts expiring unless it keeps renewing them, so a server that dies takes its
 * visitors, viewers and operators with it (redis-presence-board.ts).
 *
 * Reads are synchronous: they are made for every stored message and every list row, so each
 * server holds every server's facts in memory and the board keeps them current.
 */

export type PresenceKind = 'visitor' | 'viewer' | 'operator';

export const presenceKinds: readonly PresenceKind[] = ['visitor', 'viewer', 'operator'];

export interface PresenceBoard {
  /** This server holds the fact, with its value, or (undefined) no longer holds it. */
  put(kind: PresenceKind, key: string, value: string | undefined): void;
  /** Whether any server holds the fact. */
  has(kind: PresenceKind, key: string): boolean;
  /** The fact's value, as one of the servers holding it gave it. */
  value(kind: PresenceKind, key: string): string | undefined;
  /** Every fact of a kind some server holds. */
  keys(kind: PresenceKind): string[];
  /** Told when a fact starts or stops being held by any server. */
  onChange(listener: (kind: PresenceKind, key: string) => void): void;
  close(): Promise<void>;
}

/** A fact as it is keyed in a holder's map: kind and key in one string. */
export const factKey = (kind: PresenceKind, key: string): string => `${kind}\t${key}`;

export function splitFact(fact: string): { kind: PresenceKind; key: string } | undefined {
  const tab = fact.indexOf('\t');
  const kind = fact.slice(0, tab) as PresenceKind;
  if (tab < 0 || !presenceKinds.includes(kind)) return undefined;
  return { kind, key: fact.slice(tab + 1) };
}

/**
 * Every holder's facts (a server: this one, or another one on the same Redis) and how many
 * holders hold each: a fact is there while any holder holds it.
 */
export class FactTally {
  private readonly holders = new Map<string, Map<string, string>>();
  private readonly counts = new Map<PresenceKind, Map<string, number>>(
    presenceKinds.map((kind) => [kind, new Map()]),
  );
  private readonly listeners: ((kind: PresenceKind, key: string) => void)[] = [];

  onChange(listener: (kind: PresenceKind, key: string) => void): void {
    this.listeners.push(listener);
  }

  has(kind: PresenceKind, key: string): boolean {
    return this.counts.get(kind)!.has(key);
  }

  value(kind: PresenceKind, key: string): string | undefined {
    const fact = factKey(kind, key);
    for (const facts of this.holders.values()) {
      const value = facts.get(fact);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  keys(kind: PresenceKind): string[] {
    return [...this.counts.get(kind)!.keys()];
  }

  factsOf(holder: string): ReadonlyMap<string, string> {
    return this.holders.get(holder) ?? new Map();
  }

  holderNames(): string[] {
    return [...this.holders.keys()];
  }

  /** One holder's fact, held (a value) or not; false when nothing changed for that holder. */
  set(holder: string, fact: string, value: string | undefined): boolean {
    const facts = this.holders.get(holder) ?? new Map<string, string>();
    this.holders.set(holder, facts);
    const before = facts.get(fact);
    if (before === value) return false;
    if (value === undefined) facts.delete(fact);
    else facts.set(fact, value);
    if (before === undefined) this.count(fact, 1);
    else if (value === undefined) this.count(fact, -1);
    return true;
  }

  /** A holder's facts as a whole (as read back from Redis): the differences are applied. */
  replace(holder: string, next: ReadonlyMap<string, string>): void {
    const current = this.holders.get(holder) ?? new Map<string, string>();
    for (const fact of [...current.keys()]) if (!next.has(fact)) this.set(holder, fact, undefined);
    for (const [fact, value] of next) this.set(holder, fact, value);
  }

  /** A holder gone (a server closed or died): its facts go with it. */
  drop(holder: string): void {
    this.replace(holder, new Map());
    this.holders.delete(holder);
  }

  private count(fact: string, step: 1 | -1): void {
    const parts = splitFact(fact);
    if (!parts) return;
    const counts = this.counts.get(parts.kind)!;
    const count = (counts.get(parts.key) ?? 0) + step;
    if (count > 0) counts.set(parts.key, count);
    else counts.delete(parts.key);
    // Only a fact appearing or disappearing for everyone is news.
    if ((step === 1 && count === 1) || count === 0)
      for (const listener of this.listeners) listener(parts.kind, parts.key);
  }
}

/** What every board answers from its tally of the facts it has heard, whoever holds them. */
export abstract class TalliedPresenceBoard implements PresenceBoard {
  protected readonly tally = new FactTally();

  abstract put(kind: PresenceKind, key: string, value: string | undefined): void;
  abstract close(): Promise<void>;

  has(kind: PresenceKind, key: string): boolean {
    return this.tally.has(kind, key);
  }

  value(kind: PresenceKind, key: string): string | undefined {
    return this.tally.value(kind, key);
  }

  keys(kind: PresenceKind): string[] {
    return this.tally.keys(kind);
  }

  onChange(listener: (kind: PresenceKind, key: string) => void): void {
    this.tally.onChange(listener);
  }
}

/** One server: its own facts are all there are. */
export class MemoryPresenceBoard extends TalliedPresenceBoard {
  put(kind: PresenceKind, key: string, value: string | undefined): void {
    this.tally.set('self', factKey(kind, key), value);
  }

  async close(): Promise<void> {}
}
