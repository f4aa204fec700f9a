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
 * A currency sign says "this is a price" as plainly as the word does: "gift cards from €50"
 * answers "how much is it?". The sign reads as the language's word for price, which the query
 * lexicon's price group holds.
 */
const currency = /[€$£₽₴]/gu;
const hasCurrency = /[€$£₽₴]/u;
/**
 * A street address says "this is where we are" as plainly as the word "address": "our office
 * is at Calle Sierra de Mijas 7" answers "where are you?" though it names no word of the
 * question. It reads as the language's word for address, which the lexicon's location group
 * holds: a street word followed by a name or a number ("Calle Larios", "Carrer de Casp 22",
 * "ул. Ленина"), a number before an English street name ("12 Baker Street"), a German street
 * ("Hauptstraße 5") or a postcode after a comma ("…, 29651 Mijas").
 */
const streetAddress = new RegExp(
  [
    "(?<![\\p{L}])(Calle|C/|Avda\\.|Avenida|Carrer|Plaza|Plaça|Paseo|Passeig|Camino|Carretera|Ctra\\.|Rambla|Rue|Viale|Piazza|Rua|Praça|ул\\.|улица|проспект|пр-т|пер\\.|переулок|площадь|бульвар|наб\\.|набережная|вул\\.|вулиця)\\s+(de\\s+|del\\s+|de\\s+la\\s+|d'|dels\\s+|di\\s+|da\\s+|do\\s+)?[\\p{Lu}\\p{N}]",
    '\\d+[a-z]?,?\\s+(\\p{Lu}\\p{Ll}+\\s+){1,3}(Street|Road|Avenue|Lane|Boulevard|Square)(?![\\p{L}])',
    '\\p{Lu}\\p{Ll}+(straße|strasse|platz|allee|gasse)\\s+\\d',
    '(,\\s*|\\(\\s*)\\d{5}\\s+\\p{Lu}\\p{Ll}{2,}',
  ].join('|'),
  'u',
);

/** The text with each form it shows read as its word: "€50" as "price 50", an address plus "address". */
export function withFormWords(text: string, words: FormWords): string {
  // Tested before replacing: most texts have no currency sign, and a test allocates nothing.
  const priced = hasCurrency.test(text) ? text.replace(currency, ` ${words.price} `) : text;
  return streetAddress.test(text) ? `${priced} ${words.address}` : priced;
}
