/**
 * "How much for an implant, all in?" asks for the total, which any price answers; "all" would
 * otherwise pick the "All-on-4" row of the price table over the single implant's.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { knowledgeOf } from '../helpers/knowledge.js';

describe('words that ask for the total', () => {
  it.each([
    ['en', 'how much for a single implant, all in?', 'Single implant', 'All-on-4 implants'],
    [
      'es',
      '¿cuánto cuesta un implante unitario en total?',
      'Implante unitario',
      'Total-on-4 implantes',
    ],
    [
      'fr',
      'combien pour un implant unitaire au total ?',
      'Implant unitaire',
      'Total-on-4 implants',
    ],
  ])('%s "%s" picks the row it names', (lang, question, single, whole) => {
    const clinic = knowledgeOf(lang, [
      {
        id: 'prices',
        title: 'Prices',
        facts: { [single]: '€1,650', [whole]: '€8,900', Crown: '€450', Cleaning: '€60' },
        tags: [],
      },
    ]);
    const answer = answerOffline(clinic, question, [], { minConfidence: 0 });
    expect(answer.text).toContain('1,650');
    expect(answer.text).not.toContain('8,900');
  });
});
