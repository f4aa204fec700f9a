import { describe, expect, it } from 'vitest';
import { asksForContactDetail, findHandoffKeyword } from '../../src/chat/handoff-keywords.js';
import { extractContactDetails, mergeContact } from '../../src/domain/contact-details.js';
import { knowledgeOf } from '../helpers/knowledge.js';

describe('contact details in messages', () => {
  it('finds a name and an email in English', () => {
    expect(
      extractContactDetails('Hi, my name is Maria Lopez, email Maria.Lopez@Example.com.', 'en'),
    ).toEqual({ name: 'Maria Lopez', email: 'maria.lopez@example.com' });
  });

  it("reads local phone numbers in the language's country and normalizes them", () => {
    expect(extractContactDetails('Меня зовут Иван, телефон 8 (916) 123-45-67', 'ru')).toEqual({
      name: 'Иван',
      phone: '+79161234567',
    });
    expect(extractContactDetails('Soy Carmen, mi móvil es 612 345 678', 'es')).toEqual({
      name: 'Carmen',
      phone: '+34612345678',
    });
    expect(extractContactDetails('call me at +1 415 555 2671', 'en')).toEqual({
      phone: '+14155552671',
    });
  });

  it("reads a local number in the business's country when the language's does not explain it", () => {
    // English has no country: without one, only numbers written with + are read.
    expect(extractContactDetails('call me on 612 345 678', 'en')).toEqual({});
    expect(extractContactDetails('call me on 612 345 678', 'en', 'ES')).toEqual({
      phone: '+34612345678',
    });
    // The language's own country comes first; the business's reads what it leaves.
    expect(extractContactDetails('телефон 8 (916) 123-45-67', 'ru', 'ES')).toEqual({
      phone: '+79161234567',
    });
    expect(extractContactDetails('мой испанский номер 612 345 678', 'ru', 'ES')).toEqual({
      phone: '+34612345678',
    });
    expect(extractContactDetails('call me at +1 415 555 2671', 'en', 'ES')).toEqual({
      phone: '+14155552671',
    });
    expect(extractContactDetails('I have 2 kids aged 4 and 12, any discount?', 'en', 'ES')).toEqual(
      {},
    );
  });

  it('finds nothing in ordinary questions', () => {
    expect(
      extractContactDetails('I have 2 kids aged 4 and 12, is there a discount for 2026?', 'en'),
    ).toEqual({});
    expect(extractContactDetails('I am going to Girona tomorrow', 'en')).toEqual({});
  });

  it('merges new details without erasing known ones', () => {
    expect(mergeContact({ name: 'Ana', email: 'a@x.es' }, { phone: '+34612345678' })).toEqual({
      name: 'Ana',
      email: 'a@x.es',
      phone: '+34612345678',
    });
  });
});

describe('handoff keywords', () => {
  it('match across case, punctuation, small words and word endings', () => {
    expect(findHandoffKeyword('Позовите, пожалуйста, оператора!', 'ru', {})).toBe('оператор');
    expect(findHandoffKeyword('¿Puedo HABLAR con una persona?', 'es', {})).toBe(
      'hablar con una persona',
    );
    expect(findHandoffKeyword('I want to talk to a real person', 'en', {})).toBe('real person');
  });

  it('adds the configured phrases to the built-in ones', () => {
    expect(findHandoffKeyword('I need a travel agent', 'en', { en: ['travel agent'] })).toBe(
      'travel agent',
    );
    expect(findHandoffKeyword('I need a travel agent', 'en', {})).toBeUndefined();
    // A regional variant reads its base language's phrases; a new configuration replaces them.
    const configured = { en: ['travel agent'], 'en-GB': ['shop assistant'] };
    expect(findHandoffKeyword('I need a travel agent', 'en-GB', configured)).toBe('travel agent');
    expect(findHandoffKeyword('a shop assistant, please', 'en-GB', configured)).toBe(
      'shop assistant',
    );
    expect(findHandoffKeyword('I need a travel agent', 'en-GB', { en: [] })).toBeUndefined();
  });

  it('does not fire on ordinary questions', () => {
    expect(findHandoffKeyword('How many people are in a group?', 'en', {})).toBeUndefined();
    expect(findHandoffKeyword('Сколько человек в группе?', 'ru', {})).toBeUndefined();
  });
});

/** A language's reading of questions: its lexicon's groups, whatever a knowledge says. */
function analyzerOf(lang: string) {
  return knowledgeOf(lang, []).analyzer;
}

describe('a keyword in a question for the phone number or email', () => {
  it.each([
    ['en', 'customer service phone number?'],
    ['en', 'what is the email of your customer service?'],
    ['es', '¿teléfono de atención al cliente?'],
    ['es', 'correo de atención al cliente'],
    ['ru', 'дайте телефон менеджера'],
    ['de', 'es ist 19 Uhr und ihr habt zu, wen rufe ich an?'],
  ])('%s "%s" asks for a detail the knowledge gives', (lang, message) => {
    // The garage's own phrase: "call me" is a request, "whom do I call?" a question.
    const configured = { de: ['rufen Sie mich an'] };
    expect(findHandoffKeyword(message, lang, configured)).toBeDefined();
    expect(asksForContactDetail(message, lang, analyzerOf(lang))).toBe(true);
  });

  it.each([
    ['en', 'can I talk to customer service?'],
    ['es', 'quiero hablar con atención al cliente'],
    ['ru', 'позовите менеджера'],
  ])('%s "%s" asks for a person', (lang, message) => {
    expect(findHandoffKeyword(message, lang, {})).toBeDefined();
    expect(asksForContactDetail(message, lang, analyzerOf(lang))).toBe(false);
  });
});

describe('a keyword beside the visitor’s own number', () => {
  it('asks for a person to call them', () => {
    const message = 'мой телефон +34 611 22 33 44, перезвоните мне, пожалуйста';
    expect(findHandoffKeyword(message, 'ru', { ru: ['перезвоните мне'] })).toBeDefined();
    expect(asksForContactDetail(message, 'ru', analyzerOf('ru'))).toBe(false);
    expect(
      asksForContactDetail(
        'call me back on +1 415 555 2671, what is your phone?',
        'en',
        analyzerOf('en'),
      ),
    ).toBe(false);
  });
});
