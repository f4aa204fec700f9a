/**
 * A business in Europe writes British English and many visitors write American: "colour" and
 * "color", "tyre" and "tire", "anaesthetic" and "anesthetic" are one word to the answerer.
 * Snowball stems each apart, and only some are one typo away.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { americanSpelling } from '../../src/kb/english-spelling.js';
import { Tokenizer } from '../../src/kb/tokenize.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

describe('British and American spellings', () => {
  it.each([
    ['colour', 'color'],
    ['centres', 'centers'],
    ['licence', 'license'],
    ['organised', 'organized'],
    ['organisation', 'organization'],
    ['anaesthetic', 'anesthetic'],
    ['paediatric', 'pediatric'],
    ['tyres', 'tires'],
    ['programme', 'program'],
    ['jewellery', 'jewelry'],
    ['enrolment', 'enrollment'],
  ])('"%s" and "%s" are one term', (british, american) => {
    const en = new Tokenizer('en');
    expect(en.tokens(british)).toEqual(en.tokens(american));
  });

  it('leaves words that only look alike alone', () => {
    for (const word of [
      'hour',
      'tour',
      'more',
      'store',
      'exercise',
      'surprise',
      'promise',
      'tired',
    ])
      expect(americanSpelling(word)).toBe(word);
  });

  it('is English only', () => {
    const fr = new Tokenizer('fr');
    expect(fr.tokens('centre')).not.toEqual(fr.tokens('center'));
  });

  it('lets an American question find a British page whole', () => {
    const knowledge = knowledgeOf('en', [
      block(
        'sedation',
        'Sedation',
        'Nervous patients can have treatment under general anaesthetic.',
      ),
      block('tyres', 'Tyre change', 'Summer and winter tyres changed in 30 minutes, £40.'),
      block('hours', 'Opening hours', 'Monday to Friday, 8:00 to 18:00.'),
    ]);
    const asConfigured = { minConfidence: 0.7 };
    const sedation = answerOffline(knowledge, 'do you do general anesthetic?', [], asConfigured);
    expect(sedation.citations[0]?.id).toBe('sedation');
    const tires = answerOffline(knowledge, 'can you change my winter tires?', [], asConfigured);
    expect(tires.citations[0]?.id).toBe('tyres');
  });
});
