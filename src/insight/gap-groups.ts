/**
 * Groups the recorded gap questions of one language by what they ask about, so an author sees
 * "14 visitors asked about wifi on the bus" rather than 14 spellings of it.
 *
 * Each question is read by the served knowledge's own query analysis (stop words and greetings
 * dropped, stems, typos corrected, synonyms of one concept group made one), giving units, each
 * weighted by how much it says: a word the knowledge never uses weighs most (it is what the gap
 * is about), a word common in the knowledge least (its idf). Two questions are similar by the
 * share of their combined weight that the other one also asks about (a unit matches when they
 * share a stem or a concept group). Two questions at `minSimilarity` or more are in one group,
 * and so are their groups (single linkage): "wifi on the bus?" joins "is there wifi on the
 * coach" through "do you have wifi on the bus". Only questions sharing a unit are compared.
 */
import type { LanguageKnowledge } from '../kb/language-knowledge.js';
import type { GapReason, GapRecord } from '../store/gap-log.js';

/** Below this similarity two questions ask about different things. */
export const minSimilarity = 0.5;

/**
 * How much more a word the knowledge never uses weighs than its rarest known word: a gap is
 * about what the knowledge lacks, so "wifi" says more about the question than "bus".
 */
const unknownBoost = 1.5;

export interface QuestionReading {
  /** Per unit: what it matches on (stems and concept groups) and its weight. */
  readonly units: ReadonlyArray<{ readonly keys: readonly string[]; readonly weight: number }>;
  readonly weight: number;
}

export interface GapGroup {
  readonly lang: string;
  /** Recorded gaps in the group. */
  readonly count: number;
  readonly conversations: number;
  /** The distinct questions, most asked first. */
  readonly questions: ReadonlyArray<{ readonly text: string; readonly count: number }>;
  readonly reasons: Readonly<Partial<Record<GapReason, number>>>;
  readonly firstAt: string;
  readonly lastAt: string;
  /** The block the knowledge ranks first for the group's most asked question. */
  readonly closest?: {
    readonly id: string;
    readonly title: string;
    readonly score: number;
    /** How likely that block answers the question (0..1), as the offline answerer judges it. */
    readonly confidence: number;
  };
}

export function readQuestion(knowledge: LanguageKnowledge, text: string): QuestionReading {
  const units = [];
  for (const unit of knowledge.analyzer.analyze(text)) {
    if (unit.optional) continue;
    const keys = [
      ...unit.terms.filter((term) => term.weight === 1).map((term) => `t:${term.term}`),
      ...knowledge.analyzer.conceptGroups(unit).map((group) => `g:${group}`),
    ];
    // A word the knowledge does not know, typo-corrected to nothing: its own stem is its key.
    if (keys.length === 0) {
      const typo = unit.terms[0];
      keys.push(
        typo
          ? `t:${typo.term}`
          : `w:${knowledge.tokenizer.tokens(unit.text).join(' ') || unit.text}`,
      );
    }
    const known = knowledge.index.unitWeight(unit);
    units.push({ keys, weight: known > 0 ? known : unknownBoost * knowledge.index.unknownWeight });
  }
  return { units, weight: units.reduce((sum, unit) => sum + unit.weight, 0) };
}

/** The share of the two questions' weight that the other question also asks about, 0..1. */
export function similarity(a: QuestionReading, b: QuestionReading): number {
  if (a.weight === 0 || b.weight === 0) return 0;
  const matched = (from: QuestionReading, other: QuestionReading) => {
    const keys = new Set(other.units.flatMap((unit) => unit.keys));
    return from.units
      .filter((unit) => unit.keys.some((key) => keys.has(key)))
      .reduce((sum, unit) => sum + unit.weight, 0);
  };
  return (matched(a, b) + matched(b, a)) / (a.weight + b.weight);
}

interface Distinct {
  readonly text: string;
  readonly records: GapRecord[];
  readonly reading: QuestionReading;
}

/** How many questions sharing one unit each new question is compared with, most asked first. */
const comparedPerUnit = 300;

/** The groups of one language's gap records, most frequent first. */
export function groupGaps(
  knowledge: LanguageKnowledge,
  records: readonly GapRecord[],
  options: { readonly minSimilarity?: number; readonly examples?: number } = {},
): GapGroup[] {
  const threshold = options.minSimilarity ?? minSimilarity;
  const distinct = distinctQuestions(knowledge, records);
  // Union-find over the questions: two at the threshold or more share a group, so do their groups.
  const parent = distinct.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const byKey = new Map<string, number[]>();
  distinct.forEach((question, index) => {
    const keys = new Set(question.reading.units.flatMap((unit) => unit.keys));
    const compared = new Set<number>();
    for (const key of keys) {
      const earlier = byKey.get(key) ?? [];
      if (earlier.length === 0) byKey.set(key, earlier);
      for (const other of earlier) {
        if (compared.has(other)) continue;
        compared.add(other);
        if (
          root(other) !== root(index) &&
          similarity(question.reading, distinct[other]!.reading) >= threshold
        )
          parent[root(index)] = root(other);
      }
      // The most asked questions of a common unit stand for it: comparing every question with
      // every other one sharing a word would grow with the square of the log.
      if (earlier.length < comparedPerUnit) earlier.push(index);
    }
  });
  const groups = new Map<number, Distinct[]>();
  distinct.forEach((question, index) => {
    const members = groups.get(root(index));
    if (members) members.push(question);
    else groups.set(root(index), [question]);
  });
  return [...groups.values()]
    .map((members) => summarizeGroup(knowledge, members, options.examples ?? 5))
    .sort(
      (a, b) =>
        b.count - a.count || b.conversations - a.conversations || (a.lastAt < b.lastAt ? 1 : -1),
    );
}
/**
 * The records by question, spelled alike (case, spaces, punctuation aside), most asked first.
 * A question with nothing to group on ("hi", "?") is left out: it asks about nothing.
 */
function distinctQuestions(
  knowledge: LanguageKnowledge,
  records: readonly GapRecord[],
): Distinct[] {
  const byText = new Map<string, Distinct>();
  for (const record of records) {
    const key = record.question
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (!key) continue;
    const known = byText.get(key);
    if (known) known.records.push(record);
    else
      byText.set(key, {
        text: record.question.trim(),
        records: [record],
        reading: readQuestion(knowledge, record.question),
      });
  }
  return [...byText.values()]
    .filter((question) => question.reading.units.length > 0)
    .sort((a, b) => b.records.length - a.records.length || a.text.localeCompare(b.text));
}

function summarizeGroup(
  knowledge: LanguageKnowledge,
  members: readonly Distinct[],
  examples: number,
): GapGroup {
  const records = members.flatMap((member) => member.records);
  const reasons: Partial<Record<GapReason, number>> = {};
  for (const record of records) reasons[record.reason] = (reasons[record.reason] ?? 0) + 1;
  const times = records.map((record) => record.at).sort();
  const questions = [...members]
    .sort((a, b) => b.records.length - a.records.length)
    .slice(0, examples)
    .map((member) => ({ text: member.text, count: member.records.length }));
  const ranked = knowledge.rank(members[0]!.text, [], 1);
  const best = ranked.hits[0];
  return {
    lang: knowledge.lang,
    count: records.length,
    conversations: new Set(records.map((record) => record.conversationId)).size,
    questions,
    reasons,
    firstAt: times[0]!,
    lastAt: times[times.length - 1]!,
    ...(best
      ? {
          closest: {
            id: best.block.id,
            title: best.block.title,
            score: round(best.score),
            confidence: round(ranked.confidence),
          },
        }
      : {}),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
