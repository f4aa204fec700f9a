/**
 * A question asking for a time or a price is answered with the line of the block that holds
 * one, chosen by what the question says besides the block's own topic: "во сколько завтрак"
 * in the breakfast block wants the serving hours, not the one line that repeats "завтрак".
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { LanguageKnowledge } from '../../src/kb/language-knowledge.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

const hotel = new LanguageKnowledge('ru', {
  greeting: 'Привет',
  fallback: 'FALLBACK',
  blocks: [
    {
      id: 'breakfast',
      title: 'Завтрак',
      facts: {
        Время: 'каждый день с 08:00 до 10:30',
        'Ранний выезд': 'завтрак с собой с 06:30, если попросить накануне',
      },
      tags: [],
    },
    {
      id: 'parking',
      title: 'Парковка',
      body: '<p>Бесплатная парковка во дворе отеля.</p>',
      tags: [],
    },
  ],
});

describe('the line that holds the asked-for kind of fact', () => {
  it('is picked by the question’s words besides the block’s title', () => {
    const answer = answerOffline(hotel, 'во сколько завтрак?', [], { minConfidence: 0.5 });
    expect(answer.citations.map((citation) => citation.id)).toEqual(['breakfast']);
    expect(answer.text).toContain('08:00');
  });

  it('of lines alike besides the title, is the one that names the question’s topic', () => {
    const garage = knowledgeOf('en', [
      block(
        'glass',
        'Windscreens',
        'A chip should be repaired soon, before it turns into a crack. If it is smaller than a coin, we fix it for €120 in half an hour. Otherwise we fit a new windscreen from €750, depending on the model. We also do side windows.',
      ),
      block('tyres', 'Tyres', 'We change tyres for €60 a set.'),
      block('oil', 'Oil change', 'An oil change costs €90.'),
    ]);
    const answer = answerOffline(garage, 'there is a crack in my windscreen, how much?', [], {
      minConfidence: 0.7,
    });
    expect(answer.citations.map((citation) => citation.id)).toEqual(['glass']);
    expect(answer.text).toContain('€750');
  });

  it('is picked without the words that ask for it: every line holding a number answers "who do I call"', () => {
    const garage = knowledgeOf('en', [
      block(
        'breakdown',
        'Breakdowns',
        'During opening hours, call us on +41 32 341 27 85. In the evening, at night and at weekends our partner answers on +41 32 365 44 00. They tow your car to us. Members of the TCS can also call their breakdown service on 140.',
      ),
      block('hours', 'Opening hours', 'Monday to Friday 7:30 to 18:00.'),
      block('team', 'Our team', 'Four mechanics.'),
      block('parking', 'Parking', 'Eight spaces in front of the workshop.'),
    ]);
    const answer = answerOffline(garage, 'who do I call at night if I break down?', [], {
      minConfidence: 0.5,
    });
    expect(answer.text).toContain('365 44 00');
    expect(answer.text).not.toContain('341 27 85');
  });
});
