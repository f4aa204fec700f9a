/**
 * How the server refuses: the error a socket acknowledgement or `error` event carries, and the
 * body of a refused REST request. Codes come from the catalogue (src/errors/catalogue.ts), which
 * docs/errors.md lists.
 */
import type { WireErrorCode } from '../errors/catalogue.js';

export type { WireErrorCode } from '../errors/catalogue.js';

export interface WireError {
  readonly code: WireErrorCode;
  readonly message: string;
  /** With `rate_limited`: when to send again. */
  readonly retryAfterMs?: number;
}

/**
 * A socket acknowledgement: `ok` and the event's result fields, or `ok: false` and an error.
 * One loose shape rather than a union, so a client reads `ack.error?.code` without narrowing.
 */
export interface Ack {
  readonly ok: boolean;
  readonly error?: WireError;
  readonly [field: string]: unknown;
}

/** The JSON body of a refused REST request (4xx, 5xx). */
export interface RestError {
  readonly error: WireErrorCode;
  readonly message?: string;
  readonly retryAfterMs?: number;
}
