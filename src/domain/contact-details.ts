/**
 * Contact details a visitor types ("my email is maria@x.com", "+34 612 345 678", "меня зовут
 * Мария"), picked out by pattern from every message, so leads are captured whichever provider
 * answers, the offline one included. Phones are normalized to E.164 by libphonenumber-js.
 */
import { createRequire } from 'node:module';
import type { CountryCode } from 'libphonenumber-js';
import type { ContactDetails } from './conversation.js';
import { escapeRegExp } from './literal-pattern.js';

type PhoneLibrary = typeof import('libphonenumber-js');
let phoneLibrary: PhoneLibrary | undefined;
/**
 * libphonenumber-js with its metadata holds about 5 MB, a tenth of an idle server: it is loaded
 * (synchronously, through its CommonJS build) by the first message that may hold a phone number.
 */
function phones(): PhoneLibrary {
  phoneLibrary ??= createRequire(import.meta.url)('libphonenumber-js') as PhoneLibrary;
  return phoneLibrary;
}

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u;

/**
 * Phrases that introduce a name, per language (matched in any case). The name itself must be
 * capitalised words, so "I am going to Girona" yields no name while "I am Maria" does.
 */
const namePhrases =
  /(?:^|[^\p{L}])(my name is|my name's|i am|i'm|this is|call me|меня зовут|моё имя|мое имя|me llamo|mi nombre es|soy)(?=\s)/giu;
const capitalisedName = /^\s+(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)/u;

function findName(text: string): string | undefined {
  for (const match of text.matchAll(namePhrases)) {
    const name = capitalisedName.exec(text.slice(match.index + match[0].length))?.[1];
    if (name) return name;
  }
  return undefined;
}

/** A country to read local numbers in, from the conversation's language where it is clear. */
const defaultCountry: Record<string, CountryCode> = {
  ru: 'RU',
  es: 'ES',
  de: 'DE',
  fr: 'FR',
  it: 'IT',
  uk: 'UA',
};

/**
 * @param phoneCountry the business's country (`leads.phoneCountry`): local numbers the language's
 * country does not explain are read as its numbers.
 */
export function extractContactDetails(
  text: string,
  lang: string,
  phoneCountry?: string,
): ContactDetails {
  const details: { name?: string; email?: string; phone?: string } = {};
  const email = emailPattern.exec(text)?.[0];
  if (email) details.email = email.toLowerCase().replace(/[.]+$/, '');
  const withoutEmail = email ? text.replace(email, ' ') : text;
  // libphonenumber's scan is the costly part of reading every message: skip it under 7 digits.
  const digits = withoutEmail.match(/\d/g)?.length ?? 0;
  const phone = digits < 7 ? undefined : normalizePhone(withoutEmail, lang, phoneCountry);
  if (phone) details.phone = phone;
  const name = findName(text);
  if (name) details.name = name;
  return details;
}

/**
 * The message with the contact details it gave taken out: what is left to answer. A search
 * for "I'm Ana, ana@x.com, how much is the Montserrat trip?" should not look for "ana" and "com".
 */
export function withoutContact(text: string, details: ContactDetails): string {
  let rest = text;
  if (details.email) rest = rest.replace(new RegExp(escapeRegExp(details.email), 'i'), ' ');
  // Any phone-shaped run of digits, read as a number in this language's country or not.
  rest = rest.replace(/\+?[\d][\d\s().-]{5,}\d/g, ' ');
  if (details.name) rest = rest.replace(details.name, ' ');
  return rest.replace(namePhrases, ' ');
}

/**
 * The question a message asks beside the contact details it gave: the details out, and the
 * words that handed them over ("my email is", "почта", "mon mail c'est"), which say nothing of
 * the question and would find the contact page. `withoutContact` keeps those words: they still
 * tell a message that only gives details from one that asks something.
 */
export function askedBesideContact(text: string, details: ContactDetails): string {
  // The visitor's own phrase first: "мой телефон +34…" is "мой" and a labelled number.
  let rest = details.email || details.phone ? text.replace(ownDetailPhrases, ' ') : text;
  if (details.email) {
    rest = withoutSignatureName(rest, details.email);
    rest = rest.replace(new RegExp(`${detailLabel}${escapeRegExp(details.email)}`, 'iu'), ' ');
  }
  if (details.phone) rest = rest.replace(labelledPhone, ' ');
  return withoutContact(rest, details);
}

/**
 * A message signed "Thanks, Sam (sam.k@example.com)": the name before the email, which the
 * email's own name begins with, is the visitor's and no word of the question.
 */
function withoutSignatureName(text: string, email: string): string {
  const folded = (word: string) => word.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  const local = folded(email.split('@')[0]!);
  return text.replace(
    new RegExp(`(\\p{L}{3,})([\\s,–-]*\\(?\\s*)(?=${escapeRegExp(email)})`, 'iu'),
    (whole, name: string, between: string) =>
      local.startsWith(folded(name)) ? ` ${between}` : whole,
  );
}

/** A word that labels the detail right after it: "почта anna@x.ru", "tel. 612 345 678". */
const detailLabel =
  '(?:(?<![\\p{L}])(?:e-?mail|mail|correo|почта|пошта|имейл|phone|tel\\.?|t[eé]l[eé]phone|tel[eé]fono|telefon|telefono|telefone|телефон|тел\\.?|номер|mobile|m[oó]vil|handy|whatsapp)\\s*[:–-]?\\s*)';

const labelledPhone = new RegExp(`${detailLabel}\\+?[\\d][\\d\\s().-]{5,}\\d`, 'giu');

/**
 * "My email is", "мой телефон", "mon mail c'est": only the visitor's own ("my…"), so "what's
 * your phone number?" beside an address still asks for the number.
 */
const ownDetailPhrases = new RegExp(
  `(?<![\\p{L}])(?:${[
    "(?:my|our) (?:e-?mail(?: address)?|mail|phone(?: number)?|number|mobile|cell|whatsapp)(?: is|'s|:)?",
    '(?:мой|моя|моё|мое|наш|наша) (?:почта|электронная почта|e-?mail|имейл|емейл|телефон|номер|мобильный|ватсап|whatsapp)',
    '(?:mi|nuestro|nuestra) (?:correo(?: electrónico)?|e-?mail|mail|tel[eé]fono|n[uú]mero|m[oó]vil|whatsapp)(?: es|:)?',
    "(?:mon|ma|notre) (?:adresse (?:e-?)?mail|e-?mail|mail|t[eé]l[eé]phone|num[eé]ro|portable)(?: c'est| est|:)?",
    '(?:meine|mein|unsere) (?:e-?mail(?:-adresse)?|mail|telefonnummer|nummer|handynummer|handy)(?: ist|:)?',
    '(?:il mio|la mia|mio|mia) (?:e-?mail|mail|numero(?: di telefono)?|telefono|cellulare)(?: è|:)?',
    '(?:o meu|a minha|meu|minha) (?:e-?mail|n[uú]mero|telefone|telem[oó]vel|celular)(?: é|:)?',
    '(?:мій|моя|моє|наш|наша) (?:пошта|електронна пошта|e-?mail|телефон|номер|мобільний|вайбер|viber)',
  ].join('|')})(?![\\p{L}])`,
  'giu',
);

/**
 * What a message asks once the contact details it holds are out: the text eval and calibration
 * search, as the turn logic searches it. A message with none is searched as written.
 */
export function questionOf(text: string, lang: string, phoneCountry?: string): string {
  const found = extractContactDetails(text, lang, phoneCountry);
  return Object.keys(found).length > 0 ? askedBesideContact(text, found) : text;
}

/**
 * True when a message is there to give contact details ("my email is x@y.z", "Soy Carmen,
 * 612 345 678") rather than to ask something: no question mark, and little is left once the
 * details are removed.
 */
export function isMostlyContact(
  text: string,
  details: ContactDetails,
  contentWords: (text: string) => string[],
): boolean {
  if (!details.email && !details.phone) return false;
  const rest = withoutContact(text, details);
  // "I'm Ana, ana@x.com. How much is the Montserrat trip?" asks something, however few its
  // content words: the visitor is answered (and the details are saved all the same).
  if (/[?？؟]/.test(rest)) return false;
  return contentWords(rest).length <= 3;
}

export function hasContact(details: ContactDetails): boolean {
  return Boolean(details.email || details.phone || details.messenger);
}

/**
 * The first valid phone number in a text, in E.164. A local number (no +) is read in the
 * language's country, then in the business's (`phoneCountry`): a Spanish mobile typed in an
 * English chat is found with ES, and a Russian number in a Russian chat still reads as Russian.
 */
export function normalizePhone(
  text: string,
  lang: string,
  phoneCountry?: string,
): string | undefined {
  const library = phones();
  const countries = [defaultCountry[lang.split('-')[0]!], phoneCountry].filter(
    (country): country is CountryCode =>
      country !== undefined && library.isSupportedCountry(country),
  );
  // With no country, only international numbers (+…) can be read.
  for (const country of countries.length > 0 ? countries : [undefined]) {
    const found = library.findPhoneNumbersInText(
      text,
      country ? { defaultCountry: country } : undefined,
    );
    const valid = found.find((candidate) => candidate.number.isValid());
    if (valid) return valid.number.number;
  }
  return undefined;
}

export function isEmail(text: string): boolean {
  const match = emailPattern.exec(text);
  return match !== null && match[0] === text;
}

/** Later details win, but a detail is never erased by a message that lacks it. */
export function mergeContact(current: ContactDetails, update: ContactDetails): ContactDetails {
  return {
    ...current,
    ...Object.fromEntries(
      Object.entries(update).filter(([, value]) => value !== undefined && value !== ''),
    ),
  };
}
