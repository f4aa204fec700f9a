/**
 * "where's my order" is the phrase "where is my order" of the order-tracking concept: the
 * apostrophe split it into words no phrase has.
 */
import { describe, expect, it } from 'vitest';
import { LanguageKnowledge } from '../../src/kb/language-knowledge.js';

const shop = new LanguageKnowledge('en', {
  greeting: 'Hi',
  fallback: 'FALLBACK',
  blocks: [
    {
      id: 'tracking',
      title: 'Tracking your parcel',
      body: '<p>We email a tracking number when the parcel leaves.</p>',
      tags: [],
    },
    { id: 'showroom', title: 'Showroom', body: '<p>Buy coffee at our showroom.</p>', tags: [] },
  ],
});

describe('a contracted "is"', () => {
  it.each(["where's my order?", 'where’s my order?', 'where is my order?'])(
    '"%s" asks about tracking',
    (question) => {
      const units = shop.analyzer.analyze(question);
      expect(units.map((unit) => unit.text)).toEqual(['where is my order']);
      expect(shop.rank(question, [], 3).hits[0]?.block.id).toBe('tracking');
    },
  );
});
