/**
 * What a text's form says as plainly as a word: a currency sign says "price", a street address
 * says "address". The tokenizer reads each as the language's word for it, which the query
 * lexicon's group for the thing holds, so "how much?" finds "from €50" and "where are you?"
 * finds "Calle Larios 5" in knowledge that never writes "price" or "address".
 */

/** The language's words a text's forms read as. */
export interface FormWords {
  readonly price: string;
  readonly address: string;
  /**
   * A street written in lower case mid-sentence, as French does ("à la route de Boujean 112"):
   * a particle and a capital must follow, so "la route est longue" is no address. Only for the
   * language that writes so: the pattern costs a test at every common letter.
   */
  readonly lowercaseStreet?: RegExp;
}

const formWords: Readonly<Record<string, FormWords>> = {
  en: { price: 'price', address: 'address' },
  ru: { price: 'цена', address: 'адрес' },
  es: { price: 'precio', address: 'dirección' },
  de: { price: 'preis', address: 'adresse' },
  fr: {
    price: 'prix',
    address: 'adresse',
    lowercaseStreet:
      /(?<![\p{L}])(?:rue|route|chemin|avenue|boulevard|quai|impasse|allée)\s+(?:de la |de |du |des |d')\p{Lu}/u,
  },
  it: { price: 'prezzo', address: 'indirizzo' },
  pt: { price: 'preço', address: 'endereço' },
  uk: { price: 'ціна', address: 'адреса' },
};

export function formWordsOf(lang: string): FormWords | undefined {
  return formWords[lang.split('-')[0]!];
}

/**
 * A currency says "this is a price" as plainly as the word does: "gift cards from €50" answers
 * "how much is it?". The sign reads as the language's word for price, which the query
 * lexicon's price group holds. A sign ("€", "₴") counts anywhere; a code ("CHF 139", "450 PLN")
 * or a local abbreviation ("Fr. 80", "120 zł", "300 грн") only beside a number, as "kr" or
 * "GEL" in running text says nothing about money.
 */
const currencySigns = '€$£₽₴₺₹¥₩₪₫฿₦₱₸₾';
const currencyCodes = new Set(
  'EUR USD GBP CHF JPY CNY RMB AUD CAD NZD SEK NOK DKK ISK PLN CZK HUF RON BGN RSD UAH RUB BYN KZT GEL AMD AZN TRY ILS AED SAR QAR EGP MAD ZAR INR THB VND IDR MYR SGD HKD KRW PHP MXN BRL ARS CLP COP PEN UYU'.split(
    ' ',
  ),
);
const currencyWords = 'SFr\\.|Fr\\.|zł|Kč|kr|Ft|lei|грн|руб|р\\.';
// Any three capitals stand for a code here, checked against the list when found: a regular
// expression with every code spelt out tries each at every position. Signs are replaced first,
// and codes only in a text that may have one beside a number: the look-behinds that make the
// match exact cost a test at every letter, seven times a plain scan on a long text.
const currencySign = new RegExp(`[${currencySigns}]`, 'gu');
const hasCurrencySign = new RegExp(`[${currencySigns}]`, 'u');
const codeBesideNumber = new RegExp(
  `(?<![\\p{L}])([A-Z]{3}|${currencyWords})(?=\\s?\\d)|(?<=\\d\\s?)([A-Z]{3}|${currencyWords})(?![\\p{L}])`,
  'gu',
);
const hasDigit = /\d/;
/** A cheap superset of codeBesideNumber, scanned from the digit or the code without look-behind. */
const maybeCodeBesideNumber = new RegExp(
  `\\d\\s?(?:[A-Z]{3}|${currencyWords})|(?:[A-Z]{3}|${currencyWords})\\s?\\d`,
  'u',
);

/** A currency the pattern found, unless it is three capitals that name no currency ("MFK 2"). */
function isCurrency(code: string | undefined): boolean {
  return code === undefined || !/^[A-Z]{3}$/.test(code) || currencyCodes.has(code);
}

// Case matters: "try 2" and "pen 5" are no money, "TRY 2" and "PEN 5" are.
const amount = new RegExp(
  `[${currencySigns}]\\s?\\d|\\d[\\d.,\\s]*\\s?(?:[${currencySigns}%]|(?:[Ee]uros?|eur|([A-Z]{3})|${currencyWords})(?![\\p{L}]))|(?<![\\p{L}])(?:([A-Z]{3})|${currencyWords})\\s?\\d`,
  'gu',
);

/** Whether a text states an amount of money: a number with a currency sign, code or abbreviation. */
export function statesAmount(text: string): boolean {
  return statesAmountThat(text, () => true);
}

/** Whether a text states a sum of money, not only a share of one ("10 %"). */
export function statesMoney(text: string): boolean {
  return statesAmountThat(text, (found) => !found.trimEnd().endsWith('%'));
}

function statesAmountThat(text: string, accept: (found: string) => boolean): boolean {
  for (const match of text.matchAll(amount))
    if (isCurrency(match[1] ?? match[2]) && accept(match[0])) return true;
  return false;
}

/**
 * Whether a text's amount is one added to another price, not a price of its own: "15 € más",
 * "+€10", "a €20 supplement", "доплата 500 ₽", "CHF 30 Zuschlag". Such a line answers "how
 * much?" only beside the price it adds to.
 */
export function statesRelativeAmount(text: string): boolean {
  return statesAmount(text) && relativeAmount.test(text);
}

const relativeAmount = new RegExp(
  [
    String.raw`\d\s?(€|eur|euros?|chf|£|\$|₽|руб\S*|грн)?\s?(more|extra|on top|más|de más|de plus|en plus|in più|a mais|mehr|больше|дороже|сверху|більше|дорожче)(?!\p{L})`,
    String.raw`(^|\s|\()\+\s?(€|chf|£|\$)?\s?\d`,
    '(supplement|surcharge|suplemento|recargo|aufpreis|zuschlag|supplément|supplemento|доплат|надбавк)',
  ].join('|'),
  'iu',
);
/**
 * A street address says "this is where we are" as plainly as the word "address": "our office
 * is at Calle Sierra de Mijas 7" answers "where are you?" though it names no word of the
 * question. It reads as the language's word for address, which the lexicon's location group
 * holds: a street word followed by a name or a number ("Calle Larios", "Carrer de Casp 22",
 * "ул. Ленина"), a number before an English street name ("12 Baker Street"), a German street
 * ("Hauptstraße 5") or a postcode after a comma ("…, 29651 Mijas", "…, 2504 Biel",
 * "…, 1200-195 Lisboa").
 */
/** The words a street's name follows, capitalised as when an address stands alone. */
const streetWords = [
  ...'Calle C/ Avda\\. Avenida Carrer Plaza Plaça Paseo Passeig Camino Carretera Ctra\\. Rambla'.split(
    ' ',
  ),
  ...'Rue Route Chemin Avenue Boulevard Quai Impasse Via Viale Corso Piazza Largo Rua Travessa Estrada Praça'.split(
    ' ',
  ),
  ...'ул\\. улица проспект пр-т пер\\. переулок площадь бульвар наб\\. набережная'.split(' '),
  ...'вул\\. вулиця просп\\. провулок площа'.split(' '),
];
const particles =
  "(de\\s+|del\\s+|de\\s+la\\s+|d'|dels\\s+|di\\s+|da\\s+|do\\s+|des\\s+|du\\s+|della\\s+|dei\\s+|das\\s+)?";
/**
 * A street word and its name, then the forms with a number, tried one after the other: as one
 * alternation, and with the street words in lower case too, the expression was tried at every
 * common letter of a text and indexing took seven times longer (lower case is French's alone:
 * FormWords.lowercaseStreet).
 */
const streetName = new RegExp(
  `(?<![\\p{L}])(${streetWords.join('|')})\\s+${particles}[\\p{Lu}\\p{N}]`,
  'u',
);
/** The forms with a house number or a postcode: only tried on a text with a digit. */
const numberedAddresses: readonly RegExp[] = [
  /\d+[a-z]?,?\s+(\p{Lu}\p{Ll}+\s+){1,3}(Street|Road|Avenue|Lane|Boulevard|Square)(?![\p{L}])/u,
  /\p{Lu}\p{Ll}+(straße|strasse|platz|allee|gasse)\s+\d/u,
  /(,\s*|\(\s*)(\d{5}|\d{4}(-\d{3})?)\s+\p{Lu}\p{Ll}{2,}/u,
];

function namesAddress(text: string, words: FormWords): boolean {
  if (streetName.test(text) || words.lowercaseStreet?.test(text)) return true;
  return hasDigit.test(text) && numberedAddresses.some((address) => address.test(text));
}

/** The text with each form it shows read as its word: "€50" as "price 50", an address plus "address". */
export function withFormWords(text: string, words: FormWords): string {
  // Tested before replacing: most texts have no currency sign, and a test allocates nothing.
  const signed = hasCurrencySign.test(text) ? text.replace(currencySign, ` ${words.price} `) : text;
  const priced =
    hasDigit.test(signed) && maybeCodeBesideNumber.test(signed)
      ? signed.replace(codeBesideNumber, (found, before?: string, after?: string) =>
          isCurrency(before ?? after) ? ` ${words.price} ` : found,
        )
      : signed;
  return namesAddress(text, words) ? `${priced} ${words.address}` : priced;
}
