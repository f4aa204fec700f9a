/**
 * Two words of one concept group in a question: when the knowledge uses both ("комната" and
 * "квартира"), each is a thing asked about, so the row naming both wins; when one only stands
 * for the other ("near" for "office"), they are one thing, counted once.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { fixtureKnowledge, projectKnowledge } from '../helpers/knowledge.js';

describe('two words of one concept group', () => {
  it('are two units when the knowledge uses both', () => {
    const school = fixtureKnowledge('school', 'ru');
    const question = 'Сколько стоит отдельная комната в студенческой квартире?';
    const texts = school.analyzer.analyze(question).map((unit) => unit.text);
    expect(texts).toEqual(expect.arrayContaining(['комната', 'квартире']));
    const answer = answerOffline(school, question, [], { minConfidence: 0.7 });
    expect(answer.text).toContain('175 €');
  });

  it('are one unit when one is only a synonym of the other', () => {
    const demo = projectKnowledge('.', 'en');
    const texts = demo.analyzer.analyze('parking near your office?').map((unit) => unit.text);
    expect(texts.filter((text) => text === 'near' || text === 'office')).toHaveLength(1);
  });
});
