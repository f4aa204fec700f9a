/**
 * Two ways a visitor's words meet a block that does not repeat them: a price written only as
 * an amount ("from €50") answers "how much is it?", and a block holding every word of a phrase
 * the visitor wrote ("чистка зубов") ranks above one holding only one of them.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { LanguageKnowledge } from '../../src/kb/language-knowledge.js';
import type { KnowledgeFile } from '../../src/kb/schema.js';
import { Tokenizer } from '../../src/kb/tokenize.js';

const options = { minConfidence: 0.7 };

function knowledge(lang: string, blocks: KnowledgeFile['blocks']): LanguageKnowledge {
  return new LanguageKnowledge(lang, { greeting: 'Hi', fallback: 'FALLBACK', blocks });
}

const shop = knowledge('en', [
  {
    id: 'gift-cards',
    title: 'Gift cards',
    body: '<p>Gift cards are available from €50 and are valid for two years.</p>',
    tags: ['voucher'],
  },
  {
    id: 'tours',
    title: 'Day tours',
    body: '<p>Every tour leaves at nine from the main square and lasts about eight hours.</p>',
    tags: [],
  },
  {
    id: 'booking',
    title: 'Booking',
    body: '<p>Book online or in the office; we confirm by email within the hour.</p>',
    tags: [],
  },
]);

describe('a currency sign reads as a price', () => {
  it('in each language, as that language’s word for price', () => {
    expect(new Tokenizer('en').tokens('from €50')).toContain('price');
    expect(new Tokenizer('ru').tokens('от 50 €')).toContain(new Tokenizer('ru').stemOf('цена'));
    expect(new Tokenizer('es').tokens('desde 50 €')).toContain(
      new Tokenizer('es').stemOf('precio'),
    );
  });

  it('answers "how much is it?" after a question about vouchers from the gift cards', () => {
    const previous = ['do you have vouchers?', 'Gift cards are available from €50.'];
    const answer = answerOffline(shop, 'how much is it?', previous, options);
    expect(answer.citations.map((citation) => citation.id)).toEqual(['gift-cards']);
    expect(answer.text).toContain('€50');
  });

  it('still refuses what no block covers', () => {
    expect(answerOffline(shop, 'do you sell bitcoin mining rigs?', [], options).failed).toBe(true);
  });
});

describe('a phrase the visitor wrote', () => {
  it('ranks the block with all its words above one with either', () => {
    const clinic = knowledge('ru', [
      {
        id: 'prices',
        title: 'Цены на лечение',
        table: {
          columns: ['Услуга', 'Цена'],
          rows: [
            ['Коронка из циркония', '450 €'],
            ['Чистка зубов', '60 €'],
          ],
        },
        tags: ['цена'],
      },
      {
        id: 'whitening',
        title: 'Цена отбеливания зубов',
        body: '<p>Отбеливание занимает один визит и стоит 250 €.</p>',
        tags: [],
      },
    ]);
    const ranked = clinic.rank('почём чистка зубов?', [], 2);
    expect(ranked.hits[0]!.block.id).toBe('prices');
    expect(ranked.hits[0]!.score).toBeGreaterThan(ranked.hits[1]!.score * 1.2);
  });
});
