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

/**
 * Given the index's terms and the knowledge's words (lowercase), what reads the concept phrases
 * the knowledge writes, as further terms of a text's words; none when there are none to read.
 */
export type PhraseReader = (
  has: (term: string) => boolean,
  words: Iterable<string>,
) => ((words: readonly string[]) => readonly string[]) | undefined;

/** Phrase terms by document, in document order. */
interface PhraseTerms {
  readonly docs: readonly number[];
  readonly terms: readonly number[];
  readonly counts: readonly number[];
}

const noPhraseTerms: PhraseTerms = { docs: [], terms: [], counts: [] };

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
/**
 * What each further word of a unit's group adds beyond its best one, to the score and to how
 * much of the unit the block covers: "Opening hours" names two words of the group "what are
 * your hours" stands for, "Emergencies and out of hours" one, so the first is more about it.
 * Small, so a block that names the visitor's own word still wins.
 */
const furtherTermShare = 0.15;

export class Bm25Index {
  private readonly termIds = new Map<string, number>();
  /** CSR postings: term t's documents are postingDocs[termStart[t] .. termStart[t + 1]). */
  private readonly termStart: Int32Array;
  private readonly postingDocs: Int32Array;
  /** BM25's term-frequency factor, tf·(k1+1) / (tf + k1·(1 − b + b·len/avg)), per posting. */
  private readonly postingWeights: Float32Array;
  private readonly documentCount: number;
  private readonly scores: Float64Array;
  /** Documents scored by the current query; reused so a broad query makes no garbage. */
  private readonly touched: Int32Array;
  /** Per query unit: each document's best term contribution. */
  private readonly unitBest: Float64Array;
  /** Per query unit: the sum of each document's matches on the visitor's own words. */
  private readonly unitOwn: Float64Array;
  private readonly unitTouched: Int32Array;
  /** Per query unit: the sum of each document's matches over all its terms. */
  private readonly unitSum: Float64Array;

  constructor(
    documents: readonly IndexedDocument[],
    private readonly tokenizer: Tokenizer,
    /** What reads the concepts the knowledge writes only as phrases (`PhraseReader`). */
    phrases?: PhraseReader,
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
    // Each distinct word's term id (-1 for a stop word): one lookup a word in the loop below.
    const idOfWord = new Map<string, number>();
    const wordId = (word: string) => {
      let id = idOfWord.get(word);
      if (id === undefined) {
        const term = this.tokenizer.term(word);
        id = term === null ? -1 : termOf(term);
        idOfWord.set(word, id);
      }
      return id;
    };
    for (let doc = 0; doc < documents.length; doc++) {
      const document = documents[doc]!;
      let length = 0;
      const add = (text: string, weight: number) => {
        for (const word of this.tokenizer.words(text)) {
          if (word === '') continue;
          const id = wordId(word);
          if (id < 0) continue;
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
    const extra = phrases
      ? this.phraseTermsOf(documents, phrases, idOfWord.keys(), termOf)
      : noPhraseTerms;

    // Pass 2: document frequencies give each term's slice of one postings array.
    const terms = this.termIds.size;
    const postings = used + extra.terms.length;
    this.termStart = new Int32Array(terms + 1);
    for (let i = 0; i < used; i++) this.termStart[docTerms[i]! + 1]!++;
    for (const term of extra.terms) this.termStart[term + 1]!++;
    for (let t = 0; t < terms; t++) this.termStart[t + 1]! += this.termStart[t]!;
    this.postingDocs = new Int32Array(postings);
    this.postingWeights = new Float32Array(postings);
    const cursor = this.termStart.slice(0, terms);
    const post = (doc: number, term: number, tf: number, norm: number) => {
      const at = cursor[term]!++;
      this.postingDocs[at] = doc;
      this.postingWeights[at] = (tf * (k1 + 1)) / (tf + norm);
    };
    let next = 0;
    for (let doc = 0; doc < documents.length; doc++) {
      const norm = k1 * (1 - b + (b * docLengths[doc]!) / averageLength);
      for (let i = docOffsets[doc]!; i < docOffsets[doc + 1]!; i++)
        post(doc, docTerms[i]!, docCounts[i]!, norm);
      // The phrase terms are listed in document order, so every term's postings stay sorted.
      for (; next < extra.docs.length && extra.docs[next] === doc; next++)
        post(doc, extra.terms[next]!, extra.counts[next]!, norm);
    }
    this.scores = new Float64Array(documents.length);
    this.touched = new Int32Array(documents.length);
    this.unitBest = new Float64Array(documents.length);
    this.unitOwn = new Float64Array(documents.length);
    this.unitTouched = new Int32Array(documents.length);
    this.unitSum = new Float64Array(documents.length);
  }

  /**
   * The concepts each document writes only as one of their phrases ("air conditioning", where
   * no block says "aircon" or "AC"), as further terms: a second reading of the documents, made
   * only when the knowledge has such a phrase, so a catalogue without one costs nothing more.
   * Counted as words are, by field weight, though not in the length: the words are counted.
   */
  private phraseTermsOf(
    documents: readonly IndexedDocument[],
    phrases: PhraseReader,
    words: Iterable<string>,
    termOf: (term: string) => number,
  ): PhraseTerms {
    const read = phrases((term) => this.termIds.has(term), words);
    if (!read) return noPhraseTerms;
    const found: { docs: number[]; terms: number[]; counts: number[] } = {
      docs: [],
      terms: [],
      counts: [],
    };
    for (let doc = 0; doc < documents.length; doc++) {
      const document = documents[doc]!;
      const counts = new Map<number, number>();
      const add = (text: string, weight: number) => {
        for (const term of read(this.tokenizer.words(text))) {
          const id = termOf(term);
          counts.set(id, (counts.get(id) ?? 0) + weight);
        }
      };
      add(document.title, titleWeight);
      if (document.tags.length > 0) add(document.tags.join(' '), tagWeight);
      add(document.text, 1);
      for (const [term, count] of counts) {
        found.docs.push(doc);
        found.terms.push(term);
        found.counts.push(count);
      }
    }
    return found;
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
      ...units.map((unit) => this.planUnit(unit, 1, false, unknownIdf, common)),
      ...(contextWeight > 0 ? context : []).map((unit) =>
        this.planUnit(unit, contextWeight, true, unknownIdf, common),
      ),
    ];
    // Rare units first: a very common one then only adds to documents a rarer one found.
    plan.sort((a, b) => a.rarest - b.rarest);
    let ownTotal = 0;
    let contextTotal = 0;
    for (const unit of plan) {
      if (unit.isContext) contextTotal += unit.value;
      else ownTotal += unit.value;
    }
    const { scores, postingDocs, postingWeights, touched } = this;
    const { unitBest, unitOwn, unitTouched, unitSum } = this;
    let touchedCount = 0;
    for (const unit of plan) {
      if (unit.ids.length === 1) {
        // Most units are one word: its postings add straight to the scores, as plain BM25 does.
        const { id, weight } = unit.ids[0]!;
        const df = this.documentFrequency(id);
        const factor = unit.importance * weight * this.idf(df);
        const start = this.termStart[id]!;
        const end = this.termStart[id + 1]!;
        const onlyTouched = df > common && touchedCount > 0;
        if (onlyTouched && touchedCount * 16 < df) {
          for (let c = 0; c < touchedCount; c++) {
            const doc = touched[c]!;
            const at = findPosting(postingDocs, start, end, doc);
            if (at < 0) continue;
            scores[doc]! += factor * postingWeights[at]!;
          }
          continue;
        }
        for (let i = start; i < end; i++) {
          const doc = postingDocs[i]!;
          if (scores[doc] === 0) {
            if (onlyTouched) continue;
            touched[touchedCount++] = doc;
          }
          scores[doc]! += factor * postingWeights[i]!;
        }
        continue;
      }
      let unitCount = 0;
      const further = furtherShareOf(unit);
      for (const { id, weight } of unit.ids) {
        const df = this.documentFrequency(id);
        const factor = unit.importance * weight * this.idf(df);
        const start = this.termStart[id]!;
        const end = this.termStart[id + 1]!;
        // "чистка зубов": a block with both of the visitor's words beats one with either.
        const own = weight >= 1;
        // Every contribution is above zero, so a sum of zero marks a document new to the unit.
        const add = (doc: number, at: number) => {
          const contribution = factor * postingWeights[at]!;
          if (unitSum[doc] === 0) unitTouched[unitCount++] = doc;
          if (contribution > unitBest[doc]!) unitBest[doc] = contribution;
          if (own) unitOwn[doc]! += contribution;
          unitSum[doc]! += contribution;
        };
        const onlyTouched = df > common && touchedCount > 0;
        if (onlyTouched && (touchedCount + unitCount) * 16 < df) {
          // A very common term (a synonym of "price" in a catalogue) adds only to documents a
          // rarer unit found: look each of them up in its postings (sorted by document) rather
          // than walk tens of thousands of postings.
          const candidates = unitCount;
          for (let c = 0; c < touchedCount + candidates; c++) {
            const doc = c < touchedCount ? touched[c]! : unitTouched[c - touchedCount]!;
            // A document an earlier unit found is in both lists: once is its match.
            if (c >= touchedCount && scores[doc] !== 0) continue;
            const at = findPosting(postingDocs, start, end, doc);
            if (at >= 0) add(doc, at);
          }
          continue;
        }
        for (let i = start; i < end; i++) {
          const doc = postingDocs[i]!;
          if (onlyTouched && unitSum[doc] === 0 && scores[doc] === 0) continue;
          add(doc, i);
        }
      }
      for (let i = 0; i < unitCount; i++) {
        const doc = unitTouched[i]!;
        if (scores[doc] === 0) touched[touchedCount++] = doc;
        const top = Math.max(unitBest[doc]!, unitOwn[doc]!);
        scores[doc]! += top + further * Math.max(0, unitSum[doc]! - top);
        unitSum[doc] = 0;
        unitBest[doc] = 0;
        unitOwn[doc] = 0;
      }
    }
    const heap = new TopK(k);
    for (let i = 0; i < touchedCount; i++) heap.offer(touched[i]!, scores[touched[i]!]!);
    const share = (part: number, whole: number) => (whole > 0 ? Math.min(1, part / whole) : 0);
    const hits = heap.sorted().map(({ doc, score }) => {
      const matched = this.matchedBy(plan, doc);
      return {
        doc,
        score,
        coverage: share(matched.own, ownTotal),
        contextCoverage: share(matched.context, contextTotal),
      };
    });
    for (let i = 0; i < touchedCount; i++) scores[touched[i]!] = 0;
    return hits;
  }

  /**
   * How much of the question's weight, and of the context's, a document matches: looked up for
   * the few documents returned rather than summed over every posting walked, which keeps the
   * walk to one write a posting.
   */
  private matchedBy(
    plan: ReadonlyArray<PlannedUnit>,
    doc: number,
  ): { own: number; context: number } {
    let own = 0;
    let context = 0;
    for (const unit of plan) {
      let cover = 0;
      let coverSum = 0;
      for (const { id, weight } of unit.ids) {
        if (findPosting(this.postingDocs, this.termStart[id]!, this.termStart[id + 1]!, doc) < 0)
          continue;
        if (weight > cover) cover = weight;
        coverSum += weight;
      }
      if (cover === 0) continue;
      const value = unit.value * Math.min(1, cover + furtherShareOf(unit) * (coverSum - cover));
      if (unit.isContext) context += value;
      else own += value;
    }
    return { own, context };
  }

  private planUnit(
    unit: QueryUnit,
    importance: number,
    isContext: boolean,
    unknownIdf: number,
    common: number,
  ): PlannedUnit {
    let ids: Array<{ id: number; weight: number }> = [];
    let rarest = Number.POSITIVE_INFINITY;
    for (const term of unit.terms) {
      const id = this.termIds.get(term.term);
      if (id === undefined) continue;
      ids.push({ id, weight: term.weight });
      rarest = Math.min(rarest, this.documentFrequency(id));
    }
    // A synonym in most of a large knowledge base tells its blocks apart no better than nothing,
    // and walking its postings is most of a query's cost: the visitor's own words and the
    // rarest synonym stay.
    if (ids.length > 1)
      ids = ids.filter(
        ({ id, weight }) =>
          weight >= 1 ||
          this.documentFrequency(id) <= common ||
          this.documentFrequency(id) === rarest,
      );
    const value = unit.optional ? 0 : ids.length > 0 ? this.idf(rarest) : unknownIdf;
    return { ids, importance: importance * (unit.importance ?? 1), isContext, value, rarest };
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

  private documentFrequency(id: number): number {
    return this.termStart[id + 1]! - this.termStart[id]!;
  }
}

/** A query unit as the walk over the postings takes it. */
interface PlannedUnit {
  /** The unit's terms the index has, with their weights (1 for the visitor's own word). */
  readonly ids: ReadonlyArray<{ readonly id: number; readonly weight: number }>;
  readonly importance: number;
  readonly isContext: boolean;
  /** What the unit weighs in coverage: its rarest term's idf. */
  readonly value: number;
  /** The document frequency of its rarest term. */
  readonly rarest: number;
}

/**
 * What each further term of a unit adds, as a share of its own: only for units at full weight,
 * not for the words asking a price or a time beside a topic (a price list names every word for
 * price, and "how much is a clean?" asks about the cleaning; test/kb/kind-words-weigh-less.
 * test.ts), nor for a follow-up's context. A one-term unit has no further term to add.
 */
function furtherShareOf(unit: PlannedUnit): number {
  return unit.ids.length > 1 && unit.importance >= 1 ? furtherTermShare : 0;
}

/** Where a document is in a term's postings, which are sorted by document; -1 if absent. */
function findPosting(docs: Int32Array, start: number, end: number, doc: number): number {
  let low = start;
  let high = end - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = docs[middle]!;
    if (value === doc) return middle;
    if (value < doc) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
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
