/**
 * The facts of a running server's conversations, from its store's list rows: the same for the
 * embedded store and PostgreSQL, and no file or table read per conversation. A row written
 * before rows kept their facts is replayed from its history once per report (the embedded store
 * rebuilds such rows when it opens, so this is PostgreSQL data written before).
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Conversation, ConversationSummary, TimelineEntry } from '../domain/conversation.js';
import type { FactNeeds, FactsSource } from './data-dir.js';
import { type ConversationFacts, FactsBuilder, factsOfRow } from './facts.js';

/** What of the store the stats read. */
export interface StatsStore {
  list(): ConversationSummary[];
  get(id: string): Promise<Conversation | undefined>;
  entriesAfter(id: string, seq: number): Promise<TimelineEntry[]>;
}

/** Rows turned into facts between two yields to the event loop: the server keeps answering. */
const batch = 5000;

export class StoreFacts implements FactsSource {
  unreadable = 0;

  constructor(private readonly store: StatsStore) {}

  async *facts(from: Date, to: Date, _needs?: FactNeeds): AsyncIterable<ConversationFacts> {
    const fromIso = from.toISOString();
    const toIso = to.toISOString();
    let unreadable = 0;
    let done = 0;
    for (const row of this.store.list()) {
      if (row.createdAt < fromIso || row.createdAt >= toIso) continue;
      const facts = factsOfRow(row) ?? (await this.replay(row));
      if (facts) yield facts;
      else unreadable++;
      if (++done % batch === 0) await nextTurn();
    }
    this.unreadable = unreadable;
  }

  /** A row without facts: its conversation's whole history, read through the store. */
  private async replay(row: ConversationSummary): Promise<ConversationFacts | undefined> {
    try {
      const conversation = await this.store.get(row.id);
      if (!conversation) return undefined;
      const builder = new FactsBuilder(conversation);
      let updatedAt = row.updatedAt;
      for (const entry of await this.store.entriesAfter(row.id, 0)) {
        builder.add(entry);
        if (entry.at > updatedAt) updatedAt = entry.at;
      }
      return builder.finish(row.state, updatedAt);
    } catch {
      return undefined;
    }
  }
}
