import { describe, expect, it } from 'vitest';
import { anthropicProvider } from '../../src/ai/anthropic-provider.js';
import { CircuitBreaker } from '../../src/ai/breaker.js';
import { Cancellation } from '../../src/ai/cancellation.js';
import {
  type CascadeCallbacks,
  type CascadeLink,
  type CascadeResult,
  type LinkTimeouts,
  runCascade,
} from '../../src/ai/cascade.js';
import { offlineProvider } from '../../src/ai/offline-provider.js';
import { openAiProvider } from '../../src/ai/openai-provider.js';
import type { ChatRequest, ToolCall } from '../../src/ai/provider.js';
import { toolDefinitions } from '../../src/ai/tools.js';
import { type Dialect, startLlmFake } from '../fakes/llm-fake.js';
import { cleanupAfterTest } from '../helpers/bot.js';

async function fake(dialect: Dialect, ...script: Parameters<typeof startLlmFake>[1][]) {
  const started = await startLlmFake(dialect, ...script);
  cleanupAfterTest(() => started.close());
  return started;
}

/**
 * Timeouts a provider that answers meets on any machine, however busy. The timeout tests give
 * one phase a short timeout against a fake that never answers in it: they can only pass by the
 * timeout firing, never by the machine being fast.
 */
const patient = { firstTokenMs: 30_000, idleMs: 30_000, totalMs: 60_000 };
const shortMs = 400;

function link(
  dialect: Dialect,
  baseURL: string,
  breaker = new CircuitBreaker(3, 30_000),
  timeouts: LinkTimeouts = patient,
): CascadeLink {
  const options = {
    name: dialect,
    model: `${dialect}-model`,
    apiKey: 'sk-test',
    baseURL,
    totalTimeoutMs: timeouts.totalMs,
  };
  const provider = dialect === 'openai' ? openAiProvider(options) : anthropicProvider(options);
  // As the server does when it builds its links: the SDK loads before the first request.
  provider.warm?.();
  return { provider, timeouts, breaker };
}

const offline = (): CascadeLink => ({
  provider: offlineProvider(),
  timeouts: patient,
  breaker: new CircuitBreaker(3, 30_000),
});

const request: ChatRequest = {
  system: 'You are the assistant of Sol y Mar Tours.',
  history: [{ role: 'user', content: 'How much is the Montserrat trip?' }],
  tools: toolDefinitions,
  maxTokens: 200,
  offlineAnswer: () => ({ text: 'Offline: 65 EUR.', citations: [], failed: false, source: 'faq' }),
};

/** Runs the cascade and records what a visitor would have seen, reset by reset. */
async function run(links: CascadeLink[], options: Pick<CascadeCallbacks, 'onTools'> = {}) {
  const shown: string[] = [];
  let visible = '';
  const result: CascadeResult = await runCascade(links, request, {
    onText: (text) => {
      visible += text;
      shown.push(text);
    },
    onReset: () => {
      visible = '';
      shown.push('<reset>');
    },
    ...options,
  });
  return { result, shown, visible };
}

describe.each(['openai', 'anthropic'] as const)('the %s provider through its SDK', (dialect) => {
  it('streams the reply piece by piece and records the attempt with its tokens', async () => {
    const server = await fake(dialect, {
      kind: 'text',
      chunks: ['The trip ', 'costs ', '65 EUR.'],
    });
    const { result, shown, visible } = await run([link(dialect, server.baseURL)]);
    expect(shown).toEqual(['The trip ', 'costs ', '65 EUR.']);
    expect(visible).toBe('The trip costs 65 EUR.');
    expect(result.ok && result.provider.name).toBe(dialect);
    const [attempt] = result.attempts;
    expect(attempt).toMatchObject({ provider: dialect, model: `${dialect}-model`, outcome: 'ok' });
    expect(attempt!.firstTokenMs).toBeGreaterThanOrEqual(0);
    expect(attempt!.tokens?.input).toBe(120);
    expect(attempt!.tokens?.output).toBeGreaterThan(0);
    const sent = server.requests[0]!.body;
    expect(sent.stream).toBe(true);
    expect(JSON.stringify(sent)).toContain('Sol y Mar Tours');
    expect(JSON.stringify(sent.tools)).toContain('save_lead');
  });

  it('runs a tool call, sends its result back and streams the answer that follows', async () => {
    const server = await fake(
      dialect,
      {
        kind: 'tool',
        name: 'save_lead',
        arguments: '{"name":"Maria","email":"maria@example.com"}',
      },
      { kind: 'text', chunks: ['Thanks, Maria!'] },
    );
    const calls: ToolCall[] = [];
    const { result, visible } = await run([link(dialect, server.baseURL)], {
      onTools: async (received) => {
        calls.push(...received);
        return {
          results: received.map((call) => ({ call, content: '{"saved":true}', isError: false })),
          stop: false,
        };
      },
    });
    expect(calls).toEqual([
      expect.objectContaining({
        name: 'save_lead',
        arguments: '{"name":"Maria","email":"maria@example.com"}',
      }),
    ]);
    expect(result.ok).toBe(true);
    expect(visible).toBe('Thanks, Maria!');
    // The second request carries the call and its result in the provider's own format.
    const followUp = JSON.stringify(server.requests[1]!.body.messages);
    expect(followUp).toContain(
      dialect === 'openai' ? '"tool_call_id":"call_fake1"' : '"tool_use_id":"toolu_fake1"',
    );
    expect(followUp).toContain('{\\"saved\\":true}');
  });

  it.each([
    ['a 500', { kind: 'status', status: 500 } as const, 'server-error'],
    ['malformed SSE', { kind: 'malformed' } as const, 'malformed'],
  ])('moves to the next link on %s', async (_name, behaviour, outcome) => {
    const server = await fake(dialect, behaviour);
    const { result, visible } = await run([link(dialect, server.baseURL), offline()]);
    expect(result.attempts.map((attempt) => attempt.outcome)).toEqual([outcome, 'ok']);
    expect(visible).toBe('Offline: 65 EUR.');
  });

  // Sitting out the Retry-After would take two minutes: longer than the test may run.
  it('moves on at once on a 429, whatever its Retry-After, and records it', async () => {
    const server = await fake(dialect, { kind: 'status', status: 429, retryAfter: '120' });
    const { result, visible } = await run([link(dialect, server.baseURL), offline()]);
    expect(visible).toBe('Offline: 65 EUR.');
    expect(result.attempts[0]).toMatchObject({
      outcome: 'rate-limited',
      status: 429,
      retryAfterSeconds: 120,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('moves on when the connection is refused', async () => {
    const server = await fake(dialect);
    const baseURL = server.baseURL;
    await server.close();
    const { result } = await run([link(dialect, baseURL), offline()]);
    expect(result.attempts.map((attempt) => attempt.outcome)).toEqual(['network-error', 'ok']);
  });

  it('moves on when no first byte comes within the first-token timeout, and not before', async () => {
    const server = await fake(dialect, { kind: 'no-first-byte' });
    const timeouts = { ...patient, firstTokenMs: shortMs };
    const started = performance.now();
    const { result, visible } = await run([
      link(dialect, server.baseURL, undefined, timeouts),
      offline(),
    ]);
    expect(result.attempts[0]!.outcome).toBe('first-token-timeout');
    expect(visible).toBe('Offline: 65 EUR.');
    // It waited the whole timeout (a lower bound, which a slow machine only makes longer).
    expect(performance.now() - started).toBeGreaterThanOrEqual(shortMs - 5);
  });

  it('replaces the partial reply when the stream is cut mid-token', async () => {
    const server = await fake(dialect, { kind: 'cut', chunks: ['The trip costs '] });
    const { result, shown, visible } = await run([link(dialect, server.baseURL), offline()]);
    expect(result.attempts.map((attempt) => attempt.outcome)[1]).toBe('ok');
    expect(shown).toEqual(['The trip costs ', '<reset>', 'Offline: 65 EUR.']);
    expect(visible).toBe('Offline: 65 EUR.');
  });

  it('replaces the partial reply when the stream stalls past the idle timeout', async () => {
    const server = await fake(dialect, { kind: 'stall', chunks: ['The trip '] });
    const timeouts = { ...patient, idleMs: shortMs };
    const { result, visible } = await run([
      link(dialect, server.baseURL, undefined, timeouts),
      offline(),
    ]);
    expect(result.attempts[0]!.outcome).toBe('idle-timeout');
    expect(visible).toBe('Offline: 65 EUR.');
  });

  it('can be cancelled mid-stream, and nothing counts against the provider', async () => {
    const server = await fake(dialect, { kind: 'stall', chunks: ['The trip '] });
    const cancellation = new Cancellation();
    const breaker = new CircuitBreaker(1, 30_000);
    const shown: string[] = [];
    const pending = runCascade([link(dialect, server.baseURL, breaker), offline()], request, {
      cancellation,
      onText: (text) => {
        shown.push(text);
        cancellation.cancel();
      },
      onReset: () => shown.push('<reset>'),
    });
    const result = await pending;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.cancelled).toBe(true);
    expect(shown).toEqual(['The trip ', '<reset>']);
    expect(breaker.state).toBe('closed');
  });
});

describe('the circuit breaker', () => {
  it('skips a failing link after K failures without a request, then probes it once', async () => {
    let now = 1_000_000;
    const breaker = new CircuitBreaker(2, 30_000, () => now);
    const server = await fake('openai', { kind: 'status', status: 500 });
    const links = () => [link('openai', server.baseURL, breaker), offline()];

    await run(links());
    await run(links());
    expect(breaker.state).toBe('open');
    const skipped = await run(links());
    expect(skipped.result.attempts[0]).toMatchObject({ outcome: 'breaker-open', totalMs: 0 });
    expect(server.requests).toHaveLength(2);

    now += 30_001;
    expect(breaker.state).toBe('half-open');
    server.script({ kind: 'text', chunks: ['Back.'] });
    const probe = await run(links());
    expect(probe.visible).toBe('Back.');
    expect(breaker.state).toBe('closed');
    expect(server.requests).toHaveLength(3);
  });

  it('reopens when the probe fails, and lets only one request probe', async () => {
    let now = 0;
    const breaker = new CircuitBreaker(1, 1000, () => now);
    breaker.failure();
    now = 1001;
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    breaker.failure();
    expect(breaker.state).toBe('open');
  });
});

describe('the cascade when every link fails', () => {
  it('reports the failure with every attempt, for the fallback answer', async () => {
    const first = await fake('openai', { kind: 'status', status: 503 });
    const second = await fake('anthropic', { kind: 'status', status: 500 });
    const { result } = await run([
      link('openai', first.baseURL),
      link('anthropic', second.baseURL),
    ]);
    expect(result.ok).toBe(false);
    expect(result.attempts.map((attempt) => `${attempt.provider}:${attempt.outcome}`)).toEqual([
      'openai:server-error',
      'anthropic:server-error',
    ]);
  });
});
