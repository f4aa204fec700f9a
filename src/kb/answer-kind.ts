/**
 * What kind of fact a question asks for, when its words say so plainly: a price ("how much",
 * "сколько стоит", "cuánto cuesta"), a time ("what time", "во сколько", "a qué hora") or a
 * place ("where", "где", "dónde"). The sentence that holds an amount, a clock time or a named
 * place then wins over its neighbours in the same block, as a person reading the block for
 * the visitor would pick it.
 */
import { statesDate } from './periods.js';
import type { QueryUnit } from './query.js';
import { statesAmount } from './text-forms.js';

export type AnswerKind = 'price' | 'time' | 'place' | 'phone';

const asksFor: Record<AnswerKind, Record<string, RegExp>> = {
  price: {
    en: /\b(how much|prices?|costs?|fees?|charges?|pay|paying|paid|expensive|cheap|cheaper|cheapest|rates?|deposit|supplement|discounts?)\b/i,
    ru: /(сколько( \S+)? сто[ия]т|(?<=\S\s+)(?<!за\s+)сколько( (это|будет|выйдет|за( \S+)?|с (меня|нас)))?\s*([?!.]|$)|обойд[её]тся|обойдутся|стоимост|цен[аыуе]|поч[её]м|скока|плат|оплат|дорог|дешев|доплат|предоплат|залог|скидк)/i,
    es: /(cu[aá]nto (cuesta|vale|sale|es|cobr|hay que pagar|pag)|(?<=\S\s+¿?)cu[aá]nto( (por|el|la|los|las|me|nos|ser[ií]a)( \S+)?)?\s*([?!.]|$)|precio|coste|tarifa|pagar|caro|barat|se[nñ]al|suplemento|dep[oó]sito|descuento)/i,
    de: /(wie viel|was kostet|preis|kosten|gebühr|teuer|günstig|billig|anzahlung|rabatt|ermäßigung)/i,
    fr: /(combien|prix|co[uû]te?|tarif|frais|cher|acompte|r[ée]duction|remise)/i,
    it: /(quanto costa|quanto|prezz|costo|tariff|caro|acconto|sconto|economic)/i,
    pt: /(quanto custa|quanto|pre[cç]o|custo|tarifa|caro|barato|sinal|desconto)/i,
    uk: /(скільки коштує|(?<=\S\s+)(?<!за\s+)скільки( (це|буде|вийде|за( \S+)?|з (мене|нас)))?\s*([?!.]|$)|обійдеться|вартіст|ціна|ціну|платит|оплат|дорог|дешев|знижк)/i,
  },
  time: {
    en: /\b(what time|when|hours|opens?|opening|closes?(?! (to|by)\b)|closing|until when|how late|how early)\b/i,
    ru: /(во сколько|когда|до скольки|со скольки|часы работы|открыт|закрыва|график работы|режим работы)/i,
    es: /(a (q|qu[eé]) hora|cu[aá]ndo|horario|abr[eí]s|abre|cerr[aá]is|cierra|hasta qu[eé] hora)/i,
    de: /(wann|um wie viel uhr|öffnungszeit|geöffnet|schließ)/i,
    fr: /(quand|à quelle heure|horaire|ouvert|ferme)/i,
    it: /(quando|a che ora|orari|aperto|chiude)/i,
    pt: /(quando|a que horas|hor[aá]rio|abre|fecha)/i,
    uk: /(о котрій|коли|до котрої|графік|відкрит|закрива)/i,
  },
  place: {
    en: /\b(where|address|located|location)\b/i,
    ru: /(^|[^\p{L}])(где|куда|откуда|адрес|находит)/iu,
    es: /(d[oó]nde|direcci[oó]n|ubicaci[oó]n|ubicad)/i,
    de: /\b(wo|wohin|adresse)\b/i,
    // "où", and "ou" where a visitor left its accent off ("vous êtes ou ?"), never the "ou" of
    // "samedi ou dimanche".
    fr: /(^|[^\p{L}])(où|adresse)(?!\p{L})|(^|[^\p{L}])ou(\s*\?*\s*$| (est|se trouve|sont|êtes|etes)(?!\p{L}))/iu,
    it: /\b(dove|indirizzo)\b/i,
    pt: /\b(onde|endere[cç]o)\b/i,
    // "де" whole: it opens "день" and "деякі" too.
    uk: /(^|[^\p{L}])(де|куди)(?!\p{L})|адрес/iu,
  },
  phone: {
    en: /\b(phone|telephone|call|ring|whatsapp)\b/i,
    ru: /(телефон|номер|позвонить|звонить|whatsapp|ватсап)/i,
    es: /(tel[eé]fono|n[uú]mero|llamar|whatsapp)/i,
    // "Wen rufe ich an?": the separable verb asked with its subject between.
    de: /(telefon|nummer|anrufen|whatsapp|ruf\p{L}* (ich|man|wir)( \p{L}+)? an(?!\p{L}))/iu,
    fr: /(t[eé]l[eé]phone|num[eé]ro|appeler|whatsapp)/i,
    it: /(telefono|numero|chiamare|whatsapp)/i,
    pt: /(telefone|n[uú]mero|ligar|whatsapp)/i,
    uk: /(телефон|номер|зателефонувати|подзвонити|whatsapp)/i,
  },
};

/**
 * "How long does it take?", "how often does the lorry go?", "when do I get my money back?",
 * "вы давно работаете?": a duration or a date answers these as a clock time answers "what
 * time?". Checked before the price words, which in Spanish, French, Italian and Portuguese
 * ("cuánto", "combien", "quanto") also open "how long" and "how often".
 */
const asksDuration: Record<string, RegExp> = {
  en: /\b(since when|how often|how long|how soon|how many (minutes|hours|days|weeks|months)|how much notice|how far (ahead|in advance))\b/i,
  ru: /((^|[^а-яё])давно|с какого года|как часто|как долго|сколько (времени|дней|недель|часов|минут)|за сколько (дней|часов|недель)|как заранее|за сколько заранее)/i,
  es: /(desde cu[aá]ndo|cu[aá]ntos a[nñ]os llev|cada cu[aá]nto|con qu[eé] frecuencia|cu[aá]nto (se )?(tiempo|tarda|dura|demora)|cu[aá]ntos d[ií]as|cu[aá]ntas (semanas|horas)|con cu[aá]nta antelaci[oó]n|cu[aá]nto antes)/i,
  de: /(seit wann|wie oft|wie lange|wie schnell|wie viele (tage|wochen|stunden)|wie früh|wie weit im voraus)/i,
  fr: /(depuis quand|depuis combien|tous les combien|à quelle fréquence|combien de (temps|jours|semaines|heures)|en combien|combien (de temps )?à l'avance)/i,
  it: /(da quando|ogni quanto|con che frequenza|quanto tempo|quanti giorni|quante (settimane|ore)|quanto dura|con quanto anticipo|quanto prima)/i,
  pt: /(desde quando|h[aá] quanto tempo|de quanto em quanto|com que frequ[eê]ncia|quanto tempo|quantos dias|quantas (semanas|horas)|quanto demora|com quanta anteced[eê]ncia)/i,
  uk: /((^|[^а-яіїєґ])давно|з якого року|як часто|як довго|скільки (часу|днів|тижнів|годин)|за скільки (днів|годин|тижнів)|як заздалегідь)/i,
};

/** A number of minutes, hours, days, weeks, months or years, in any of the languages. */
const duration = new RegExp(
  `(?<![\\p{L}\\d])\\d{1,3}(?:[.,]\\d+)?(?:\\s?[–-]\\s?\\d+)?\\s(?:\\p{L}+\\s)?(?:${[
    'minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?',
    'минут\\p{L}*|час\\p{L}*|дн\\p{L}*|день|недел\\p{L}*|месяц\\p{L}*|год\\p{L}*|лет',
    'minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?|dias|meses|anos?',
    'minuten?|stunden?|tage?n?|wochen?|monate?n?|jahre?n?',
    'heures?|jours?|semaines?|mois|ans',
    'minuti|or[ae]|giorni|settiman[ae]|mesi|anni',
    'хвилин\\p{L}*|годин\\p{L}*|тижн\\p{L}*|тиждень|місяц\\p{L}*|рок\\p{L}*|рік',
  ].join('|')})(?!\\p{L})`,
  'iu',
);

/**
 * A year standing alone ("since 2012", "с 2012 года", "abrió en 2009"): it answers "since when?"
 * and "how long have you been around?". Not a run of digits in a phone number or a price.
 */
const year = /(?<![\d.,:/+-]|\d\s)(19|20)\d{2}(?![\d.,:]\d|\s?\d|\s?(€|\$|£|eur|chf|руб|₽|грн))/iu;

const clockTime = /(\b([01]?\d|2[0-3])[:.h]\d{2}\b|\b\d{1,2}\s?(am|pm)\b)/i;

const holds: Record<AnswerKind, { test(text: string): boolean }> = {
  // An amount of money, or a share of one ("a 30% deposit", "10% off"): statesAmount reads both.
  price: { test: statesAmount },
  time: clockTime,
  // A name past the sentence's first word: "start at Plaça de Catalunya", "на площади Каталонии".
  place: /\s\p{Lu}\p{Ll}/u,
  // "+41 32 341 27 85", "365 44 00", "(032) 341-27-85": three groups of digits or more.
  phone: /(\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?([\s.-]\d{2,4}){2,4}(?!\d)/u,
};

/**
 * Words that ask whether something is paid for or included rather than how much it is: "does
 * the price include a helmet?", "do I have to pay to send it?", "¿se pagan aparte?". A block
 * that says what is included answers these, though it states no amount.
 */
const asksWhetherPaid: Record<string, RegExp> = {
  en: /\b(includ\p{L}*|inclusive|pay|paying|paid)\b/iu,
  ru: /(входит|входят|включ|(^|[^\p{L}])(за|о)?плат(ить|ят|им|ишь|ите|ит)(?!\p{L})|оплачива)/iu,
  es: /(incluid|incluye|incluido|(^|[^\p{L}])(pag(ar|o|a|an|amos|ais|áis|ar[eé])|se paga)(?!\p{L}))/iu,
  de: /(inklusive|inbegriffen|enthalten|dabei|(^|[^\p{L}])(bezahlen|zahlen|zahle)(?!\p{L}))/iu,
  fr: /(inclu|compris|(^|[^\p{L}])pa(yer|ye|yant)(?!\p{L}))/iu,
  it: /(inclus|compres|(^|[^\p{L}])pag(are|o|a)(?!\p{L}))/iu,
  pt: /(inclu[ií]d|inclui|(^|[^\p{L}])pag(ar|o|a)(?!\p{L}))/iu,
  uk: /(входить|включ|(^|[^\p{L}])(за|о)?плат(ити|ять|иш|ите|ить)(?!\p{L}))/iu,
};

/** Words that ask "how much" whatever else the question says. */
const howMuch: Record<string, RegExp> = {
  en: /\bhow much\b/i,
  ru: /(сколько|поч[её]м|скока)/i,
  es: /cu[aá]nto/i,
  de: /(wie viel|was kostet)/i,
  fr: /combien/i,
  it: /quanto/i,
  pt: /quanto/i,
  uk: /скільки/i,
};

/**
 * Whether the question asks for an amount of money: a price question that is not one of
 * whether something is paid for or included. A block that states no amount cannot answer it.
 */
export function asksForAmount(question: string, lang: string): boolean {
  if (askedKind(question, lang) !== 'price') return false;
  const base = lang.split('-')[0]!;
  return (
    !(asksWhetherPaid[base]?.test(question) ?? false) || (howMuch[base]?.test(question) ?? false)
  );
}

/** The facts a block must hold to answer a question that asks for one (`factAsked`). */
export type AskedFact = 'price' | 'time' | 'duration';

/**
 * The fact a question asks for that a block must hold to answer it: an amount for "how much is
 * it?", a clock time, a date or a duration for "what time?" or "when?", a duration or a date for
 * "how long?" or "since when?". A place or a phone number is not one of these: a page can say
 * in words where it is or how to call.
 */
export function factAsked(question: string, lang: string): AskedFact | undefined {
  if (asksForAmount(question, lang)) return 'price';
  if (asksForDuration(question, lang)) return 'duration';
  return askedKind(question, lang) === 'time' ? 'time' : undefined;
}

/**
 * Whether a text holds the fact a question asks for. "How long does a crown take?" and "since
 * when?" are answered by a duration or a date, never by the opening hours' clock times.
 */
export function holdsFact(text: string, fact: AskedFact): boolean {
  if (fact === 'duration') return statesDate(text) || duration.test(text) || year.test(text);
  return holdsKind(text, fact);
}

/**
 * Words that ask for a share of a price: a discount, a deposit, a percentage. A "10% off"
 * answers these; "how much is the hot desk?" wants a sum.
 */
const asksShare: Record<string, RegExp> = {
  en: /\b(discounts?|cheaper|off|deposit|percent|percentage|%|reduction|concession)\b/iu,
  ru: /(скидк|дешевле|предоплат|залог|процент|%)/iu,
  es: /(descuento|m[aá]s barat|se[nñ]al|dep[oó]sito|porcentaje|%|rebaja)/iu,
  de: /(rabatt|ermäßigung|günstiger|anzahlung|prozent|%)/iu,
  fr: /(réduction|reduction|remise|moins cher|acompte|pour ?cent|%)/iu,
  it: /(sconto|meno car|acconto|percentuale|%)/iu,
  pt: /(desconto|mais barat|sinal|percentagem|porcentagem|%)/iu,
  uk: /(знижк|дешевше|передоплат|застав|відсот|%)/iu,
};

/** Whether a price question asks for a share (a discount, a deposit) rather than a sum. */
export function asksForShare(question: string, lang: string): boolean {
  return asksShare[lang.split('-')[0]!]?.test(question) ?? false;
}

/** Whether the question asks how long or how often, which a clock time does not answer. */
export function asksForDuration(question: string, lang: string): boolean {
  return asksDuration[lang.split('-')[0]!]?.test(question) ?? false;
}

export function askedKind(question: string, lang: string): AnswerKind | undefined {
  const base = lang.split('-')[0]!;
  if (asksDuration[base]?.test(question)) return 'time';
  for (const kind of ['price', 'time', 'place', 'phone'] as const)
    if (asksFor[kind][base]?.test(question)) return kind;
  return undefined;
}

/** Whether the question's words ask for this kind of fact, whatever other kind they ask for too. */
export function asksForKindOf(question: string, kind: AnswerKind, lang: string): boolean {
  return asksFor[kind][lang.split('-')[0]!]?.test(question) ?? false;
}

/**
 * Whether a unit of a question only asks for a kind of fact ("how much", "a qué hora"), so that
 * what it asks about is the rest of the question. A kind the knowledge never states ("скидки"
 * where no block has discounts) is part of what is asked, and missing.
 */
export function asksForKind(unit: QueryUnit, lang: string): boolean {
  return unit.terms.length > 0 && askedKind(unit.text, lang) !== undefined;
}

/**
 * Whether a text holds the kind of fact. Besides a clock time, a day of a month or a duration
 * answers a "when" or "how long" ("on 21 May", "within 5 working days").
 */
export function holdsKind(text: string, kind: AnswerKind): boolean {
  if (holds[kind].test(text)) return true;
  return kind === 'time' && (statesDate(text) || duration.test(text));
}

/**
 * Whether a text holds the kind of fact in its plainest form: an amount, a clock time. A list of
 * these is a price list or a timetable, which answers a bare "how much?" or "what time?" whole;
 * a list of dates or durations is no timetable ("the holidays: 1 May, 16 August…").
 */
export function holdsKindPlainly(text: string, kind: AnswerKind): boolean {
  return holds[kind].test(text);
}
