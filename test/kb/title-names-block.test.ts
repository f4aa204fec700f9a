/**
 * A "did you mean…" reply offers topics as buttons, and a click sends the topic's title. The
 * title must then answer from its block, in every business and language: before, 50 of 996
 * titles did not (another "did you mean…", a refusal, or the block of a similar title).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { LanguageKnowledge } from '../../src/kb/language-knowledge.js';
import { type KnowledgeFile, knowledgeSchema } from '../../src/kb/schema.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

const unsure = { minConfidence: 0.7, minClarifyConfidence: 0.5 };

function knowledgeFiles(): Array<{ name: string; lang: string; file: KnowledgeFile }> {
  const dirs = [
    'kb',
    ...readdirSync('test/fixtures/bots').map((bot) => `test/fixtures/bots/${bot}/kb`),
  ];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({
        name: join(dir, name),
        lang: name.replace(/\.json$/, ''),
        file: knowledgeSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))),
      })),
  );
}

describe('a message that is a topic’s title', () => {
  it.each(knowledgeFiles())('answers from that topic in $name', ({ lang, file }) => {
    const knowledge = new LanguageKnowledge(lang, file);
    const missed = knowledge.blocks
      .map((topic) => ({ topic, answer: answerOffline(knowledge, topic.title, [], unsure) }))
      .filter(({ topic, answer }) => answer.citations[0]?.id !== topic.id)
      .map(({ topic, answer }) => `${topic.title} → ${answer.source} ${answer.citations[0]?.id}`);
    expect(missed).toEqual([]);
  });

  it('is read in any case, without accents or punctuation, and even after another question', () => {
    const knowledge = knowledgeOf('es', [
      block('location', 'Dónde estamos', 'Calle Larios 5, Málaga.'),
      block('prices', 'Precios de mudanzas locales', 'Un piso de un dormitorio desde 290 €.'),
      block('uk', 'Precios al Reino Unido', 'Desde 2.900 € a Londres.'),
    ]);
    const asked = answerOffline(knowledge, 'donde ESTAMOS', [], unsure);
    expect(asked.citations[0]?.id).toBe('location');
    expect(asked.text).toContain('Calle Larios 5');
    const after = answerOffline(
      knowledge,
      'Precios de mudanzas locales.',
      ['¿cuánto cuesta mudarse a Londres?', 'Desde 2.900 € a Londres.'],
      unsure,
    );
    expect(after.citations[0]?.id).toBe('prices');
  });

  it('is not a question that only holds a title among other words', () => {
    const knowledge = knowledgeOf('en', [
      block('location', 'Where we are', 'Calle Larios 5, Málaga.'),
      block('parking', 'Parking', 'There is a car park under the building.'),
    ]);
    const answer = answerOffline(
      knowledge,
      'where we are planning to go, is there a sauna?',
      [],
      unsure,
    );
    expect(answer.confidence).toBeLessThan(1);
  });
});
