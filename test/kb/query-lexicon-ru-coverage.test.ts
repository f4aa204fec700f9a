/**
 * The Russian lexicon on knowledge written the way small businesses write it: formal words in
 * the blocks, the visitor's colloquial word, slang, misspelling or word family in the question.
 * Each question must find the block that answers it, and a thing the knowledge never mentions
 * must stay visible as missing.
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeFile } from '../../src/kb/schema.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

const knowledge = (blocks: KnowledgeFile['blocks']) => knowledgeOf('ru', blocks);

const business = knowledge([
  block('theft', 'Страхование от кражи', 'Полис покрывает кражу велосипеда при наличии замка.'),
  block('climate', 'Кондиционер', 'Во всех номерах установлен кондиционер.'),
  block('luggage', 'Камера хранения', 'Багаж можно оставить на ресепшене до 22:00.'),
  block('access', 'Доступная среда', 'Вход оборудован пандусом, в здании есть подъёмник.'),
  block('allergy', 'Безглютеновые блюда', 'В меню есть безглютеновые и безлактозные блюда.'),
  block('pets', 'Домашние животные', 'Мы принимаем гостей с домашними животными весом до 10 кг.'),
  block('contact', 'Связь', 'Пишите нам в WhatsApp или Telegram.'),
  block('cash', 'Наличные', 'Принимаем наличные рубли на месте.'),
  block('meeting', 'Место встречи', 'Группа встречается у фонтана на центральной площади.'),
  block('gift', 'Подарочные сертификаты', 'Сертификат действует полгода.'),
  block('abroad', 'Международная доставка', 'Отправляем заказы в страны СНГ и Европы.'),
  block('warranty', 'Гарантия', 'Гарантийный срок на технику составляет 12 месяцев.'),
  block('bruxism', 'Скрип зубами', 'Ночная капа защищает эмаль при бруксизме.'),
  block('aligners', 'Выравнивание зубов', 'Элайнеры исправляют прикус без брекетов.'),
  block('jobs', 'Вакансии', 'Присылайте резюме на электронную почту отдела кадров.'),
]);

const best = (question: string) => business.rank(question, [], 1).hits[0]?.block.id;

describe('the Russian lexicon', () => {
  it.each([
    ['а если велик угнали?', 'theft'],
    ['спёрли байк, что делать', 'theft'],
    ['в номере есть кондей?', 'climate'],
    ['куда деть чемоданы после выселения', 'luggage'],
    ['можно ли на инвалидной коляске, без ступенек?', 'access'],
    ['есть что-нибудь без глютена?', 'allergy'],
    ['можно приехать с котом?', 'pets'],
    ['есть вотсап или телега?', 'contact'],
    ['можно налом заплатить?', 'cash'],
    ['где точка сбора?', 'meeting'],
    ['хочу серт в подарок', 'gift'],
    ['шлёте за границу?', 'abroad'],
    ['а если сломался через месяц?', 'warranty'],
    ['работу ищу, куда кинуть резюме', 'jobs'],
  ])('finds the formal word for a colloquial one: %s', (question, id) => {
    expect(best(question)).toBe(id);
  });

  it('joins word families the stemmer leaves apart', () => {
    expect(best('ночью скриплю зубами')).toBe('bruxism');
    expect(best('хочу выровнять зубы')).toBe('aligners');
  });

  it('drops greetings, politeness and filler, misspelled or not', () => {
    const plain = business.rank('кондиционер в номере?', [], 1);
    const chatty = business.rank(
      'Добрый день, подскажите плиз, короче, вообще кондиционер в номере? спс',
      [],
      1,
    );
    expect(chatty.units.map((unit) => unit.text)).toEqual(plain.units.map((unit) => unit.text));
    expect(business.rank('можно зделать выравнивание?', [], 1).units.map((u) => u.text)).toEqual([
      'выравнивание',
    ]);
  });

  it('keeps a thing the knowledge never mentions visible as missing', () => {
    const units = business.rank('а бассейн у вас есть?', [], 1).units;
    expect(units.some((unit) => unit.concept && unit.terms.length === 0)).toBe(true);
  });
});
