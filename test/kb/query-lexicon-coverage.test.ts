/**
 * The built-in lexicons reach past prices and opening hours: a visitor's colloquial word for a
 * thing a small business writes about finds the formal word the knowledge uses, in English and
 * Spanish, with no synonyms written by the author.
 */
import { describe, expect, it } from 'vitest';
import type { LanguageKnowledge } from '../../src/kb/language-knowledge.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

const business = knowledgeOf;

const en = business('en', [
  block('theft', 'Theft', '<p>If a rented bicycle is stolen, report the theft to the police.</p>'),
  block('luggage', 'Luggage storage', '<p>Reception keeps your luggage after check-out.</p>'),
  block('children', 'Children', '<p>Children under 12 stay free in their parents’ room.</p>'),
  block('pets', 'Dogs', '<p>Dogs are welcome for a fee of €10 per night.</p>'),
  block('careers', 'Careers', '<p>Send your CV to the manager for a summer position.</p>'),
  block('warranty', 'Warranty', '<p>Every lamp carries a two-year warranty against defects.</p>'),
  block('breakfast', 'Breakfast', '<p>Breakfast is served from 7:30 in the garden room.</p>'),
]);

const es = business('es', [
  block('robo', 'Robo', '<p>Si roban la bicicleta alquilada, denuncia el robo a la policía.</p>'),
  block('ninos', 'Niños', '<p>Los niños menores de 8 años van gratis en la silla infantil.</p>'),
  block('mascotas', 'Mascotas', '<p>Se admiten perros con correa en todas las rutas.</p>'),
  block('empleo', 'Empleo', '<p>Envíanos tu currículum si quieres trabajar de guía.</p>'),
  block(
    'clima',
    'Climatización',
    '<p>Todas las habitaciones tienen climatización y calefacción.</p>',
  ),
  block('celiacos', 'Sin gluten', '<p>Tenemos desayuno sin gluten para celíacos.</p>'),
  block('horario', 'Horario', '<p>Abrimos de lunes a sábado de 9 a 19 h.</p>'),
]);

const best = (knowledge: LanguageKnowledge, question: string) =>
  knowledge.rank(question, [], 1).hits[0]?.block.id;

describe('colloquial words of small businesses, in English', () => {
  it.each([
    ['what if my bike gets nicked?', 'theft'],
    ['can I leave my suitcase somewhere after checking out?', 'luggage'],
    ['are kiddos welcome?', 'children'],
    ['can I bring my pooch?', 'pets'],
    ['are you hiring?', 'careers'],
    ['my lamp is faulty, what can I do', 'warranty'],
  ])('"%s" finds %s', (question, id) => {
    expect(best(en, question)).toBe(id);
  });

  it('reads a thing the knowledge never mentions as a missing concept, not a typo', () => {
    const units = en.rank('do you have aircon?', [], 1).units;
    expect(units).toContainEqual(expect.objectContaining({ concept: true, terms: [] }));
  });

  it('leaves out what a dropped apostrophe leaves behind ("whats", "im", "dont")', () => {
    const plain = en.rank('breakfast time?', [], 1).units.map((unit) => unit.text);
    const chat = en.rank('whats the breakfast time, dont know it', [], 1).units;
    expect(chat.map((unit) => unit.text)).toEqual(plain);
    const im = en.rank('im asking about breakfast time', [], 1).units;
    expect(im.map((unit) => unit.text)).not.toContain('im');
  });

  it('leaves a friendly opener out of the question', () => {
    const plain = en.rank('breakfast?', [], 1).units.map((unit) => unit.text);
    const chatty = en.rank('heyy guys, quick q: breakfast? cheers mate', [], 1).units;
    expect(chatty.map((unit) => unit.text)).toEqual(plain);
  });
});

describe('colloquial words of small businesses, in Spanish', () => {
  it.each([
    ['me la mangaron en la playa, q hago?', 'robo'],
    ['puedo llevar a mi peque?', 'ninos'],
    ['se puede ir con el perrete?', 'mascotas'],
    ['buscáis gente para currar este verano?', 'empleo'],
    ['las habitaciones tienen aire?', 'clima'],
    ['tenéis algo sin tacc?', 'celiacos'],
  ])('"%s" finds %s', (question, id) => {
    expect(best(es, question)).toBe(id);
  });

  it('leaves chat greetings and fillers out of the question', () => {
    const plain = es.rank('horario?', [], 1).units.map((unit) => unit.text);
    const chatty = es.rank('holis, wenas tardes! una cosita, horario? grcs', [], 1).units;
    expect(chatty.map((unit) => unit.text)).toEqual(plain);
  });

  it('reads "tenéis" as "you have", not as a word of the hair-colour group that shares its stem', () => {
    const units = es.rank('¿tenéis sin gluten?', [], 1).units;
    expect(units.find((unit) => unit.text === 'tenéis')).not.toMatchObject({ concept: true });
  });
});
