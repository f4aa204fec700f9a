/**
 * "Contact details in a message are not part of the question", and neither are the words that
 * hand them over: "почта", "my email is", "mon mail c'est" would find the contact page. Before,
 * "Меня зовут Анна, почта anna@… Хочу записать кота на прививку" was refused for the contact page.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { questionOf } from '../../src/domain/contact-details.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

const words = (text: string) => text.split(/[^\p{L}]+/u).filter((word) => word !== '');

describe('the question beside contact details', () => {
  it.each([
    [
      'ru',
      'Меня зовут Анна, почта anna.petrova@example.com. Хочу записать кота на прививку',
      'Хочу записать кота на прививку',
    ],
    [
      'en',
      'my email is tom@example.com, can someone book me in next week',
      'can someone book me in next week',
    ],
    [
      'fr',
      "mon mail c'est luc@example.com, je voudrais un rendez-vous",
      'je voudrais un rendez-vous',
    ],
    ['es', 'mi correo es hans@web.de, mandadme una propuesta', 'mandadme una propuesta'],
    ['ru', 'как отменить приём? мой телефон +34 622 908 114', 'как отменить приём'],
    ['de', 'Meine Nummer ist 079 514 22 63, ich möchte einen Termin', 'ich möchte einen Termin'],
    // A signature's name, which the email's own name begins with, is no word of the question.
    [
      'en',
      'I want to send back a kettle. Thanks, Sam (sam.k@example.com)',
      'I want to send back a kettle. Thanks',
    ],
    [
      'es',
      '¿Puedo cambiar la fecha? Un saludo, María - maria.g@correo.es',
      '¿Puedo cambiar la fecha? Un saludo',
    ],
  ])('%s: "%s" asks "%s"', (lang, message, asked) => {
    expect(words(questionOf(message, lang, 'CH'))).toEqual(words(asked));
  });

  it('keeps a question about the business’s own number', () => {
    const asked = questionOf('mi correo es ana@example.com, ¿cuál es vuestro teléfono?', 'es');
    expect(asked).toContain('teléfono');
  });

  it('answers the question, not the contact page', () => {
    const vet = knowledgeOf('en', [
      block('contact', 'Contact', 'Email us at hello@vet.example or call 963 41 27 85.'),
      block('booking', 'Booking an appointment', 'Book online or call us to book an appointment.'),
    ]);
    const question = questionOf('my email is tom@example.com, can I book an appointment?', 'en');
    expect(answerOffline(vet, question, [], { minConfidence: 0 }).citations[0]?.id).toBe('booking');
  });
});
