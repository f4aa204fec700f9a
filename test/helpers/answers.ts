import { expect } from 'vitest';
import { answerOffline, type OfflineAnswer } from '../../src/ai/offline-answerer.js';
import { projectKnowledge } from './knowledge.js';

/** The thresholds a bot has unless its config says otherwise. */
export const asConfigured = { minConfidence: 0.7, minClarifyConfidence: 0.5 };

/** A bot project's answer (`.` or a fixture bot's folder) to a question asked alone, offline. */
export function projectAnswer(dir: string, lang: string, question: string): OfflineAnswer {
  return answerOffline(projectKnowledge(dir, lang), question, [], asConfigured);
}

/** The question, after the previous exchange if any, is answered, not refused, and from the block given. */
export function expectAnsweredFrom(
  dir: string,
  lang: string,
  question: string,
  id: string,
  previous: readonly string[] = [],
): void {
  const answer = answerOffline(projectKnowledge(dir, lang), question, previous, asConfigured);
  expect(answer.failed, `confidence ${answer.confidence}`).toBe(false);
  expect(answer.citations[0]?.id).toBe(id);
}
