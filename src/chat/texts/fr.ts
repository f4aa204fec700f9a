/** French texts of the bot around a handoff, the phrases asking for a person, and the sentiment words. */
import type { BotMessages, OpeningWords } from '../bot-messages.js';
import type { SentimentLexicon } from '../sentiment.js';

// Neither the gender of whoever will answer nor the bot's own is known, so the texts say "un
// membre de notre équipe, qui…" rather than "il", and "Malheureusement" or "Toutes nos
// excuses" rather than "Désolé".
export const messages: BotMessages = {
  handoffNow: 'Je fais appel à un membre de notre équipe, qui vous répondra ici dans un instant.',
  handoffClosed:
    'Notre équipe est absente pour le moment et sera de retour {when}. Laissez-nous ici votre e-mail ou votre numéro de téléphone, et nous vous recontacterons.',
  handoffClosedKnownContact:
    'Notre équipe est absente pour le moment et sera de retour {when}. Nous avons vos coordonnées et vous recontacterons à ce moment-là.',
  handoffAway:
    'Notre équipe est absente pour le moment. Laissez-nous ici votre e-mail ou votre numéro de téléphone, et nous vous recontacterons.',
  handoffAwayKnownContact:
    'Notre équipe est absente pour le moment. Nous avons vos coordonnées et vous recontacterons.',
  // {name} is empty or ", Camille": "Merci, Camille !".
  contactThanks:
    'Merci{name} ! Nous avons bien noté vos coordonnées, notre équipe vous recontactera.',
  offerHuman:
    'Si vous le souhaitez, je peux faire appel à un membre de notre équipe : il suffit de me le demander.',
  waitTimedOut:
    'Malheureusement, tous les membres de notre équipe sont occupés pour le moment. Laissez-nous ici votre e-mail ou votre numéro de téléphone, et nous vous recontacterons dès que possible.',
  waitTimedOutKnownContact:
    'Malheureusement, tous les membres de notre équipe sont occupés pour le moment. Nous avons vos coordonnées et vous recontacterons dès que possible.',
  askAgain:
    'Toutes nos excuses : notre réponse à votre dernier message a été perdue lors du redémarrage de notre service. Pourriez-vous nous renvoyer votre question ?',
};

/**
 * {when} in the handoff messages: e.g. English "on Monday at 09:00", Spanish "el lunes a las 09:00".
 * French names the next weekday bare ("de retour lundi à 09:00"): "le lundi" would mean every
 * Monday.
 */
export const opening: OpeningWords = {
  format: '{day} à {time}',
  days: {
    today: "aujourd'hui",
    Monday: 'lundi',
    Tuesday: 'mardi',
    Wednesday: 'mercredi',
    Thursday: 'jeudi',
    Friday: 'vendredi',
    Saturday: 'samedi',
    Sunday: 'dimanche',
  },
};

/**
 * "à" is not a French stop word while "avec" is, so "parler à" and "parler avec" are two
 * phrases. "conseiller" never stands alone: "pouvez-vous me conseiller ?" asks for advice, not
 * for a person, and stems the same. "opérateur" is left out: in French it is mostly the phone
 * company ("mon opérateur").
 */
export const handoffKeywords: readonly string[] = [
  "parler à quelqu'un",
  "parler avec quelqu'un",
  'parler à une personne',
  'une vraie personne',
  'un humain',
  'parler à un conseiller',
  'parler avec un conseiller',
  'parler à un responsable',
  'parler au responsable',
  // The imperative and the infinitive stem differently ("met", "mettr").
  'mettez-moi en relation',
  'me mettre en relation',
  'service client',
];

export const sentiment: SentimentLexicon = {
  // "terrible" is left out: "pas terrible" means "poor", and negation would turn it positive.
  // "marche" and "fonctionne" too: "ça marche pas" puts the negation after the verb, out of
  // the reach of negators, which only look back.
  words: {
    horrible: -3,
    affreux: -3,
    nul: -3,
    pire: -3,
    déteste: -3,
    arnaque: -3,
    arnaqueur: -3,
    escroc: -3,
    voleur: -3,
    menteur: -3,
    mentir: -2,
    honte: -3,
    scandaleux: -3,
    inadmissible: -3,
    inacceptable: -3,
    lamentable: -3,
    insupportable: -3,
    incompétent: -3,
    inutile: -3,
    pourri: -3,
    merde: -3,
    furieux: -3,
    dégoûté: -2,
    énervé: -2,
    agacé: -2,
    fâché: -2,
    colère: -2,
    marre: -2,
    déçu: -2,
    déception: -2,
    mécontent: -2,
    ridicule: -2,
    stupide: -2,
    chiant: -2,
    // Two entries: the stemmer leaves them apart ("mauv", "mauvais").
    mauvais: -2,
    mauvaise: -2,
    // "pas mal" is praise, which negation gives.
    mal: -2,
    impoli: -2,
    plainte: -2,
    réclamation: -2,
    cassé: -2,
    remboursement: -1,
    problème: -1,
    lent: -1,
    bon: 2,
    bien: 1,
    génial: 3,
    excellent: 3,
    parfait: 3,
    merci: 2,
    bravo: 3,
    top: 2,
    cool: 2,
    sympa: 2,
    gentil: 2,
    adore: 3,
    content: 2,
    ravi: 3,
    satisfait: 2,
    impeccable: 3,
    nickel: 2,
    utile: 2,
    aidé: 1,
    efficace: 2,
    ok: 1,
    // "d'accord": "pas d'accord" is disagreement.
    accord: 1,
    // Laughter says the visitor is not upset, as in VADER.
    mdr: 2,
    lol: 2,
    haha: 2,
    hahaha: 2,
  },
  // Words split at apostrophes, so "n'est" gives the word "n". "non" is not one: "non merci"
  // is a polite no, not a negated thanks.
  negators: ['ne', 'n', 'pas', 'jamais', 'rien', 'aucun', 'sans', 'ni'],
  // "super" only strengthens: as a word of its own it would make "super lent" praise.
  boosters: ['très', 'trop', 'vraiment', 'tellement', 'complètement', 'totalement', 'super'],
};
