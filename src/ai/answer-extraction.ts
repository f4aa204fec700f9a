/**
 * What to quote from a block for a question: the FAQ answer whose question says what the
 * visitor said, the table row or fact the question is about, a list whole, or the sentences
 * that answer, in the order the block gives them. Every choice weighs the question's words by
 * how rare they are in the knowledge, so "Montserrat" picks a row and "price" does not.
 */
import {
  type AnswerKind,
  type AskedFact,
  asksForShare,
  factAsked,
  holdsFact,
  holdsKind,
} from '../kb/answer-kind.js';
import { isItem, type Matcher, unitsOf } from '../kb/answer-units.js';
import { namesEuCountry, namesEuropeanUnion } from '../kb/countries.js';
import type { FlatBlock } from '../kb/flatten.js';
import type { LanguageKnowledge } from '../kb/language-knowledge.js';
import { limitedToOtherPeriod, periodsNamed } from '../kb/periods.js';
import { fitsQuantities, type Quantity, quantitiesOf } from '../kb/quantities.js';
import { statesAmount, statesMoney, statesRelativeAmount } from '../kb/text-forms.js';
import { familyMatches } from '../kb/word-family.js';
import { joinedTo, listAnswer, listsHolding, withItsList } from './answer-lists.js';

export interface Extract {
  readonly text: string;
  readonly source: 'faq' | 'row' | 'sentences' | 'list';
  /** The block the answer came from (a FAQ may come from the second-best block). */
  readonly block: FlatBlock;
}

export function extractAnswer(
  knowledge: LanguageKnowledge,
  pool: readonly FlatBlock[],
  matches: Matcher,
  {
    kind,
    besidesKind = matches,
    question,
    byTitle = false,
  }: {
    /** A price, a time or a place, when the question plainly asks for one. */
    readonly kind?: AnswerKind | undefined;
    /** The matcher for what the question asks besides that kind ("how much"). */
    readonly besidesKind?: Matcher;
    /** The visitor's words: a sentence for a month or season they did not name counts less. */
    readonly question?: string;
    /**
     * The block was chosen by its title: the question asks what the block is for ("where are
     * you?" of "Where we are"). Its opening answers, or the row the question names ("Sunday").
     */
    readonly byTitle?: boolean;
  } = {},
): Extract {
  if (byTitle && pool[0]) {
    // A line for a month the visitor did not name is no line they asked for: "por la tarde" is
    // not "Julio y agosto: … (sin tardes)". The month must open the line; "Samedi: 8h00–12h00,
    // pendant la saison des pneus (du 15 mars…)" is still Saturday's.
    const asked = periodsNamed(question ?? '', knowledge.textLang);
    const besides: Matcher = (text, rest, rule) =>
      limitedToOtherPeriod(lineOpening(text), asked, knowledge.textLang)
        ? 0
        : besidesKind(text, rest, rule);
    return titleAnswer(knowledge, pool[0], besides, kind, asked);
  }
  const fact = question === undefined ? undefined : factAsked(question, knowledge.textLang);
  const faq = bestPair(pool, matches, kind, fact);
  const statement = bestStatement(knowledge, pool, matches);
  // A FAQ question that says what the visitor said is the best answer, unless a sentence of
  // the same blocks says it plainly better: "how much is the deposit for a multi-day tour?"
  // is "a multi-day tour needs a 30% deposit", not "when do I pay the rest of a multi-day tour?".
  const statedBetter = statement && faq && statement.score >= faq.asked + statementLead;
  // "When is the exam?" wants the sentence with the date, not a FAQ that has none, even when
  // the FAQ's question says more of what the visitor said ("can I take the DELE here?").
  // "How long does a crown take?" wants a duration: the opening hours' clock times are none.
  // "How much is the hot desk?" wants a sum; "10% off the hot desk" answers only a question
  // about a discount or a deposit.
  const sumOnly = fact === 'price' && !asksForShare(question ?? '', knowledge.textLang);
  const held = (text: string) =>
    fact === 'duration'
      ? holdsFact(text, fact)
      : sumOnly
        ? statesMoney(text)
        : kind !== undefined && holdsKind(text, kind);
  const typed =
    kind && faq && !held(faq.answer) ? bestStatement(knowledge, pool, matches, held) : undefined;
  const typedBetter = typed && faq && typed.score > 0 && typed.score >= faq.asked * typedShare;
  if (faq && faq.score >= 0.5 && !statedBetter && !typedBetter)
    return { text: faq.answer, source: 'faq', block: faq.block };
  const block = statedBetter ? statement.block : typedBetter ? typed.block : pool[0]!;
  const units = unitsOf(block, knowledge.textLang);
  const inPeriod =
    question === undefined ? matches : periodFitted(matches, question, knowledge.textLang);
  const row = rowAskedAbout(block, inPeriod, kind, quantitiesOf(question ?? ''), {
    euCountry: question !== undefined && namesUnlistedEuCountry(knowledge, question),
  });
  if (row) {
    // A row that holds the asked-for price has answered "how much": the rest is what else was asked.
    const rest = kind && holdsKind(row, kind) ? besidesKind : matches;
    return { text: withRest(sentence(row), block, units, rest), source: 'row', block };
  }
  const ownFaq = bestPair([block], matches, kind, fact);
  if (units.length === 0 && ownFaq) return { text: ownFaq.answer, source: 'faq', block };
  const askedAsWhole = namesWholeTitle(knowledge, block, matches);
  const relatives =
    question === undefined
      ? undefined
      : (text: string) => familyMatches(knowledge.tokenizer, question, text);
  return {
    ...prose(block, units, {
      matches: inPeriod,
      kind,
      held,
      besidesKind,
      askedAsWhole,
      relatives,
    }),
    block,
  };
}

/**
 * The answer from a block its title chose: the rows or sentences the question names beyond what
 * the title says ("Sunday" in "are you open on Sunday?"), else the block's opening: the first
 * rows of its table ("Monday to Friday: 09:30 to 19:30; Saturday…") or its first sentences ("We
 * are at Rua da Boavista 72…"). The words that say what the block is for pick nothing:
 * "opening hours" is every line of the hours, and "fica" in "onde ficam?" is no reason to quote
 * "a receção fica no rés-do-chão" before the address.
 */
function titleAnswer(
  knowledge: LanguageKnowledge,
  block: FlatBlock,
  besides: Matcher,
  kind: AnswerKind | undefined,
  /** The months and seasons the question names. */
  asked: ReadonlySet<string>,
): Extract {
  const row = rowAskedAbout(block, besides, kind);
  if (row) return { text: sentence(row), source: 'row', block };
  if (block.rows.length > 0)
    return { text: sentence(block.rows.slice(0, openingRows).join('; ')), source: 'row', block };
  const units = unitsOf(block, knowledge.textLang);
  const scored = units.map((text, position) => ({
    text,
    position,
    score: besides(text, block.title),
  }));
  const named = scored.reduce((best, unit) => (unit.score > best.score ? unit : best), {
    text: '',
    position: -1,
    score: 0,
  });
  if (named.position < 0) return { text: opening(block, units), source: 'sentences', block };
  // The opening says what the block is for (the address); a line the question names besides
  // ("by metro?", "in August?") follows it, unless the opening holds only for another month.
  const first = units[0]!;
  const otherPeriod = kind === 'time' && limitedToOtherPeriod(first, asked, knowledge.textLang);
  const lead = named.position === 0 || otherPeriod ? [] : [first];
  const text = [...lead, withItsList(named.text, named.position, units)].reduce(joinedTo, '');
  return { text, source: 'sentences', block };
}

/** What a line opens with: a row's label ("Julio y agosto"), or a sentence's first four words. */
function lineOpening(text: string): string {
  const label = text.indexOf(':');
  return label > 0 ? text.slice(0, label) : text.split(/\s+/).slice(0, 4).join(' ');
}

/** How many of a table's rows open it, as an answer about the whole table: an hours table whole. */
const openingRows = 4;

/**
 * A sentence that holds only for a month or season the visitor did not name ("In August we
 * close at 14:00") counts for half: "when do you close on Friday?" wants the usual hours.
 */
function periodFitted(matches: Matcher, question: string, lang: string): Matcher {
  const asked = periodsNamed(question, lang);
  return (text, besides, rule) =>
    matches(text, besides, rule) * (limitedToOtherPeriod(text, asked, lang) ? 0.5 : 1);
}

/**
 * The rows that name what was asked about ("Montserrat", "Saturday"): a row qualifies only
 * when it matches something the table's caption and headings do not, so "how much?" on a
 * price table is not answered with one arbitrary row.
 */
function rowAskedAbout(
  block: FlatBlock,
  matches: Matcher,
  kind: AnswerKind | undefined,
  asked: readonly Quantity[] = [],
  { euCountry = false }: { readonly euCountry?: boolean } = {},
): string | undefined {
  if (block.rows.length === 0) return undefined;
  const general = `${block.title} ${block.rowHeadings.join(' ')}`;
  // A row for the EU answers for a member the table does not name, whatever else it matches.
  const forCountry = (row: string) => euCountry && namesEuropeanUnion(row);
  const scored = block.rows
    .map((row) => ({ row, score: matches(row, general) }))
    .filter((row) => row.score > 0 || forCountry(row.row))
    // Of rows alike, the one whose range holds the visitor's number is theirs: "Dog spay, over
    // 25 kg" for a dog of 30 kilos, not "up to 10 kg".
    .map((row) => ({
      ...row,
      score:
        row.score +
        kindBonus(row.row, kind) +
        (fitsQuantities(row.row, asked) === true ? fitBonus : 0) +
        (forCountry(row.row) ? fitBonus : 0),
    }));
  if (scored.length === 0) return undefined;
  const top = Math.max(...scored.map((row) => row.score));
  const chosen = scored.filter((row) => row.score === top).slice(0, 3);
  if (chosen.length === block.rows.length) return undefined;
  return chosen.map((row) => row.row).join('; ');
}

/**
 * Whether the question names a country of the European Union that the knowledge never names:
 * "¿enviáis a Francia?" of a table whose rows are Spain, Portugal and "Resto de la UE".
 */
function namesUnlistedEuCountry(knowledge: LanguageKnowledge, question: string): boolean {
  const { tokenizer, index } = knowledge;
  return tokenizer
    .tokens(question)
    .some((term) => !index.has(term) && namesEuCountry(tokenizer, term));
}

/** A price of its own, not one added to another ("€15 more"). */
function statesAbsoluteAmount(text: string): boolean {
  return statesAmount(text) && !statesRelativeAmount(text);
}

/** What a row whose range holds the visitor's number adds, as much as holding the kind asked for. */
const fitBonus = 0.25;

/**
 * A row and the sentence of the block's prose that answers what the row does not: "is there a
 * single supplement on the Basque tour?" names the tour's row, but the supplement is a
 * sentence under the table. The row alone would answer a question that was not asked.
 */
function withRest(
  row: string,
  block: FlatBlock,
  units: readonly string[],
  matches: Matcher,
): string {
  const besides = `${row} ${block.title} ${block.rowHeadings.join(' ')}`;
  let best: string | undefined;
  let bestScore = 0;
  for (const unit of units) {
    if (isItem(unit)) continue;
    const score = matches(unit, besides);
    if (score > bestScore) {
      best = unit;
      bestScore = score;
    }
  }
  // Measured against what the row leaves unanswered: a chatty question ("I travel alone, on
  // the Basque tour, is there a supplement for a single room?") spreads its weight thin.
  const left = Math.max(1 - matches(row), restShare);
  return best && bestScore >= minRest && bestScore / left >= restShare ? `${row} ${best}` : row;
}

/** How much of what the row leaves unanswered a sentence must answer, to go with the row. */
const restShare = 0.2;
/** …and of the whole question at least this much: a stray shared word is no answer. */
const minRest = 0.1;

interface ProseAsk {
  readonly matches: Matcher;
  readonly kind: AnswerKind | undefined;
  /** Whether a text holds the fact asked for (a sum, a duration), when that is narrower than the kind. */
  readonly held: (text: string) => boolean;
  /** What the question asks besides the kind of fact ("how much", "a qué hora"). */
  readonly besidesKind: Matcher;
  /** The question names the block's whole title and nothing more. */
  readonly askedAsWhole: boolean;
  /** How many of the question's words have a relative in a text ("упаковать" / "упаковка"). */
  readonly relatives: ((text: string) => number) | undefined;
}

function prose(
  block: FlatBlock,
  units: readonly string[],
  { matches, kind, held, besidesKind, askedAsWhole, relatives }: ProseAsk,
): Omit<Extract, 'block'> {
  const bonus = (text: string) => (held(text) ? heldBonus : 0);
  const scored = units.map((text, position) => ({
    text,
    position,
    score: matches(text) + bonus(text),
  }));
  const best = Math.max(0, ...scored.map((unit) => unit.score));
  // "How much?" and nothing else about the block: its price list answers, not one sentence
  // that happens to say "costs" about a special case.
  const onlyKind = kind && units.every((text) => besidesKind(text, block.title) === 0);
  const kindList = onlyKind && listsHolding(block, units, kind);
  if (kindList) return { text: kindList, source: 'list' };
  const list = listAnswer(block, units, scored, best);
  if (list) return { text: list, source: 'list' };
  // A question asking for a price or a time is answered by a sentence that holds one, when the
  // block has such a sentence: "It is served from 08:00 to 10:30" need not repeat "breakfast".
  // The block's title is what all its sentences are about, so its words pick none of them:
  // "во сколько завтрак" in the breakfast block wants the hours, not the one line that happens
  // to say "завтрак" again.
  const beyondTitle = scored
    .filter((unit) => !isItem(unit.text))
    .map((unit) => ({ ...unit, score: matches(unit.text, block.title) }));
  // Every one of them holds the kind asked for, so the words asking for it ("who do I call")
  // pick none: "Saturday evening" picks the weekend line's number, not the office's.
  const typed = kind
    ? beyondTitle
        .filter((unit) => held(unit.text))
        .map((unit) => ({ ...unit, score: besidesKind(unit.text, block.title) }))
    : [];
  if (typed.length > 0) {
    const top = Math.max(...typed.map((unit) => unit.score));
    // Of sentences alike beyond the title, the one naming more of the question first: "we
    // replace the windscreen from CHF 750", before a chip repair's price, for a windscreen.
    const named = (unit: { position: number }) => scored[unit.position]!.score;
    let chosen = typed
      .filter((unit) => unit.score === top)
      .sort((a, b) => named(b) - named(a) || a.position - b.position)
      .slice(0, 2);
    // The sentence that says what the question is about goes with the one holding the fact,
    // when they differ: "E-bikes are at reception. They cost €30 a day." And a price word in a
    // long message ("the flexible rate's cancellation conditions") does not let some other
    // price's sentence replace the one asked about.
    const about = beyondTitle.reduce(
      (found, unit) => (unit.score > found.score ? unit : found),
      chosen[0]!,
    );
    if (!chosen.some((unit) => unit.position === about.position)) chosen = [chosen[0]!, about];
    // "Outside the city, €15 more" answers "how much in Burjassot?" only beside the price it
    // adds to: the block's own price goes first.
    const base =
      kind === 'price' && !chosen.some((unit) => statesAbsoluteAmount(unit.text))
        ? typed
            .filter((unit) => statesAbsoluteAmount(unit.text))
            .sort((a, b) => b.score - a.score || a.position - b.position)[0]
        : undefined;
    if (base) chosen = [base, ...chosen].slice(0, 3);
    chosen.sort((a, b) => a.position - b.position);
    const text = chosen
      .map((unit) => withItsList(unit.text, unit.position, units))
      .reduce(joinedTo, '');
    return { text, source: 'sentences' };
  }
  // The sentences that say what the question asks besides the block's topic; failing those,
  // the ones that name the topic as the title does ("gift wrap" in "Packaging and gift
  // wrapping"), but not one that only holds a synonym of the title's word ("departure" for
  // "where do we meet?" in "Meeting point").
  const beyond = bestSentences(
    beyondTitle.map((unit) => ({ ...unit, score: unit.score + bonus(unit.text) })),
    units,
  );
  if (beyond) return { text: beyond, source: 'sentences' };
  // The question names the block's whole topic and asks nothing more ("what's the tourist
  // tax?"): the block's opening answers, not a sentence that repeats the title.
  if (askedAsWhole) return { text: opening(block, units), source: 'sentences' };
  const naming = bestSentences(
    beyondTitle.map((unit) => ({
      ...unit,
      score: matches(unit.text, block.title, 'as-well') + bonus(unit.text),
    })),
    units,
  );
  if (naming) return { text: naming, source: 'sentences' };
  const related =
    relatives &&
    bestSentences(
      beyondTitle.map((unit) => ({ ...unit, score: relatives(unit.text) })),
      units,
    );
  if (related) return { text: related, source: 'sentences' };
  // The block matched as a whole (its title or tags): its opening says what it is about.
  return { text: opening(block, units), source: 'sentences' };
}

function opening(block: FlatBlock, units: readonly string[]): string {
  return units.slice(0, 2).join(' ') || block.title;
}

/** Whether the question names every word of the block's title. */
function namesWholeTitle(knowledge: LanguageKnowledge, block: FlatBlock, matches: Matcher) {
  const terms = knowledge.tokenizer.tokens(block.title);
  return terms.length > 0 && terms.every((term) => matches(term) > 0);
}

/**
 * The one or two best sentences, in the block's order; a second must come close to the first.
 * A sentence that leads into a list ("Every tour includes:") brings the list with it.
 */
function bestSentences(
  candidates: ReadonlyArray<{
    readonly text: string;
    readonly position: number;
    readonly score: number;
  }>,
  units: readonly string[],
): string | undefined {
  const best = Math.max(0, ...candidates.map((unit) => unit.score));
  if (best === 0) return undefined;
  return candidates
    .filter((unit) => unit.score > 0)
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .filter((unit, index) => index === 0 || unit.score >= best * secondShare)
    .slice(0, 2)
    .sort((a, b) => a.position - b.position)
    .map((unit) => withItsList(unit.text, unit.position, units))
    .reduce(joinedTo, '');
}

/** How close to the best sentence's share a second sentence must come to be quoted too. */
const secondShare = 0.6;

/** What holding the asked-for kind of fact adds to a sentence's or a row's share of the question. */
function kindBonus(text: string, kind: AnswerKind | undefined): number {
  return kind && holdsKind(text, kind) ? heldBonus : 0;
}

const heldBonus = 0.25;

/**
 * The FAQ pair that answers best. Among pairs alike, the answer that holds the asked-for price
 * or time wins ("how much to stay until 18:00?": the pair with "€25", not the one saying
 * "free in the junior suite"); the bonus picks a pair, it never makes one good enough. For a
 * question asking how much or when (`factAsked`), only pairs whose answer holds an amount or a
 * time count, when any does.
 */
function bestPair(
  blocks: readonly FlatBlock[],
  matches: Matcher,
  kind?: AnswerKind,
  fact?: AskedFact,
) {
  let best:
    | { answer: string; block: FlatBlock; score: number; asked: number; rank: number }
    | undefined;
  // "¿Cuánto pagamos por el perro?" wants the pair with "15 € la noche", not "¿Pagan los perros
  // de asistencia?", whose question says more of the visitor's words but whose answer has no sum.
  const holding = fact ? (pair: { answer: string }) => holdsFact(pair.answer, fact) : undefined;
  const anyHolds = holding && blocks.some((block) => block.faq.some(holding));
  for (const block of blocks) {
    for (const pair of block.faq) {
      if (anyHolds && !holding(pair)) continue;
      const asked = matches(pair.question);
      const score = asked + 0.5 * matches(pair.answer);
      const rank = score + kindBonus(pair.answer, kind);
      if (!best || rank > best.rank) best = { answer: pair.answer, block, score, asked, rank };
    }
  }
  return best;
}

/** The sentence or list item of the blocks that matches the question best, and its block. */
function bestStatement(
  knowledge: LanguageKnowledge,
  blocks: readonly FlatBlock[],
  matches: Matcher,
  /** Only sentences that hold the fact asked for, when given. */
  held?: (text: string) => boolean,
) {
  let best: { block: FlatBlock; score: number } | undefined;
  for (const block of blocks)
    for (const unit of unitsOf(block, knowledge.textLang)) {
      if (held && !held(unit)) continue;
      const score = matches(unit);
      if (!best || score > best.score) best = { block, score };
    }
  return best;
}

/** How much more of the question a sentence must match than a FAQ question to be quoted instead. */
const statementLead = 0.15;
/**
 * How much of a FAQ question's match a sentence holding the asked-for kind of fact needs, to
 * be quoted instead of a FAQ answer that holds none.
 */
const typedShare = 0.3;

function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}
