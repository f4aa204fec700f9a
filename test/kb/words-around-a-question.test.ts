/**
 * Words around a question that name nothing a business writes about: "again", "il me
 * faudrait aussi des pneus neufs", "надо ли записываться заранее?", "ein paar Tage". Each
 * counted as a thing the knowledge never mentions, and questions it answers were refused.
 */
import { describe, expect, it } from 'vitest';
import { expectAnsweredFrom } from '../helpers/answers.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

describe('a filler around the question', () => {
  it.each([
    ['en', 'how do I stop this happening again', ['again']],
    ['en', 'anything to eat because we arrive late', ['anything', 'because']],
    ['es', 'un poco caro, ¿es posible pagar a plazos?', ['poco', 'posible']],
    ['ru', 'надо ли записываться заранее?', ['заранее']],
    ['ru', 'сразу скажите, нормально ли там с парковкой', ['сразу', 'нормально']],
    ['de', 'mein Auto steht ein paar Tage bei euch, ist das gut?', ['paar', 'gut']],
    ['fr', 'il me faudrait aussi des pneus neufs', ['faudrait']],
    ['it', 'quanto costa il tagliando col cambio olio?', ['col']],
    ['en', 'what are my options to fill the gap', ['options']],
    ['en', 'do we sort that out ourselves or is it on top?', ['sort', 'top']],
    ['es', 'vivo en Valencia, ¿puedo recoger el pedido?', ['vivo']],
    ['en', 'what else is included in the price?', ['else']],
    ['es', 'me pasáis la lista de precios?', ['pasáis']],
    ['es', '¿sabéis si hay parking?', ['sabéis']],
    ['pt', 'queria saber se dá pra estacionar', ['saber', 'pra']],
    ['uk', 'чи є парковка біля вас? підкажіть мені', ['біля', 'мені']],
    ['it', 'devo portare la macchina al collaudo, mi aiutate voi?', ['aiutate']],
    ['fr', 'vous touchez aux voitures électriques ?', ['touchez']],
    ['en', "what's the total cost?", ['total']],
    ['ru', 'можно ли выехать попозже?', ['попозже']],
    ['ru', 'я живу в Москве и жутко боюсь зубных', ['живу', 'жутко']],
    ['es', 'tengo un miedo horrible al dentista', ['horrible']],
    ['ru', 'а замок дают? мы едем с подругами', ['дают', 'подругами']],
    ['es', 'somos 15 amigos, hay descuento?', ['amigos']],
    ['ru', 'а сначала посмотреть сможете?', ['сначала', 'сможете']],
  ])('%s: "%s" leaves out %j', (lang, question, fillers) => {
    const knowledge = knowledgeOf(lang, [block('any', 'Any', 'Any text.')]);
    const texts = knowledge.analyzer.analyze(question).map((unit) => unit.text);
    for (const filler of fillers) expect(texts.join(' ')).not.toContain(filler);
  });

  it.each([
    ['.', 'es', 'somos 15 amigos, hay descuento?', 'groups'],
    [
      'test/fixtures/bots/garage',
      'fr',
      'il me faudrait aussi des pneus neufs, vous en avez ?',
      'tyre-change',
    ],
  ])('%s %s: "%s" is answered from %s', expectAnsweredFrom);
});

describe('a common verb is no membership', () => {
  it.each(['mi pedido no llega, ¿qué pasa?', '¿se puede pasar la excursión a otro día?'])(
    'es: "%s" names no subscription or pass',
    (question) => {
      const { analyzer } = knowledgeOf('es', [block('any', 'Cualquiera', 'Un texto.')]);
      const units = analyzer.analyze(question);
      expect(units.filter((unit) => analyzer.inGroupWith(unit, 'suscripción'))).toEqual([]);
    },
  );
});
