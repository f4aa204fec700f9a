/** German widget and mail texts, built in so a German knowledge file needs no overrides. */
import type { EmailStrings } from '../email-strings.js';
import type { UiStrings } from '../ui-strings.js';

export const ui: UiStrings = {
  placeholder: 'Ihre Nachricht…',
  send: 'Senden',
  open: 'Chat öffnen',
  close: 'Chat schließen',
  attach: 'Datei anhängen',
  // A button in the widget's header, beside the close button: kept short.
  talkToHuman: 'Mit dem Team sprechen',
  waiting: 'Einen Moment, wir holen jemanden aus unserem Team dazu…',
  // "ist jetzt im Chat" reads the same for any name, where "beigetreten" sounds technical.
  operatorJoined: '{name} ist jetzt im Chat',
  backToBot: 'Sie schreiben wieder mit unserem Assistenten',
  resolved: 'Dieses Gespräch wurde beendet',
  offline:
    'Sie sind offline. Ihre Nachrichten werden gesendet, sobald die Verbindung wieder steht.',
  reconnecting: 'Verbindung wird wiederhergestellt…',
  error: 'Da ist etwas schiefgelaufen. Bitte versuchen Sie es noch einmal.',
  rateLimited: 'Sie senden etwas schnell hintereinander. Bitte warten Sie einen Moment.',
  // "s" rather than "Sekunden": the count may be 1.
  rateLimitedHeld:
    'Sie senden etwas schnell hintereinander. Ihre Nachricht wird in {seconds} s gesendet.',
  unsentReturned: 'Ihre nicht gesendete Nachricht steht wieder im Eingabefeld.',
  uploadTooLarge: 'Diese Datei ist zu groß (maximal {limit}).',
  uploadType: 'Dieser Dateityp kann nicht gesendet werden. Bilder und PDF-Dateien sind möglich.',
  sources: 'Quellen',
  // The topics offered follow on their own lines.
  didYouMean:
    'Ich bin nicht sicher, ob ich Sie richtig verstanden habe. Meinten Sie eines dieser Themen?',
  helpful: 'Hilfreich',
  notHelpful: 'Nicht hilfreich',
  newMessages: 'Neue Nachrichten',
  preChatTitle: 'Bevor wir beginnen: Wie erreichen wir Sie?',
  name: 'Name',
  email: 'E-Mail',
  start: 'Chat starten',
  invalidEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
  // Shown above five stars, so it asks how satisfied rather than how it was.
  ratePrompt: 'Wie zufrieden waren Sie mit dem Gespräch?',
  rateThanks: 'Vielen Dank für Ihre Rückmeldung!',
  proactive: 'Hallo! Haben Sie Fragen? Wir helfen Ihnen gerne weiter.',
};

export const email: EmailStrings = {
  askEmail:
    'Hinterlassen Sie hier Ihre E-Mail-Adresse, dann schicken wir Ihnen unsere Antwort per E-Mail – so müssen Sie nicht warten.',
  willEmail:
    'Unser Team antwortet Ihnen per E-Mail an {email}. Wenn Sie wiederkommen, sehen Sie die Antwort auch hier.',
  replySubject: '{name} von {bot} hat Ihnen geantwortet',
  replyIntro: '{name} von {bot} hat Ihre Frage beantwortet:',
  replyLink: 'Setzen Sie das Gespräch auf unserer Website fort: {url}',
  unsubscribe: 'Sie möchten diese E-Mails nicht mehr erhalten? Hier abmelden: {url}',
  transcriptButton: 'Gespräch per E-Mail erhalten',
  transcriptSent: 'Das Gespräch wurde an {email} gesendet.',
  transcriptSubject: 'Ihr Gespräch mit {bot}',
  transcriptIntro: 'Hier ist Ihr Gespräch mit {bot}.',
  you: 'Sie',
  assistant: 'Assistent',
  unsubscribed: 'Erledigt: {email} erhält keine E-Mails mehr von {bot}.',
};
