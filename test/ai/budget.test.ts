import { describe, expect, it } from 'vitest';
import type { BudgetReached, BudgetSettings } from '../../src/ai/budget.js';
import { AiEngine } from '../../src/ai/engine.js';
import { botTurn, newConversation } from '../../src/chat/bot-turn.js';
import type { BotSnapshot } from '../../src/snapshot/bot-snapshot.js';
import { startLlmFake } from '../fakes/llm-fake.js';
import { demoSnapshotWithCascade, fakeLink } from '../helpers/ai.js';
import { cleanupAfterTest } from '../helpers/bot.js';

const question = 'How much is the Montserrat trip?';

/** The demo bot answering through the OpenAI fake, with a budget and a clock the test moves. */
async function budgetedBot(budget: BudgetSettings, withOffline = true) {
  const fake = await startLlmFake('openai', { kind: 'text', chunks: ['The model: 65 EUR.'] });
  cleanupAfterTest(() => fake.close());
  const snapshot = await demoSnapshotWithCascade(
    [fakeLink(fake), ...(withOffline ? [{ provider: 'offline' as const }] : [])],
    { budget },
  );
  const clock = { now: Date.parse('2026-12-06T12:00:00Z') };
  const reached: BudgetReached[] = [];
  const engine = new AiEngine(
    false,
    () => clock.now,
    (event) => reached.push(event),
  );
  const ask = (conversation: string) => reply(snapshot, engine, conversation);
  return { fake, clock, reached, ask };
}

async function reply(snapshot: BotSnapshot, engine: AiEngine, conversation: string) {
  const turn = await botTurn(snapshot, newConversation('en'), question, {
    engine,
    budgetKey: conversation,
  });
  return {
    text: turn.reply ?? '',
    provider: turn.provider,
    outcomes: turn.attempts.map((attempt) => attempt.outcome),
  };
}

describe('ai.budget', () => {
  it("a visitor over their day's calls gets the offline answer and the model no request, until the day ends", async () => {
    const { fake, clock, reached, ask } = await budgetedBot({
      visitor: { calls: 2 },
      timezone: 'UTC',
    });
    expect((await ask('ann')).text).toBe('The model: 65 EUR.');
    expect((await ask('ann')).text).toBe('The model: 65 EUR.');
    expect(fake.requests).toHaveLength(2);

    const over = await ask('ann');
    expect(over.provider).toBe('offline');
    expect(over.outcomes).toEqual(['over-budget', 'ok']);
    expect(over.text).toContain('Montserrat');
    expect(over.text).not.toContain('The model');
    await ask('ann');
    expect(fake.requests).toHaveLength(2);
    // Reported once for the crossing, not once per reply.
    expect(reached).toEqual([
      expect.objectContaining({ scope: 'visitor', key: 'ann', day: '2026-12-06' }),
    ]);

    // Another visitor has a budget of their own.
    expect((await ask('bob')).text).toBe('The model: 65 EUR.');
    expect(fake.requests).toHaveLength(3);

    // A new day in UTC: the model answers Ann again.
    clock.now = Date.parse('2026-12-07T00:00:01Z');
    expect((await ask('ann')).text).toBe('The model: 65 EUR.');
    expect(fake.requests).toHaveLength(4);
  });

  it("the bot's token budget stops every conversation, and the offline answerer answers even when the cascade does not list it", async () => {
    const { fake, reached, ask } = await budgetedBot(
      { bot: { tokens: 100 }, timezone: 'UTC' },
      false,
    );
    // The fake reports 120 input tokens for one reply: over a budget of 100 after it.
    expect((await ask('ann')).provider).toBe('openai/gpt-test');
    const over = await ask('bob');
    expect(over.provider).toBe('offline');
    expect(over.outcomes).toEqual(['over-budget', 'ok']);
    expect(over.text).toContain('Montserrat');
    expect(fake.requests).toHaveLength(1);
    expect(reached).toEqual([expect.objectContaining({ scope: 'bot', day: '2026-12-06' })]);
  });

  it("the day ends at midnight in the budget's timezone", async () => {
    const { fake, clock, ask } = await budgetedBot({
      bot: { calls: 1 },
      timezone: 'Europe/Madrid',
    });
    clock.now = Date.parse('2026-12-06T22:30:00Z'); // 23:30 in Madrid
    await ask('ann');
    expect((await ask('ann')).provider).toBe('offline');
    clock.now = Date.parse('2026-12-06T23:30:00Z'); // 00:30 on the 7th in Madrid, still the 6th in UTC
    expect((await ask('ann')).provider).toBe('openai/gpt-test');
    expect(fake.requests).toHaveLength(2);
  });

  it('counts each request of a tool round as a call', async () => {
    const fake = await startLlmFake(
      'openai',
      { kind: 'tool', name: 'save_lead', arguments: '{"name":"Ann","email":"ann@example.com"}' },
      { kind: 'text', chunks: ['Thanks, Ann!'] },
    );
    cleanupAfterTest(() => fake.close());
    const snapshot = await demoSnapshotWithCascade([fakeLink(fake), { provider: 'offline' }], {
      budget: { bot: { calls: 2 }, timezone: 'UTC' },
    });
    const engine = new AiEngine();
    expect((await reply(snapshot, engine, 'ann')).text).toBe('Thanks, Ann!');
    expect(fake.requests).toHaveLength(2);
    expect((await reply(snapshot, engine, 'bob')).provider).toBe('offline');
    expect(fake.requests).toHaveLength(2);
  });
});
