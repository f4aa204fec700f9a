/**
 * The widget's interface texts. A knowledge file may override any of them in "ui"; for
 * languages with built-in texts (the eight the answerer reads) nothing is required, for others
 * the missing ones fall back to English and `chatbot validate` warns.
 */
import * as de from './texts/de.js';
import * as fr from './texts/fr.js';
import * as it from './texts/it.js';
import * as pt from './texts/pt.js';
import * as uk from './texts/uk.js';

export const uiStringKeys = [
  'placeholder',
  'send',
  'open',
  'close',
  'attach',
  'talkToHuman',
  'waiting',
  'operatorJoined',
  'backToBot',
  'resolved',
  'offline',
  'reconnecting',
  'error',
  'rateLimited',
  'rateLimitedHeld',
  'unsentReturned',
  'uploadTooLarge',
  'uploadType',
  'sources',
  'didYouMean',
  'helpful',
  'notHelpful',
  'newMessages',
  'preChatTitle',
  'name',
  'email',
  'start',
  'invalidEmail',
  'ratePrompt',
  'rateThanks',
  'proactive',
] as const;

export type UiStringKey = (typeof uiStringKeys)[number];
export type UiStrings = Record<UiStringKey, string>;

export const builtInUiStrings: Readonly<Record<string, UiStrings>> = {
  en: {
    placeholder: 'Type your message…',
    send: 'Send',
    open: 'Open chat',
    close: 'Close chat',
    attach: 'Attach a file',
    talkToHuman: 'Talk to a person',
    waiting: 'Waiting for a person to join…',
    operatorJoined: '{name} joined the chat',
    backToBot: 'You are chatting with our assistant again',
    resolved: 'This conversation has been closed',
    offline: 'You are offline. Your messages will be sent when the connection is back.',
    reconnecting: 'Reconnecting…',
    error: 'Something went wrong. Please try again.',
    rateLimited: 'You are sending messages a little fast. Please wait a moment.',
    rateLimitedHeld:
      'You are sending messages a little fast. What you wrote will be sent in {seconds} s.',
    unsentReturned: 'Your unsent message is back in the message box.',
    uploadTooLarge: 'That file is too large (the limit is {limit}).',
    uploadType: 'That type of file cannot be sent. Images and PDF files are fine.',
    sources: 'Sources',
    didYouMean: 'I am not sure I understood. Did you mean one of these?',
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    newMessages: 'New messages',
    preChatTitle: 'Before we start, how can we reach you?',
    name: 'Name',
    email: 'Email',
    start: 'Start chat',
    invalidEmail: 'Please enter a valid email address.',
    ratePrompt: 'How was this conversation?',
    rateThanks: 'Thank you for your feedback!',
    proactive: 'Hi! Any questions? We are happy to help.',
  },
  ru: {
    placeholder: 'Напишите сообщение…',
    send: 'Отправить',
    open: 'Открыть чат',
    close: 'Закрыть чат',
    attach: 'Прикрепить файл',
    talkToHuman: 'Позвать оператора',
    waiting: 'Ждём, когда подключится оператор…',
    operatorJoined: '{name} подключился к чату',
    backToBot: 'Вы снова общаетесь с нашим ассистентом',
    resolved: 'Разговор завершён',
    offline: 'Нет соединения. Сообщения отправятся, когда связь восстановится.',
    reconnecting: 'Переподключаемся…',
    error: 'Что-то пошло не так. Попробуйте ещё раз.',
    rateLimited: 'Вы отправляете сообщения слишком часто. Подождите немного.',
    rateLimitedHeld:
      'Вы отправляете сообщения слишком часто. Написанное отправится через {seconds} с.',
    unsentReturned: 'Неотправленное сообщение снова в поле ввода.',
    uploadTooLarge: 'Файл слишком большой (не больше {limit}).',
    uploadType: 'Такой файл отправить нельзя. Подойдут изображения и PDF.',
    sources: 'Источники',
    didYouMean: 'Не уверен, что правильно понял. Вы имели в виду одно из этого?',
    helpful: 'Полезно',
    notHelpful: 'Не помогло',
    newMessages: 'Новые сообщения',
    preChatTitle: 'Прежде чем начать: как с вами связаться?',
    name: 'Имя',
    email: 'Эл. почта',
    start: 'Начать чат',
    invalidEmail: 'Введите корректный адрес электронной почты.',
    ratePrompt: 'Как прошёл разговор?',
    rateThanks: 'Спасибо за отзыв!',
    proactive: 'Здравствуйте! Есть вопросы? Мы с радостью поможем.',
  },
  es: {
    placeholder: 'Escribe tu mensaje…',
    send: 'Enviar',
    open: 'Abrir chat',
    close: 'Cerrar chat',
    attach: 'Adjuntar un archivo',
    talkToHuman: 'Hablar con una persona',
    waiting: 'Esperando a que se una una persona…',
    operatorJoined: '{name} se ha unido al chat',
    backToBot: 'Vuelves a hablar con nuestro asistente',
    resolved: 'Esta conversación se ha cerrado',
    offline: 'Sin conexión. Tus mensajes se enviarán cuando vuelva la conexión.',
    reconnecting: 'Reconectando…',
    error: 'Algo ha fallado. Inténtalo de nuevo.',
    rateLimited: 'Estás enviando mensajes un poco rápido. Espera un momento.',
    rateLimitedHeld:
      'Estás enviando mensajes un poco rápido. Lo que has escrito se enviará en {seconds} s.',
    unsentReturned: 'Tu mensaje sin enviar ha vuelto al cuadro de texto.',
    uploadTooLarge: 'El archivo es demasiado grande (el límite es {limit}).',
    uploadType: 'No se puede enviar ese tipo de archivo. Imágenes y PDF sí.',
    sources: 'Fuentes',
    didYouMean: 'No estoy seguro de haberte entendido. ¿Te refieres a alguno de estos temas?',
    helpful: 'Útil',
    notHelpful: 'No me ayudó',
    newMessages: 'Mensajes nuevos',
    preChatTitle: 'Antes de empezar, ¿cómo podemos contactarte?',
    name: 'Nombre',
    email: 'Correo electrónico',
    start: 'Empezar chat',
    invalidEmail: 'Introduce un correo electrónico válido.',
    ratePrompt: '¿Qué tal ha ido la conversación?',
    rateThanks: '¡Gracias por tu opinión!',
    proactive: '¡Hola! ¿Tienes alguna pregunta? Estamos aquí para ayudarte.',
  },
  de: de.ui,
  fr: fr.ui,
  it: it.ui,
  pt: pt.ui,
  uk: uk.ui,
};

/** The texts for a language: the file's own over the built-in ones over English. */
export function resolveUiStrings(
  lang: string,
  overrides: Partial<UiStrings> | undefined,
): UiStrings {
  const base =
    builtInUiStrings[lang] ?? builtInUiStrings[lang.split('-')[0]!] ?? builtInUiStrings.en!;
  return { ...base, ...overrides };
}

export function missingUiStrings(
  lang: string,
  overrides: Partial<UiStrings> | undefined,
): UiStringKey[] {
  if (builtInUiStrings[lang] || builtInUiStrings[lang.split('-')[0]!]) return [];
  return uiStringKeys.filter((key) => !overrides?.[key]);
}
