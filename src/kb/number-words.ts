/**
 * Numbers written as words, in the languages the lexicons cover: "six", "seis", "вдвоём",
 * "двоих". Like a number in digits, one tells how many, which says nothing about whether the
 * knowledge answers. "One" is left out: "which one", "еду одна" (alone) say more than a number.
 */
import { foldAccents } from './tokenize.js';

const lists = [
  'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty',
  'fifty hundred couple dozen',
  'dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta',
  'cuarenta cincuenta cien',
  'два две три четыре пять шесть семь восемь девять десять двенадцать двадцать',
  'тридцать сорок пятьдесят сто двое трое четверо пятеро шестеро двоих троих четверых вдвоём',
  'втроём вчетвером',
  'два дві три чотири пʼять шість сім вісім девʼять десять двоє троє четверо двох',
  'трьох удвох втрьох',
  'zwei drei vier fünf sechs sieben acht neun zehn zwölf zwanzig dreißig hundert',
  'deux trois quatre cinq six sept huit neuf dix douze vingt trente cent',
  'due tre quattro cinque sei sette otto nove dieci dodici venti trenta cento',
  'dois duas três quatro cinco seis sete oito nove dez doze vinte trinta cem',
];

const numberWords: ReadonlySet<string> = new Set(
  lists.flatMap((list) => list.split(' ')).map((word) => foldAccents(word)),
);

/** Whether a word is a number written out ("seis", "вдвоём"), in any case or accents. */
export function isNumberWord(word: string): boolean {
  return numberWords.has(foldAccents(word.toLowerCase()));
}
