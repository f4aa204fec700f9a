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
    floors: { right: 46, dialogueRight: 55, refusal: 90, maxWrong: 16, top1: 76, top3: 89 },
  },
  {
    name: 'the hotel',
    dir: 'test/fixtures/bots/hotel',
    floors: { right: 66, dialogueRight: 39, refusal: 80, maxWrong: 16, top1: 84, top3: 93 },
  },
  {
    name: 'the coffee shop',
    dir: 'test/fixtures/bots/shop',
    floors: { right: 56, dialogueRight: 41, refusal: 78, maxWrong: 17, top1: 72, top3: 88 },
  },
];

describe('answer quality, offline, on labelled sets of three businesses', () => {
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
