import { afterEach } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import type { LiveBot } from '../../src/snapshot/live-bot.js';

/** What the offline answerer says to a question, from the bot's current snapshot. */
export function askOffline(bot: LiveBot, lang: string, question: string): string {
  return answerOffline(bot.snapshot.knowledge(lang), question, [], bot.snapshot.config.retrieval)
    .text;
}

/** The demo's pets question: its answer changes in the reload tests. */
export const petsAnswer = (bot: LiveBot) => askOffline(bot, 'en', 'Can I bring my dog?');

const steps: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of steps.splice(0).reverse()) await step();
});

/** Runs after the current test, in reverse order of registration: servers, bots, temp state. */
export function cleanupAfterTest(step: () => Promise<void> | void): void {
  steps.push(step);
}
