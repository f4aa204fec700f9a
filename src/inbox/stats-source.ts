/**
 * Where the inbox's stats screen gets its numbers: the operator API's stats route, the same
 * report `chatbot stats --url` prints, for the last seven days by day.
 */
import type { StatsReport } from '../stats/report.js';
import type { Credentials } from './credentials.js';

export type StatsLoader = () => Promise<StatsReport>;

export function statsFromServer({ url, token }: Credentials, since = '7d'): StatsLoader {
  return async () => {
    const response = await fetch(`${url}/api/operator/stats?since=${since}&by=day`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    return (await response.json()) as StatsReport;
  };
}
