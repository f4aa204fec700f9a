/**
 * A question word stands for its concept group ("hours" for opening, closing, schedule…). A
 * block that names more of the group's words is more about it than one that repeats the
 * visitor's word once in passing: "When we are open" answers "what are your hours?", not
 * "Emergencies and out of hours", and covers more of the question than a block naming one
 * word of the group.
 */
import { describe, expect, it } from 'vitest';
import { block, fixtureKnowledge, knowledgeOf } from '../helpers/knowledge.js';

describe('a block naming more of a concept group', () => {
  it('ranks first for the group word, over a block naming it once', () => {
    const knowledge = knowledgeOf('en', [
      block(
        'emergencies',
        'Emergencies and out of hours',
        'Out of hours, call the emergency line. After hours a vet is on call every night and at weekends.',
      ),
      block(
        'hours',
        'When we are open',
        'We open at 9:00 and close at 19:00 on weekdays. Hours on Saturdays: 9:00 to 14:00.',
      ),
      block('contact', 'Contact', 'Call us or write to us at any time.'),
      block('team', 'Our team', 'Four vets and six nurses.'),
    ]);
    expect(knowledge.rank('what are your hours?', [], 3).hits[0]?.block.id).toBe('hours');
  });

  it('ranks the opening hours first at the veterinary practice', () => {
    const knowledge = fixtureKnowledge('vet', 'en');
    expect(knowledge.rank('what are your hours?', [], 3).hits[0]?.block.id).toBe('hours');
  });

  it('covers more of the unit than a block naming one word of the group', () => {
    const knowledge = knowledgeOf('en', [
      block('hours', 'Weekdays', 'We open at 9:00 and close at 19:00.'),
      block('doors', 'Doors', 'The side door stays open.'),
      block('team', 'Our team', 'Four vets and six nurses.'),
    ]);
    const stem = (word: string) => knowledge.tokenizer.stemOf(word);
    const hours = {
      text: 'hours',
      terms: [
        { term: stem('hours'), weight: 1 },
        { term: stem('open'), weight: 0.5 },
        { term: stem('close'), weight: 0.5 },
      ],
      concept: true,
    };
    const coverage = Object.fromEntries(
      knowledge.index.searchUnits([hours], 3).map((hit) => [hit.doc, hit.coverage]),
    );
    expect(coverage[1]).toBe(0.5);
    expect(coverage[0]).toBeGreaterThan(0.5);
    expect(coverage[0]).toBeLessThan(1);
  });
});
