import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { buildSnapshot } from '../../src/snapshot/bot-snapshot.js';
import { repoRoot } from '../helpers/project.js';

describe('the offline answerer on the demo knowledge', async () => {
  const { snapshot } = await buildSnapshot(repoRoot, { mode: 'validate', env: {} });
  const ask = (lang: string, question: string, recent: string[] = []) =>
    answerOffline(snapshot!.knowledge(lang), question, recent, snapshot!.config.retrieval);

  it('quotes the FAQ answer whose question matches, and cites its block', () => {
    const answer = ask('en', 'Do kids get a discount?');
    expect(answer).toMatchObject({ source: 'faq', failed: false });
    expect(answer.text).toBe(
      'Children under 4 travel free without a seat of their own. Children from 4 to 12 get 30% off every tour.',
    );
    expect(answer.citations).toEqual([
      { id: 'children', title: 'Children and families', url: undefined },
    ]);
  });

  it('answers with the table row asked about, not the whole table', () => {
    const answer = ask('en', 'How much is the Montserrat trip?');
    expect(answer.text).toBe('Montserrat monastery and cog railway: Duration 6 hours, Price €69.');
    expect(answer.text).not.toContain('€119');
    expect(answer.citations[0]).toMatchObject({
      id: 'day-trips',
      url: 'https://solymartours.example/day-trips',
    });
  });

  it('gives the most relevant sentences of a prose block, as whole sentences', () => {
    const answer = ask('en', 'Where do day trips start?');
    expect(answer.source).toBe('sentences');
    expect(answer.text).toBe(
      'Day trips start at Plaça de Catalunya, in front of the El Corte Inglés store.',
    );
  });

  it('keeps an email address whole inside a sentence', () => {
    // About quoting, whatever the confidence: the fallback names the address too.
    const answer = answerOffline(
      snapshot!.knowledge('es'),
      '¿Cuál es vuestro correo electrónico?',
      [],
      { minConfidence: 0 },
    );
    expect(answer.citations[0]?.id).toBe('contact');
    expect(answer.text).toContain('hello@solymartours.example');
  });

  it("answers in the language asked, from that language's knowledge", () => {
    expect(ask('ru', 'Есть ли скидки для детей?').text).toContain('скидка 30%');
    expect(ask('es', '¿Puedo llevar a mi perro?').text).toBe(
      'Solo pueden venir perros de asistencia.',
    );
  });

  it('uses recent turns to understand a follow-up', () => {
    const answer = ask('en', 'And my dog?', ['Can I bring a suitcase on a day trip?']);
    expect(answer.text).toBe('Only assistance dogs can join our tours.');
  });

  it('gives the fallback and marks the answer failed below the threshold', () => {
    for (const [lang, question] of [
      ['en', 'Do you sell bitcoin mining rigs?'],
      ['ru', 'Продаёте ли вы подержанные автомобили?'],
      ['es', '¿Vendéis coches usados?'],
    ] as const) {
      const answer = ask(lang, question);
      expect(answer).toMatchObject({ failed: true, source: 'fallback', citations: [] });
      expect(answer.text).toBe(snapshot!.knowledge(lang).fallback);
    }
  });
});
