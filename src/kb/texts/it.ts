/** Italian widget and mail texts, built in so an Italian knowledge file needs no overrides. */
import type { EmailStrings } from '../email-strings.js';
import type { UiStrings } from '../ui-strings.js';

// Formal address ("Lei"), as Italian businesses write to customers; the courtesy pronouns are
// lowercase (la, le, suo), as in current business copy. Buttons use the infinitive or the
// usual imperative of interfaces ("Invia", "Apri"), which reads as neutral, not as "tu".
export const ui: UiStrings = {
  placeholder: 'Scriva un messaggio…',
  send: 'Invia',
  open: 'Apri la chat',
  close: 'Chiudi la chat',
  attach: 'Allega un file',
  talkToHuman: 'Parlare con una persona',
  waiting: 'In attesa che si colleghi qualcuno del team…',
  // "è entrato/entrata" would need the operator's gender; this form does not.
  operatorJoined: '{name} è ora in chat',
  backToBot: 'Ora le risponde di nuovo il nostro assistente',
  resolved: 'Questa conversazione è stata chiusa',
  offline: 'È offline. I suoi messaggi verranno inviati appena tornerà la connessione.',
  reconnecting: 'Riconnessione in corso…',
  error: 'Qualcosa è andato storto. Riprovi, per favore.',
  rateLimited: 'Sta inviando messaggi un po’ troppo in fretta. Attenda un momento, per favore.',
  rateLimitedHeld:
    'Sta inviando messaggi un po’ troppo in fretta. Quello che ha scritto verrà inviato tra {seconds} s.',
  unsentReturned: 'Il messaggio non inviato è tornato nella casella di testo.',
  uploadTooLarge: 'Il file è troppo grande (massimo {limit}).',
  uploadType: 'Questo tipo di file non si può inviare. Vanno bene immagini e PDF.',
  sources: 'Fonti',
  didYouMean: 'Forse non ho capito bene. Intendeva uno di questi argomenti?',
  helpful: 'Utile',
  notHelpful: 'Non utile',
  newMessages: 'Nuovi messaggi',
  preChatTitle: 'Prima di iniziare: come possiamo contattarla?',
  name: 'Nome',
  email: 'E-mail',
  start: 'Inizia la chat',
  invalidEmail: 'Inserisca un indirizzo e-mail valido.',
  ratePrompt: 'Com’è andata questa conversazione?',
  rateThanks: 'Grazie per il suo parere!',
  // "Salve" rather than "Buongiorno": the greeting may show at any hour.
  proactive: 'Salve! Ha qualche domanda? Siamo qui per aiutarla.',
};

export const email: EmailStrings = {
  askEmail:
    'Lasci qui il suo indirizzo e-mail: la nostra risposta le arriverà per posta, così non dovrà aspettare.',
  willEmail:
    'Il nostro team le risponderà all’indirizzo {email}. Quando tornerà, troverà la risposta anche qui.',
  replySubject: '{name} di {bot} le ha risposto',
  replyIntro: '{name} di {bot} ha risposto alla sua domanda:',
  replyLink: 'Continui la conversazione sul nostro sito: {url}',
  unsubscribe: 'Non desidera più ricevere queste e-mail? Annulli l’iscrizione: {url}',
  transcriptButton: 'Ricevere la conversazione per e-mail',
  transcriptSent: 'La conversazione è stata inviata a {email}.',
  transcriptSubject: 'La sua conversazione con {bot}',
  transcriptIntro: 'Ecco la sua conversazione con {bot}.',
  // The visitor's lines in a transcript: the courtesy "Lei", capitalised as a label.
  you: 'Lei',
  assistant: 'Assistente',
  unsubscribed: 'Fatto: {email} non riceverà più e-mail da {bot}.',
};
