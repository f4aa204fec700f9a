/**
 * What a follow-up is read against: the visitor's previous message and what the bot said of its
 * topic. After a "did you mean…", that is the first topic offered, the bot's best reading, which
 * the visitor has just read: "was kostet das?" then asks about it.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { botMessages, fill, localizeOpening } from '../../src/chat/bot-messages.js';
import { lastExchange } from '../../src/chat/bot-turn.js';
import { fixtureKnowledge } from '../helpers/knowledge.js';

const texts = { fallback: 'Sorry, I do not know.', didYouMean: 'Did you mean one of these?' };
const asConfigured = { minConfidence: 0.7, minClarifyConfidence: 0.5 };

describe('the previous exchange', () => {
  it('is the message and the answer', () => {
    const turns = [
      { author: 'visitor' as const, text: 'parking?' },
      { author: 'bot' as const, text: 'Park in the garage on Calle Mar.' },
    ];
    expect(lastExchange(turns, texts)).toEqual(['parking?', 'Park in the garage on Calle Mar.']);
  });

  it('is the message alone after a fallback', () => {
    const turns = [
      { author: 'visitor' as const, text: 'wifi on the bus?' },
      { author: 'bot' as const, text: `${texts.fallback} Call us.` },
    ];
    expect(lastExchange(turns, texts)).toEqual(['wifi on the bus?']);
  });

  it('is the message and the first topic offered after a "did you mean…"', () => {
    const turns = [
      { author: 'visitor' as const, text: 'my car needs its inspection' },
      { author: 'bot' as const, text: `${texts.didYouMean}\n- Inspection (MFK)\n- Quotes` },
    ];
    expect(lastExchange(turns, texts)).toEqual(['my car needs its inspection', 'Inspection (MFK)']);
  });

  it('is the message alone after one of the bot’s own messages, its placeholders filled', () => {
    const own = botMessages('de');
    const away = fill(own.handoffClosed, { when: localizeOpening('today 13:30', 'de') });
    const thanks = fill(botMessages('en').contactThanks, { name: ', Ana' });
    for (const [reply, lang] of [
      [away, 'de'],
      [own.handoffNow, 'de'],
      [thanks, 'en'],
    ] as const) {
      const turns = [
        { author: 'visitor' as const, text: 'wen rufe ich an?' },
        { author: 'bot' as const, text: reply },
      ];
      expect(lastExchange(turns, { ...texts, own: botMessages(lang) })).toEqual([
        'wen rufe ich an?',
      ]);
    }
  });

  it('is nothing before the first message', () => {
    expect(lastExchange([], texts)).toEqual([]);
  });
});

describe('a follow-up after a "did you mean…"', () => {
  it('asks about the topic offered first', () => {
    const garage = fixtureKnowledge('garage', 'de');
    const first = 'Grüezi, mein Auto ist fällig für die MFK, was muss ich tun?';
    const clarify = answerOffline(garage, first, [], asConfigured);
    expect(clarify.source).toBe('clarify');
    expect(clarify.suggestions?.[0]?.id).toBe('mfk');
    const turns = [
      { author: 'visitor' as const, text: first },
      { author: 'bot' as const, text: clarify.text },
    ];
    const exchange = lastExchange(turns, {
      fallback: garage.fallback,
      didYouMean: garage.ui.didYouMean,
    });
    const answer = answerOffline(garage, 'was kostet das?', exchange, asConfigured);
    expect(answer.failed).toBe(false);
    expect(answer.citations[0]?.id).toBe('mfk');
  });
});
