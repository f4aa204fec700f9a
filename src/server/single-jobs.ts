/**
 * Jobs that run once across the servers sharing a store: through the store's lock when it has
 * one (PostgreSQL), directly when the store has one server (lowdb).
 */
import type { Store } from '../store/store.js';

export type SingleJob = 'wait-sweep' | 'retention' | 'recovery';

/** Runs `run` unless another server is running the same job right now; whether it ran. */
export async function runOnce(store: Store, job: SingleJob, run: () => Promise<void>) {
  if (!store.runAlone) {
    await run();
    return true;
  }
  return store.runAlone(job, run);
}
