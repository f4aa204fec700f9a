/**
 * One language's knowledge, ready to answer from: flattened blocks, their BM25 index, and the
 * choice of what goes into the prompt for a question (everything when it fits the budget, else
 * the best blocks), with citations.
 */
import type { Citation } from '../domain/conversation.js';
import { type AskedFact, asksForKind, factAsked, holdsFact } from './answer-kind.js';
import { Bm25Index, type SearchHit } from './bm25.js';
import { type ConfidenceInput, confidenceFeatures, confidenceOf } from './confidence.js';
import {
  type FlatBlock,
  flattenBlock,
  knowledgeSeparator,
  renderFlatBlock,
  renderKnowledge,
} from './flatten.js';
import { frameVerbImportance, isFrameVerb } from './frame-verbs.js';
import {
  maxOtherWords,
  mayNameKind,
  onlyAsksFor,
  type TitleKind,
  titleKind,
} from './kind-titles.js';
import { QueryAnalyzer, type QueryUnit } from './query.js';
import { queryLexicons } from './query-lexicon.js';
import type { KnowledgeFile } from './schema.js';
import { estimateJoinedTokens, estimateTokens, foldAccents, Tokenizer } from './tokenize.js';
import { resolveUiStrings, type UiStrings } from './ui-strings.js';

/** A block as retrieval ranked it for one question: what `chatbot eval` reports on. */
export interface RankedBlock {
  readonly id: string;
  readonly score: number;
  /** 0..1: the share of the question the block matches. */
  readonly coverage: number;
}

export interface Ranked {
  readonly hits: Array<SearchHit & { readonly block: FlatBlock }>;
  /** The question as retrieval read it. */
  readonly units: readonly QueryUnit[];
  /** Whether it was read as a follow-up of the previous question. */
  readonly followUp: boolean;
  /** How likely the best block answers the question, 0..1 (src/kb/confidence.ts). */
  readonly confidence: number;
  /**
   * The best block was chosen by its title: the message is that title, or asks only what the
   * title says the block is for ("where are you?" and "Where we are"). Its answer is that block's,
   * and what the question says beyond the title ("Sunday" of "Opening hours") picks its line.
   */
  readonly byTitle?: { readonly beyond: readonly QueryUnit[] };
}

export interface RetrievalOptions {
  readonly wholeKnowledgeTokens: number;
  readonly topK: number;
  /** Hits below this coverage are not cited. */
  readonly minCoverage: number;
}

export interface Retrieval {
  /** What goes into the template's {{knowledge}}. */
  readonly knowledge: string;
  readonly mode: 'whole' | 'retrieved';
  /** The blocks that answer this question, best first. */
  readonly citations: Citation[];
  readonly hits: ReadonlyArray<SearchHit & { readonly block: FlatBlock }>;
}

export class LanguageKnowledge {
  readonly blocks: readonly FlatBlock[];
  readonly index: Bm25Index;
  readonly tokenizer: Tokenizer;
  readonly analyzer: QueryAnalyzer;
  /** The language the texts are written in: `lang`, unless the file is a copy (`translateFrom`). */
  readonly textLang: string;
  readonly ui: UiStrings;
  /** Estimated tokens of the whole flattened knowledge. */
  readonly tokens: number;
  /** The whole flattened knowledge, built on first need: a large one never fits a prompt. */
  private whole: string | undefined;
  /** Per kind (where, when, how to get in touch, where to park), the blocks titled for it. */
  private readonly kindTitles = new Map<TitleKind, ReadonlyArray<KindTitled>>();
  /** Per fact and block, whether the block holds that fact (`holdsFact`), read on first need. */
  private readonly factHeld: Record<AskedFact, Array<boolean | undefined>> = {
    price: [],
    time: [],
    duration: [],
  };
  /** Each block's position by its title as `titleKey` reads it, built on first need. */
  private byTitle: ReadonlyMap<string, number> | undefined;

  constructor(
    readonly lang: string,
    readonly file: KnowledgeFile,
  ) {
    this.blocks = file.blocks.map(flattenBlock);
    // Knowledge still copied from another language is read as the language it is written in.
    this.textLang = file.translateFrom ?? lang;
    this.tokenizer = new Tokenizer(this.textLang);
    // The analyzer reads the index's vocabulary only once the index is built, on a question;
    // the index reads the analyzer's concept phrases while it is built.
    const vocabulary = {
      has: (term: string) => this.index.has(term),
      terms: () => this.index.terms(),
      words: () => wordsOf(this.blocks),
    };
    this.analyzer = new QueryAnalyzer(
      this.tokenizer,
      vocabulary,
      queryLexicons[this.textLang.split('-')[0]!],
      file.synonyms,
    );
    this.index = new Bm25Index(this.blocks, this.tokenizer, (has, words) =>
      this.analyzer.phraseReader(has, words),
    );
    this.ui = resolveUiStrings(lang, file.ui);
    this.tokens = estimateJoinedTokens(this.blocks.map(renderFlatBlock), knowledgeSeparator);
  }

  get greeting(): string {
    return this.file.greeting;
  }

  get fallback(): string {
    return this.file.fallback;
  }

  /**
   * The k best blocks for a question, read as `rank` reads it when it stands alone (`chatbot kb
   * search` shows these); with `context`, that text is searched beside it at half weight.
   */
  search(question: string, k: number, context = ''): Array<SearchHit & { block: FlatBlock }> {
    if (context) {
      const contextUnits = this.analyzer.analyze(context);
      return this.hitsOf(this.index.searchUnits(this.analyzer.analyze(question), k, contextUnits));
    }
    const { asked, units, asideUnits } = this.questionOf(question);
    return this.hitsOf(
      this.index.searchUnits(units, k, asideUnits, asideWeight),
      factAsked(asked, this.textLang),
    );
  }

  /**
   * The blocks for a question in a conversation. A question is searched on its own first; only
   * when it is short and its own best match is weak is it read as a follow-up ("and for kids?",
   * "how much is it?") and searched again with the previous exchange (the visitor's last message
   * and the bot's answer) as context: the question decides which blocks qualify, the context
   * picks among them. A question that stands on its own is never pulled towards the
   * previous topic.
   */
  rank(question: string, previousTurns: readonly string[], k: number): Ranked {
    const named = this.titleNamed(question);
    // A topic's own title is the plainest question about it: the "did you mean…" buttons ask
    // it, and the block it names is the only thing the visitor can mean.
    if (named !== undefined)
      return {
        ...this.readTitle(question, named, k),
        confidence: 1,
        byTitle: { beyond: [] },
      };
    const { alone, titled, ...read } = this.read(question, previousTurns, k, named);
    // "Where are you?" asked of the knowledge whose "Dónde estamos" says where: as sure as its title.
    if (titled) return { ...read, confidence: 1, byTitle: { beyond: titled } };
    const best = read.hits[0]?.block;
    // Another reading that finds the same block makes the answer as sure as that reading, less
    // what the reading costs: read as a follow-up, the question alone (the previous topic only
    // confirmed it: "¿aceptáis American Express?" after a payment question); each sentence of a
    // long message; the message without its story.
    const asSureAs = (reading: ConfidenceInput | undefined, cost = 0) =>
      reading && reading.hits[0]?.block === best
        ? confidenceOf(confidenceFeatures(this, reading)) - cost
        : 0;
    const confidence = Math.max(
      confidenceOf(confidenceFeatures(this, read)),
      asSureAs(alone),
      ...this.sentenceReadings(question, read, k).map((part) => asSureAs(part)),
      asSureAs(this.readingWithoutStory(question, read, k), storyDiscount),
    );
    return { ...read, confidence };
  }

  /**
   * A long message read without its story: the words the knowledge never uses that name no
   * thing businesses write about ("we land at Girona on a Friday", "my brother-in-law who knows
   * a bit about cars"). Each counts against the share of the message a block matches, though
   * none is what the visitor asks; a missing thing ("scooters", "a yacht") stays and still counts,
   * and the story may be no more than half the message.
   */
  private readingWithoutStory(question: string, read: Omit<Ranked, 'confidence'>, k: number) {
    if (read.followUp || question.split(/\s+/u).length < storyMinWords) return undefined;
    const story = (unit: QueryUnit) => !unit.optional && !unit.concept && unit.terms.length === 0;
    const units = read.units.filter((unit) => !story(unit));
    const storyWords = read.units.length - units.length;
    const ownWords = read.units.filter((unit) => !unit.optional).length;
    // A message mostly of words the knowledge never uses asks about what it does not know:
    // "tickets for the Camp Nou stadium tour" is no question about the tours' tickets.
    if (storyWords === 0 || storyWords > ownWords - storyWords) return undefined;
    const fact = factAsked(question, this.textLang);
    return { hits: this.hitsOf(this.index.searchUnits(units, k), fact), units, followUp: false };
  }

  /**
   * A long message's sentences, each read alone: a story around the question ("we are moving
   * to Valencia with two cats… I wanted to know how to get them chipped") lowers the share of
   * the message any block matches, though one sentence asks plainly what the best block answers.
   */
  private sentenceReadings(message: string, read: Omit<Ranked, 'confidence'>, k: number) {
    if (knownUnits(read.units) <= 3) return [];
    const sentences = messageSentences(message);
    if (sentences.length < 2) return [];
    return sentences.map((sentence) => {
      const units = this.kindLighter(this.analyzer.analyze(sentence));
      return { hits: this.hitsOf(this.index.searchUnits(units, k)), units, followUp: false };
    });
  }

  /** The block whose title the message is, in other case, accents or punctuation. */
  private titleNamed(message: string): number | undefined {
    if (!this.byTitle) {
      const byTitle = new Map<string, number>();
      // Of two blocks with one title, the first keeps it (docs/knowledge.md asks for none).
      for (const [position, block] of this.blocks.entries()) {
        const key = titleKey(block.title);
        if (key !== '' && !byTitle.has(key)) byTitle.set(key, position);
      }
      this.byTitle = byTitle;
    }
    return this.byTitle.get(titleKey(message));
  }

  private read(
    question: string,
    previousTurns: readonly string[],
    k: number,
    named = this.titleNamed(question),
  ): Omit<Ranked, 'confidence'> & {
    alone?: Omit<Ranked, 'confidence'>;
    /** Chosen by its title, for a question that asks what it is for: what it asks besides. */
    titled?: readonly QueryUnit[];
  } {
    if (named !== undefined) return this.readTitle(question, named, k);
    const { asked, aside, units, asideUnits } = this.questionOf(question);
    const fact = factAsked(asked, this.textLang);
    const alone = this.hitsOf(this.index.searchUnits(units, k, asideUnits, asideWeight), fact);
    const known = knownUnits(units);
    const best = alone[0];
    const standsAlone = best !== undefined && best.coverage >= 0.75 && known >= 3;
    const kindBlock = this.kindBlockFor(asked, units, alone);
    const onItsOwn = () => {
      if (kindBlock === undefined) return { hits: alone, units, followUp: false };
      // The sentences around the question say which line to add: "voy en metro" the metro's.
      const beyond = [...kindBlock.beyond, ...asideUnits];
      return { ...this.readTitle(question, kindBlock.doc, k), titled: beyond };
    };
    // "What's your WhatsApp?", "where do I park?" ask about the business whatever came before;
    // "and where is it?" or "what time?" may ask about the previous topic.
    const aboutTheBusiness =
      (kindBlock?.kind === 'contact' || kindBlock?.kind === 'parking') &&
      !carriesOn[this.textLang.split('-')[0]!]?.test(asked);
    if (
      aboutTheBusiness ||
      standsAlone ||
      previousTurns.length === 0 ||
      known > 3 ||
      namesMissing(units) ||
      movesOn(aside, asked, this.textLang)
    )
      return onItsOwn();
    const context = newTopicWords(units, this.analyzer.analyze(previousTurns.join('\n')));
    // The question decides which blocks qualify; the previous question picks among them.
    const floor = (best?.coverage ?? 0) - followUpCoverageGap;
    const candidates = this.hitsOf(this.index.searchUnits(units, Math.max(k, 10), context), fact);
    const withContext = candidates.filter(
      (hit) => hit.coverage >= floor && (hit.contextCoverage ?? 0) > 0,
    );
    // A block that alone says all the question asks keeps its place beside blocks the previous
    // exchange matches but the question only partly: "¿cómo se llega en metro?" after "¿habláis
    // inglés? mi pareja quiere venir" still asks the way there, not about whoever else says "venir".
    const mostCovered = Math.max(0, ...withContext.map((hit) => hit.coverage));
    const qualified = candidates.filter(
      (hit) =>
        withContext.includes(hit) ||
        (hit.doc === best?.doc && hit.coverage >= wholeQuestion && hit.coverage > mostCovered),
    );
    if (qualified.length === 0) return onItsOwn();
    const rest = candidates.filter((hit) => !qualified.includes(hit));
    return {
      hits: [...qualified, ...rest].slice(0, k),
      units,
      followUp: true,
      alone: { hits: alone, units, followUp: false },
    };
  }

  /**
   * The block whose title says where, when, how to get in touch or where to park, for a question
   * that asks only that (`kind-titles.ts`). Of two such titles the one saying less besides wins ("Как нас
   * найти" over "Где припарковаться"), then the one the question's words rank higher.
   */
  private kindBlockFor(
    asked: string,
    units: readonly QueryUnit[],
    ranked: ReadonlyArray<{ readonly doc: number }>,
  ):
    | { readonly doc: number; readonly kind: TitleKind; readonly beyond: readonly QueryUnit[] }
    | undefined {
    const asks = onlyAsksFor(asked, units, this.textLang, (unit, word) =>
      this.analyzer.inGroupWith(unit, word),
    );
    if (asks === undefined) return undefined;
    const { kind } = asks;
    let chosen: number | undefined;
    let fewest = maxOtherWords(kind) + 1;
    for (const { doc, otherWords } of this.titlesOfKind(kind)) {
      if (otherWords > fewest) continue;
      const ahead =
        otherWords < fewest ||
        (chosen !== undefined && rankOf(ranked, doc) < rankOf(ranked, chosen));
      if (chosen === undefined || ahead) {
        chosen = doc;
        fewest = otherWords;
      }
    }
    return chosen === undefined ? undefined : { doc: chosen, kind, beyond: asks.beyond };
  }

  /**
   * The blocks whose titles say they are for the kind, read on the kind's first question: a
   * quick test of each title first, as a large catalogue has few such titles.
   */
  private titlesOfKind(kind: TitleKind): ReadonlyArray<KindTitled> {
    let titled = this.kindTitles.get(kind);
    if (!titled) {
      const found: KindTitled[] = [];
      for (const [doc, block] of this.blocks.entries()) {
        if (!mayNameKind(block.title, kind, this.textLang)) continue;
        const title = titleKind(block.title, this.textLang, this.tokenizer);
        if (title?.kind === kind) found.push({ doc, otherWords: title.otherWords });
      }
      titled = found;
      this.kindTitles.set(kind, titled);
    }
    return titled;
  }

  /**
   * A message that is a block's title asks about that block, on its own and first, whatever
   * its words score: "Dónde estamos" is all stop words, and "Local move prices" also matches
   * the price blocks of other moves.
   */
  private readTitle(question: string, named: number, k: number): Omit<Ranked, 'confidence'> {
    const units = this.analyzer.analyze(question);
    const hits = this.hitsOf(this.index.searchUnits(units, k + 1));
    const own = hits.find((hit) => hit.doc === named);
    const best = Math.max(0, ...hits.map((hit) => hit.score));
    const first = own ?? { doc: named, score: best, coverage: 1, block: this.blocks[named]! };
    const rest = hits.filter((hit) => hit.doc !== named);
    return { hits: [first, ...rest].slice(0, k), units, followUp: false };
  }

  /**
   * The message's question sentence and the sentences around it (`askedAndAside`), analysed.
   * A question sentence with no word the knowledge knows is no question alone: then the
   * message is read whole.
   */
  private questionOf(message: string) {
    const split = askedAndAside(message);
    const units = this.kindLighter(this.analyzer.analyze(split.asked));
    if (split.aside && knownUnits(units) > 0)
      return { ...split, units, asideUnits: this.analyzer.analyze(split.aside) };
    return { ...split, units: this.kindLighter(this.analyzer.analyze(message)), asideUnits: [] };
  }

  /**
   * The question's units, those that ask for a kind of fact lighter when a topic is named too,
   * and a verb that only carries the topic ("¿tenéis trasteros?") lighter beside it.
   */
  private kindLighter(read: QueryUnit[]): QueryUnit[] {
    const units =
      read.length > 1
        ? read.map((unit) =>
            isFrameVerb(unit.text, this.textLang)
              ? { ...unit, importance: frameVerbImportance }
              : unit,
          )
        : read;
    const asksKind = units.map((unit) => asksForKind(unit, this.textLang));
    if (!asksKind.some(Boolean) || asksKind.every(Boolean)) return units;
    return units.map((unit, index) =>
      asksKind[index] ? { ...unit, importance: kindImportance } : unit,
    );
  }

  /**
   * The hits with their blocks. For a question that asks for an amount or a time, a block that
   * holds none weighs less: "¿cuánto cuesta una consulta normal?" is answered by the price table,
   * not by the emergencies page that says its visits "cuestan más que una consulta normal".
   */
  private hitsOf(hits: SearchHit[], fact?: AskedFact): Array<SearchHit & { block: FlatBlock }> {
    const withBlocks = hits.map((hit) => Object.assign({ block: this.blocks[hit.doc]! }, hit));
    if (fact === undefined) return withBlocks;
    return withBlocks
      .map((hit) =>
        this.holds(hit.doc, fact) ? hit : { ...hit, score: hit.score * withoutTheFact },
      )
      .sort((a, b) => b.score - a.score);
  }

  /** Whether a block holds the fact anywhere: an amount of money, or a time, date or duration. */
  private holds(doc: number, fact: AskedFact): boolean {
    const known = this.factHeld[fact];
    let holds = known[doc];
    if (holds === undefined) {
      // The text holds the block's rows and FAQ answers too.
      holds = holdsFact(this.blocks[doc]!.text, fact);
      known[doc] = holds;
    }
    return holds;
  }

  /**
   * The knowledge for one question, read as the offline answerer reads it: recent turns count
   * only when the question is a follow-up that cannot stand alone (`rank`).
   */
  retrieve(question: string, recentTurns: readonly string[], options: RetrievalOptions): Retrieval {
    const { hits } = this.read(question, recentTurns, options.topK);
    const citations = hits
      .filter((hit) => hit.coverage >= options.minCoverage)
      .map((hit) => citationOf(hit.block));
    if (this.tokens <= options.wholeKnowledgeTokens) {
      this.whole ??= renderKnowledge(this.blocks);
      return { knowledge: this.whole, mode: 'whole', citations, hits };
    }
    // Fill the budget with the best blocks; always include at least the best one.
    const chosen: string[] = [];
    let used = 0;
    for (const hit of hits) {
      const text = renderFlatBlock(hit.block);
      const cost = estimateTokens(text);
      if (chosen.length > 0 && used + cost > options.wholeKnowledgeTokens) break;
      chosen.push(text);
      used += cost;
    }
    return { knowledge: chosen.join('\n\n'), mode: 'retrieved', citations, hits };
  }
}

/**
 * A message of several sentences asks what its questions ask: in "We move from Torremolinos to
 * a house in Alhaurín next month, three bedrooms and a lot of stuff. What would it cost?" the
 * story around the question names places and things that match blocks about something else.
 * The sentences with a question mark are the question; the others count at `asideWeight`, so
 * they choose among the blocks the question matches but never outweigh it. A message with no
 * question mark, or only questions, is read whole.
 */
export function askedAndAside(message: string): { asked: string; aside: string } {
  const sentences = messageSentences(message);
  const asked = sentences.filter((sentence) => sentence.includes('?'));
  if (asked.length === 0 || asked.length === sentences.length) return { asked: message, aside: '' };
  return {
    asked: asked.join(' '),
    aside: sentences.filter((sentence) => !asked.includes(sentence)).join(' '),
  };
}

/**
 * What a word asking for a price, a time or a place weighs in choosing a block, against the
 * words of the topic: "почём коробки?" is about boxes, and a block that lists prices and
 * mentions boxes once is not the one about boxes.
 */
const kindImportance = 0.8;

/**
 * How many words make a message long enough to hold a story around its question ("Good
 * afternoon, my wife and I are in our sixties and will be in Barcelona for ten days…"), and
 * what reading it without the story costs: the words left out may have been part of the
 * question after all. Measured on the eval sets: from 8 to 20 words, from 0.05 to 0.15.
 */
const storyMinWords = 10;
const storyDiscount = 0.1;

/** A visitor's message cut into its sentences, as the visitor ended them. */
function messageSentences(message: string): string[] {
  return message
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** What the sentences around a message's question weigh against the question's own words. */
const asideWeight = 0.3;

/**
 * A sentence before the question ("ok, thanks. where do I park?", "понял. где у вас машину
 * оставить?") closes the previous topic: the question is read on its own, unless it opens
 * with "and…" ("ok. and for kids?"), which carries the topic on.
 */
function movesOn(aside: string, asked: string, lang: string): boolean {
  return aside !== '' && !carriesOn[lang.split('-')[0]!]?.test(asked);
}

const carriesOn: Readonly<Record<string, RegExp>> = {
  en: /^(and|what about|how about|also|plus)\b/i,
  // Not "а": Russian opens nearly any question with it, a new topic as often as not.
  ru: /^(и|ещё|еще|также|тоже|а ещё|а еще|а также)(?![\p{L}])/iu,
  es: /^¿?\s*(y|e|también|qué tal|y si)(?![\p{L}])/iu,
  de: /^(und|was ist mit|auch)\b/i,
  fr: /^(et|aussi|quid de)(?![\p{L}])/iu,
  it: /^(e|anche|e se)\b/i,
  pt: /^(e|também|e se)(?![\p{L}])/iu,
  uk: /^(і|й|ще|також|а ще|а також)(?![\p{L}])/iu,
};

/**
 * How much less of a follow-up a block may match than the best block and still be picked by the
 * previous topic. A block that states an amount ("gift cards from €50") answers "how much is
 * it?" through the amount, which counts as a synonym (0.8 of the word), while a price table
 * that says "price" matches it fully: the gap must let the previous topic's block in.
 */
const followUpCoverageGap = 0.25;

/**
 * How much a block that holds no amount counts towards a question asking how much something
 * is (no time towards one asking when): enough to fall behind a price table that matches the
 * question less, not behind one that matches nothing of it. Measured on the eval sets, 0.8 to 0.4.
 */
const withoutTheFact = 0.6;

/** A coverage that says the whole question, allowing for rounding. */
const wholeQuestion = 0.99;

/** The units of a question the knowledge knows, optional ones (numbers) aside. */
function knownUnits(units: readonly QueryUnit[]): number {
  return units.filter((unit) => unit.terms.length > 0 && !unit.optional).length;
}

/**
 * Whether the question names a thing businesses write about that this knowledge never
 * mentions ("wifi on the bus?"): the previous topic cannot supply it, so the question is not
 * read as a follow-up of it.
 */
function namesMissing(units: readonly QueryUnit[]): boolean {
  return units.some((unit) => unit.concept && unit.terms.length === 0);
}

/**
 * The previous exchange's units the question does not already hold: the topic a follow-up
 * carries is what the earlier turns add. Words the two share ("bus" after "on the bus?") would
 * make any question on the same word look like a follow-up of it.
 */
function newTopicWords(
  units: readonly QueryUnit[],
  context: readonly QueryUnit[],
): readonly QueryUnit[] {
  const own = new Set(units.flatMap((unit) => unit.terms.map((term) => term.term)));
  return context.filter((unit) => !unit.terms.some((term) => own.has(term.term)));
}

/** A block whose title says it is for a kind, and how many words the title says besides. */
interface KindTitled {
  readonly doc: number;
  readonly otherWords: number;
}

/** Where a block stands among ranked hits; past the end when it is not among them. */
function rankOf(ranked: ReadonlyArray<{ readonly doc: number }>, doc: number): number {
  const at = ranked.findIndex((hit) => hit.doc === doc);
  return at < 0 ? ranked.length : at;
}

export function rankingOf(
  hits: ReadonlyArray<SearchHit & { readonly block: FlatBlock }>,
): RankedBlock[] {
  return hits.map((hit) => ({ id: hit.block.id, score: hit.score, coverage: hit.coverage }));
}

/** A title or message as a lookup key: lowercase, accents folded, punctuation dropped. */
function titleKey(text: string): string {
  return foldAccents(text.toLowerCase())
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .join(' ');
}

/** The distinct lowercase words of the blocks, for typo matching. */
function wordsOf(blocks: readonly FlatBlock[]): Set<string> {
  const words = new Set<string>();
  for (const block of blocks)
    for (const text of [block.title, block.text, ...block.tags])
      for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
        if (word.length >= 4) words.add(word);
  return words;
}

/**
 * One citation object per block, shared by every reply that cites it: replies stay in memory for
 * a while (the conversation's window), and a copy per reply was garbage the collector had to
 * promote and trace. Blocks belong to one knowledge version, so the cache goes with it.
 */
const citations = new WeakMap<FlatBlock, Citation>();

export function citationOf(block: FlatBlock): Citation {
  let citation = citations.get(block);
  if (!citation) {
    citation = Object.freeze({ id: block.id, title: block.title, url: block.url });
    citations.set(block, citation);
  }
  return citation;
}
