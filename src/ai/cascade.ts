/**
 * The cascade: the configured providers in order, each held to its own first-token, idle and
 * total timeouts by the cascade itself (an SDK's timer covers the request, not a stream that
 * stalls after its first byte). Any failure (network, 5xx, 429, a malformed or cut stream, a
 * timeout) moves to the next link; a link whose breaker is open, or whose budget is spent, is
 * skipped without a request.
 * Text is passed on as it streams; when a link fails after showing some, `onReset` tells the
 * listener to take the partial text back before the next link starts, so nobody sees doubled
 * or half replies. Every attempt is recorded.
 */
import type { Attempt, AttemptOutcome } from '../domain/attempt.js';
import type { Citation } from '../domain/conversation.js';
import type { CircuitBreaker } from './breaker.js';
import type { Cancellation } from './cancellation.js';
import {
  type ChatRequest,
  MalformedStreamError,
  type Provider,
  type ProviderEvent,
  type ToolCall,
  type ToolResult,
} from './provider.js';

export interface LinkTimeouts {
  readonly firstTokenMs: number;
  readonly idleMs: number;
  readonly totalMs: number;
}

export interface CascadeLink {
  readonly provider: Provider;
  readonly timeouts: LinkTimeouts;
  readonly breaker: CircuitBreaker;
  /** Not to be asked for this reply (its budget is spent): recorded, and passed over. */
  readonly skipped?: 'over-budget';
}

export interface ToolRoundOutcome {
  readonly results: ToolResult[];
  /** True when a tool ends the turn (a handoff): the model is not asked to go on. */
  readonly stop: boolean;
}

export interface CascadeCallbacks {
  readonly onText?: (text: string) => void;
  /** The text shown so far is void: a link failed mid-reply and the next one starts over. */
  readonly onReset?: () => void;
  readonly onTools?: (calls: ToolCall[], textSoFar: string) => Promise<ToolRoundOutcome>;
  /** An operator took over or the server is stopping: end at once, record nothing as failed. */
  readonly cancellation?: Cancellation;
}

export type CascadeResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly provider: Provider;
      readonly attempts: Attempt[];
      readonly grounding?: { readonly citations: Citation[]; readonly failed: boolean };
      readonly stoppedByTool: boolean;
    }
  | { readonly ok: false; readonly cancelled: boolean; readonly attempts: Attempt[] };

const neverAborted = new AbortController().signal;

/** Tool rounds one reply may take: enough for save_lead then an answer, not a loop. */
const maxToolRounds = 3;

export async function runCascade(
  links: readonly CascadeLink[],
  request: ChatRequest,
  callbacks: CascadeCallbacks = {},
): Promise<CascadeResult> {
  const attempts: Attempt[] = [];
  for (const link of links) {
    if (callbacks.cancellation?.cancelled) return { ok: false, cancelled: true, attempts };
    if (link.skipped) {
      attempts.push({
        provider: link.provider.name,
        model: link.provider.model,
        outcome: link.skipped,
        totalMs: 0,
      });
      continue;
    }
    if (!link.breaker.tryAcquire()) {
      attempts.push({
        provider: link.provider.name,
        model: link.provider.model,
        outcome: 'breaker-open',
        totalMs: 0,
      });
      continue;
    }
    const result = await attemptLink(link, request, callbacks);
    attempts.push(result.attempt);
    if (result.attempt.outcome === 'ok') {
      link.breaker.success();
      return {
        ok: true,
        text: result.text,
        provider: link.provider,
        attempts,
        ...(result.grounding ? { grounding: result.grounding } : {}),
        stoppedByTool: result.stoppedByTool,
      };
    }
    if (result.attempt.outcome === 'cancelled') {
      link.breaker.release();
      if (result.shownText) callbacks.onReset?.();
      return { ok: false, cancelled: true, attempts };
    }
    link.breaker.failure();
    if (result.shownText) callbacks.onReset?.();
  }
  return { ok: false, cancelled: false, attempts };
}

class CascadeTimeout extends Error {
  constructor(readonly outcome: 'first-token-timeout' | 'idle-timeout' | 'total-timeout') {
    super(outcome.replaceAll('-', ' '));
  }
}

interface LinkResult {
  readonly attempt: Attempt;
  readonly text: string;
  readonly shownText: boolean;
  readonly grounding?: { readonly citations: Citation[]; readonly failed: boolean };
  readonly stoppedByTool: boolean;
}

async function attemptLink(
  link: CascadeLink,
  request: ChatRequest,
  callbacks: CascadeCallbacks,
): Promise<LinkResult> {
  const { provider, timeouts } = link;
  // The offline answerer is a computation in this process: it cannot hang, so it needs neither a
  // timer nor a signal (see Cancellation): it runs to the end within this turn of the loop.
  const local = provider.kind === 'offline';
  const controller = local ? undefined : new AbortController();
  const cancel = () => controller?.abort();
  const cancelSignal = controller ? callbacks.cancellation?.signal : undefined;
  cancelSignal?.addEventListener('abort', cancel, { once: true });
  const started = performance.now();
  let firstTokenAt: number | undefined;
  let lastEventAt = started;
  let text = '';
  let tokens: { input: number; output: number } | undefined;
  let grounding: LinkResult['grounding'];
  let stoppedByTool = false;

  const deadline = (): { at: number; outcome: CascadeTimeout['outcome'] } => {
    const total = started + timeouts.totalMs;
    const phase =
      firstTokenAt === undefined
        ? { at: started + timeouts.firstTokenMs, outcome: 'first-token-timeout' as const }
        : { at: lastEventAt + timeouts.idleMs, outcome: 'idle-timeout' as const };
    return phase.at < total ? phase : { at: total, outcome: 'total-timeout' };
  };

  const record = (outcome: AttemptOutcome, extra: Partial<Attempt> = {}): Attempt => ({
    provider: provider.name,
    model: provider.model,
    outcome,
    ...(firstTokenAt !== undefined ? { firstTokenMs: Math.round(firstTokenAt - started) } : {}),
    totalMs: Math.round(performance.now() - started),
    ...(tokens ? { tokens } : {}),
    ...extra,
  });

  const watchdog = controller ? new Watchdog(() => deadline(), controller) : undefined;
  try {
    let round: ChatRequest = request;
    for (let roundNumber = 1; ; roundNumber++) {
      const roundStartText = text;
      const calls: ToolCall[] = [];
      const iterator = provider
        .stream(round, controller?.signal ?? neverAborted)
        [Symbol.asyncIterator]();
      for (;;) {
        const next = watchdog ? await watchdog.race(iterator.next()) : await iterator.next();
        if (next.done) break;
        const event: ProviderEvent = next.value;
        lastEventAt = performance.now();
        if (event.type === 'text' || event.type === 'tool-call') firstTokenAt ??= lastEventAt;
        if (event.type === 'text') {
          text += event.text;
          callbacks.onText?.(event.text);
        } else if (event.type === 'tool-call') calls.push(event.call);
        else if (event.type === 'usage')
          tokens = {
            input: (tokens?.input ?? 0) + event.input,
            output: (tokens?.output ?? 0) + event.output,
          };
        else if (event.type === 'grounding')
          grounding = { citations: event.citations, failed: event.failed };
      }
      if (calls.length === 0 || !callbacks.onTools || roundNumber >= maxToolRounds) break;
      const outcome = await callbacks.onTools(calls, text.slice(roundStartText.length));
      lastEventAt = performance.now();
      if (outcome.stop) {
        stoppedByTool = true;
        break;
      }
      round = {
        ...request,
        toolRound: { text: text.slice(roundStartText.length), results: outcome.results },
      };
    }
    return {
      attempt: record('ok'),
      text,
      shownText: text !== '',
      ...(grounding ? { grounding } : {}),
      stoppedByTool,
    };
  } catch (error) {
    controller?.abort();
    const cancelled = callbacks.cancellation?.cancelled === true;
    return {
      attempt: cancelled ? record('cancelled') : record(...classify(error)),
      text,
      shownText: text !== '',
      stoppedByTool,
    };
  } finally {
    watchdog?.stop();
    cancelSignal?.removeEventListener('abort', cancel);
  }
}

/**
 * Holds an attempt to its deadline with one timer, not one per streamed chunk: the deadline
 * moves with every event (first token, then idle), and the timer, when it fires early, sleeps
 * on to the current deadline.
 */
class Watchdog {
  private timer: NodeJS.Timeout | undefined;
  private readonly expired: Promise<never>;
  private expire: (error: CascadeTimeout) => void = () => undefined;

  constructor(
    private readonly deadline: () => { at: number; outcome: CascadeTimeout['outcome'] },
    private readonly controller: AbortController,
  ) {
    this.expired = new Promise<never>((_, reject) => {
      this.expire = reject;
    });
    // Nobody may be racing at the moment it fires (between events): not an unhandled rejection.
    this.expired.catch(() => undefined);
    this.arm();
  }

  /** The read, or a timeout when the deadline passes first. */
  race<T>(read: Promise<T>): Promise<T> {
    // If the timeout wins, the abandoned read rejects once aborted: expected, not a crash.
    read.catch(() => undefined);
    return Promise.race([read, this.expired]);
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private arm(): void {
    const { at } = this.deadline();
    this.timer = setTimeout(() => this.check(), Math.max(0, at - performance.now()));
  }

  private check(): void {
    const { at, outcome } = this.deadline();
    if (performance.now() < at) {
      this.arm();
      return;
    }
    this.controller.abort();
    this.expire(new CascadeTimeout(outcome));
  }
}

function classify(error: unknown): [AttemptOutcome, Partial<Attempt>] {
  if (error instanceof CascadeTimeout) return [error.outcome, { error: error.message }];
  if (error instanceof MalformedStreamError || error instanceof SyntaxError)
    return ['malformed', { error: error.message }];
  const status = statusOf(error);
  if (status !== undefined) {
    const retryAfter = retryAfterOf(error);
    const message = shortMessage(error);
    const extra = {
      status,
      error: message,
      ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}),
    };
    if (status === 429) return ['rate-limited', extra];
    if (status >= 500) return ['server-error', extra];
    return ['client-error', extra];
  }
  if (isConnectionError(error)) return ['network-error', { error: shortMessage(error) }];
  return ['malformed', { error: shortMessage(error) }];
}

/**
 * Both SDKs' APIError classes carry `status` and `headers`; they are read structurally, so the
 * cascade does not load either SDK.
 */
function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function retryAfterOf(error: unknown): number | undefined {
  const headers = (error as { headers?: Headers | Record<string, string> } | null)?.headers;
  const value = headers instanceof Headers ? headers.get('retry-after') : headers?.['retry-after'];
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

/**
 * APIConnectionError and APIConnectionTimeoutError in both SDKs, and fetch's own TypeError
 * ("fetch failed", "terminated"); any other TypeError is a bug and is reported as such.
 */
function isConnectionError(error: unknown): boolean {
  const { name = '', message = '' } = (error ?? {}) as { name?: string; message?: string };
  const constructorName = (error as object | null)?.constructor?.name ?? '';
  if (/Connection|Abort/.test(`${name} ${constructorName}`)) return true;
  return name === 'TypeError' && /fetch failed|terminated|other side closed/i.test(message);
}

function shortMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}
