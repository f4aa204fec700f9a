/** Leads and operators in PostgreSQL: one row each, the record as JSON, kept in insertion order. */
import type pg from 'pg';
import type { Operator } from '../operators.js';
import type { Lead, RecordStore } from '../records.js';

export class PostgresRecords implements RecordStore {
  constructor(private readonly pool: pg.Pool) {}

  async leads(): Promise<Lead[]> {
    const rows = await this.pool.query<{ record: Lead }>(
      'SELECT record FROM leads ORDER BY position',
    );
    return rows.rows.map((row) => row.record);
  }

  async saveLead(lead: Lead): Promise<void> {
    await this.pool.query(
      `INSERT INTO leads (id, record) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET record = excluded.record`,
      [lead.id, JSON.stringify(lead)],
    );
  }

  async operators(): Promise<Operator[]> {
    const rows = await this.pool.query<{ record: Operator }>(
      'SELECT record FROM operators ORDER BY position',
    );
    return rows.rows.map((row) => row.record);
  }

  async saveOperator(operator: Operator): Promise<void> {
    await this.pool.query(
      `INSERT INTO operators (token_hash, record) VALUES ($1, $2)
       ON CONFLICT (token_hash) DO UPDATE SET record = excluded.record`,
      [operator.tokenHash, JSON.stringify(operator)],
    );
  }
}
