/**
 * Answer quality held like a test: `chatbot eval` on the demo bot and on each fixture bot,
 * offline, with thresholds. A change that makes answers worse on any of these businesses
 * fails here, with the misses in the output. The floors sit just under today's figures
 * (docs/knowledge.md, "Measured answer quality"); raise them as answers improve.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const bots = [
  {
    name: 'the demo tour operator',
    dir: '.',
    floors: { right: 67, dialogueRight: 78, refusal: 94, maxWrong: 8, top1: 86, top3: 95 },
  },
  {
    name: 'the hotel',
    dir: 'test/fixtures/bots/hotel',
    floors: { right: 84, dialogueRight: 64, refusal: 81, maxWrong: 9, top1: 88, top3: 96 },
  },
  {
    name: 'the coffee shop',
    dir: 'test/fixtures/bots/shop',
    floors: { right: 73, dialogueRight: 62, refusal: 84, maxWrong: 9, top1: 81, top3: 93 },
  },
  {
    name: 'the dental clinic',
    dir: 'test/fixtures/bots/clinic',
    floors: { right: 81, dialogueRight: 54, refusal: 96, maxWrong: 10, top1: 81, top3: 93 },
  },
  {
    name: 'the language school',
    dir: 'test/fixtures/bots/school',
    floors: { right: 76, dialogueRight: 72, refusal: 91, maxWrong: 14, top1: 86, top3: 94 },
  },
  {
    // Written blind, with no tags; its failures were studied as soon as it was measured. Of its 21
    // unanswerable questions, "do you sell second hand furniture?" is answered since "do you sell"
    // carries no question, which five right answers on the other businesses paid for.
    name: 'the removals company',
    dir: 'test/fixtures/bots/movers',
    floors: { right: 55, dialogueRight: 52, refusal: 85, maxWrong: 15, top1: 68, top3: 82 },
  },
  {
    // Written by someone who never saw the answerer; never tuned on.
    name: 'the bicycle shop',
    dir: 'test/fixtures/bots/bikeshop',
    floors: { right: 75, dialogueRight: 66, refusal: 95, maxWrong: 7, top1: 87, top3: 95 },
  },
  {
    // Written the same way, with few tags; never tuned on.
    name: 'the veterinary practice',
    dir: 'test/fixtures/bots/vet',
    floors: { right: 63, dialogueRight: 59, refusal: 92, maxWrong: 12, top1: 75, top3: 89 },
  },
  {
    // Written blind in German, French and Italian; tunes those languages' words.
    name: 'the garage',
    dir: 'test/fixtures/bots/garage',
    floors: { right: 67, dialogueRight: 65, refusal: 99, maxWrong: 7, top1: 78, top3: 90 },
  },
  {
    // Written blind in Portuguese, Ukrainian and English; never tuned on.
    name: 'the coworking space',
    dir: 'test/fixtures/bots/cowork',
    floors: { right: 60, dialogueRight: 48, refusal: 96, maxWrong: 11, top1: 73, top3: 90 },
  },
  {
    // Written blind in Portuguese, Ukrainian and English after this release's tuning; never
    // tuned on.
    name: 'the hair and beauty salon',
    dir: 'test/fixtures/bots/salon',
    floors: { right: 59, dialogueRight: 55, refusal: 81, maxWrong: 21, top1: 77, top3: 89 },
  },
];

describe('answer quality, offline, on labelled sets of eleven businesses', () => {
  for (const bot of bots) {
    it(`meets its floors on ${bot.name}`, async () => {
      const { floors } = bot;
      const result = await runCli(
        [
          'eval',
          '-C',
          bot.dir,
          '--min-right',
          String(floors.right),
          '--min-dialogue-right',
          String(floors.dialogueRight),
          '--min-refusal',
          String(floors.refusal),
          '--max-wrong',
          String(floors.maxWrong),
          '--min-top1',
          String(floors.top1),
          '--min-top3',
          String(floors.top3),
        ],
        { timeoutMs: 120_000 },
      );
      // On failure the output names each missed threshold and lists every miss.
      expect(result.stderr, result.stdout).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/questions\s+all/);
    }, 180_000);
  }
});
