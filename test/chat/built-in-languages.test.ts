/**
 * The bot's own texts in the eight languages the answerer reads: a German, French, Italian,
 * Portuguese or Ukrainian visitor is told in their language that a person is coming or when the
 * team is back, can ask for a person in their words, and an angry message hands the chat over.
 * Before, those five got the handoff messages in English, with no way for a business to change
 * them, and no phrase or sentiment word of theirs was read.
 */
import { describe, expect, it } from 'vitest';
import { botMessages, localizeOpening } from '../../src/chat/bot-messages.js';
import { announceHandoff } from '../../src/chat/handoff.js';
import { findHandoffKeyword } from '../../src/chat/handoff-keywords.js';
import { configSchema } from '../../src/config/schema.js';
import { builtInEmailStrings } from '../../src/kb/email-strings.js';
import { builtInUiStrings } from '../../src/kb/ui-strings.js';

const languages = ['en', 'ru', 'es', 'de', 'fr', 'it', 'pt', 'uk'] as const;
const added = ['de', 'fr', 'it', 'pt', 'uk'] as const;

/** The {placeholders} of a text, sorted: every translation must keep the English ones. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\w+\}/g)].map((match) => match[0]).sort();
}

function samePlaceholders(texts: Record<string, string>, english: Record<string, string>) {
  for (const [key, text] of Object.entries(english)) {
    expect(texts[key], key).toBeTruthy();
    expect(placeholders(texts[key]!), key).toEqual(placeholders(text));
  }
}

describe('built-in texts', () => {
  it.each(added)(
    '%s has every widget, mail and handoff text, with the same placeholders',
    (lang) => {
      samePlaceholders(builtInUiStrings[lang]!, builtInUiStrings.en!);
      samePlaceholders(builtInEmailStrings[lang]!, builtInEmailStrings.en!);
      const messages = botMessages(lang);
      samePlaceholders({ ...messages }, { ...botMessages('en') });
      expect(messages.handoffNow).not.toBe(botMessages('en').handoffNow);
    },
  );

  it('says when the team is back in the visitor’s words', () => {
    expect(localizeOpening('Monday 09:00', 'de')).toBe('am Montag ab 09:00 Uhr');
    expect(localizeOpening('today 13:30', 'it')).toBe('oggi alle 13:30');
    expect(localizeOpening('Friday 08:00', 'uk')).toBe('в п’ятницю о 08:00');
    expect(localizeOpening('Monday 09:00', 'es')).toBe('el lunes a las 09:00');
    expect(localizeOpening('Monday 09:00', 'nl')).toBe('on Monday at 09:00');
  });

  it('tells a German visitor out of hours when the team is back, in German', () => {
    const config = configSchema.parse({
      name: 'Garage',
      handoff: { hours: { timezone: 'Europe/Zurich', 'mon-fri': '07:30-18:00' } },
    });
    // Saturday evening in Zurich: back on Monday.
    const saturday = new Date('2026-12-05T19:00:00Z');
    const { humanAvailable, text } = announceHandoff(config, 'de', {}, saturday);
    expect(humanAvailable).toBe(false);
    expect(text).toContain('am Montag ab 07:30 Uhr');
    expect(text).toContain('Unser Team');
  });
});

describe('asking for a person', () => {
  it.each([
    ['de', 'Kann ich bitte mit einem Menschen sprechen?', true],
    ['fr', 'Je voudrais parler à un conseiller', true],
    ['it', 'Posso parlare con una persona?', true],
    ['pt', 'Quero falar com uma pessoa, por favor', true],
    ['uk', 'Можна поговорити з людиною?', true],
    ['de', 'Wie viel kostet ein Ölwechsel?', false],
    ['fr', 'Vous êtes ouverts le samedi ?', false],
    ['it', 'Siete operativi ad agosto?', false],
    ['pt', 'Onde fica o escritório?', false],
    ['uk', 'Скільки коштує переговорна на 8 людей?', false],
  ])('%s: "%s" asks for a person: %s', (lang, message, asks) => {
    expect(findHandoffKeyword(message, lang, {}) !== undefined).toBe(asks);
  });

  it('keeps English for a language without texts of its own', () => {
    for (const lang of languages) expect(botMessages(lang).handoffNow).toBeTruthy();
    expect(botMessages('nl')).toEqual(botMessages('en'));
  });
});
