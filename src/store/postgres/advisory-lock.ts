/**
 * Jobs that must run on one server at a time (the waiting-time sweep, retention, recovery at
 * start): a PostgreSQL advisory lock named after the job, tried, never waited for. A server that
 * finds it taken skips its turn, as another server is doing the work right now. The lock is held
 * by the connection running the job, so a server killed mid-job frees it when its connection
 * drops. Keyed by schema too: two installs sharing a database do not hold each other's jobs.
 */
import type pg from 'pg';

const lockKey = `hashtext(current_schema() || ':chatbot:' || $1)`;

export async function runAlone(
  pool: pg.Pool,
  name: string,
  job: () => Promise<void>,
): Promise<boolean> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    const tried = await client.query<{ taken: boolean }>(
      `SELECT pg_try_advisory_lock(${lockKey}) AS taken`,
      [name],
    );
    if (!tried.rows[0]?.taken) return false;
    try {
      await job();
    } finally {
      // A connection that cannot unlock is thrown away: closing it frees the lock.
      await client.query(`SELECT pg_advisory_unlock(${lockKey})`, [name]).catch((error: Error) => {
        broken = error;
      });
    }
    return true;
  } finally {
    client.release(broken);
  }
}
