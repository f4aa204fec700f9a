/**
 * A BM25 index over knowledge blocks, built for tens of thousands of them: postings in typed
 * arrays, one score buffer reused across queries, and a bounded heap for the top k, so a query
 * costs the length of its terms' postings, never a sort of the whole collection.
 */
import type { QueryUnit } from './query.js';
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
  /** The same for the context a follow-up was searched with; 0 without one. */
  readonly contextCoverage?: number;
}

const k1 = 1.2;
const b = 0.75;
/** Title and tags say what a block is about; their words count more than the body's. */
const titleWeight = 3;
const tagWeight = 2;

export class Bm25Index {
  private readonly termIds = new Map<string, number>();
  /** CSR postings: term t's documents are postingDocs[termStart[t] .. termStart[t + 1]). */
  private readonly termStart: Int32Array;
  private readonly postingDocs: Int32Array;
  /** BM25's term-frequency factor, tf·(k1+1) / (tf + k1·(1 − b + b·len/avg)), per posting. */
  private readonly postingWeights: Float32Array;
  private readonly documentCount: number;
  private readonly scores: Float64Array;
  private readonly matchedWeight: Float64Array;
  /** Documents scored by the current query; reused so a broad query makes no garbage. */
  private readonly touched: Int32Array;
  /** The current query's weight per term id, and which ids it has: zeroed after each query. */
  private readonly queryWeight: Float64Array;
  /** Per query unit: each document's best term contribution and best term weight. */
  private readonly unitBest: Float64Array;
  private readonly unitCover: Float64Array;
  private readonly unitTouched: Int32Array;
  private readonly contextMatched: Float64Array;
  private queryTerms = new Int32Array(64);
  private queryTermCount = 0;

  constructor(
    documents: readonly IndexedDocument[],
    private readonly tokenizer: Tokenizer,
  ) {
    this.documentCount = documents.length;
    // Pass 1: each document's distinct terms and weighted counts, into flat arrays.
    let docTerms = new Int32Array(1 << 16);
    let docCounts = new Float32Array(1 << 16);
    const docOffsets = new Int32Array(documents.length + 1);
    const docLengths = new Float32Array(documents.length);
    // Weighted counts per term for the current document, in one array reused for all of them.
    let counts = new Float32Array(1 << 12);
    const present: number[] = [];
    let used = 0;
    let totalLength = 0;
    const termOf = (token: string) => {
      let id = this.termIds.get(token);
      if (id === undefined) {
        id = this.termIds.size;
        this.termIds.set(token, id);
        if (id >= counts.length) counts = grow(counts, counts.length * 2);
      }
      return id;
    };
    for (let doc = 0; doc < documents.length; doc++) {
      const document = documents[doc]!;
      let length = 0;
      const add = (text: string, weight: number) => {
        for (const token of this.tokenizer.tokens(text)) {
          const id = termOf(token);
          if (counts[id] === 0) present.push(id);
          counts[id]! += weight;
          length += weight;
        }
      };
      add(document.title, titleWeight);
      if (document.tags.length > 0) add(document.tags.join(' '), tagWeight);
      add(document.text, 1);
      if (used + present.length > docTerms.length) {
        const size = Math.max(docTerms.length * 2, used + present.length);
        docTerms = grow(docTerms, size);
        docCounts = grow(docCounts, size);
      }
      for (const id of present) {
        docTerms[used] = id;
        docCounts[used] = counts[id]!;
        counts[id] = 0;
        used++;
      }
      present.length = 0;
      docOffsets[doc + 1] = used;
      docLengths[doc] = length;
      totalLength += length;
    }
    const averageLength = documents.length > 0 ? totalLength / documents.length : 1;

    // Pass 2: document frequencies give each term's slice of one postings array.
    const terms = this.termIds.size;
    this.termStart = new Int32Array(terms + 1);
    for (let i = 0; i < used; i++) this.termStart[docTerms[i]! + 1]!++;
    for (let t = 0; t < terms; t++) this.termStart[t + 1]! += this.termStart[t]!;
    this.postingDocs = new Int32Array(used);
    this.postingWeights = new Float32Array(used);
    const cursor = this.termStart.slice(0, terms);
    for (let doc = 0; doc < documents.length; doc++) {
      const norm = k1 * (1 - b + (b * docLengths[doc]!) / averageLength);
      for (let i = docOffsets[doc]!; i < docOffsets[doc + 1]!; i++) {
        const term = docTerms[i]!;
        const tf = docCounts[i]!;
        const at = cursor[term]!++;
        this.postingDocs[at] = doc;
        this.postingWeights[at] = (tf * (k1 + 1)) / (tf + norm);
      }
    }
    this.scores = new Float64Array(documents.length);
    this.matchedWeight = new Float64Array(documents.length);
    this.touched = new Int32Array(documents.length);
    this.queryWeight = new Float64Array(terms);
    this.unitBest = new Float64Array(documents.length);
    this.unitCover = new Float64Array(documents.length);
    this.unitTouched = new Int32Array(documents.length);
    this.contextMatched = new Float64Array(documents.length);
  }

  /** Whether the index has this term: the query analyzer's vocabulary. */
  has(term: string): boolean {
    return this.termIds.has(term);
  }

  terms(): Iterable<string> {
    return this.termIds.keys();
  }

  /**
   * The k best documents for analysed units. A unit adds its best-matching term only, so a
   * concept's synonyms never count twice; context units (earlier turns of a follow-up) add to
   * the score at `contextWeight`. Coverage is the share of the question's weight (each unit
   * weighs its rarest term's idf; a unit the knowledge does not know weighs as much as the
   * rarest term) that the document matches; context coverage is the same for the context.
   */
  searchUnits(
    units: readonly QueryUnit[],
    k: number,
    context: readonly QueryUnit[] = [],
    contextWeight = 0.5,
  ): SearchHit[] {
    if (this.documentCount === 0 || units.length + context.length === 0) return [];
    const unknownIdf = this.idf(1);
    const common = Math.max(1000, this.documentCount / 10);
    const plan = [
      ...units.map((unit) => this.planUnit(unit, 1, false, unknownIdf)),
      ...context.map((unit) => this.planUnit(unit, contextWeight, true, unknownIdf)),
    ];
    // Rare units first: a very common one then only adds to documents a rarer one found.
    plan.sort((a, b) => a.rarest - b.rarest);
    let ownTotal = 0;
    let contextTotal = 0;
    for (const unit of plan) {
      if (unit.isContext) contextTotal += unit.value;
      else ownTotal += unit.value;
    }
    const { scores, matchedWeight, postingDocs, postingWeights, touched } = this;
    const { unitBest, unitCover, unitTouched, contextMatched } = this;
    let touchedCount = 0;
    for (const unit of plan) {
      let unitCount = 0;
      for (const { id, weight } of unit.ids) {
        const df = this.documentFrequency(id);
        const factor = unit.importance * weight * this.idf(df);
        const onlyTouched = df > common && touchedCount > 0;
        for (let i = this.termStart[id]!, end = this.termStart[id + 1]!; i < end; i++) {
          const doc = postingDocs[i]!;
          if (onlyTouched && scores[doc] === 0 && unitBest[doc] === 0) continue;
          const contribution = factor * postingWeights[i]!;
          if (unitCover[doc] === 0) unitTouched[unitCount++] = doc;
          if (contribution > unitBest[doc]!) unitBest[doc] = contribution;
          if (weight > unitCover[doc]!) unitCover[doc] = weight;
        }
      }
      const matched = unit.isContext ? contextMatched : matchedWeight;
      for (let i = 0; i < unitCount; i++) {
        const doc = unitTouched[i]!;
        if (scores[doc] === 0) touched[touchedCount++] = doc;
        scores[doc]! += unitBest[doc]!;
        matched[doc]! += unit.value * unitCover[doc]!;
        unitBest[doc] = 0;
        unitCover[doc] = 0;
      }
    }
    const heap = new TopK(k);
    for (let i = 0; i < touchedCount; i++) heap.offer(touched[i]!, scores[touched[i]!]!);
    const share = (part: number, whole: number) => (whole > 0 ? Math.min(1, part / whole) : 0);
    const hits = heap.sorted().map(({ doc, score }) => ({
      doc,
      score,
      coverage: share(matchedWeight[doc]!, ownTotal),
      contextCoverage: share(contextMatched[doc]!, contextTotal),
    }));
    for (let i = 0; i < touchedCount; i++) {
      scores[touched[i]!] = 0;
      matchedWeight[touched[i]!] = 0;
      contextMatched[touched[i]!] = 0;
    }
    return hits;
  }

  private planUnit(unit: QueryUnit, importance: number, isContext: boolean, unknownIdf: number) {
    const ids: Array<{ id: number; weight: number }> = [];
    let rarest = Number.POSITIVE_INFINITY;
    for (const term of unit.terms) {
      const id = this.termIds.get(term.term);
      if (id === undefined) continue;
      ids.push({ id, weight: term.weight });
      rarest = Math.min(rarest, this.documentFrequency(id));
    }
    const value = unit.optional ? 0 : ids.length > 0 ? this.idf(rarest) : unknownIdf;
    return { ids, importance, isContext, value, rarest };
  }

  get size(): number {
    return this.documentCount;
  }

  /** What a word the index does not know weighs against coverage: as much as the rarest term. */
  get unknownWeight(): number {
    return this.idf(1);
  }

  /** How much a unit says: its rarest term's idf; 0 for a unit the index does not know. */
  unitWeight(unit: QueryUnit): number {
    let rarest = Number.POSITIVE_INFINITY;
    for (const term of unit.terms) {
      const id = this.termIds.get(term.term);
      if (id !== undefined) rarest = Math.min(rarest, this.documentFrequency(id));
    }
    return unit.optional || rarest === Number.POSITIVE_INFINITY ? 0 : this.idf(rarest);
  }

  get vocabularySize(): number {
    return this.termIds.size;
  }

  private idf(documentFrequency: number): number {
    const n = this.documentCount;
    return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }

  /**
   * The k best documents for a query. `context` (earlier turns) adds its terms at a lower
   * weight, so "and for children?" after a question about prices still finds prices.
   */
  search(query: string, k: number, context = '', contextWeight = 0.3): SearchHit[] {
    // The query's terms are gathered by id into arrays kept for the next query: a Map of terms
    // and an object per term, made and sorted for every message, were a good part of what a
    // reply allocated (docs/performance.md, "What survives a scavenge").
    this.queryTermCount = 0;
    // Words the index does not know, by their place among unknownWeights; in queryTerms as
    // -1 - place, so the total below adds in the order the words came, to the last bit.
    let unknown: Map<string, number> | undefined;
    const unknownWeights: number[] = [];
    const add = (term: string, weight: number) => {
      // No weight, nothing to add; and a zero in queryWeight means "not in this query yet".
      if (!(weight > 0)) return;
      const id = this.termIds.get(term);
      if (id !== undefined) {
        if (this.queryWeight[id] === 0) this.rememberQueryTerm(id);
        this.queryWeight[id]! += weight;
        return;
      }
      unknown ??= new Map();
      const place = unknown.get(term);
      if (place !== undefined) unknownWeights[place]! += weight;
      else {
        unknown.set(term, unknownWeights.length);
        this.rememberQueryTerm(-1 - unknownWeights.length);
        unknownWeights.push(weight);
      }
    };
    for (const term of this.tokenizer.tokens(query)) add(term, 1);
    for (const term of this.tokenizer.tokens(context)) add(term, contextWeight);
    const termCount = this.queryTermCount;
    const { queryTerms, queryWeight } = this;
    if (termCount === 0 || this.documentCount === 0) {
      this.clearQuery(termCount);
      return [];
    }

    // An unknown word weighs as much as the rarest known one: asking about something the
    // knowledge never mentions must lower coverage.
    const unknownIdf = this.idf(1);
    let totalWeight = 0;
    const common = Math.max(1000, this.documentCount / 10);
    let kept = 0;
    for (let i = 0; i < termCount; i++) {
      const id = queryTerms[i]!;
      if (id < 0) {
        if (unknownWeights[-1 - id]! >= 1) totalWeight += unknownIdf;
        continue;
      }
      const isQueryTerm = queryWeight[id]! >= 1;
      const df = this.documentFrequency(id);
      // A word from earlier turns that most blocks contain says nothing about this question.
      if (!isQueryTerm && df > common) {
        queryWeight[id] = 0;
        continue;
      }
      if (isQueryTerm) totalWeight += this.idf(df);
      queryTerms[kept++] = id;
    }
    // Rare terms first (a stable insertion sort: a query has tens of terms). A very common term
    // then only adds to documents a rarer term found: it barely changes their order, and it
    // would otherwise make every document a candidate.
    for (let i = 1; i < kept; i++) {
      const id = queryTerms[i]!;
      const df = this.documentFrequency(id);
      let j = i - 1;
      while (j >= 0 && this.documentFrequency(queryTerms[j]!) > df) {
        queryTerms[j + 1] = queryTerms[j]!;
        j--;
      }
      queryTerms[j + 1] = id;
    }
    const { scores, matchedWeight, postingDocs, postingWeights, touched } = this;
    let touchedCount = 0;
    for (let t = 0; t < kept; t++) {
      const id = queryTerms[t]!;
      const weight = queryWeight[id]!;
      const isQueryTerm = weight >= 1;
      const df = this.documentFrequency(id);
      const idf = this.idf(df);
      const factor = weight * idf;
      const onlyTouched = df > common && touchedCount > 0;
      for (let i = this.termStart[id]!, end = this.termStart[id + 1]!; i < end; i++) {
        const doc = postingDocs[i]!;
        if (scores[doc] === 0) {
          if (onlyTouched) continue;
          touched[touchedCount++] = doc;
        }
        scores[doc]! += factor * postingWeights[i]!;
        if (isQueryTerm) matchedWeight[doc]! += idf;
      }
    }
    this.clearQuery(kept);

    const heap = new TopK(k);
    for (let i = 0; i < touchedCount; i++) heap.offer(touched[i]!, scores[touched[i]!]!);
    const hits = heap.sorted().map(({ doc, score }) => ({
      doc,
      score,
      coverage: totalWeight > 0 ? Math.min(1, matchedWeight[doc]! / totalWeight) : 0,
    }));
    for (let i = 0; i < touchedCount; i++) {
      scores[touched[i]!] = 0;
      matchedWeight[touched[i]!] = 0;
    }
    return hits;
  }

  private documentFrequency(id: number): number {
    return this.termStart[id + 1]! - this.termStart[id]!;
  }

  private rememberQueryTerm(id: number): void {
    if (this.queryTermCount === this.queryTerms.length)
      this.queryTerms = grow(this.queryTerms, this.queryTerms.length * 2);
    this.queryTerms[this.queryTermCount++] = id;
  }

  /** The weights of the first `count` query terms back to zero, for the next query. */
  private clearQuery(count: number): void {
    for (let i = 0; i < count; i++) {
      const id = this.queryTerms[i]!;
      if (id >= 0) this.queryWeight[id] = 0;
    }
    this.queryTermCount = 0;
  }
}

function grow<T extends Int32Array | Float32Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
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
    // Temporaries, not [x, y] = [y, x]: that destructures through an array iterator, which
    // allocated on every swap.
    const doc = this.docs[a]!;
    this.docs[a] = this.docs[c]!;
    this.docs[c] = doc;
    const score = this.scores[a]!;
    this.scores[a] = this.scores[c]!;
    this.scores[c] = score;
  }
}
