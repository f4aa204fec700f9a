/**
 * The knowledge-gap records (`chatbot gaps`) in PostgreSQL: the `gaps` table, one row per
 * question the bot could not answer well, written by every node and read in the order written.
 */
import type pg from 'pg';
import type { GapFilter, GapRecord } from '../gap-log.js';

export class PostgresGaps {
  constructor(private readonly pool: pg.Pool) {}

  async record(record: GapRecord): Promise<void> {
    await this.pool.query(
      'INSERT INTO gaps (conversation_id, at, lang, record) VALUES ($1, $2, $3, $4)',
      [record.conversationId, record.at, record.lang, JSON.stringify(record)],
    );
  }

  async read(filter: GapFilter = {}): Promise<GapRecord[]> {
    const rows = await this.pool.query<{ record: GapRecord }>(
      `SELECT record FROM gaps
       WHERE ($1::text IS NULL OR at >= $1) AND ($2::text IS NULL OR lang = $2)
       ORDER BY id`,
      [filter.since ?? null, filter.lang ?? null],
    );
    return rows.rows.map((row) => row.record);
  }

  async forget(conversationIds: ReadonlySet<string>): Promise<number> {
    if (conversationIds.size === 0) return 0;
    const deleted = await this.pool.query('DELETE FROM gaps WHERE conversation_id = ANY($1)', [
      [...conversationIds],
    ]);
    return deleted.rowCount ?? 0;
  }
}
