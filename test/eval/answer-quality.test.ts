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
    floors: { right: 70, dialogueRight: 82, refusal: 94, maxWrong: 8, top1: 86, top3: 96 },
  },
  {
    name: 'the hotel',
    dir: 'test/fixtures/bots/hotel',
    floors: { right: 88, dialogueRight: 66, refusal: 81, maxWrong: 9, top1: 88, top3: 96 },
  },
  {
    name: 'the coffee shop',
    dir: 'test/fixtures/bots/shop',
    floors: { right: 77, dialogueRight: 66, refusal: 84, maxWrong: 9, top1: 83, top3: 93 },
  },
  {
    name: 'the dental clinic',
    dir: 'test/fixtures/bots/clinic',
    floors: { right: 83, dialogueRight: 57, refusal: 96, maxWrong: 9, top1: 82, top3: 93 },
  },
  {
    name: 'the language school',
    dir: 'test/fixtures/bots/school',
    floors: { right: 76, dialogueRight: 72, refusal: 91, maxWrong: 14, top1: 86, top3: 94 },
  },
  {
    // Written blind, with no tags; its failures were studied as soon as it was measured. Of its 21
    // unanswerable questions, "do you sell second hand furniture?" is answered since "do you sell"
    // carries no question, which five right answers on the other businesses paid for. Reading
    // "собираете" as furniture assembly answered two more turns and one question, and carried the
    // local move's answer into the next turn ("а кухню установить сможете?"): one wrong turn more.
    name: 'the removals company',
    dir: 'test/fixtures/bots/movers',
    floors: { right: 57, dialogueRight: 54, refusal: 85, maxWrong: 16, top1: 70, top3: 84 },
  },
  {
    // Written by someone who never saw the answerer; never tuned on.
    name: 'the bicycle shop',
    dir: 'test/fixtures/bots/bikeshop',
    floors: { right: 77, dialogueRight: 69, refusal: 95, maxWrong: 7, top1: 87, top3: 95 },
  },
  {
    // Written the same way, with few tags; never tuned on.
    name: 'the veterinary practice',
    dir: 'test/fixtures/bots/vet',
    floors: { right: 63, dialogueRight: 60, refusal: 92, maxWrong: 12, top1: 76, top3: 89 },
  },
  {
    // Written blind in German, French and Italian; tunes those languages' words.
    name: 'the garage',
    dir: 'test/fixtures/bots/garage',
    floors: { right: 68, dialogueRight: 68, refusal: 99, maxWrong: 7, top1: 79, top3: 90 },
  },
  {
    // Written blind in Portuguese, Ukrainian and English; never tuned on.
    name: 'the coworking space',
    dir: 'test/fixtures/bots/cowork',
    floors: { right: 61, dialogueRight: 49, refusal: 96, maxWrong: 11, top1: 73, top3: 90 },
  },
  {
    // Written blind in Portuguese, Ukrainian and English after this release's tuning; never
    // tuned on.
    name: 'the hair and beauty salon',
    dir: 'test/fixtures/bots/salon',
    floors: { right: 59, dialogueRight: 55, refusal: 81, maxWrong: 21, top1: 77, top3: 90 },
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
