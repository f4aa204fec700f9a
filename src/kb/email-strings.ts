/**
 * The texts of the mails visitors get (answers by email, transcripts) and of the chat lines
 * that go with them. A knowledge file may override any of them in "email"; built in for the
 * eight languages the answerer reads (en, ru, es, de, fr, it, pt, uk), and `chatbot validate`
 * warns, when email is configured, about a language that has neither (they would go out in
 * English).
 */
import type { Finding } from '../errors/finding.js';
import type { LoadedKnowledgeFile } from './load-file.js';
import * as de from './texts/de.js';
import * as fr from './texts/fr.js';
import * as it from './texts/it.js';
import * as pt from './texts/pt.js';
import * as uk from './texts/uk.js';

export const emailStringKeys = [
  'askEmail',
  'willEmail',
  'replySubject',
  'replyIntro',
  'replyLink',
  'unsubscribe',
  'transcriptButton',
  'transcriptSent',
  'transcriptSubject',
  'transcriptIntro',
  'you',
  'assistant',
  'unsubscribed',
] as const;

export type EmailStringKey = (typeof emailStringKeys)[number];
export type EmailStrings = Record<EmailStringKey, string>;

export const builtInEmailStrings: Readonly<Record<string, EmailStrings>> = {
  en: {
    askEmail:
      'Leave your email address here and our answer will come to you by email, so you do not have to wait.',
    willEmail:
      'Our team will answer by email at {email}. When you come back, you will see the answer here too.',
    replySubject: '{name} from {bot} answered you',
    replyIntro: '{name} from {bot} answered your question:',
    replyLink: 'Continue the conversation on our site: {url}',
    unsubscribe: 'Do not want these emails? Unsubscribe: {url}',
    transcriptButton: 'Email me this conversation',
    transcriptSent: 'The conversation was sent to {email}.',
    transcriptSubject: 'Your conversation with {bot}',
    transcriptIntro: 'Here is your conversation with {bot}.',
    you: 'You',
    assistant: 'Assistant',
    unsubscribed: 'Done: {email} will get no more emails from {bot}.',
  },
  ru: {
    askEmail:
      'Оставьте здесь свой email, и наш ответ придёт вам на почту, чтобы вам не пришлось ждать.',
    willEmail: 'Наша команда ответит на {email}. Когда вы вернётесь, ответ будет и здесь, в чате.',
    replySubject: '{name} из {bot} ответил(а) вам',
    replyIntro: '{name} из {bot} ответил(а) на ваш вопрос:',
    replyLink: 'Продолжить разговор на нашем сайте: {url}',
    unsubscribe: 'Не хотите получать эти письма? Отписаться: {url}',
    transcriptButton: 'Прислать переписку на почту',
    transcriptSent: 'Переписка отправлена на {email}.',
    transcriptSubject: 'Ваша переписка с {bot}',
    transcriptIntro: 'Ваша переписка с {bot}.',
    you: 'Вы',
    assistant: 'Ассистент',
    unsubscribed: 'Готово: на {email} больше не придут письма от {bot}.',
  },
  es: {
    askEmail:
      'Déjanos aquí tu correo electrónico y te enviaremos la respuesta por email, así no tienes que esperar.',
    willEmail:
      'Nuestro equipo te responderá por email a {email}. Cuando vuelvas, también verás la respuesta aquí.',
    replySubject: '{name} de {bot} te ha respondido',
    replyIntro: '{name} de {bot} ha respondido a tu pregunta:',
    replyLink: 'Continúa la conversación en nuestra web: {url}',
    unsubscribe: '¿No quieres recibir estos correos? Darse de baja: {url}',
    transcriptButton: 'Enviarme esta conversación por email',
    transcriptSent: 'La conversación se ha enviado a {email}.',
    transcriptSubject: 'Tu conversación con {bot}',
    transcriptIntro: 'Esta es tu conversación con {bot}.',
    you: 'Tú',
    assistant: 'Asistente',
    unsubscribed: 'Hecho: {email} no recibirá más correos de {bot}.',
  },
  de: de.email,
  fr: fr.email,
  it: it.email,
  pt: pt.email,
  uk: uk.email,
};

export function resolveEmailStrings(
  lang: string,
  overrides: Partial<EmailStrings> | undefined,
): EmailStrings {
  const base =
    builtInEmailStrings[lang] ??
    builtInEmailStrings[lang.split('-')[0]!] ??
    builtInEmailStrings.en!;
  return { ...base, ...overrides };
}

export function missingEmailStrings(
  lang: string,
  overrides: Partial<EmailStrings> | undefined,
): EmailStringKey[] {
  if (builtInEmailStrings[lang] || builtInEmailStrings[lang.split('-')[0]!]) return [];
  return emailStringKeys.filter((key) => !overrides?.[key]);
}

/** `{name}` placeholders filled in; an unknown one stays as written. */
export function fillEmailText(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * KB_EMAIL_STRINGS for each language with no built-in mail texts and some missing from its
 * file's "email": checked only when the config sends mail (the caller decides).
 */
export function emailStringFindings(files: ReadonlyMap<string, LoadedKnowledgeFile>): Finding[] {
  const findings: Finding[] = [];
  for (const [lang, file] of files) {
    if (!file.knowledge) continue;
    const missing = missingEmailStrings(lang, file.knowledge.email);
    if (missing.length > 0)
      findings.push(
        file.report(
          'warning',
          'KB_EMAIL_STRINGS',
          file.knowledge.email ? ['email'] : [],
          `No built-in email texts for "${lang}"; missing here: ${missing.join(', ')}`,
          { atKey: true },
        ),
      );
  }
  return findings;
}
