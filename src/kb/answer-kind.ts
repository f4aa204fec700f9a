/**
 * What kind of fact a question asks for, when its words say so plainly: a price ("how much",
 * "сколько стоит", "cuánto cuesta"), a time ("what time", "во сколько", "a qué hora") or a
 * place ("where", "где", "dónde"). The sentence that holds an amount, a clock time or a named
 * place then wins over its neighbours in the same block, as a person reading the block for
 * the visitor would pick it.
 */
import { statesAmount } from './text-forms.js';

export type AnswerKind = 'price' | 'time' | 'place' | 'phone';

const asksFor: Record<AnswerKind, Record<string, RegExp>> = {
  price: {
    en: /\b(how much|prices?|costs?|fees?|charges?|pay|expensive|cheap|rates?|deposit|supplement)\b/i,
    ru: /(сколько( \S+)? сто[ия]т|стоимост|цен[аыуе]|поч[её]м|скока|плат|оплат|дорог|дешев|доплат|предоплат|залог)/i,
    es: /(cu[aá]nto (cuesta|vale|sale|es|cobr|hay que pagar|pag)|precio|coste|tarifa|pagar|caro|barat|se[nñ]al|suplemento|dep[oó]sito)/i,
    de: /(wie viel|was kostet|preis|kosten|gebühr|teuer|günstig|anzahlung)/i,
    fr: /(combien|prix|co[uû]te?|tarif|frais|cher|acompte)/i,
    it: /(quanto costa|quanto|prezz|costo|tariff|caro|acconto)/i,
    pt: /(quanto custa|quanto|pre[cç]o|custo|tarifa|caro|barato|sinal)/i,
    uk: /(скільки коштує|вартіст|ціна|ціну|платит|оплат|дорог|дешев)/i,
  },
  time: {
    en: /\b(what time|when|hours|opens?|opening|closes?|closing|until when|how late|how early)\b/i,
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
    fr: /\b(o[uù]|adresse)\b/i,
    it: /\b(dove|indirizzo)\b/i,
    pt: /\b(onde|endere[cç]o)\b/i,
    uk: /(^|[^\p{L}])(де|куди|адрес)/iu,
  },
  phone: {
    en: /\b(phone|telephone|call|ring|whatsapp)\b/i,
    ru: /(телефон|номер|позвонить|звонить|whatsapp|ватсап)/i,
    es: /(tel[eé]fono|n[uú]mero|llamar|whatsapp)/i,
    de: /(telefon|nummer|anrufen|whatsapp)/i,
    fr: /(t[eé]l[eé]phone|num[eé]ro|appeler|whatsapp)/i,
    it: /(telefono|numero|chiamare|whatsapp)/i,
    pt: /(telefone|n[uú]mero|ligar|whatsapp)/i,
    uk: /(телефон|номер|зателефонувати|подзвонити|whatsapp)/i,
  },
};

const holds: Record<AnswerKind, { test(text: string): boolean }> = {
  price: { test: statesAmount },
  time: /(\b([01]?\d|2[0-3])[:.h]\d{2}\b|\b\d{1,2}\s?(am|pm)\b)/i,
  // A name past the sentence's first word: "start at Plaça de Catalunya", "на площади Каталонии".
  place: /\s\p{Lu}\p{Ll}/u,
  // "+41 32 341 27 85", "365 44 00", "(032) 341-27-85": three groups of digits or more.
  phone: /(\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?([\s.-]\d{2,4}){2,4}(?!\d)/u,
};

export function askedKind(question: string, lang: string): AnswerKind | undefined {
  const base = lang.split('-')[0]!;
  for (const kind of ['price', 'time', 'place', 'phone'] as const)
    if (asksFor[kind][base]?.test(question)) return kind;
  return undefined;
}

export function holdsKind(text: string, kind: AnswerKind): boolean {
  return holds[kind].test(text);
}
