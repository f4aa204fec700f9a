/**
 * One provider tried for one reply, as the cascade records it and every layer above reads it:
 * stored with the reply, counted by metrics, shown in the inbox and by `chatbot shell`.
 */

export type AttemptOutcome =
  | 'ok'
  | 'breaker-open'
  | 'over-budget'
  | 'first-token-timeout'
  | 'idle-timeout'
  | 'total-timeout'
  | 'rate-limited'
  | 'server-error'
  | 'client-error'
  | 'network-error'
  | 'malformed'
  | 'cancelled';

export interface Attempt {
  readonly provider: string;
  readonly model: string;
  readonly outcome: AttemptOutcome;
  /** The error in a few words, for logs and the inbox. */
  readonly error?: string;
  readonly status?: number;
  readonly retryAfterSeconds?: number;
  readonly firstTokenMs?: number;
  readonly totalMs: number;
  readonly tokens?: { readonly input: number; readonly output: number };
}
