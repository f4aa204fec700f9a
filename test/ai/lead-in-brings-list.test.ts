/**
 * A sentence that leads into a list ("Every tour includes:") is no answer without the list: quoted
 * for a question, it brings its items, one per line, and the sentence after stays on its own line.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

const tours = knowledgeOf('en', [
  block(
    'included',
    'What the price covers',
    '<p>Every tour includes:</p><ul><li>Transport by minibus</li><li>A licensed guide</li><li>Entrance tickets</li></ul><p>Not included: lunch on the tour and tips.</p>',
  ),
  block('booking', 'Booking', '<p>Book online or by phone.</p>'),
  block('weather', 'Bad weather', '<p>We run in light rain.</p>'),
]);

describe('a lead-in line quoted in an answer', () => {
  it('brings its list with it', () => {
    const answer = answerOffline(tours, 'does the tour include lunch?', [], {
      minConfidence: 0.5,
    });
    expect(answer.citations.map((citation) => citation.id)).toEqual(['included']);
    expect(answer.text).toBe(
      [
        'Every tour includes:',
        '- Transport by minibus',
        '- A licensed guide',
        '- Entrance tickets',
        'Not included: lunch on the tour and tips.',
      ].join('\n'),
    );
  });
});
