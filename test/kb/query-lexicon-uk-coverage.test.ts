/**
 * The Ukrainian lexicon on knowledge written formally: the visitor's colloquial word finds the
 * block, and a word of one family no longer drags in another that only shares its stem.
 */
import { describe, expect, it } from 'vitest';
import { LanguageKnowledge } from '../../src/kb/language-knowledge.js';
import type { KnowledgeFile } from '../../src/kb/schema.js';
import { block } from '../helpers/knowledge.js';

const business = new LanguageKnowledge('uk', {
  greeting: 'Вітаю',
  fallback: 'FALLBACK',
  blocks: [
    block('climate', 'Кондиціонер', 'У кожному номері є кондиціонер.'),
    block('pets', 'Домашні тварини', 'Гостей з домашніми тваринами приймаємо без доплати.'),
    block('abroad', 'Міжнародна доставка', 'Відправляємо замовлення в Польщу та інші країни ЄС.'),
    block('theft', 'Страхування від крадіжки', 'Поліс покриває крадіжку велосипеда.'),
    block('pain', 'Лікування болю', 'Гострий зубний біль лікуємо в день звернення.'),
    block('whitening', 'Відбілювання', 'Відбілювання робить зуби білосніжними за один візит.'),
  ],
} as KnowledgeFile);

const best = (question: string) => business.rank(question, [], 1).hits[0]?.block.id;

describe('the Ukrainian lexicon', () => {
  it.each([
    ['добрий день, а кондей у номері є?', 'climate'],
    ['можна з котом?', 'pets'],
    ['відправляєте за кордон?', 'abroad'],
    ['а якщо велосипед поцупили?', 'theft'],
    ['дуже болить зуб', 'pain'],
    ['хочу білосніжні зуби', 'whitening'],
  ])('finds the formal word for a colloquial one: %s', (question, id) => {
    expect(best(question)).toBe(id);
  });
});
