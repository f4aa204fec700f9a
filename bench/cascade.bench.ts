/**
 * What a failing provider costs the visitor, through the real SDKs against local fakes of the
 * OpenAI and Anthropic APIs (test/fakes). The next link is Anthropic's fake; "first token" is the
 * time from starting the cascade to the first text the visitor would see.
 * Targets from the AI issue: with the primary refused at connect, ≤ the next link's own first
 * token + 50 ms; with the primary hung, the fallback within the first-token timeout + 100 ms;
 * with the primary's breaker open, ≤ 5 ms added.
 */
import { anthropicProvider } from '../src/ai/anthropic-provider.js';
import { CircuitBreaker } from '../src/ai/breaker.js';
import { type CascadeLink, runCascade } from '../src/ai/cascade.js';
import { offlineProvider } from '../src/ai/offline-provider.js';
import { openAiProvider } from '../src/ai/openai-provider.js';
import type { ChatRequest } from '../src/ai/provider.js';
import { toolDefinitions } from '../src/ai/tools.js';
import { startLlmFake } from '../test/fakes/llm-fake.js';
import { type BenchRow, percentile } from './harness.js';

const rounds = 200;
const hungRounds = 8;
const firstTokenTimeoutMs = 1000;

const request: ChatRequest = {
  system: 'You are the assistant of Sol y Mar Tours.',
  history: [{ role: 'user', content: 'How much is the Montserrat trip?' }],
  tools: toolDefinitions,
  maxTokens: 200,
  offlineAnswer: () => ({ text: 'Montserrat: 69 €.', citations: [], failed: false, source: 'faq' }),
};

const timeouts = { firstTokenMs: firstTokenTimeoutMs, idleMs: 5000, totalMs: 10_000 };

function openAiLink(baseURL: string, breaker = new CircuitBreaker(3, 30_000)): CascadeLink {
  return {
    provider: openAiProvider({
      name: 'openai',
      model: 'gpt-test',
      apiKey: 'sk',
      baseURL,
      totalTimeoutMs: 10_000,
    }),
    timeouts,
    breaker,
  };
}

async function firstTokenMs(links: CascadeLink[]): Promise<number> {
  const started = performance.now();
  let first: number | undefined;
  const result = await runCascade(links, request, {
    onText: () => {
      first ??= performance.now() - started;
    },
  });
  if (!result.ok || first === undefined) throw new Error('the cascade did not answer');
  return first;
}

async function sample(times: number, links: () => CascadeLink[]): Promise<number[]> {
  for (let i = 0; i < 10; i++) await firstTokenMs(links()); // warm-up: connections, JIT
  const samples: number[] = [];
  for (let i = 0; i < times; i++) samples.push(await firstTokenMs(links()));
  return samples;
}

export async function run(): Promise<BenchRow[]> {
  const next = await startLlmFake('anthropic', {
    kind: 'text',
    chunks: ['Montserrat ', 'costs 69 €.'],
  });
  const refused = await startLlmFake('openai');
  const refusedURL = refused.baseURL;
  await refused.close();
  const hung = await startLlmFake('openai', { kind: 'no-first-byte' });
  const nextLink = (): CascadeLink => ({
    provider: anthropicProvider({
      name: 'anthropic',
      model: 'claude-test',
      apiKey: 'sk',
      baseURL: next.baseURL,
      totalTimeoutMs: 10_000,
    }),
    timeouts,
    breaker: new CircuitBreaker(3, 30_000),
  });
  const offline = (): CascadeLink => ({
    provider: offlineProvider(),
    timeouts,
    breaker: new CircuitBreaker(3, 30_000),
  });

  // The same client objects across rounds, as in the server: connections are kept alive.
  const own = nextLink();
  const baseline = await sample(rounds, () => [own]);
  const refusedPrimary = openAiLink(refusedURL, new CircuitBreaker(Number.MAX_SAFE_INTEGER, 1));
  const afterRefused = await sample(rounds, () => [refusedPrimary, own]);
  const openBreaker = new CircuitBreaker(1, 3_600_000);
  openBreaker.failure();
  const skipped = openAiLink(refusedURL, openBreaker);
  const afterBreaker = await sample(rounds, () => [skipped, own]);
  const hungPrimary = openAiLink(hung.baseURL, new CircuitBreaker(Number.MAX_SAFE_INTEGER, 1));
  const hungSamples: number[] = [];
  for (let i = 0; i < hungRounds; i++)
    hungSamples.push(await firstTokenMs([hungPrimary, offline()]));
  await Promise.all([next.close(), hung.close()]);

  const p = (samples: number[], q: number) => Math.round(percentile(samples, q) * 100) / 100;
  return [
    {
      bench: 'cascade',
      metric: "next link's own first token, p50",
      value: p(baseline, 50),
      unit: 'ms',
    },
    {
      bench: 'cascade',
      metric: "next link's own first token, p99",
      value: p(baseline, 99),
      unit: 'ms',
    },
    {
      bench: 'cascade',
      metric: 'primary refused at connect: first token, p50',
      value: p(afterRefused, 50),
      unit: 'ms',
      target: { max: p(baseline, 50) + 50 },
    },
    {
      bench: 'cascade',
      metric: 'primary refused at connect: first token, p99',
      value: p(afterRefused, 99),
      unit: 'ms',
      target: { max: p(baseline, 99) + 50 },
    },
    {
      bench: 'cascade',
      metric: `primary hung (first-token timeout ${firstTokenTimeoutMs} ms): fallback's first token, max`,
      value: p(hungSamples, 100),
      unit: 'ms',
      target: { max: firstTokenTimeoutMs + 100 },
    },
    {
      bench: 'cascade',
      metric: 'primary breaker open: added latency, p50',
      value: Math.round((p(afterBreaker, 50) - p(baseline, 50)) * 100) / 100,
      unit: 'ms',
      target: { max: 5 },
    },
    {
      bench: 'cascade',
      metric: 'primary breaker open: added latency, p99',
      value: Math.round((p(afterBreaker, 99) - p(baseline, 99)) * 100) / 100,
      unit: 'ms',
      target: { max: 5 },
    },
  ];
}
