import type { Config, CascadeLink as LinkConfig } from '../../src/config/schema.js';
import { BotSnapshot, buildSnapshot } from '../../src/snapshot/bot-snapshot.js';
import type { LlmFake } from '../fakes/llm-fake.js';
import { repoRoot } from './project.js';

/** The demo bot with its cascade replaced: links pointing at local fakes, then offline. */
export async function demoSnapshotWithCascade(
  cascade: LinkConfig[],
  ai: Partial<Config['ai']> = {},
): Promise<BotSnapshot> {
  const { snapshot } = await buildSnapshot(repoRoot, { mode: 'validate', env: {} });
  const demo = snapshot!;
  return new BotSnapshot(
    { ...demo.config, ai: { ...demo.config.ai, ...ai, cascade } },
    demo.languages,
    demo.templates,
    `${demo.version}-test`,
    demo.knowledgeVersion,
    demo.loadedAt,
  );
}

/**
 * Timeouts for a fake that answers: long enough for any machine, since a test that gives the
 * provider a few hundred milliseconds fails on a busy one (and the first request also loads the
 * SDK). Tests of the timeouts themselves use a fake that never answers, with short ones.
 */
export const patientTimeouts = { firstToken: 30_000, idle: 30_000, total: 60_000 };

export function fakeLink(fake: LlmFake, provider: 'openai' | 'anthropic' = 'openai'): LinkConfig {
  return provider === 'openai'
    ? {
        provider,
        model: 'gpt-test',
        apiKey: 'sk-test',
        baseURL: fake.baseURL,
        timeouts: patientTimeouts,
      }
    : {
        provider,
        model: 'claude-test',
        apiKey: 'sk-test',
        baseURL: fake.baseURL,
        timeouts: patientTimeouts,
      };
}

/** A Monday morning and a Sunday in Madrid: inside and outside the demo's business hours. */
export const openHours = new Date('2026-11-23T10:00:00+01:00');
export const closedHours = new Date('2026-11-22T12:00:00+01:00');

/**
 * The head of a chatbot.config.yaml for the demo bot answering through an OpenAI fake first and
 * the offline provider second; tests append the sections they need.
 */
export function configWithFakeModel(
  baseURL: string,
  timeouts = '{ firstToken: 30s, idle: 30s, total: 60s }',
): string {
  return `name: Sol y Mar Tours
languages: { default: en, supported: [en, ru, es] }
ai:
  cascade:
    - provider: openai
      model: gpt-test
      apiKey: sk-test
      baseURL: ${baseURL}
      timeouts: ${timeouts}
    - provider: offline
`;
}
