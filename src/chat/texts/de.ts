/** German texts of the bot around a handoff, the phrases asking for a person, and the sentiment words. */
import type { BotMessages, OpeningWords } from '../bot-messages.js';
import type { SentimentLexicon } from '../sentiment.js';

export const messages: BotMessages = {
  handoffNow: 'Ich hole jemanden aus unserem Team dazu. Sie bekommen hier gleich eine Antwort.',
  // {when}: "heute ab 14:00 Uhr", "am Montag ab 09:00 Uhr".
  handoffClosed:
    'Unser Team ist gerade nicht erreichbar und {when} wieder da. Hinterlassen Sie hier Ihre E-Mail-Adresse oder Telefonnummer, dann melden wir uns bei Ihnen.',
  handoffClosedKnownContact:
    'Unser Team ist gerade nicht erreichbar und {when} wieder da. Wir haben Ihre Kontaktdaten und melden uns dann bei Ihnen.',
  handoffAway:
    'Unser Team ist gerade nicht erreichbar. Hinterlassen Sie hier Ihre E-Mail-Adresse oder Telefonnummer, dann melden wir uns bei Ihnen.',
  handoffAwayKnownContact:
    'Unser Team ist gerade nicht erreichbar. Wir haben Ihre Kontaktdaten und melden uns bei Ihnen.',
  // {name} comes with its comma: "Vielen Dank, Anna!".
  contactThanks:
    'Vielen Dank{name}! Wir haben Ihre Kontaktdaten, und unser Team meldet sich bei Ihnen.',
  offerHuman:
    'Wenn Sie möchten, hole ich jemanden aus unserem Team dazu – sagen Sie einfach Bescheid.',
  waitTimedOut:
    'Leider sind gerade alle in unserem Team beschäftigt. Hinterlassen Sie hier Ihre E-Mail-Adresse oder Telefonnummer, dann melden wir uns so schnell wie möglich bei Ihnen.',
  waitTimedOutKnownContact:
    'Leider sind gerade alle in unserem Team beschäftigt. Wir haben Ihre Kontaktdaten und melden uns so schnell wie möglich bei Ihnen.',
  askAgain:
    'Entschuldigung, unsere Antwort auf Ihre letzte Nachricht ist bei einem Neustart unseres Systems verloren gegangen. Könnten Sie Ihre Frage bitte noch einmal stellen?',
};

/** {when} in the handoff messages: e.g. English "on Monday at 09:00", Spanish "el lunes a las 09:00". */
export const opening: OpeningWords = {
  // "ab" rather than "um": the team is back from that time on, not only at that minute.
  format: '{day} ab {time} Uhr',
  days: {
    today: 'heute',
    Monday: 'am Montag',
    Tuesday: 'am Dienstag',
    Wednesday: 'am Mittwoch',
    Thursday: 'am Donnerstag',
    Friday: 'am Freitag',
    Saturday: 'am Samstag',
    Sunday: 'am Sonntag',
  },
};

/**
 * Matched as stems with small words dropped, so "Ich möchte bitte mit einem echten Menschen
 * sprechen" meets both "mit einem Menschen sprechen" and "echter Mensch", and "persönlich
 * sprechen" shares its stem with "Person sprechen". Not "Mitarbeiter" or "Mensch" alone: a
 * visitor asks how many staff a business has, and "Mensch, …" is an exclamation. Nor
 * "Kundendienst", which for a garage is the car's service.
 */
export const handoffKeywords: readonly string[] = [
  'mit einem Menschen sprechen',
  'mit einem Menschen reden',
  'mit einem Menschen chatten',
  'mit einem Mitarbeiter sprechen',
  'mit jemandem sprechen',
  'mit jemandem reden',
  'mit einer Person sprechen',
  'echter Mensch',
  'echte Person',
  'verbinden Sie mich mit einem Mitarbeiter',
  'kein Bot',
  'Kundenservice',
];

export const sentiment: SentimentLexicon = {
  words: {
    schrecklich: -3,
    furchtbar: -3,
    Katastrophe: -3,
    mies: -2,
    schlecht: -2,
    hasse: -3,
    Betrug: -3,
    betrogen: -3,
    Abzocke: -3,
    abgezockt: -3,
    unverschämt: -3,
    Frechheit: -3,
    Zumutung: -3,
    Saftladen: -3,
    Mist: -2,
    Scheiße: -3,
    beschissen: -3,
    nutzlos: -3,
    lächerlich: -2,
    verärgert: -2,
    sauer: -2,
    wütend: -3,
    genervt: -2,
    nervt: -2,
    enttäuscht: -2,
    inakzeptabel: -3,
    unfreundlich: -2,
    unhöflich: -2,
    Beschwerde: -2,
    beschweren: -2,
    // Mild: what visitors bring to a repair shop is broken, and they say so calmly.
    kaputt: -1,
    // The stemmer gives the singular and the plural different stems.
    Problem: -1,
    Probleme: -1,
    langsam: -1,
    Lüge: -2,
    Quatsch: -2,
    blöd: -2,
    inkompetent: -3,
    unfähig: -3,
    unzufrieden: -2,
    schlimm: -2,
    Verarsche: -3,
    verarscht: -3,
    // Not "freundlich": "Mit freundlichen Grüßen" closes many an angry message.
    gut: 2,
    super: 3,
    toll: 3,
    prima: 2,
    perfekt: 3,
    ausgezeichnet: 3,
    wunderbar: 3,
    großartig: 3,
    danke: 2,
    dankeschön: 2,
    // Thanks in Switzerland.
    merci: 2,
    hilfreich: 2,
    geholfen: 2,
    helfen: 1,
    funktioniert: 1,
    klappt: 1,
    nett: 2,
    zufrieden: 2,
    passt: 1,
    okay: 1,
    ok: 1,
    cool: 2,
    // Laughter says the visitor is not upset, as in VADER.
    haha: 2,
    hahaha: 2,
    hehe: 2,
    lol: 2,
  },
  negators: ['nicht', 'nichts', 'kein', 'keine', 'keinen', 'nie', 'niemals', 'nein', 'ohne'],
  boosters: [
    'sehr',
    'so',
    'echt',
    'wirklich',
    'total',
    'völlig',
    'absolut',
    'extrem',
    'komplett',
    'voll',
  ],
};
