/**
 * The blocks a business writes for what visitors ask without naming any topic: where it is,
 * when it is open, how to reach it, where to park. "Where are you?" shares nothing but stop
 * words with the title "Dónde estamos", and the words it stands for ("address", "nearest",
 * "office") are just as common in the blocks about parking or meeting rooms. The title says
 * what its block is for: a question that asks only one of these things is the question of the
 * block whose title says that and little else.
 */
import { askedKind, asksForDuration, asksForKind } from './answer-kind.js';
import { namesWhen } from './periods.js';
import type { QueryUnit } from './query.js';
import type { Tokenizer } from './tokenize.js';

export type TitleKind = 'place' | 'time' | 'contact' | 'parking';

/** Words of a title that say what the block is for, per language. */
const titleWords: Readonly<Record<TitleKind, Readonly<Record<string, RegExp>>>> = {
  place: {
    en: words(
      'where|address|location|located|find us|how to find us|how to get (here|there)|getting here|directions|map',
    ),
    ru: words(
      'где (мы )?находимся|где|адрес|как добраться|как нас найти|как проехать|как к нам пройти|расположение|местоположение',
    ),
    es: words(
      'd[oó]nde (estamos|nos encontramos)|d[oó]nde|direcci[oó]n|ubicaci[oó]n|c[oó]mo llegar|localizaci[oó]n|c[oó]mo encontrarnos',
    ),
    de: words('wo|adresse|anfahrt|anreise|so finden sie uns|wegbeschreibung|standort'),
    fr: words(
      'où (sommes-nous|nous trouver)|où|adresse|acc[eè]s|nous trouver|comment venir|plan d.acc[eè]s|localisation',
    ),
    it: words('dove (siamo|trovarci)|dove|indirizzo|come raggiungerci|come arrivare|posizione'),
    pt: words('onde (estamos|ficamos)|onde|endere[cç]o|como chegar|localiza[cç][aã]o|morada'),
    uk: words('де (ми )?знаходимося|де|адреса|як дістатися|як нас знайти|розташування'),
  },
  time: {
    en: words('hours|opening|open|opening times'),
    ru: words(
      'часы работы|график( работы)?|режим работы|время работы|когда (мы )?работаем|когда работает|открыт[аоы]?',
    ),
    es: words('horarios?|abiertos?|abierta|apertura'),
    de: words('öffnungszeiten|geöffnet|sprechzeiten'),
    fr: words('horaires?|heures d.ouverture|ouverture|ouverts?'),
    it: words('orari|orario|apertura|aperti'),
    pt: words('hor[aá]rios?|funcionamento|abertura|abertos?'),
    uk: words('години роботи|графік( роботи)?|режим роботи|коли (ми )?працюємо|відкрит[оіа]?'),
  },
  parking: {
    en: words('parking|car park|where to park'),
    ru: words('парковк\\p{L}*|паркинг|стоянк\\p{L}*|припарковаться|(оставить|поставить) машину'),
    es: words('aparcamiento|aparcar|parking|estacionamiento|estacionar'),
    de: words('parkplätze|parkplatz|parken|parkhaus|parkieren'),
    fr: words('parking|stationnement|places? de parc|se garer|se parquer'),
    it: words('parcheggi\\p{L}*|posteggi\\p{L}*'),
    pt: words('estacionamento|estacionar|parque de estacionamento'),
    uk: words('паркування|парковк\\p{L}*|паркінг|стоянк\\p{L}*|припаркуватися'),
  },
  contact: {
    en: words('contacts?|contact us|phone|telephone|whatsapp|e-?mail|call us|get in touch'),
    ru: words('контакты|контакт|телефон|whatsapp|почта|связаться с нами|связь'),
    es: words('contactos?|cont[aá]ctanos|tel[eé]fono|whatsapp|correo|e-?mail'),
    de: words('kontakt|telefon|whatsapp|e-?mail'),
    fr: words('contacts?|nous contacter|t[eé]l[eé]phone|whatsapp|e-?mail|courriel|nous joindre'),
    it: words('contatti|contatto|contattaci|telefono|whatsapp|e-?mail'),
    pt: words('contactos?|contatos?|telefone|whatsapp|e-?mail'),
    uk: words('контакти|контакт|телефон|whatsapp|пошта|зв.язок|зв.язатися з нами'),
  },
};

function words(alternatives: string): RegExp {
  return new RegExp(`(?<![\\p{L}])(${alternatives})(?![\\p{L}])`, 'giu');
}

/** Where, when or how to get in touch, when a text asks for or names it (parking: by its units). */
function kindOf(text: string, lang: string): TitleKind | undefined {
  const asked = askedKind(text, lang);
  if (asked === 'place' || asked === 'time') return asked;
  if (asked === 'phone') return 'contact';
  if (asked === 'price') return undefined;
  // "как к вам пройти?", "get in touch": a title's words ask as plainly as the question words.
  return (['place', 'time', 'contact'] as const).find((kind) => mayNameKind(text, kind, lang));
}

function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/**
 * Per language, words of the lexicon's groups for each kind: a group that holds one is a group
 * whose words ask where, when or how to get in touch ("dove vi trovo", "во сколько
 * открываетесь", "write to you"). Another group's phrase that merely holds such words asks
 * about its own topic: "во сколько завтрак" is breakfast, "where do we meet" the meeting point.
 */
const kindGroupWords: Readonly<Record<TitleKind, Readonly<Record<string, readonly string[]>>>> = {
  place: {
    en: ['address'],
    ru: ['адрес'],
    es: ['dirección'],
    de: ['adresse'],
    fr: ['adresse'],
    it: ['indirizzo'],
    pt: ['endereço'],
    uk: ['адреса'],
  },
  time: {
    en: ['opening hours'],
    ru: ['часы работы'],
    es: ['horario'],
    de: ['öffnungszeiten'],
    fr: ['horaires'],
    it: ['orari'],
    pt: ['horário'],
    uk: ['години роботи'],
  },
  parking: {
    en: ['parking'],
    ru: ['парковка'],
    es: ['aparcamiento'],
    de: ['parkplatz'],
    fr: ['parking'],
    it: ['parcheggio'],
    pt: ['estacionamento'],
    uk: ['паркування'],
  },
  contact: {
    en: ['contact', 'email'],
    ru: ['контакты', 'почта'],
    es: ['contacto', 'correo'],
    de: ['kontakt', 'e-mail'],
    fr: ['contact', 'courriels'],
    it: ['contatti', 'email'],
    pt: ['contactos', 'email'],
    uk: ['контакти', 'пошта'],
  },
};

/**
 * The kind a question asks for and nothing else: "where are you?", "¿horario?", "how do I
 * contact you?". A question that also names a topic, or asks how long something takes, is not
 * one. `inGroupOf(unit, word)` tells whether a unit is of the lexicon group with `word`. What
 * the question says beyond the kind ("Sunday", "how much") picks the line to quote.
 */
export function onlyAsksFor(
  question: string,
  units: readonly QueryUnit[],
  lang: string,
  inGroupOf: (unit: QueryUnit, word: string) => boolean,
): { readonly kind: TitleKind; readonly beyond: readonly QueryUnit[] } | undefined {
  const parking = onlyAsksForParking(units, lang, inGroupOf);
  if (parking) return { kind: 'parking', beyond: parking };
  const base = lang.split('-')[0]!;
  // A word or phrase of a kind's lexicon group says the kind ("tlf?"; "email address" is
  // contact, though "address" asks where); failing one, the question's words do.
  const kind =
    (['place', 'time', 'contact'] as const).find((candidate) =>
      units.some((unit) =>
        (kindGroupWords[candidate][base] ?? []).some((word) => inGroupOf(unit, word)),
      ),
    ) ?? kindOf(question, lang);
  if (kind === undefined || asksForDuration(question, lang)) return undefined;
  const groupWords = kindGroupWords[kind][base] ?? [];
  const namesKind = (unit: QueryUnit) =>
    unit.concept
      ? groupWords.some((word) => inGroupOf(unit, word))
      : kindOf(unit.text, lang) === kind;
  // "On Sunday", "the shop": words that say which or whose, not another topic.
  const qualifies = (unit: QueryUnit) =>
    (kind === 'time' && datesTheHours(unit.text, lang)) ||
    (!unit.concept && namesTheBusiness(unit.text, lang));
  if (!units.every((unit) => unit.optional || namesKind(unit) || qualifies(unit))) return undefined;
  return { kind, beyond: units.filter((unit) => !namesKind(unit)) };
}

/**
 * "Is there parking?", "where can I park?", "how much is parking?": the parking group's words, and
 * none besides but those asking where, when or how much, which are returned.
 */
function onlyAsksForParking(
  units: readonly QueryUnit[],
  lang: string,
  inGroupOf: (unit: QueryUnit, word: string) => boolean,
): readonly QueryUnit[] | undefined {
  const words = kindGroupWords.parking[lang.split('-')[0]!];
  if (words === undefined) return undefined;
  const parking = units.filter(
    (unit) => unit.concept && words.some((member) => inGroupOf(unit, member)),
  );
  const only =
    parking.length > 0 &&
    units.every((unit) => unit.optional || parking.includes(unit) || asksForKind(unit, lang));
  return only ? units.filter((unit) => !parking.includes(unit)) : undefined;
}

/**
 * "Where exactly is the shop?", "¿dónde queda el local?", "телефон магазина": the words a
 * visitor calls the business by ask about the business itself.
 */
function namesTheBusiness(text: string, lang: string): boolean {
  return businessWords[lang.split('-')[0]!]?.has(text.toLowerCase()) ?? false;
}

const businessWords: Readonly<Record<string, ReadonlySet<string>>> = {
  en: set(
    'shop store office clinic practice hotel school studio salon premises building centre center',
  ),
  ru: set(
    'магазин магазина офис офиса клиника клиники отель отеля гостиница гостиницы школа школы салон салона студия студии',
  ),
  es: set('tienda local oficina clínica clinica consulta hotel escuela academia estudio'),
  de: set('laden geschäft büro praxis klinik hotel schule studio'),
  fr: set('magasin boutique bureau cabinet clinique hôtel hotel école ecole'),
  it: set('negozio ufficio studio clinica hotel scuola'),
  pt: set('loja escritório escritorio clínica clinica hotel escola'),
  uk: set(
    'магазин магазину офіс офісу клініка клініки готель готелю школа школи салон салону студія студії',
  ),
};

function set(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

/** "Sunday", "this weekend", "en festivos": a day the question asks the opening hours of. */
function datesTheHours(text: string, lang: string): boolean {
  const words = text.split(/[^\p{L}]+/u).filter((word) => word.length > 2);
  return words.length > 0 && words.every((word) => namesWhen(word, lang));
}

/** A block's title as one of the kinds, and how many words it says besides. */
export interface KindTitle {
  readonly kind: TitleKind;
  readonly otherWords: number;
}

/** Whether a title (or a question) has a word of the kind: the quick test before `titleKind`. */
export function mayNameKind(title: string, kind: TitleKind, lang: string): boolean {
  const pattern = titleWords[kind][lang.split('-')[0]!];
  return pattern !== undefined && matches(pattern, title);
}

/**
 * What a block's title is for, when it names one kind: "Dónde estamos y cómo llegar" is the
 * place, "Office opening hours" the time (with one other word), "Phone booths" the contact
 * with one other word too, which a title that is all contact words ("Contact us") beats.
 */
export function titleKind(
  title: string,
  lang: string,
  tokenizer: Tokenizer,
): KindTitle | undefined {
  const base = lang.split('-')[0]!;
  const named = (Object.keys(titleWords) as TitleKind[]).filter((kind) =>
    mayNameKind(title, kind, lang),
  );
  // "Где оставить машину", "Parking near the shop": where to park is parking.
  if (named.includes('parking')) {
    const rest = [titleWords.parking[base]!, titleWords.place[base]]
      .filter((pattern) => pattern !== undefined)
      .reduce((text, pattern) => text.replace(pattern, ' '), title);
    return { kind: 'parking', otherWords: tokenizer.tokens(rest).length };
  }
  if (named.length !== 1) return undefined;
  const kind = named[0]!;
  const rest = title.replace(titleWords[kind][base]!, ' ');
  return { kind, otherWords: tokenizer.tokens(rest).length };
}

/**
 * A title that says more than this besides its kind is about something else: more than one
 * word, or two for parking, whose titles say where ("Parking near the clinic", "Places de parc
 * et borne de recharge").
 */
export function maxOtherWords(kind: TitleKind): number {
  return kind === 'parking' ? 2 : 1;
}
