/**
 * "Do you offer…", "what … do you run", "bietet ihr … an": the verb only carries the thing
 * asked about. As a word the knowledge rarely uses it weighed more than the thing itself, which
 * several blocks mention, and found the block whose title happened to say it ("Who runs the
 * space").
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { block, knowledgeOf, projectKnowledge } from '../helpers/knowledge.js';

const answering = { minConfidence: 0 };

/** The verb in one block's title; the thing asked about in three blocks, one named after it. */
function businessOf(lang: string, verbTitle: string, thing: string) {
  return knowledgeOf(lang, [
    block('verb', verbTitle, 'Anna, Marco.'),
    block('thing', thing, `${thing}: 15.`),
    block('rooms', 'Rooms', `Rooms, ${thing}.`),
    block('hall', 'Hall', `Hall, ${thing}.`),
  ]);
}

describe('a verb that only carries the question', () => {
  it('leaves the thing asked about to pick the block', () => {
    const knowledge = businessOf('en', 'Who runs the space', 'Events');
    const answer = answerOffline(knowledge, 'what kind of events do you run?', [], answering);
    expect(answer.citations[0]?.id).toBe('thing');
  });

  it('in German, French, Italian and Portuguese too', () => {
    const asked = [
      {
        lang: 'de',
        question: 'Bietet ihr Autowäsche an?',
        verb: 'Was wir bieten',
        thing: 'Autowäsche',
      },
      {
        lang: 'fr',
        question: 'Proposez-vous le lavage ?',
        verb: 'Ce que nous proposons',
        thing: 'Lavage',
      },
      { lang: 'it', question: 'Offrite il lavaggio?', verb: 'Cosa offriamo', thing: 'Lavaggio' },
      {
        lang: 'pt',
        question: 'Oferecem estacionamento?',
        verb: 'O que oferecemos',
        thing: 'Estacionamento',
      },
    ];
    for (const { lang, question, verb, thing } of asked) {
      const answer = answerOffline(businessOf(lang, verb, thing), question, [], answering);
      expect(answer.citations[0]?.id, lang).toBe('thing');
    }
  });

  it('"do" in Italian: "cosa faccio?" asks what to do about the thing', () => {
    const garage = projectKnowledge('test/fixtures/bots/garage', 'it');
    const answer = answerOffline(
      garage,
      'Ho appena avuto un incidente e la macchina non va più, cosa faccio?',
      [],
      { minConfidence: 0.7, minClarifyConfidence: 0.5 },
    );
    expect(answer.failed).toBe(false);
    expect(answer.citations[0]?.id).toBe('accident-insurance');
  });

  it('still opens a phrase that names a topic: "take away" is not "take" and "away"', () => {
    const knowledge = knowledgeOf('en', [
      block('takeaway', 'Takeaway', 'Every dish on the menu is also sold to go.'),
      block('away', 'Holidays', 'We are away in August.'),
    ]);
    const answer = answerOffline(knowledge, 'can I get food to take away?', [], answering);
    expect(answer.citations[0]?.id).toBe('takeaway');
  });
});
