/**
 * Topic tags by the model (`topicModel.enabled`), through the real OpenAI client pointed at the
 * local fake: the model's known topics are added to the offline ones, an unknown name is
 * dropped, a failing or late model leaves the offline topics (and the reply) as they were, and
 * without the switch the model is never asked. The offline answerer writes the replies (it is
 * first in the cascade), so every request the fake sees is a tagging request.
 */
import { describe, expect, it } from 'vitest';
import { AiEngine } from '../../src/ai/engine.js';
import { botTurn, newConversation } from '../../src/chat/bot-turn.js';
import { parseTopics } from '../../src/chat/topic-model.js';
import { topicModel, topics } from '../../src/config/escalation-schema.js';
import { BotSnapshot } from '../../src/snapshot/bot-snapshot.js';
import { type Behaviour, type LlmFake, startLlmFake } from '../fakes/llm-fake.js';
import { demoSnapshotWithCascade, fakeLink, openHours } from '../helpers/ai.js';
import { cleanupAfterTest } from '../helpers/bot.js';

const intents = topics.parse({
  refund: { en: ['refund', 'money back'] },
  billing: { en: ['invoice'] },
});

async function bot(fake: LlmFake, switchOn: unknown): Promise<BotSnapshot> {
  const demo = await demoSnapshotWithCascade([{ provider: 'offline' }, fakeLink(fake)]);
  return new BotSnapshot(
    { ...demo.config, topics: intents, topicModel: topicModel.parse(switchOn) },
    demo.languages,
    demo.templates,
    `${demo.version}-topic-model`,
    demo.knowledgeVersion,
    demo.loadedAt,
  );
}

async function tagged(switchOn: unknown, message: string, ...script: Behaviour[]) {
  const fake = await startLlmFake('openai', ...script);
  cleanupAfterTest(() => fake.close());
  const failures: string[] = [];
  const engine = new AiEngine(false, Date.now, undefined, (task, why) =>
    failures.push(`${task}: ${why}`),
  );
  const turn = await botTurn(await bot(fake, switchOn), newConversation('en'), message, {
    engine,
    now: openHours,
  });
  return { turn, fake, failures };
}

const patient = { enabled: true, timeoutMs: 10_000 };

describe('topic tags by the model', () => {
  it('adds the topic the model names to a message no intent matches', async () => {
    const { turn, fake } = await tagged(patient, 'I was charged twice this month, can you look?', {
      kind: 'text',
      chunks: ['bill', 'ing'],
    });
    expect(turn.reply).toBeTruthy();
    expect(turn.topics).toContain('billing');
    expect(fake.requests).toHaveLength(1);
    const sent = JSON.stringify(fake.requests[0]!.body);
    expect(sent).toContain('refund, billing');
    expect(sent).toContain('charged twice');
  });

  it('drops a name that is not a known topic and keeps the offline ones', async () => {
    const { turn } = await tagged(patient, 'I want my money back', {
      kind: 'text',
      chunks: ['astrology, billing'],
    });
    expect(turn.topics).toEqual(expect.arrayContaining(['refund', 'billing']));
    expect(turn.topics).not.toContain('astrology');
  });

  it('keeps the offline topics when the model fails', async () => {
    const { turn, failures } = await tagged(patient, 'I want my money back', {
      kind: 'status',
      status: 500,
    });
    expect(turn.reply).toBeTruthy();
    expect(turn.topics).toContain('refund');
    expect(turn.topics).not.toContain('billing');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^topic tagging: /);
  });

  it('keeps the offline topics when the model is late', async () => {
    const { turn, failures } = await tagged(
      { enabled: true, timeoutMs: 200 },
      'I want my money back',
      { kind: 'no-first-byte' },
    );
    expect(turn.reply).toBeTruthy();
    expect(turn.topics).toContain('refund');
    expect(turn.topics).not.toContain('billing');
    expect(failures).toEqual([expect.stringMatching(/^topic tagging: .*timeout$/)]);
  });

  it('never asks the model when the switch is off (the default)', async () => {
    const { turn, fake } = await tagged(undefined, 'I want my money back', {
      kind: 'text',
      chunks: ['billing'],
    });
    expect(turn.topics).toContain('refund');
    expect(turn.topics).not.toContain('billing');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('reading the model answer', () => {
  const known = ['refund', 'billing', 'opening-hours'];

  it('keeps only known names, once each, in the order given', () => {
    expect(parseTopics('Billing, "refund".\nbilling; Opening hours, cats', known)).toEqual([
      'billing',
      'refund',
      'opening-hours',
    ]);
  });

  it('reads NONE and prose as no topic', () => {
    expect(parseTopics('NONE', known)).toEqual([]);
    expect(parseTopics('The message is about a refund', known)).toEqual([]);
  });
});
