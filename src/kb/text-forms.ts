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
}

const formWords: Readonly<Record<string, FormWords>> = {
  en: { price: 'price', address: 'address' },
  ru: { price: 'цена', address: 'адрес' },
  es: { price: 'precio', address: 'dirección' },
  de: { price: 'preis', address: 'adresse' },
  fr: { price: 'prix', address: 'adresse' },
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
const currencyCodes =
  'EUR|USD|GBP|CHF|JPY|CNY|RMB|AUD|CAD|NZD|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|RSD|UAH|RUB|BYN|KZT|GEL|AMD|AZN|TRY|ILS|AED|SAR|QAR|EGP|MAD|ZAR|INR|THB|VND|IDR|MYR|SGD|HKD|KRW|PHP|MXN|BRL|ARS|CLP|COP|PEN|UYU';
const currencyWords = `${currencyCodes}|SFr\\.|Fr\\.|zł|Kč|kr|Ft|lei|грн|руб|р\\.`;
const currencySource = [
  `[${currencySigns}]`,
  `(?<![\\p{L}])(?:${currencyWords})(?=\\s?\\d)`,
  `(?<=\\d\\s?)(?:${currencyWords})(?![\\p{L}])`,
].join('|');
const currency = new RegExp(currencySource, 'gu');
const hasCurrency = new RegExp(currencySource, 'u');

/** Whether a text states an amount of money: a number with a currency sign, code or abbreviation. */
export function statesAmount(text: string): boolean {
  return amount.test(text);
}

const amount = new RegExp(
  `[${currencySigns}]\\s?\\d|\\d[\\d.,\\s]*\\s?(?:[${currencySigns}%]|(?:[Ee]uros?|eur|${currencyWords})(?![\\p{L}]))|(?<![\\p{L}])(?:${currencyWords})\\s?\\d`,
  // Case matters: "try 2" and "pen 5" are no money, "TRY 2" and "PEN 5" are.
  'u',
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
const streetAddress = new RegExp(
  [
    "(?<![\\p{L}])(Calle|C/|Avda\\.|Avenida|Carrer|Plaza|Plaça|Paseo|Passeig|Camino|Carretera|Ctra\\.|Rambla|[Rr]ue|[Rr]oute|[Cc]hemin|[Aa]venue|[Bb]oulevard|[Qq]uai|[Ii]mpasse|Via|Viale|Corso|Piazza|Largo|Rua|Travessa|Estrada|Praça|ул\\.|улица|проспект|пр-т|пер\\.|переулок|площадь|бульвар|наб\\.|набережная|вул\\.|вулиця|просп\\.|провулок|площа)\\s+(de\\s+|del\\s+|de\\s+la\\s+|d'|dels\\s+|di\\s+|da\\s+|do\\s+|des\\s+|du\\s+|della\\s+|dei\\s+|das\\s+)?[\\p{Lu}\\p{N}]",
    '\\d+[a-z]?,?\\s+(\\p{Lu}\\p{Ll}+\\s+){1,3}(Street|Road|Avenue|Lane|Boulevard|Square)(?![\\p{L}])',
    '\\p{Lu}\\p{Ll}+(straße|strasse|platz|allee|gasse)\\s+\\d',
    '(,\\s*|\\(\\s*)(\\d{5}|\\d{4}(-\\d{3})?)\\s+\\p{Lu}\\p{Ll}{2,}',
  ].join('|'),
  'u',
);

/** The text with each form it shows read as its word: "€50" as "price 50", an address plus "address". */
export function withFormWords(text: string, words: FormWords): string {
  // Tested before replacing: most texts have no currency sign, and a test allocates nothing.
  const priced = hasCurrency.test(text) ? text.replace(currency, ` ${words.price} `) : text;
  return streetAddress.test(text) ? `${priced} ${words.address}` : priced;
}
