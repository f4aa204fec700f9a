/**
 * How upset the visitor sounds, from -1 (furious) to 1 (delighted), for the sentiment handoff.
 * A small valence lexicon per language (en, ru, es, de, fr, it, pt, uk), matched by Snowball
 * stem so "ужасный", "ужасно" and "ужасная" are one entry, with negation ("not good", "не
 * помогли", "no sirve") and intensifiers ("very", "очень", "muy"). The score of the last few
 * visitor messages taken together is squashed into -1..1 as VADER does (s / sqrt(s² + 15)), so
 * one mild word does not cross the threshold and a run of angry messages does.
 * Chosen over the AFINN ports on npm: they match whole words only, which misses most Russian
 * and Spanish forms (measured: "Отвратительно! Вы обманщики" scored 0).
 */
import { Tokenizer } from '../kb/tokenize.js';
import * as de from './texts/de.js';
import * as fr from './texts/fr.js';
import * as it from './texts/it.js';
import * as pt from './texts/pt.js';
import * as uk from './texts/uk.js';

/** A language's valence words (-3..3), and the words that negate or strengthen the next ones. */
export interface SentimentLexicon {
  readonly words: Readonly<Record<string, number>>;
  readonly negators: readonly string[];
  readonly boosters: readonly string[];
}

const lexicons: Record<string, SentimentLexicon> = {
  en: {
    words: {
      terrible: -3,
      awful: -3,
      horrible: -3,
      worst: -3,
      hate: -3,
      furious: -3,
      scam: -3,
      disgusting: -3,
      ridiculous: -2,
      useless: -3,
      pathetic: -3,
      fraud: -3,
      liar: -3,
      lie: -2,
      angry: -2,
      annoyed: -2,
      frustrated: -2,
      disappointed: -2,
      unacceptable: -3,
      rude: -2,
      bad: -2,
      poor: -1,
      wrong: -1,
      broken: -2,
      stupid: -2,
      waste: -2,
      never: -1,
      complaint: -2,
      refund: -1,
      problem: -1,
      slow: -1,
      fed: -1,
      sucks: -3,
      nonsense: -2,
      incompetent: -3,
      good: 2,
      great: 3,
      excellent: 3,
      perfect: 3,
      thanks: 2,
      thank: 2,
      love: 3,
      helpful: 2,
      help: 1,
      helped: 2,
      works: 1,
      nice: 2,
      wonderful: 3,
      happy: 2,
      awesome: 3,
      fine: 1,
      ok: 1,
      // Laughter says the visitor is not upset ("my spanish is terrible lol"), as in VADER.
      lol: 2,
      haha: 2,
      hahaha: 2,
      lmao: 2,
    },
    // Words split at apostrophes, so "don't" and "can't" end in the word "t".
    negators: ['not', 'no', 'never', 'nothing', 'cannot', 'dont', 'doesnt', 'isnt', 'wasnt', 't'],
    boosters: ['very', 'so', 'really', 'extremely', 'totally', 'absolutely', 'completely'],
  },
  ru: {
    words: {
      ужасный: -3,
      отвратительный: -3,
      худший: -3,
      ненавидеть: -3,
      обман: -3,
      обманщик: -3,
      мошенник: -3,
      развод: -2,
      кошмар: -3,
      позор: -3,
      безобразие: -3,
      бесполезный: -3,
      бесить: -3,
      злой: -2,
      злиться: -2,
      возмущать: -2,
      разочарован: -2,
      недоволен: -2,
      плохой: -2,
      хамство: -3,
      грубый: -2,
      жалоба: -2,
      отстой: -3,
      бред: -2,
      тупой: -2,
      сломан: -2,
      проблема: -1,
      долго: -1,
      медленно: -1,
      надоело: -2,
      достали: -3,
      врать: -2,
      хороший: 2,
      отличный: 3,
      отлично: 3,
      прекрасный: 3,
      спасибо: 2,
      благодарю: 2,
      замечательный: 3,
      люблю: 3,
      помогли: 2,
      помочь: 1,
      работает: 1,
      супер: 3,
      класс: 2,
      нормально: 1,
      хаха: 2,
      ахах: 2,
      ахаха: 2,
      хахаха: 2,
    },
    negators: ['не', 'нет', 'ни', 'никогда', 'ничего'],
    boosters: ['очень', 'совсем', 'абсолютно', 'совершенно', 'крайне', 'так', 'просто'],
  },
  es: {
    words: {
      terrible: -3,
      horrible: -3,
      pésimo: -3,
      peor: -3,
      odio: -3,
      odiar: -3,
      estafa: -3,
      estafador: -3,
      fraude: -3,
      asco: -3,
      vergüenza: -3,
      inútil: -3,
      mentira: -2,
      mentir: -2,
      enfadado: -2,
      enojado: -2,
      furioso: -3,
      harto: -2,
      decepcionado: -2,
      molesto: -2,
      inaceptable: -3,
      grosero: -2,
      malo: -2,
      mal: -2,
      queja: -2,
      reclamación: -2,
      roto: -2,
      problema: -1,
      lento: -1,
      ridículo: -2,
      basura: -3,
      incompetente: -3,
      timo: -3,
      bueno: 2,
      genial: 3,
      excelente: 3,
      perfecto: 3,
      gracias: 2,
      encantado: 3,
      amable: 2,
      maravilloso: 3,
      feliz: 2,
      útil: 2,
      sirve: 1,
      funciona: 1,
      estupendo: 3,
      vale: 1,
      bien: 1,
      jaja: 2,
      jajaja: 2,
      jeje: 2,
    },
    negators: ['no', 'nunca', 'nada', 'ni', 'jamás', 'tampoco'],
    boosters: ['muy', 'tan', 'totalmente', 'absolutamente', 'realmente', 'completamente', 'súper'],
  },
  de: de.sentiment,
  fr: fr.sentiment,
  it: it.sentiment,
  pt: pt.sentiment,
  uk: uk.sentiment,
};

interface CompiledLexicon {
  readonly tokenizer: Tokenizer;
  readonly valence: ReadonlyMap<string, number>;
  readonly negators: ReadonlySet<string>;
  readonly boosters: ReadonlySet<string>;
}

const compiled = new Map<string, CompiledLexicon | null>();

/** The lexicon with its words as stems, the way messages are read (kb/tokenize.ts). */
function lexiconFor(lang: string): CompiledLexicon | null {
  const base = lang.split('-')[0]!;
  let lexicon = compiled.get(base);
  if (lexicon !== undefined) return lexicon;
  const source = lexicons[base];
  if (source) {
    const tokenizer = new Tokenizer(base);
    const stemOf = (word: string) => tokenizer.stems(word).join(' ');
    lexicon = {
      tokenizer,
      valence: new Map(Object.entries(source.words).map(([word, value]) => [stemOf(word), value])),
      negators: new Set(source.negators.map(stemOf)),
      boosters: new Set(source.boosters.map(stemOf)),
    };
  } else lexicon = null;
  compiled.set(base, lexicon);
  return lexicon;
}

/** The raw valence sum of one text, negation and intensifiers applied. */
function valenceOf(text: string, lexicon: CompiledLexicon): number {
  let sum = 0;
  // Negation and intensifiers reach back three words, never across a clause.
  for (const clause of text.split(/[,.;:!?¡¿()]+/u))
    sum += clauseValence(lexicon.tokenizer.stems(clause), lexicon);
  if (sum >= 0) return sum;
  // Shouting and exclamation marks make a negative message more so. Counted only then: most
  // messages are not negative, and these copies of the text were made for every one.
  const exclamations = Math.min(3, (text.match(/!/g) ?? []).length);
  sum -= exclamations * 0.3;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 8 && letters === letters.toUpperCase()) sum *= 1.3;
  return sum;
}

function clauseValence(stems: string[], lexicon: CompiledLexicon): number {
  let sum = 0;
  stems.forEach((stem, index) => {
    const value = lexicon.valence.get(stem);
    if (value === undefined) return;
    let adjusted = value;
    const before = stems.slice(Math.max(0, index - 3), index);
    if (before.some((w) => lexicon.boosters.has(w))) adjusted *= 1.5;
    // "not good" is mildly negative; "not bad" mildly positive (VADER's -0.74 factor).
    if (before.some((w) => lexicon.negators.has(w))) adjusted *= -0.74;
    sum += adjusted;
  });
  return sum;
}

/**
 * The sentiment of recent visitor messages together, -1..1; 0 without a lexicon. A latest
 * message that is not itself negative scores 0: the visitor has calmed down or moved on, and
 * an angry message already handed off must not hand off again on every later one.
 */
export function sentimentOf(messages: readonly string[], lang: string): number {
  const lexicon = lexiconFor(lang);
  const latest = messages.at(-1);
  if (!lexicon || latest === undefined || valenceOf(latest, lexicon) >= 0) return 0;
  const sum = messages.reduce((total, text) => total + valenceOf(text, lexicon), 0);
  return sum / Math.sqrt(sum * sum + 15);
}
