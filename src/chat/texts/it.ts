/** Italian texts of the bot around a handoff, the phrases asking for a person, and the sentiment words. */
import type { BotMessages, OpeningWords } from '../bot-messages.js';
import type { SentimentLexicon } from '../sentiment.js';

// Formal address ("Lei"), with the courtesy pronouns lowercase (la, le, suo) as in current
// business copy.
export const messages: BotMessages = {
  handoffNow: 'Chiamo una persona del nostro team: le risponderà qui tra un momento.',
  handoffClosed:
    'Al momento il nostro team non è disponibile e tornerà {when}. Lasci qui la sua e-mail o il suo numero di telefono e la ricontatteremo.',
  handoffClosedKnownContact:
    'Al momento il nostro team non è disponibile e tornerà {when}. Abbiamo già i suoi recapiti: la ricontatteremo al nostro rientro.',
  handoffAway:
    'Al momento il nostro team non è disponibile. Lasci qui la sua e-mail o il suo numero di telefono e la ricontatteremo.',
  handoffAwayKnownContact:
    'Al momento il nostro team non è disponibile. Abbiamo già i suoi recapiti e la ricontatteremo.',
  contactThanks: 'Grazie{name}! Abbiamo i suoi recapiti: il nostro team la ricontatterà.',
  offerHuman: 'Se preferisce, posso chiamare una persona del nostro team: basta chiederlo.',
  waitTimedOut:
    'Ci scusi, al momento tutto il nostro team è impegnato. Lasci qui la sua e-mail o il suo numero di telefono e la ricontatteremo al più presto.',
  waitTimedOutKnownContact:
    'Ci scusi, al momento tutto il nostro team è impegnato. Abbiamo già i suoi recapiti e la ricontatteremo al più presto.',
  askAgain:
    'Ci scusi, la nostra risposta al suo ultimo messaggio è andata persa durante il riavvio del servizio. Potrebbe inviarci di nuovo la sua domanda?',
};

/**
 * {when} in the handoff messages: e.g. English "on Monday at 09:00", Spanish "el lunes a las 09:00".
 * Italian names the coming weekday with no preposition or article ("tornerà lunedì alle 09:00",
 * "tornerà oggi alle 14:00"); the days are lowercase, as Italian writes them.
 */
export const opening: OpeningWords = {
  format: '{day} alle {time}',
  days: {
    today: 'oggi',
    Monday: 'lunedì',
    Tuesday: 'martedì',
    Wednesday: 'mercoledì',
    Thursday: 'giovedì',
    Friday: 'venerdì',
    Saturday: 'sabato',
    Sunday: 'domenica',
  },
};

/**
 * "operatore" is never a phrase on its own: its stem "oper" is also that of "operazione",
 * "operativo" and "opera" ("Siete operativi ad agosto?"), so it comes only with a verb.
 * "essere" is a stop word, so "essere umano" matches "umano" alone, as Spanish "un humano".
 */
export const handoffKeywords: readonly string[] = [
  'parlare con una persona',
  'parlare con qualcuno',
  'parlare con un operatore',
  'voglio un operatore',
  'mi passi un operatore',
  'parlare con il titolare',
  'persona reale',
  'persona vera',
  'essere umano',
  'in carne e ossa',
  'assistenza clienti',
  'servizio clienti',
];

export const sentiment: SentimentLexicon = {
  words: {
    terribile: -3,
    orribile: -3,
    pessimo: -3,
    peggiore: -3,
    odio: -3,
    // "fa schifo": the everyday "it sucks".
    schifo: -3,
    schifoso: -3,
    disgustoso: -3,
    truffa: -3,
    truffatore: -3,
    fregatura: -3,
    fregato: -2,
    // One stem with "vergognoso".
    vergogna: -3,
    vergognatevi: -3,
    // One stem with "scandalo".
    scandaloso: -3,
    inaccettabile: -3,
    inutile: -3,
    incompetente: -3,
    // One stem with "bug", which is no praise either.
    bugia: -2,
    bugiardo: -3,
    ridicolo: -2,
    assurdo: -2,
    arrabbiato: -2,
    furioso: -3,
    incazzato: -3,
    stufo: -2,
    deluso: -2,
    delusione: -2,
    insoddisfatto: -2,
    scortese: -2,
    maleducato: -2,
    cattivo: -2,
    male: -2,
    sbagliato: -1,
    rotto: -2,
    reclamo: -2,
    lamentela: -2,
    rimborso: -1,
    problema: -1,
    lento: -1,
    // One stem with "cazzo" ("che cazzo…").
    cazzate: -2,
    merda: -3,
    buono: 2,
    bene: 1,
    benissimo: 3,
    ottimo: 3,
    eccellente: 3,
    perfetto: 3,
    fantastico: 3,
    meraviglioso: 3,
    bellissimo: 3,
    bravo: 2,
    gentile: 2,
    gentilissimo: 3,
    grazie: 2,
    ringrazio: 2,
    contento: 2,
    felice: 2,
    soddisfatto: 2,
    utile: 2,
    // One stem with "aiuto", which asks for help as often as it thanks for it.
    aiutato: 1,
    funziona: 1,
    adoro: 3,
    super: 3,
    ok: 1,
    // Laughter says the visitor is not upset, as in VADER.
    ahah: 2,
    ahahah: 2,
    haha: 2,
    hahaha: 2,
  },
  // Not "né": without its accent it is the pronoun "ne" ("ne sono contento"). Not "senza":
  // "senza parole, vergogna" would turn the shame into praise.
  negators: ['non', 'no', 'mai', 'niente', 'nulla', 'nessuno', 'neanche', 'nemmeno', 'neppure'],
  // Not "così": its stem is that of "cosa", in every other question.
  boosters: [
    'molto',
    'tanto',
    'troppo',
    'davvero',
    'veramente',
    'proprio',
    'assolutamente',
    'completamente',
    'totalmente',
    'estremamente',
  ],
};
