import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupGaps, readQuestion, similarity } from '../../src/insight/gap-groups.js';
import { LiveBot } from '../../src/snapshot/live-bot.js';
import type { GapRecord } from '../../src/store/gap-log.js';
import { labelledGaps } from '../fixtures/gaps/labelled.js';

let bot: LiveBot;
beforeAll(async () => {
  bot = await LiveBot.start({
    projectDir: resolve(import.meta.dirname, '../..'),
    mode: 'validate',
  });
});
afterAll(() => bot.close());

function records(lang: string, questions: readonly string[]): GapRecord[] {
  return questions.map((question, index) => ({
    at: new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString(),
    conversationId: index.toString(16).padStart(32, '0'),
    lang,
    question,
    reason: 'refused',
  }));
}

describe.each(Object.keys(labelledGaps))('grouping gap questions in %s', (lang) => {
  const labelled = labelledGaps[lang]!;
  const topicOf = new Map(labelled.map(([topic, question]) => [question.trim(), topic]));

  it('puts questions about one thing in one group, and different things apart', () => {
    const groups = groupGaps(
      bot.snapshot.knowledge(lang),
      records(
        lang,
        labelled.map(([, question]) => question),
      ),
      { examples: 100 },
    );
    const topicsByGroup = groups.map((group) =>
      [...new Set(group.questions.map((question) => topicOf.get(question.text)))].sort(),
    );
    // No group mixes topics…
    for (const topics of topicsByGroup) expect(topics).toHaveLength(1);
    // …and each topic is one group.
    const topics = topicsByGroup.map((group) => group[0]);
    expect(topics.sort()).toEqual([...new Set(labelled.map(([topic]) => topic))].sort());
  });

  it('ranks the most asked topic first and names the closest block with its score', () => {
    const [first] = labelled;
    const repeated = [first![1], first![1], first![1], ...labelled.map(([, question]) => question)];
    const [top] = groupGaps(bot.snapshot.knowledge(lang), records(lang, repeated));
    expect(topicOf.get(top!.questions[0]!.text)).toBe(first![0]);
    expect(top!.questions[0]!.count).toBe(4);
    expect(top!.closest?.id).toMatch(/\w/);
    expect(top!.closest!.confidence).toBeGreaterThanOrEqual(0);
    expect(top!.closest!.confidence).toBeLessThanOrEqual(1);
  });

  it('scores pairs of a topic above the threshold and pairs across topics below it', () => {
    const knowledge = bot.snapshot.knowledge(lang);
    const read = labelled.map(([topic, question]) => ({
      topic,
      reading: readQuestion(knowledge, question),
    }));
    let across = 0;
    for (const a of read)
      for (const b of read)
        if (a.topic !== b.topic) across = Math.max(across, similarity(a.reading, b.reading));
    expect(across).toBeLessThan(0.5);
  });
});

it('leaves out questions that ask about nothing', () => {
  const groups = groupGaps(bot.snapshot.knowledge('en'), records('en', ['hi', '???', 'hello!']));
  expect(groups).toEqual([]);
});
