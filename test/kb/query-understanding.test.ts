/**
 * Query understanding and conversation-aware retrieval on a small clinic's knowledge written
 * here, so each failure pattern visitors show is pinned in each language without depending on
 * the demo's content.
 */
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { LanguageKnowledge } from '../../src/kb/language-knowledge.js';
import type { KnowledgeFile } from '../../src/kb/schema.js';

const options = { minConfidence: 0.7 };

function clinic(
  lang: string,
  blocks: KnowledgeFile['blocks'],
  synonyms?: string[][],
): LanguageKnowledge {
  return new LanguageKnowledge(lang, {
    greeting: 'Hi',
    fallback: 'FALLBACK',
    blocks,
    ...(synonyms ? { synonyms } : {}),
  } as KnowledgeFile);
}

const en = clinic(
  'en',
  [
    {
      id: 'prices',
      title: 'Treatment prices',
      table: {
        columns: ['Treatment', 'Price'],
        rows: [
          ['Zirconia crown', '€450'],
          ['Gum graft', '€380'],
          ['Root canal treatment', '€290'],
        ],
      },
      tags: ['price', 'cost'],
    },
    {
      id: 'parking',
      title: 'Parking',
      body: '<p>Free parking for patients is available in the underground garage on Calle Mayor.</p>',
      tags: ['car', 'garage'],
    },
    {
      id: 'dentures',
      title: 'Dentures',
      body: '<p>We make full and partial dentures in our own lab. A new set takes two weeks.</p>',
      tags: [],
    },
    {
      id: 'team',
      title: 'Our dentists',
      body: '<p>Dr. Ruiz leads the implant team. She trained in Madrid. St. Mary’s hospital refers patients to us.</p>',
      tags: ['doctor', 'dentist'],
    },
    {
      id: 'hours',
      title: 'Opening hours',
      facts: { 'Monday to Friday': '09:00 to 19:00', Saturday: '10:00 to 14:00', Sunday: 'closed' },
      tags: ['open', 'hours'],
    },
    {
      id: 'first-visit',
      title: 'Your first visit',
      body: '<p>Please bring:</p><ul><li>your ID card</li><li>a list of your medicines</li><li>any previous X-rays</li></ul>',
      tags: ['first visit', 'bring'],
    },
    {
      id: 'children',
      title: 'Children',
      body: '<p>A check-up for children under 12 costs €20, twice a year.</p>',
      tags: ['kids'],
    },
  ],
  [['sedation', 'knock me out', 'put me to sleep']],
);

const ask = (question: string, previous: string[] = []) =>
  answerOffline(en, question, previous, options);

describe('query understanding', () => {
  it('leaves greetings and politeness out of the question', () => {
    const plain = en.rank('parking?', [], 3);
    const polite = en.rank(
      'Dear Sir or Madam, good morning, could you please tell me about parking? Thanks in advance',
      [],
      3,
    );
    expect(polite.hits[0]!.block.id).toBe('parking');
    expect(polite.units.map((unit) => unit.text)).toEqual(plain.units.map((unit) => unit.text));
  });

  it('matches a typo of a longer word to the word the knowledge uses, never a short one', () => {
    expect(ask('how much is a zirconia crwon?').text).toContain('€450');
    expect(en.rank('parkng', [], 1).hits[0]!.block.id).toBe('parking');
    // "cat" is not "car": a three-letter word has too many neighbours to guess.
    expect(en.rank('cat', [], 1).units[0]!.terms).toEqual([]);
  });

  it('reads colloquial words for a price and the author’s own synonyms', () => {
    expect(ask('what do you charge for a gum graft').text).toContain('€380');
    const withSedation = clinic(
      'en',
      [
        {
          id: 'sedation',
          title: 'Sedation',
          body: '<p>We offer IV sedation for anxious patients.</p>',
          tags: [],
        },
        { id: 'parking', title: 'Parking', body: '<p>Free parking in the garage.</p>', tags: [] },
      ],
      [['sedation', 'knock me out', 'put me to sleep']],
    );
    expect(withSedation.rank('can you knock me out?', [], 1).hits[0]?.block.id).toBe('sedation');
  });

  it('joins a word written together: "giftcard" meets "gift card"', () => {
    const shop = clinic('en', [
      {
        id: 'gift',
        title: 'Gift cards',
        body: '<p>A gift card is valid for one year.</p>',
        tags: [],
      },
      { id: 'returns', title: 'Returns', body: '<p>Return any item within 30 days.</p>', tags: [] },
    ]);
    expect(shop.rank('how long is a giftcard valid', [], 1).hits[0]!.block.id).toBe('gift');
  });
});

describe('conversation-aware retrieval', () => {
  it('reads a short follow-up with the previous exchange', () => {
    const previous = ['How much is a zirconia crown?', 'Zirconia crown: Price €450.'];
    expect(en.rank('and for kids?', previous, 1).hits[0]!.block.id).toBe('children');
    const kids = [
      'Do you see children?',
      'A check-up for children under 12 costs €20, twice a year.',
    ];
    expect(en.rank('how much is it?', kids, 1).hits[0]!.block.id).toBe('children');
  });

  it('searches a question that stands on its own on its own', () => {
    const previous = [
      'parking?',
      'Free parking for patients is available in the underground garage on Calle Mayor.',
    ];
    const answer = ask('what is the price of a zirconia crown', previous);
    expect(answer.citations[0]?.id).toBe('prices');
    expect(answer.text).toContain('€450');
  });
});

describe('between refusing and answering', () => {
  it('asks "did you mean…" with the two best topics, and counts it as no answer', () => {
    const unsure = { minConfidence: 0.99, minClarifyConfidence: 0 };
    const answer = answerOffline(en, 'price of a zirconia crown', [], unsure);
    expect(answer).toMatchObject({ source: 'clarify', failed: true, citations: [] });
    expect(answer.suggestions).toHaveLength(2);
    expect(answer.suggestions![0]!.id).toBe('prices');
    expect(answer.text.split('\n')).toEqual([
      en.ui.didYouMean,
      ...answer.suggestions!.map((topic) => `- ${topic.title}`),
    ]);
    // The level is off when it starts at the answering threshold.
    const off = answerOffline(en, 'price of a zirconia crown', [], {
      minConfidence: 0.99,
      minClarifyConfidence: 0.99,
    });
    expect(off).toMatchObject({ source: 'fallback', text: 'FALLBACK' });
  });
});

describe('answer extraction', () => {
  it('answers with a table row only when the question is about that row', () => {
    expect(ask('price of root canal treatment?').text).toBe('Root canal treatment: Price €290.');
    const general = ask('what are your treatment prices?');
    expect(general.text).not.toBe('Root canal treatment: Price €290.');
  });

  it('keeps sentences whole around abbreviations', () => {
    const answer = ask('who leads the implant team?');
    expect(answer.text).toBe('Dr. Ruiz leads the implant team.');
  });

  it('gives a list whole and in order', () => {
    const answer = ask('what should I bring to my first visit?');
    expect(answer.source).toBe('list');
    expect(answer.text).toBe(
      'Please bring:\n- your ID card\n- a list of your medicines\n- any previous X-rays',
    );
  });

  it('prefers, within the block, the sentence holding the price or the time asked for', () => {
    const hotel = clinic('en', [
      {
        id: 'breakfast',
        title: 'Breakfast',
        body: '<p>Breakfast is a buffet of local produce on the garden terrace. It is served every day from 08:00 to 10:30.</p><p>Guests leaving early get a breakfast bag.</p>',
        tags: [],
      },
      { id: 'parking', title: 'Parking', body: '<p>Free parking in the garage.</p>', tags: [] },
    ]);
    const answer = answerOffline(hotel, 'what time is breakfast?', [], { minConfidence: 0 });
    expect(answer.text).toContain('08:00 to 10:30');
  });

  it('gives the fact asked about, not the first one', () => {
    expect(ask('are you open on saturday?').text).toBe('Saturday: 10:00 to 14:00.');
  });
});

describe('in Russian and Spanish', () => {
  const ru = clinic('ru', [
    {
      id: 'prices',
      title: 'Цены на лечение',
      table: {
        columns: ['Услуга', 'Цена'],
        rows: [
          ['Коронка из циркония', '450 €'],
          ['Чистка зубов', '60 €'],
        ],
      },
      tags: ['цена'],
    },
    {
      id: 'parking',
      title: 'Парковка',
      body: '<p>Для пациентов есть бесплатная парковка в подземном гараже.</p>',
      tags: [],
    },
    {
      id: 'whitening',
      title: 'Отбеливание зубов',
      body: '<p>Отбеливание занимает один визит и стоит 250 €.</p>',
      tags: [],
    },
  ]);
  const es = clinic('es', [
    {
      id: 'prices',
      title: 'Precios de tratamientos',
      table: {
        columns: ['Tratamiento', 'Precio'],
        rows: [
          ['Corona de circonio', '450 €'],
          ['Limpieza dental', '60 €'],
        ],
      },
      tags: ['precio'],
    },
    {
      id: 'parking',
      title: 'Aparcamiento',
      body: '<p>Hay aparcamiento gratuito para pacientes en el garaje subterráneo.</p>',
      tags: [],
    },
  ]);

  it('drops greetings and reads slang for a price', () => {
    expect(
      answerOffline(ru, 'Добрый день, подскажите пожалуйста, почём чистка зубов?', [], options)
        .text,
    ).toContain('60 €');
    expect(
      answerOffline(es, 'buenos días, quisiera saber cuánto sale la limpieza dental', [], options)
        .text,
    ).toContain('60 €');
  });

  it('joins word families the stemmer leaves apart', () => {
    expect(ru.rank('хочу зубы белее', [], 1).hits[0]!.block.id).toBe('whitening');
    expect(ru.rank('где машину бросить?', [], 1).hits[0]!.block.id).toBe('parking');
  });

  it('refuses what the knowledge does not cover', () => {
    expect(answerOffline(ru, 'делаете ли вы пересадку волос?', [], options).failed).toBe(true);
    expect(answerOffline(es, '¿hacéis trasplante capilar?', [], options).failed).toBe(true);
    expect(ask('do you do hair transplants?').failed).toBe(true);
  });
});
