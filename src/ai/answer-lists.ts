/**
 * Lists in answers: a list answers as a whole, in its order, under its own lead-in, and a
 * block with several lists answers with the one the question is about.
 */
import { type AnswerKind, holdsKindPlainly } from '../kb/answer-kind.js';
import { isItem } from '../kb/answer-units.js';
import type { FlatBlock } from '../kb/flatten.js';

/** The most items a list answer quotes. */
const maxItems = 15;

/**
 * A list answers as a whole, in its order, under its own lead-in: "what's included?" wants
 * every item. It is the list whose item or lead-in ("Please bring:") the question matched
 * best, not every item of the block run together; a block asked about as a whole answers
 * with all its lists.
 */
export function listAnswer(
  block: FlatBlock,
  units: readonly string[],
  scored: ReadonlyArray<{
    readonly text: string;
    readonly position: number;
    readonly score: number;
  }>,
  best: number,
): string | undefined {
  const lists = listsOf(units);
  if (lists.reduce((count, list) => count + list.items.length, 0) < 2) return undefined;
  if (best === 0)
    return lists
      .flatMap((list) => [list.leadIn ?? `${block.title}:`, ...list.items])
      .slice(0, maxItems + lists.length)
      .join('\n');
  const asked = lists.find((list) =>
    scored.some(
      (unit) =>
        unit.score === best &&
        unit.position >= list.start - (list.leadIn?.endsWith(':') ? 1 : 0) &&
        unit.position < list.start + list.items.length,
    ),
  );
  if (!asked || asked.items.length < 2) return undefined;
  return [asked.leadIn ?? `${block.title}:`, ...asked.items.slice(0, maxItems)].join('\n');
}

/** The block's lists whose items hold the asked-for kind of fact, each under its lead-in. */
export function listsHolding(
  block: FlatBlock,
  units: readonly string[],
  kind: AnswerKind,
): string | undefined {
  const lists = listsOf(units).filter((list) =>
    list.items.some((item) => holdsKindPlainly(item, kind)),
  );
  if (lists.reduce((count, list) => count + list.items.length, 0) < 2) return undefined;
  return lists
    .flatMap((list) => [list.leadIn ?? `${block.title}:`, ...list.items.slice(0, maxItems)])
    .join('\n');
}

/**
 * A quoted line that leads into a list ("Every tour includes:") with the list's items, one per
 * line: the lead-in alone answers nothing. Any other line as it is.
 */
export function withItsList(text: string, position: number, units: readonly string[]): string {
  if (!text.endsWith(':')) return text;
  const list = listsOf(units).find((run) => run.start === position + 1);
  return list ? [text, ...list.items.slice(0, maxItems)].join('\n') : text;
}

/** Quoted lines run on with a space; a list stands on lines of its own. */
export function joinedTo(text: string, next: string): string {
  if (text === '') return next;
  return text.includes('\n') || next.includes('\n') ? `${text}\n${next}` : `${text} ${next}`;
}

interface ListRun {
  /** The position of the first item among the block's units. */
  readonly start: number;
  readonly items: readonly string[];
  /** The sentence before the items: "Please bring:", "Children of all ages are welcome." */
  readonly leadIn?: string;
}

/** The block's runs of consecutive list items, each with its lead-in line. */
function listsOf(units: readonly string[]): ListRun[] {
  const runs: ListRun[] = [];
  units.forEach((unit, position) => {
    if (!isItem(unit)) return;
    const last = runs.at(-1);
    if (last && last.start + last.items.length === position) {
      runs[runs.length - 1] = { ...last, items: [...last.items, unit] };
      return;
    }
    const previous = units[position - 1];
    const leadIn = previous !== undefined && !isItem(previous) ? previous : undefined;
    runs.push({ start: position, items: [unit], ...(leadIn ? { leadIn } : {}) });
  });
  return runs;
}
