/**
 * Topic tags and escalation rules on plain values: keyword intents in English, Russian and
 * Spanish matched on word stems, the cited blocks' topics, and each condition of a rule.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  attributesOf,
  type EscalationFacts,
  escalate,
  higherPriority,
  ruleMatches,
} from '../../src/chat/escalation.js';
import { messageStems } from '../../src/chat/phrases.js';
import {
  addedTopics,
  citedTopics,
  keywordTopics,
  maxConversationTopics,
} from '../../src/chat/topics.js';
import { escalation, topics } from '../../src/config/escalation-schema.js';

const intents = topics.parse({
  refund: { en: ['refund', 'money back'], ru: ['возврат', 'вернуть деньги'], es: ['reembolso'] },
  booking: { en: ['booking'], ru: ['бронь'], es: ['reserva'] },
});

const topicsOf = (message: string, lang: string) =>
  keywordTopics(messageStems(message, lang), lang, intents);

describe('topics from keyword intents', () => {
  it.each([
    ['en', 'I WANT MY MONEY BACK!', ['refund']],
    ['en', 'Can I get refunds on bookings?', ['refund', 'booking']],
    ['ru', 'Как оформить возврат?', ['refund']],
    ['ru', 'Хочу вернуть деньги за тур', ['refund']],
    ['ru', 'Хочу отменить бронь', ['booking']],
    ['es', '¿Puedo pedir un REEMBOLSO?', ['refund']],
    ['es', 'Quiero cambiar mi reserva', ['booking']],
  ])('%s: "%s" is about %j', (lang, message, expected) => {
    expect(topicsOf(message, lang)).toEqual(expected);
  });

  it('finds nothing in a message about something else, or in a language without phrases', () => {
    expect(topicsOf('What time do you open?', 'en')).toEqual([]);
    expect(topicsOf('refund', 'de')).toEqual([]);
  });

  it("reads a regional language's base phrases too", () => {
    expect(topicsOf('Quiero un reembolso', 'es-MX')).toEqual(['refund']);
  });
});

describe('topics of cited blocks', () => {
  const blocks = [
    { id: 'cancellation', tags: ['Cancel Policy', 'refund'] },
    { id: 'hours', tags: ['hours'] },
    { id: 'untagged', tags: [] },
  ];

  it("takes each cited block's first tag, as a topic name", () => {
    expect(citedTopics([{ id: 'cancellation' }, { id: 'hours' }], blocks)).toEqual([
      'cancel-policy',
      'hours',
    ]);
    expect(citedTopics([{ id: 'untagged' }, { id: 'gone' }], blocks)).toEqual([]);
  });

  it('adds only new topics to a conversation, and keeps a bounded list', () => {
    expect(addedTopics(['refund'], ['refund'])).toBeUndefined();
    expect(addedTopics(['refund'], ['hours', 'refund'])).toEqual(['refund', 'hours']);
    const many = Array.from({ length: 30 }, (_, index) => `t${index}`);
    expect(addedTopics(undefined, many)).toHaveLength(maxConversationTopics);
  });
});

const calm: EscalationFacts = {
  lang: 'en',
  words: messageStems('Hello there', 'en'),
  sentiment: 0,
  topics: [],
  failedInARow: undefined,
  lead: false,
  attributes: { lang: 'en', channel: 'widget' },
};

/** Rules as a config writes them (YAML): an object literal with a `then` key reads as a promise. */
const rules = (yaml: string) => escalation.parse(parseYaml(yaml));

const rule = (when: Record<string, unknown>) =>
  rules(`- when: ${JSON.stringify(when)}\n  then: { tag: x }\n`)[0]!;

describe('escalation conditions', () => {
  it('sentimentBelow: fires under the value only', () => {
    const angry = rule({ sentimentBelow: -0.5 });
    expect(ruleMatches(angry, { ...calm, sentiment: -0.7 })).toBe(true);
    expect(ruleMatches(angry, { ...calm, sentiment: -0.5 })).toBe(false);
  });

  it('keywords: per language, on word stems', () => {
    const legal = rule({ keywords: { en: ['lawyer'], ru: ['суд'], es: ['abogado'] } });
    const says = (text: string, lang: string) =>
      ruleMatches(legal, { ...calm, lang, words: messageStems(text, lang) });
    expect(says('My LAWYERS will call you', 'en')).toBe(true);
    expect(says('Я подам в суд', 'ru')).toBe(true);
    expect(says('Hablaré con mi abogado', 'es')).toBe(true);
    expect(says('Hablaré con mi abogado', 'en')).toBe(false);
  });

  it('topic: one of the listed topics', () => {
    const money = rule({ topic: ['refund', 'billing'] });
    expect(ruleMatches(money, { ...calm, topics: ['hours', 'billing'] })).toBe(true);
    expect(ruleMatches(money, { ...calm, topics: ['hours'] })).toBe(false);
  });

  it('failedAnswers: only once the answer is known', () => {
    const stuck = rule({ failedAnswers: 2 });
    expect(ruleMatches(stuck, { ...calm, failedInARow: 2 })).toBe(true);
    expect(ruleMatches(stuck, { ...calm, failedInARow: 1 })).toBe(false);
    expect(ruleMatches(stuck, calm)).toBe(false);
  });

  it('lead: true for a visitor who left contact, false for one who did not', () => {
    expect(ruleMatches(rule({ lead: true }), { ...calm, lead: true })).toBe(true);
    expect(ruleMatches(rule({ lead: true }), calm)).toBe(false);
    expect(ruleMatches(rule({ lead: false }), calm)).toBe(true);
  });

  it('attribute: every key must have one of its values, case aside', () => {
    const attributes = attributesOf({
      lang: 'es',
      channel: 'widget',
      visitor: {
        utm: { utm_campaign: 'VIP-Spring' },
        country: 'ES',
        firstSeen: '',
        lastSeen: '',
        pages: [],
      },
      contact: { email: 'ana@example.com' },
    });
    expect(attributes).toMatchObject({
      country: 'ES',
      utm_campaign: 'VIP-Spring',
      email: 'ana@example.com',
    });
    const vip = rule({ attribute: { utm_campaign: 'vip-spring', country: ['ES', 'PT'] } });
    expect(ruleMatches(vip, { ...calm, attributes })).toBe(true);
    expect(ruleMatches(vip, { ...calm, attributes: { ...attributes, country: 'FR' } })).toBe(false);
  });

  it('needs every condition of a rule to hold', () => {
    const angryLead = rule({ sentimentBelow: -0.3, lead: true });
    expect(ruleMatches(angryLead, { ...calm, sentiment: -0.8 })).toBe(false);
    expect(ruleMatches(angryLead, { ...calm, sentiment: -0.8, lead: true })).toBe(true);
  });
});

describe('rules together', () => {
  const table = rules(`
- name: refunds
  when: { topic: refund }
  then: { tag: [refund], priority: high, team: billing }
- name: angry
  when: { sentimentBelow: -0.5 }
  then: { handoff: true, priority: urgent, tag: angry, notify: true }
- name: vip
  when: { lead: true }
  then: { priority: low, team: sales }
`);

  it('fires every matching rule: any hands off, tags add up, the first team, the highest priority', () => {
    const result = escalate(table, { ...calm, topics: ['refund'], sentiment: -0.9, lead: true });
    expect(result).toEqual({
      rules: ['refunds', 'angry', 'vip'],
      handoff: true,
      tags: ['refund', 'angry'],
      team: 'billing',
      priority: 'urgent',
      notify: true,
    });
  });

  it('gives nothing when no rule matches', () => {
    expect(escalate(table, calm)).toBeUndefined();
  });

  it('never lowers a priority', () => {
    expect(higherPriority('urgent', 'low')).toBe('urgent');
    expect(higherPriority(undefined, 'low')).toBe('low');
    expect(higherPriority('normal', 'high')).toBe('high');
  });
});
