/**
 * A quoted sentence is never cut in half at an abbreviation, and a sentence that ends with
 * one still ends there: "Dr. Ruiz" is one sentence, "…cash etc. Bring ID." two.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/kb/sentences.js';

describe('sentences cut the way a reader cuts them', () => {
  it.each([
    ['en', 'Dr. Ruiz sees patients on Mondays. St. Mary’s Church is next door.', 2],
    ['en', 'Call Mr. J. Smith on ext. 24. Prices from approx. €20 per person.', 2],
    ['en', 'We open at 9 a.m. on weekdays. See No. 5 on the map.', 2],
    ['ru', 'Приём ведёт д-р Иванов, т. е. главный врач. Адрес: ул. Ленина, д. 5, кв. 12.', 2],
    ['ru', 'Т.е. всё включено. Стоимость ок. 500 руб. в т.ч. НДС.', 2],
    ['es', 'La Dra. García atiende los lunes, p. ej. a las 10:00. Estamos en la Av. Diagonal.', 2],
    ['es', 'Sra. López le atenderá. Ud. puede pagar en EE. UU. con tarjeta.', 2],
    ['de', 'Samstag nur in der Reifensaison (15. März bis 30. April). Sonntag geschlossen.', 2],
    ['de', 'Betriebsferien vom 24. Dezember bis 2. Januar. Wir haben 15. Das ist viel.', 3],
  ])('keeps the abbreviations of %s inside their sentence: %s', (lang, text, count) => {
    expect(splitSentences(text, lang)).toHaveLength(count);
  });

  it.each([
    ['en', 'Is parking free? No. It costs €5 a day. We take cards, cash etc. Bring ID.', 5],
    ['ru', 'Основана в 2012 г. Мы работаем с 9 ч. до 18 ч. Скидки и т.д. Звоните.', 4],
    ['es', 'Abrimos a las 10 h. Después cerramos. Pagos con tarjeta, efectivo, etc. Gracias.', 4],
  ])('ends a %s sentence at an abbreviation a capital follows: %s', (lang, text, count) => {
    expect(splitSentences(text, lang)).toHaveLength(count);
  });

  it('quotes the sentence whole', () => {
    expect(splitSentences('Ask for Dr. Ruiz at reception. He speaks English.', 'en')[0]).toBe(
      'Ask for Dr. Ruiz at reception.',
    );
  });
});
