import * as de from './texts/de.js';
import * as fr from './texts/fr.js';
import * as it from './texts/it.js';
import * as pt from './texts/pt.js';
import * as uk from './texts/uk.js';

/**
 * What the bot itself says around a handoff, per language: built in for the eight languages the
 * answerer reads, English standing in for any other. {when} is the next opening ("Monday
 * 09:00"), {name} the visitor's.
 */
export interface BotMessages {
  readonly handoffNow: string;
  readonly handoffClosed: string;
  readonly handoffClosedKnownContact: string;
  /** Out of hours with no opening ahead (closed every day): nothing to promise. */
  readonly handoffAway: string;
  readonly handoffAwayKnownContact: string;
  readonly contactThanks: string;
  /** After the fallback when every AI provider failed, in business hours. */
  readonly offerHuman: string;
  /** Nobody took a waiting chat within handoff.waitTimeout. */
  readonly waitTimedOut: string;
  readonly waitTimedOutKnownContact: string;
  /** A question the bot could not answer before a restart, found too old to answer now. */
  readonly askAgain: string;
}

/** When the team is back, in a language: "{day} at {time}", the day already with its preposition. */
export interface OpeningWords {
  /** "{day} at {time}", "{day} в {time}". */
  readonly format: string;
  /** "today" and each weekday as it stands in the format: "on Monday", "в понедельник". */
  readonly days: Readonly<Record<'today' | Weekday, string>>;
}

type Weekday = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

const messages: Record<string, BotMessages> = {
  en: {
    handoffNow: 'I am bringing in a person from our team. They will reply here in a moment.',
    handoffClosed:
      'Our team is away right now and back {when}. Leave your email or phone number here and we will get back to you.',
    handoffClosedKnownContact:
      'Our team is away right now and back {when}. We have your contact details and will get back to you then.',
    handoffAway:
      'Our team is away right now. Leave your email or phone number here and we will get back to you.',
    handoffAwayKnownContact:
      'Our team is away right now. We have your contact details and will get back to you.',
    contactThanks:
      'Thank you{name}! We have your contact details, and the team will get back to you.',
    offerHuman: 'If you like, I can bring in a person from our team: just ask.',
    waitTimedOut:
      'Sorry, everyone on our team is busy right now. Leave your email or phone number here and we will get back to you as soon as we can.',
    waitTimedOutKnownContact:
      'Sorry, everyone on our team is busy right now. We have your contact details and will get back to you as soon as we can.',
    askAgain:
      'Sorry, our reply to your last message was lost while our service restarted. Could you send your question again?',
  },
  ru: {
    handoffNow: 'Зову сотрудника нашей команды. Он ответит здесь через минуту.',
    handoffClosed:
      'Сейчас наша команда не на связи, вернётся {when}. Оставьте здесь почту или телефон, и мы с вами свяжемся.',
    handoffClosedKnownContact:
      'Сейчас наша команда не на связи, вернётся {when}. Ваши контакты у нас есть, и мы с вами свяжемся.',
    handoffAway:
      'Сейчас наша команда не на связи. Оставьте здесь почту или телефон, и мы с вами свяжемся.',
    handoffAwayKnownContact:
      'Сейчас наша команда не на связи. Ваши контакты у нас есть, и мы с вами свяжемся.',
    contactThanks: 'Спасибо{name}! Ваши контакты сохранены, наша команда с вами свяжется.',
    offerHuman: 'Если хотите, я позову сотрудника нашей команды: просто напишите об этом.',
    waitTimedOut:
      'К сожалению, все сотрудники сейчас заняты. Оставьте здесь почту или телефон, и мы свяжемся с вами как можно скорее.',
    waitTimedOutKnownContact:
      'К сожалению, все сотрудники сейчас заняты. Ваши контакты у нас есть, мы свяжемся с вами как можно скорее.',
    askAgain:
      'Извините, наш ответ на ваше последнее сообщение потерялся при перезапуске сервиса. Не могли бы вы задать вопрос ещё раз?',
  },
  es: {
    handoffNow: 'Aviso a una persona de nuestro equipo. Te responderá aquí en un momento.',
    handoffClosed:
      'Ahora nuestro equipo no está disponible; vuelve {when}. Déjanos aquí tu correo o teléfono y te contactaremos.',
    handoffClosedKnownContact:
      'Ahora nuestro equipo no está disponible; vuelve {when}. Tenemos tus datos de contacto y te escribiremos entonces.',
    handoffAway:
      'Ahora nuestro equipo no está disponible. Déjanos aquí tu correo o teléfono y te contactaremos.',
    handoffAwayKnownContact:
      'Ahora nuestro equipo no está disponible. Tenemos tus datos de contacto y te escribiremos.',
    contactThanks:
      '¡Gracias{name}! Hemos guardado tus datos de contacto y el equipo se pondrá en contacto contigo.',
    offerHuman: 'Si quieres, aviso a una persona de nuestro equipo: solo pídemelo.',
    waitTimedOut:
      'Lo sentimos, ahora todo el equipo está ocupado. Déjanos aquí tu correo o teléfono y te contactaremos lo antes posible.',
    waitTimedOutKnownContact:
      'Lo sentimos, ahora todo el equipo está ocupado. Tenemos tus datos de contacto y te escribiremos lo antes posible.',
    askAgain:
      'Lo sentimos, nuestra respuesta a tu último mensaje se perdió al reiniciarse el servicio. ¿Puedes enviarnos tu pregunta otra vez?',
  },
  de: de.messages,
  fr: fr.messages,
  it: it.messages,
  pt: pt.messages,
  uk: uk.messages,
};

const openings: Record<string, OpeningWords> = {
  en: {
    format: '{day} at {time}',
    days: {
      today: 'today',
      Monday: 'on Monday',
      Tuesday: 'on Tuesday',
      Wednesday: 'on Wednesday',
      Thursday: 'on Thursday',
      Friday: 'on Friday',
      Saturday: 'on Saturday',
      Sunday: 'on Sunday',
    },
  },
  ru: {
    format: '{day} в {time}',
    days: {
      today: 'сегодня',
      Monday: 'в понедельник',
      Tuesday: 'во вторник',
      Wednesday: 'в среду',
      Thursday: 'в четверг',
      Friday: 'в пятницу',
      Saturday: 'в субботу',
      Sunday: 'в воскресенье',
    },
  },
  es: {
    format: '{day} a las {time}',
    days: {
      today: 'hoy',
      Monday: 'el lunes',
      Tuesday: 'el martes',
      Wednesday: 'el miércoles',
      Thursday: 'el jueves',
      Friday: 'el viernes',
      Saturday: 'el sábado',
      Sunday: 'el domingo',
    },
  },
  de: de.opening,
  fr: fr.opening,
  it: it.opening,
  pt: pt.opening,
  uk: uk.opening,
};

export function botMessages(lang: string): BotMessages {
  return messages[lang] ?? messages[lang.split('-')[0]!] ?? messages.en!;
}

/** "Monday 09:00" in the visitor's language: "в понедельник в 09:00", "el lunes a las 09:00". */
export function localizeOpening(label: string, lang: string): string {
  const words = openings[lang] ?? openings[lang.split('-')[0]!] ?? openings.en!;
  const [day, time] = label.split(' ') as [string, string];
  const dayText = words.days[day as keyof OpeningWords['days']] ?? day;
  return fill(words.format, { day: dayText, time });
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
