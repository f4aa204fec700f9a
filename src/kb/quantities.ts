/**
 * The visitor's own numbers ("she's about 30 kilos", "my son is 9 years old", "we are 12
 * people") against the ranges a price table gives ("Dog spay, over 25 kg", "Kids: Ages 7 to
 * 12", "Группы от 10 до 19 человек"), so the row for the visitor's case is the one quoted. A
 * number counts only with a word saying what it measures, on both sides: "2 kids" is no age,
 * and "€75" is no weight.
 */
import { foldAccents } from './tokenize.js';

export type Measure = 'weight' | 'age' | 'people' | 'size';

export interface Quantity {
  readonly value: number;
  readonly measure: Measure;
}

interface Range {
  readonly min: number;
  readonly max: number;
  readonly measure: Measure;
}

/** The words that say what a number measures, folded, in the languages the lexicons cover. */
const measureWords: Record<Measure, readonly string[]> = {
  weight: [
    'kg kgs kilo kilos kilogram kilograms kilogramo kilogramos kilogramm kilogramme kilogrammes',
    'chili chilo quilo quilos кг кило килограмм килограмма килограммов кілограм кілограмів',
  ],
  age: [
    'age ages aged year years yo yr yrs old edad edades ano anos ans age jahr jahre jahren alter',
    'anni anno eta idade лет год года годика годиков годков возраст возраста рік роки років вік',
  ],
  people: [
    'people persons person ppl pax guests personas persona personnes persone pessoas personen',
    'leute человек человека чел людей персон осіб особи людини людей',
  ],
  size: ['m2 m² m3 m³ inch inches zoll pollici pulgadas polegadas дюймов дюйма'],
};

const measureOf: ReadonlyMap<string, Measure> = new Map(
  (Object.entries(measureWords) as Array<[Measure, readonly string[]]>).flatMap(
    ([measure, lines]) =>
      lines.flatMap((line) => line.split(' ').map((word) => [foldAccents(word), measure] as const)),
  ),
);

const number = String.raw`(\d+(?:[.,]\d+)?)`;
/** "7 to 12", "4–6", "de 10 a 25", "от 10 до 25", "tra 10 e 25", "between 10 and 25". */
const between = new RegExp(
  String.raw`${number}\s*(?:–|—|-|to|a|à|al|bis|до|e|y|і|та|and|und|et)\s*${number}`,
  'giu',
);
/** "up to 10", "hasta 10", "до 22", "bis 5", "jusqu'à 10", "fino a 10", "até 10", "under 3". */
const upTo = new RegExp(
  String.raw`(?:up to|under|below|less than|hasta|menos de|menores de|до|меньше|менее|младше|bis|unter|jusqu'à|jusqu’à|moins de|fino a|sotto i|meno di|até|menos de|менше)\s+${number}`,
  'giu',
);
/** "over 25", "más de 25", "больше 25", "от 20", "ab 18", "plus de 25", "oltre 25", "from 12". */
const over = new RegExp(
  String.raw`(?:over|above|more than|from|más de|mas de|desde|a partir de|больше|более|свыше|от|старше|über|ab|plus de|à partir de|oltre|più di|da|mais de|понад|від|більше|старше)\s+${number}`,
  'giu',
);
/** "18 and over", "18+", "65 y más", "от 18 и старше". */
const andOver = new RegExp(
  String.raw`${number}\s*(?:\+|and over|or over|or more|y más|y mas|и старше|и более|et plus|e oltre|ou mais|і старше|und älter|und mehr)`,
  'giu',
);

/** The visitor's numbers with the word that says what each measures ("30 kilos", "aged 9"). */
export function quantitiesOf(text: string): Quantity[] {
  const words = wordsOf(text);
  const found: Quantity[] = [];
  for (const [at, word] of words.entries()) {
    if (!/^\d+([.,]\d+)?$/.test(word)) continue;
    // The measure follows the number ("30 kg", "9 years old") or comes just before it ("aged 9").
    const measure =
      measureOf.get(words[at + 1] ?? '') ??
      measureOf.get(words[at + 2] ?? '') ??
      measureOf.get(words[at - 1] ?? '');
    if (measure) found.push({ value: Number(word.replace(',', '.')), measure });
  }
  return found;
}

/**
 * Whether a row is for the visitor's numbers: true when a range of the row holds one of them,
 * false when the row's ranges of that measure all leave it out ("up to 10 kg" for 30 kilos),
 * undefined when the row gives no range of what the visitor measured.
 */
export function fitsQuantities(row: string, asked: readonly Quantity[]): boolean | undefined {
  if (asked.length === 0) return undefined;
  const ranges = rangesOf(row);
  let verdict: boolean | undefined;
  for (const quantity of asked) {
    const same = ranges.filter((range) => range.measure === quantity.measure);
    if (same.length === 0) continue;
    if (same.some((range) => quantity.value >= range.min && quantity.value <= range.max))
      return true;
    verdict = false;
  }
  return verdict;
}

function rangesOf(text: string): Range[] {
  const folded = foldAccents(text.toLowerCase());
  const ranges: Range[] = [];
  const add = (match: RegExpExecArray, min: number, max: number) => {
    const measure = measureNear(folded, match.index, match.index + match[0].length);
    if (measure) ranges.push({ min, max, measure });
  };
  const taken: Array<[number, number]> = [];
  const free = (match: RegExpExecArray) =>
    !taken.some(([start, end]) => match.index < end && match.index + match[0].length > start);
  for (const pattern of [between, andOver, upTo, over]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
      if (!free(match)) continue;
      taken.push([match.index, match.index + match[0].length]);
      const first = Number(match[1]!.replace(',', '.'));
      if (pattern === between) add(match, first, Number(match[2]!.replace(',', '.')));
      else if (pattern === upTo) add(match, 0, first);
      else add(match, first, Number.POSITIVE_INFINITY);
    }
  }
  return ranges;
}

/** The measure a word just after a range, or one or two words before it, names. */
function measureNear(text: string, start: number, end: number): Measure | undefined {
  const after = wordsOf(text.slice(end)).slice(0, 1);
  const before = wordsOf(text.slice(0, start)).slice(-2).reverse();
  for (const word of [...after, ...before]) {
    const measure = measureOf.get(word);
    if (measure) return measure;
  }
  return undefined;
}

function wordsOf(text: string): string[] {
  return foldAccents(text.toLowerCase())
    .split(/(?<=\d)(?=\p{L})|[^\p{L}\p{N}²³.,]+|(?<!\d)[.,]|[.,](?!\d)/u)
    .filter((word) => word !== '');
}
