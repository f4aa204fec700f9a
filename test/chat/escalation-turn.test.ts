/**
 * Topic tags and escalation rules in the bot turn, with the demo bot answering offline: a rule
 * the message alone fires hands off before any answer, one only the answer fires (a cited
 * topic, failed answers) after it; a person's chat is tagged but never handed off again; a
 * config with no rules behaves exactly as before.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { AiEngine } from '../../src/ai/engine.js';
import { type BotTurn, botTurn, newConversation } from '../../src/chat/bot-turn.js';
import { escalation, topics } from '../../src/config/escalation-schema.js';
import { BotSnapshot } from '../../src/snapshot/bot-snapshot.js';
import { demoSnapshotWithCascade, openHours } from '../helpers/ai.js';

let demo: BotSnapshot | undefined;

/** The demo bot (offline) with these `topics:` and `escalation:` sections, as YAML. */
async function bot(yaml: string): Promise<BotSnapshot> {
  demo ??= await demoSnapshotWithCascade([{ provider: 'offline' }]);
  const sections = parseYaml(yaml) as { topics?: unknown; escalation?: unknown };
  return new BotSnapshot(
    {
      ...demo.config,
      topics: topics.parse(sections.topics ?? {}),
      escalation: escalation.parse(sections.escalation ?? []),
    },
    demo.languages,
    demo.templates,
    `${demo.version}-escalation`,
    demo.knowledgeVersion,
    demo.loadedAt,
  );
}

async function converse(
  snapshot: BotSnapshot,
  lang: string,
  messages: string[],
  start = newConversation(lang),
): Promise<BotTurn[]> {
  const engine = new AiEngine();
  let memory = start;
  const turns: BotTurn[] = [];
  for (const message of messages) {
    const turn = await botTurn(snapshot, memory, message, { engine, now: openHours });
    memory = turn.memory;
    turns.push(turn);
  }
  return turns;
}

const refundRules = `
topics:
  refund: { en: [refund, money back], ru: [возврат], es: [reembolso] }
escalation:
  - name: refunds
    when: { topic: refund }
    then: { handoff: true, team: billing, priority: high, tag: money }
`;

describe('escalation in the bot turn', () => {
  it.each([
    ['en', 'I want my money back'],
    ['ru', 'Как оформить возврат?'],
    ['es', 'Quiero un reembolso, por favor'],
  ])('a keyword topic hands off before any answer (%s)', async (lang, message) => {
    const [turn] = await converse(await bot(refundRules), lang, [message]);
    expect(turn!.topics).toContain('refund');
    expect(turn!.handoff).toMatchObject({ reason: 'escalation', detail: 'refunds' });
    expect(turn!.provider).toBe('bot');
    expect(turn!.memory.state).toBe('waiting');
    expect(turn!.escalation).toMatchObject({ team: 'billing', priority: 'high', tags: ['money'] });
  });

  it("a cited block's topic fires after the answer, which is shown before the handoff notice", async () => {
    const snapshot = await bot(`
escalation:
  - when: { topic: hours }
    then: { handoff: true, priority: urgent }
`);
    const [turn] = await converse(snapshot, 'en', ['What are your office hours?']);
    expect(turn!.topics).toEqual(['hours']);
    expect(turn!.citations.map((citation) => citation.id)).toContain('office-hours');
    expect(turn!.handoff).toMatchObject({ reason: 'escalation', detail: 'escalation[0]' });
    expect(turn!.reply).toMatch(/09:00[\s\S]*\n\n/);
    expect(turn!.memory.state).toBe('waiting');
  });

  it('failed answers fire at the count the rule names, before the handoff keys do', async () => {
    const snapshot = await bot(`
escalation:
  - name: stuck
    when: { failedAnswers: 2 }
    then: { priority: urgent, tag: stuck }
`);
    const turns = await converse(snapshot, 'es', [
      '¿Cómo resuelvo una integral?',
      '¿Venden coches usados?',
    ]);
    expect(turns[0]!.escalation).toBeUndefined();
    expect(turns[1]!.escalation).toMatchObject({ rules: ['stuck'], priority: 'urgent' });
    // It only tags and raises the priority: the bot keeps the chat.
    expect(turns[1]!.handoff).toBeUndefined();
  });

  it('a known lead who gets upset goes to sales, in Russian', async () => {
    const snapshot = await bot(`
escalation:
  - name: angry-lead
    when: { lead: true, sentimentBelow: -0.3 }
    then: { handoff: true, team: sales }
`);
    const [first, second] = await converse(snapshot, 'ru', [
      'Меня зовут Иван, телефон +7 916 123-45-67',
      'Это ужасно, вы меня обманули!',
    ]);
    expect(first!.escalation).toBeUndefined();
    expect(second!.handoff?.reason).toMatch(/sentiment|escalation/);
    expect(second!.escalation).toMatchObject({ rules: ['angry-lead'], team: 'sales' });
  });

  it('tags a chat a person has, and raises its priority, but hands nothing off', async () => {
    const snapshot = await bot(`
escalation:
  - when: { sentimentBelow: -0.3 }
    then: { handoff: true, priority: urgent }
`);
    const waiting = { ...newConversation('en'), state: 'human' as const };
    const [turn] = await converse(snapshot, 'en', ['This is terrible, you lied to me!'], waiting);
    expect(turn!.reply).toBeUndefined();
    expect(turn!.escalation).toMatchObject({ handoff: false, priority: 'urgent' });
  });

  it('with no rules or intents a turn is what it was: the handoff keys still decide', async () => {
    const snapshot = await bot('{}');
    const [keyword] = await converse(snapshot, 'en', ['Can I talk to a person?']);
    expect(keyword!.handoff).toMatchObject({ reason: 'keyword' });
    expect(keyword!.escalation).toBeUndefined();
    const [answer] = await converse(snapshot, 'en', ['What are your office hours?']);
    expect(answer!.handoff).toBeUndefined();
    expect(answer!.topics).toEqual(['hours']);
  });
});
