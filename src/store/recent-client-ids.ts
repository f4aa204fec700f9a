/**
 * The sequence numbers of a conversation's latest resendable messages, by author kind and
 * client id: a resend after a reconnect is answered with the stored message instead of a second
 * copy. Resends follow a reconnect, so the latest ones are enough.
 *
 * A ring of fixed size rather than a Map: a Map trimmed to its newest entries is rebuilt into a
 * new table every few dozen messages and needs a key string per message, and both live long
 * enough, in every open conversation, for the garbage collector to copy them again and again.
 */
export class RecentClientIds {
  private readonly kinds: string[] = [];
  private readonly clientIds: string[] = [];
  private readonly seqs: number[] = [];
  /** Where the next one goes once the ring is full. */
  private next = 0;

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.seqs.length;
  }

  /** The sequence number stored for this author kind and client id, if it is still remembered. */
  get(kind: string, clientId: string): number | undefined {
    // Newest first: a resend is for one of the last messages.
    for (let step = 1; step <= this.seqs.length; step++) {
      const index = (this.next - step + this.seqs.length) % this.seqs.length;
      if (this.clientIds[index] === clientId && this.kinds[index] === kind) return this.seqs[index];
    }
    return undefined;
  }

  /** Remembers one more, forgetting the oldest when full. */
  add(kind: string, clientId: string, seq: number): void {
    if (this.seqs.length < this.capacity) {
      this.kinds.push(kind);
      this.clientIds.push(clientId);
      this.seqs.push(seq);
      this.next = this.seqs.length % this.capacity;
      return;
    }
    this.kinds[this.next] = kind;
    this.clientIds[this.next] = clientId;
    this.seqs[this.next] = seq;
    this.next = (this.next + 1) % this.capacity;
  }
}
