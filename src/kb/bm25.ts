/**
 * A BM25 index over knowledge blocks, built for tens of thousands of them: postings in typed
 * arrays, one score buffer reused across queries, and a bounded heap for the top k, so a query
 * costs the length of its terms' postings, never a sort of the whole collection.
 */
import type { Tokenizer } from './tokenize.js';

export interface IndexedDocument {
  readonly title: string;
  readonly text: string;
  readonly tags: readonly string[];
}

export interface SearchHit {
  /** Position of the document in the array the index was built from. */
  readonly doc: number;
  readonly score: number;
  /**
   * The share of the query's weight (by idf) this document matches, 0..1. Unlike the raw score
   * it is comparable across queries, so it decides whether an answer is good enough.
   */
  readonly coverage: number;
}

const k1 = 1.2;
const b = 0.75;
/** Title and tags say what a block is about; their words count more than the body's. */
const titleWeight = 3;
const tagWeight = 2;

export class Bm25Index {
  private readonly termIds = new Map<string, number>();
  private postingsDocs: Int32Array[] = [];
  private postingsFreqs: Float32Array[] = [];
  private readonly docLengths: Float32Array;
  private readonly averageLength: number;
  private readonly scores: Float64Array;
  private readonly matchedWeight: Float64Array;

  constructor(
    documents: readonly IndexedDocument[],
    private readonly tokenizer: Tokenizer,
  ) {
    const docsByTerm: number[][] = [];
    const freqsByTerm: number[][] = [];
    this.docLengths = new Float32Array(documents.length);
    const counts = new Map<number, number>();
    let totalLength = 0;
    documents.forEach((document, doc) => {
      counts.clear();
      let length = 0;
      const add = (text: string, weight: number) => {
        for (const token of this.tokenizer.tokens(text)) {
          let id = this.termIds.get(token);
          if (id === undefined) {
            id = this.termIds.size;
            this.termIds.set(token, id);
            docsByTerm.push([]);
            freqsByTerm.push([]);
          }
          counts.set(id, (counts.get(id) ?? 0) + weight);
          length += weight;
        }
      };
      add(document.title, titleWeight);
      add(document.tags.join(' '), tagWeight);
      add(document.text, 1);
      for (const [id, count] of counts) {
        docsByTerm[id]!.push(doc);
        freqsByTerm[id]!.push(count);
      }
      this.docLengths[doc] = length;
      totalLength += length;
    });
    this.postingsDocs = docsByTerm.map((docs) => Int32Array.from(docs));
    this.postingsFreqs = freqsByTerm.map((freqs) => Float32Array.from(freqs));
    this.averageLength = documents.length > 0 ? totalLength / documents.length : 1;
    this.scores = new Float64Array(documents.length);
    this.matchedWeight = new Float64Array(documents.length);
  }

  get size(): number {
    return this.docLengths.length;
  }

  get vocabularySize(): number {
    return this.termIds.size;
  }

  private idf(documentFrequency: number): number {
    const n = this.docLengths.length;
    return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }

  /**
   * The k best documents for a query. `context` (earlier turns) adds its terms at a lower
   * weight, so "and for children?" after a question about prices still finds prices.
   */
  search(query: string, k: number, context = '', contextWeight = 0.3): SearchHit[] {
    const weights = new Map<string, number>();
    for (const term of this.tokenizer.tokens(query))
      weights.set(term, (weights.get(term) ?? 0) + 1);
    for (const term of this.tokenizer.tokens(context))
      weights.set(term, (weights.get(term) ?? 0) + contextWeight);
    if (weights.size === 0 || this.size === 0) return [];

    // An unknown word weighs as much as the rarest known one: asking about something the
    // knowledge never mentions must lower coverage.
    const unknownIdf = this.idf(1);
    let totalWeight = 0;
    const touched: number[] = [];
    const { scores, matchedWeight } = this;
    for (const [term, weight] of weights) {
      const id = this.termIds.get(term);
      const isQueryTerm = weight >= 1;
      if (id === undefined) {
        if (isQueryTerm) totalWeight += unknownIdf;
        continue;
      }
      const docs = this.postingsDocs[id]!;
      const freqs = this.postingsFreqs[id]!;
      const idf = this.idf(docs.length);
      if (isQueryTerm) totalWeight += idf;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        const tf = freqs[i]!;
        const norm = tf + k1 * (1 - b + (b * this.docLengths[doc]!) / this.averageLength);
        if (scores[doc] === 0) touched.push(doc);
        scores[doc]! += weight * idf * ((tf * (k1 + 1)) / norm);
        if (isQueryTerm) matchedWeight[doc]! += idf;
      }
    }

    const heap = new TopK(k);
    for (const doc of touched) heap.offer(doc, scores[doc]!);
    const hits = heap.sorted().map(({ doc, score }) => ({
      doc,
      score,
      coverage: totalWeight > 0 ? Math.min(1, matchedWeight[doc]! / totalWeight) : 0,
    }));
    for (const doc of touched) {
      scores[doc] = 0;
      matchedWeight[doc] = 0;
    }
    return hits;
  }
}

/** A min-heap holding the k highest scores seen. */
class TopK {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly k: number) {}

  offer(doc: number, score: number): void {
    if (this.k <= 0) return;
    if (this.docs.length < this.k) {
      this.docs.push(doc);
      this.scores.push(score);
      this.up(this.docs.length - 1);
    } else if (score > this.scores[0]!) {
      this.docs[0] = doc;
      this.scores[0] = score;
      this.down(0);
    }
  }

  sorted(): Array<{ doc: number; score: number }> {
    return this.docs
      .map((doc, i) => ({ doc, score: this.scores[i]! }))
      .sort((x, y) => y.score - x.score || x.doc - y.doc);
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.scores[parent]! <= this.scores[i]!) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.docs.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < n && this.scores[left]! < this.scores[smallest]!) smallest = left;
      if (right < n && this.scores[right]! < this.scores[smallest]!) smallest = right;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }

  private swap(a: number, c: number): void {
    [this.docs[a], this.docs[c]] = [this.docs[c]!, this.docs[a]!];
    [this.scores[a], this.scores[c]] = [this.scores[c]!, this.scores[a]!];
  }
}
