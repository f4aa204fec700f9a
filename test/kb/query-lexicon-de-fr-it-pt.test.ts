/**
 * The German, French, Italian and Portuguese lexicons on knowledge written formally: the word a
 * visitor types, regional or colloquial, finds the block that uses the business's word; and an
 * airport is a place, not a way of asking for a pick-up. Each visitor word here missed its
 * block before these lexicons covered what the English one does.
 */
import { describe, expect, it } from 'vitest';
import { block, knowledgeOf } from '../helpers/knowledge.js';

const businesses = {
  de: knowledgeOf('de', [
    block('tyres', 'Reifenwechsel', 'Der Reifenwechsel dauert 30 Minuten.'),
    block('contact', 'Kontakt', 'Rufen Sie uns an oder schreiben Sie uns eine E-Mail.'),
    block('deposit', 'Kaution', 'Wir verlangen eine Kaution von CHF 200.'),
    block('pickup', 'Abholung', 'Wir holen Sie gratis im Hotel ab.'),
  ]),
  fr: knowledgeOf('fr', [
    block('car', 'Voiture de remplacement', 'Nous prêtons un véhicule pendant la réparation.'),
    block('allergy', 'Allergies', 'Signalez vos intolérances alimentaires.'),
    block('pickup', 'Prise en charge', 'Nous venons vous chercher à votre hôtel.'),
  ]),
  it: knowledgeOf('it', [
    block('parking', 'Posteggio', 'Davanti all’officina ci sono sei posteggi gratuiti.'),
    block('tyres', 'Pneumatici', 'Cambiamo e depositiamo i pneumatici estivi e invernali.'),
    block('pickup', 'Ritiro in hotel', 'Passiamo a prendervi in hotel.'),
  ]),
  pt: knowledgeOf('pt', [
    block('lockers', 'Cacifos', 'Os membros têm cacifos com chave.'),
    block('invoice', 'Faturas', 'Emitimos fatura com NIF.'),
    block('pickup', 'Recolha no hotel', 'Vamos buscá-los ao hotel.'),
  ]),
};

const best = (lang: keyof typeof businesses, question: string) =>
  businesses[lang].rank(question, [], 1).hits[0]?.block.id;

describe('the German, French, Italian and Portuguese lexicons', () => {
  it.each([
    ['de', 'Was kostet der Pneuwechsel?', 'tyres'],
    ['de', 'Wie lautet eure Natelnummer?', 'contact'],
    ['de', 'Muss ich ein Depot zahlen?', 'deposit'],
    ['fr', 'Vous avez un char de courtoisie ?', 'car'],
    ['fr', 'je suis cœliaque', 'allergy'],
    ['it', 'Si può parcheggiare?', 'parking'],
    ['pt', 'tem armário para guardar as coisas?', 'lockers'],
  ] as const)('finds the business word for a visitor word (%s): %s', (lang, question, id) => {
    expect(best(lang, question)).toBe(id);
  });

  it.each([
    ['de', 'Flughafen'],
    ['fr', 'aéroport'],
    ['it', 'aeroporto'],
    ['pt', 'aeroporto'],
  ] as const)('reads an airport as a place, not as a pick-up (%s)', (lang, airport) => {
    const units = businesses[lang].analyzer.analyze(airport);
    expect(units.flatMap((unit) => unit.terms)).toEqual([]);
  });
});
