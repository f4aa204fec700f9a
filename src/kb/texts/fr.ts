/** French widget and mail texts, built in so a French knowledge file needs no overrides. */
import type { EmailStrings } from '../email-strings.js';
import type { UiStrings } from '../ui-strings.js';

export const ui: UiStrings = {
  placeholder: 'Écrivez votre message…',
  send: 'Envoyer',
  open: 'Ouvrir le chat',
  close: 'Fermer le chat',
  attach: 'Joindre un fichier',
  // A button in the widget's header: "conseiller" is what French sites call the person who
  // answers a chat, and the phrase is one visitors type themselves (see the handoff phrases).
  talkToHuman: 'Parler à un conseiller',
  waiting: "En attente d'un conseiller…",
  operatorJoined: '{name} a rejoint la conversation',
  backToBot: 'Vous discutez de nouveau avec notre assistant',
  resolved: 'Cette conversation est terminée',
  offline: 'Vous êtes hors ligne. Vos messages partiront dès que la connexion sera rétablie.',
  reconnecting: 'Reconnexion…',
  error: 'Un problème est survenu. Veuillez réessayer.',
  rateLimited: 'Vous écrivez un peu vite. Merci de patienter un instant.',
  // "s" rather than "secondes": the count may be 1.
  rateLimitedHeld: 'Vous écrivez un peu vite. Votre message partira dans {seconds} s.',
  unsentReturned: 'Votre message non envoyé a été remis dans la zone de saisie.',
  uploadTooLarge: 'Ce fichier est trop volumineux (maximum {limit}).',
  uploadType: 'Ce type de fichier ne peut pas être envoyé. Les images et les PDF sont acceptés.',
  sources: 'Sources',
  // The assistant speaks of itself in the masculine, as "l'assistant" is; the topics follow.
  didYouMean:
    "Je ne suis pas sûr d'avoir bien compris. Vouliez-vous parler de l'un de ces sujets ?",
  helpful: 'Utile',
  notHelpful: 'Pas utile',
  newMessages: 'Nouveaux messages',
  preChatTitle: 'Avant de commencer, comment pouvons-nous vous joindre ?',
  name: 'Nom',
  email: 'E-mail',
  start: 'Démarrer le chat',
  invalidEmail: 'Veuillez saisir une adresse e-mail valide.',
  // Shown above five stars, so it asks for a rating rather than how it went.
  ratePrompt: 'Comment évaluez-vous cette conversation ?',
  rateThanks: 'Merci pour votre avis !',
  proactive: 'Bonjour ! Une question ? Nous sommes là pour vous aider.',
};

export const email: EmailStrings = {
  askEmail:
    'Laissez-nous ici votre adresse e-mail : vous recevrez notre réponse par e-mail, sans avoir à attendre.',
  willEmail:
    'Notre équipe vous répondra par e-mail à {email}. À votre retour, vous retrouverez aussi la réponse ici.',
  // "de l'équipe {bot}" rather than "de {bot}": a business name starting with a vowel would
  // want "d'" ("d'Atelier Lumière"), which a fixed text cannot give.
  replySubject: "{name}, de l'équipe {bot}, vous a répondu",
  replyIntro: "{name}, de l'équipe {bot}, a répondu à votre question :",
  replyLink: 'Poursuivez la conversation sur notre site : {url}',
  unsubscribe: 'Vous ne souhaitez plus recevoir ces e-mails ? Désabonnez-vous : {url}',
  transcriptButton: "M'envoyer cette conversation par e-mail",
  transcriptSent: 'La conversation a été envoyée à {email}.',
  transcriptSubject: 'Votre conversation avec {bot}',
  transcriptIntro: 'Voici votre conversation avec {bot}.',
  you: 'Vous',
  assistant: 'Assistant',
  // "de la part de" for the same reason as "de l'équipe" above.
  unsubscribed: "C'est fait : {email} ne recevra plus d'e-mails de la part de {bot}.",
};
