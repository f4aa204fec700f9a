/**
 * A write transaction in two round trips instead of four: BEGIN travels with the locked read, and
 * the write with COMMIT. A bare commit takes one round trip; on a busy machine every round trip
 * waits until both the server's process and the database's are scheduled again, so each one cut
 * shortens the slowest appends (docs/performance.md, bench/NOTES.md).
 *
 * Several statements in one message need PostgreSQL's simple query protocol, which takes no
 * parameters: values go in as literals, quoted by the driver (`escapeLiteral`), integers as
 * digits. If a statement fails, the ones after it in the message (the COMMIT) do not run and the
 * transaction is left aborted for the caller's ROLLBACK.
 */
import type pg from 'pg';

export type SqlValue = string | number | null;

/** `sql` with `$1`, `$2`… replaced by the values as literals. */
export function withLiterals(client: pg.ClientBase, sql: string, values: readonly SqlValue[]) {
  return sql.replace(/\$(\d+)/g, (_match, n: string) => {
    const value = values[Number(n) - 1];
    if (value === undefined) throw new Error(`no value for $${n}`);
    if (value === null) return 'NULL';
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value)) throw new Error(`$${n} is not an integer: ${value}`);
      return String(value);
    }
    return client.escapeLiteral(value);
  });
}

/** BEGIN, then `select`'s rows, in one round trip. */
export async function beginWith<R extends pg.QueryResultRow>(
  client: pg.ClientBase,
  select: string,
  values: readonly SqlValue[],
): Promise<R[]> {
  const results = (await client.query(
    `BEGIN; ${withLiterals(client, select, values)}`,
  )) as unknown as pg.QueryResult<R>[];
  return results[1]!.rows;
}

/** `write`, then COMMIT, in one round trip; resolves with the write's row count. */
export async function commitWith(
  client: pg.ClientBase,
  write: string,
  values: readonly SqlValue[],
): Promise<number> {
  const results = (await client.query(
    `${withLiterals(client, write, values)}; COMMIT`,
  )) as unknown as pg.QueryResult[];
  return results[0]!.rowCount ?? 0;
}
