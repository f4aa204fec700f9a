import { describe, expect, it } from 'vitest';
import { sentimentOf } from '../../src/chat/sentiment.js';

describe('sentiment', () => {
  it('reads anger in every word form, in en, ru and es', () => {
    expect(sentimentOf(['This is terrible, worst service ever, I am furious'], 'en')).toBeLessThan(
      -0.8,
    );
    expect(sentimentOf(['Отвратительно! Вы обманщики!'], 'ru')).toBeLessThan(-0.8);
    expect(sentimentOf(['Ужасный сервис', 'ужасно', 'это ужасная поддержка'], 'ru')).toBeLessThan(
      -0.8,
    );
    expect(sentimentOf(['Es una estafa, estoy harto, servicio pésimo'], 'es')).toBeLessThan(-0.8);
  });

  it('reads anger in German, French, Italian, Portuguese and Ukrainian too', () => {
    for (const [text, lang] of [
      ['Das ist eine Frechheit, der schlechteste Service überhaupt, ich bin wütend!', 'de'],
      ['C’est inadmissible, service nul, je suis furieux !', 'fr'],
      ['Servizio pessimo, è una vergogna, sono furioso!', 'it'],
      ['Isto é uma vergonha, serviço péssimo, estou furioso!', 'pt'],
      ['Це жахливо, найгірший сервіс, я дуже злий!', 'uk'],
    ] as const)
      expect(sentimentOf([text], lang), `${lang}: ${text}`).toBeLessThan(-0.6);
    for (const [text, lang] of [
      ['Wann haben Sie am Samstag geöffnet?', 'de'],
      ['Vous êtes ouverts le dimanche ?', 'fr'],
      ['Quanto costa il cambio gomme?', 'it'],
      ['Têm estacionamento perto?', 'pt'],
      ['Скільки коштує день у коворкінгу?', 'uk'],
    ] as const)
      expect(sentimentOf([text], lang), `${lang}: ${text}`).toBe(0);
  });

  it('turns meaning around after a negation, within the clause only', () => {
    expect(sentimentOf(['You did not help at all. Useless and rude!'], 'en')).toBeLessThan(-0.6);
    expect(sentimentOf(["You didn't help me, this is bad"], 'en')).toBeLessThan(-0.5);
    expect(sentimentOf(['No sirve para nada, es inútil'], 'es')).toBeLessThan(-0.6);
    expect(sentimentOf(['Вы мне не помогли, это ужасно!'], 'ru')).toBeLessThan(-0.6);
  });

  it('leaves ordinary questions, mild words and a calmer latest message alone', () => {
    expect(sentimentOf(['Сколько стоит тур?'], 'ru')).toBe(0);
    expect(sentimentOf(['the site is slow'], 'en')).toBeGreaterThan(-0.6);
    expect(sentimentOf(['This is terrible, I am furious', 'OK, what about Girona?'], 'en')).toBe(0);
    // Dutch has no lexicon: nothing is read.
    expect(sentimentOf(['Dit is verschrikkelijk'], 'nl')).toBe(0);
  });

  it('reads laughter as no anger: a joke at oneself is no reason to hand the chat off', () => {
    const handoffBelow = -0.6;
    for (const [text, lang] of [
      ['do u guys speak english? my spanish is terrible lol', 'en'],
      ['мой испанский ужасный хаха, по-русски говорите?', 'ru'],
      ['mi inglés es horrible jajaja, ¿habláis español?', 'es'],
    ] as const)
      expect(sentimentOf([text], lang)).toBeGreaterThan(handoffBelow);
    expect(sentimentOf(['my spanish is terrible'], 'en')).toBeLessThan(-0.6);
  });
});
