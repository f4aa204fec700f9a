/**
 * Prices in francs, złoty, kroner or hryvnias are prices as much as prices in euros: "CHF 139"
 * answers "Was kostet ein Ölwechsel?" and is the line quoted, as "€139" always was. Before,
 * only €, $, £, ₽ and ₴ counted, so a Swiss garage's price questions fell on other sentences.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { statesAmount } from '../../src/kb/text-forms.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

describe('an amount of money', () => {
  it('is a number with a currency sign, code or local abbreviation, either side', () => {
    const amounts = [
      'CHF 139',
      '139 CHF',
      'Fr. 80.–',
      '120 zł',
      '300 грн',
      '1 200 руб.',
      '450 PLN',
      '99 kr',
      '₺250',
      '12 Euro',
    ];
    expect(amounts.filter((text) => !statesAmount(text))).toEqual([]);
  });

  it('is not a code or abbreviation without a number, nor a lowercase word that spells one', () => {
    const others = [
      'kr is short for krone',
      'GEL pads',
      'we opened in 2009',
      'try 2 of them',
      'the PEN is red',
    ];
    expect(others.filter(statesAmount)).toEqual([]);
  });
});

describe('a price question to a business that prices in francs', () => {
  const garage = knowledgeOf('de', [
    block(
      'service',
      'Service',
      'Der Ölwechsel dauert eine Stunde und umfasst Filter und Dichtung. Termine gibt es auch am Samstag. Pauschal CHF 139 inklusive Öl.',
    ),
    block(
      'tyres',
      'Reifen',
      'Das Einlagern Ihrer Reifen kostet nichts extra, wenn Sie bei uns wechseln.',
    ),
    block('hours', 'Öffnungszeiten', 'Montag bis Freitag von 7:30 bis 18:00.'),
  ]);

  it('quotes the line with the amount', () => {
    const answer = answerOffline(garage, 'Wie viel kostet ein Ölwechsel bei euch?', [], {
      minConfidence: 0,
    });
    expect(answer.citations[0]?.id).toBe('service');
    expect(answer.text).toContain('CHF 139');
  });

  it('finds the block that states an amount for "what does it cost?" after its topic', () => {
    const answer = answerOffline(
      garage,
      'Was kostet das?',
      ['Macht ihr Ölwechsel?', 'Wir wechseln Öl und Filter in einer Stunde.'],
      { minConfidence: 0 },
    );
    expect(answer.citations[0]?.id).toBe('service');
    expect(answer.text).toContain('CHF 139');
  });
});
