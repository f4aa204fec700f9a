/**
 * Every language the widget speaks drops its function words before scoring. Without them a
 * German or Portuguese question carried "bei", "Ihnen", "você" as words the knowledge never
 * uses, and those count as evidence that it does not answer: a plain question was refused.
 * Russian stop words spelt with "й" (какой, мой) are compared accent-folded, as the words are.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { foldAccents } from '../../src/kb/tokenize.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

const cases = [
  {
    lang: 'de',
    blocks: [
      block('oil', 'Ölwechsel', 'Ein Ölwechsel mit Filter kostet CHF 129, Material inbegriffen.'),
      block('tyres', 'Reifenwechsel', 'Der Radwechsel dauert 30 Minuten und kostet CHF 60.'),
    ],
    question: 'Könnten Sie mir sagen, was bei Ihnen ein Ölwechsel ist?',
    kept: ['olwechsel'],
    expected: 'oil',
  },
  {
    lang: 'fr',
    blocks: [
      block('oil', 'Vidange', 'La vidange avec filtre coûte CHF 129, huile comprise.'),
      block('tyres', 'Changement de pneus', 'Le changement de roues prend 30 minutes.'),
    ],
    question: 'Est-ce que vous faites la vidange chez vous, et pour quand?',
    kept: ['vidange'],
    expected: 'oil',
  },
  {
    lang: 'it',
    blocks: [
      block('oil', 'Cambio olio', "Il cambio dell'olio con filtro costa CHF 129."),
      block('tyres', 'Cambio gomme', 'Il cambio gomme dura 30 minuti.'),
    ],
    question: 'Vorrei sapere quanto è il cambio olio per la mia macchina',
    kept: ['sapere', 'cambio olio', 'macchina'],
    expected: 'oil',
  },
  {
    lang: 'pt',
    blocks: [
      block('pass', 'Passe diário', 'O passe diário custa 15 € e inclui café.'),
      block('rooms', 'Salas de reunião', 'As salas de reunião reservam-se à hora.'),
    ],
    question: 'Olá, vocês têm passe diário? Queria saber como é',
    kept: ['passe', 'diario'],
    expected: 'pass',
  },
  {
    lang: 'uk',
    blocks: [
      block('pass', 'Денний абонемент', 'Денний абонемент коштує 15 € і включає каву.'),
      block('rooms', 'Переговорні кімнати', 'Переговорні бронюються погодинно.'),
    ],
    question: 'А який у вас є денний абонемент?',
    kept: ['денний', 'абонемент'],
    expected: 'pass',
  },
  {
    lang: 'ru',
    blocks: [
      block('pass', 'Дневной абонемент', 'Дневной абонемент стоит 15 € и включает кофе.'),
      block('rooms', 'Переговорные', 'Переговорные бронируются по часам.'),
    ],
    question: 'Какой у вас дневной абонемент?',
    kept: ['дневной', 'абонемент'],
    expected: 'pass',
  },
];

describe.each(cases)('a question in $lang', (c) => {
  const knowledge = knowledgeOf(c.lang, c.blocks);

  it('keeps the words that say what is asked, and no function word', () => {
    const units = knowledge.analyzer.analyze(c.question).filter((unit) => !unit.concept);
    const kept = foldAccents(c.kept.join(' '));
    for (const unit of units) expect(kept).toContain(foldAccents(unit.text));
  });

  it('is answered from the block it asks about', () => {
    const answer = answerOffline(knowledge, c.question, [], { minConfidence: 0.7 });
    expect(answer.failed, `confidence ${answer.confidence}`).toBe(false);
    expect(answer.citations.map((citation) => citation.id)).toEqual([c.expected]);
  });
});

describe('a form of "to be"', () => {
  it('is no word of the question: French "vous êtes" never finds a block saying "vous êtes"', () => {
    const knowledge = knowledgeOf('fr', [
      block('towing', 'Dépannage', 'Si vous êtes membre du TCS, appelez le 140.'),
      block('hours', 'Heures', 'Ouvert du lundi au vendredi, de 7h30 à 18h00.'),
    ]);
    expect(knowledge.tokenizer.tokens('vous êtes là')).toEqual([]);
    const answer = answerOffline(knowledge, 'vous êtes ouverts le lundi ?', [], {
      minConfidence: 0,
    });
    expect(answer.citations[0]?.id).toBe('hours');
  });
});

describe('a Spanish form of "haber" or "ser", and "unas"', () => {
  const knowledge = knowledgeOf('es', [
    block('rooms', 'Habitaciones', 'Todas las hab. tienen aire acondicionado.'),
    block('lost', 'Objetos perdidos', 'Guardamos los objetos olvidados tres meses.'),
    block('nails', 'Manicura', 'Manicura y uñas de gel, 25 €.'),
  ]);

  it('is no word of the question, nor a word of a concept it resembles', () => {
    const question = '¿habéis encontrado unas gafas de sol? me han dicho que sería fácil';
    const units = knowledge.analyzer.analyze(question).map((unit) => unit.text);
    for (const word of ['habéis', 'unas', 'han', 'sería']) expect(units).not.toContain(word);
  });

  it('"sol" of "gafas de sol" is no currency', () => {
    const units = knowledge.analyzer.analyze('gafas de sol');
    expect(units.find((unit) => unit.text === 'sol')?.concept).toBeFalsy();
  });
});
