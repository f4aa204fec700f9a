/**
 * The stats report, read while the stats screen is open and again every few seconds: live
 * enough for a team lead watching the day, and the server reuses a report for a few seconds
 * anyway. Keeps the last report through a failed refresh, and says what failed.
 */
import { useEffect, useState } from 'react';
import type { StatsReport } from '../../stats/report.js';
import type { StatsLoader } from '../stats-source.js';

export const statsRefreshMs = 5000;

export interface StatsState {
  readonly report?: StatsReport;
  readonly error?: string;
  readonly loadedAt?: number;
}

export default function useStats(load: StatsLoader | undefined, now: () => number): StatsState {
  const [state, setState] = useState<StatsState>({});
  useEffect(() => {
    if (!load) return;
    let stopped = false;
    const refresh = () => {
      load().then(
        (report) => {
          if (!stopped) setState({ report, loadedAt: now() });
        },
        (error: unknown) => {
          if (!stopped)
            setState((previous) => ({
              ...previous,
              error: (error as Error).message ?? String(error),
            }));
        },
      );
    };
    refresh();
    const timer = setInterval(refresh, statsRefreshMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [load, now]);
  return state;
}
