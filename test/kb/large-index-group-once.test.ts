/**
 * In a large knowledge base a very common word of a concept group ("price" in a catalogue) is
 * looked up only for the blocks rarer words found. A block that an earlier word of the question
 * and an earlier word of the group had both found was counted twice for it, so it outscored a
 * block the same question found the other way. A block's score is the sum of what each word of
 * the question adds to it, however the index walks them.
 */
import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../src/kb/bm25.js';
import type { QueryUnit } from '../../src/kb/query.js';
import { Tokenizer } from '../../src/kb/tokenize.js';

/** 1,500 blocks, 1,100 of which say "price"; the first 20 say "fee", the first 10 "gadget". */
function catalogue(): Bm25Index {
  const documents = Array.from({ length: 1500 }, (_, i) => ({
    title: `item ${i}`,
    text: [
      i < 10 ? 'gadget' : 'widget',
      i < 20 ? 'fee' : 'charge',
      i < 1100 ? 'price' : 'list',
    ].join(' '),
    tags: [],
  }));
  return new Bm25Index(documents, new Tokenizer('en'));
}

const gadget: QueryUnit = { text: 'gadget', terms: [{ term: 'gadget', weight: 1 }] };
/** The visitor's "price", with "fee" as its synonym. */
const cost: QueryUnit = {
  text: 'price',
  terms: [
    { term: 'fee', weight: 0.5 },
    { term: 'price', weight: 1 },
  ],
  concept: true,
};

const scoreOf = (index: Bm25Index, units: QueryUnit[], doc: number) =>
  index.searchUnits(units, 1500).find((hit) => hit.doc === doc)?.score ?? 0;

describe('a concept group in a large knowledge base', () => {
  it('adds a common word of the group once to a block an earlier word found', () => {
    const index = catalogue();
    const together = scoreOf(index, [gadget, cost], 3);
    const apart = scoreOf(index, [gadget], 3) + scoreOf(index, [cost], 3);
    expect(together).toBeGreaterThan(0);
    expect(together).toBeCloseTo(apart, 9);
  });
});
