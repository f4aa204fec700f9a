/**
 * The part of `chatbot kb stats` about answers: per block, how often bot answers cited it and
 * how visitors voted on them (widget.feedback), read from the data folder.
 */
import { resolve } from 'node:path';
import { blockRatings } from '../insight/block-ratings.js';
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';
import { type Output, table } from './output.js';

export interface BlockAnswers {
  readonly id: string;
  readonly title: string;
  readonly cited: number;
  readonly up: number;
  readonly down: number;
}

export async function answersByBlock(
  snapshot: BotSnapshot,
  projectDir: string,
  dataDir: string | undefined,
): Promise<{ rows: BlockAnswers[]; table: (colors: Output['colors']) => string }> {
  const ratings = await blockRatings(
    resolve(dataDir ?? resolve(projectDir, snapshot.config.storage.dir)),
  );
  const titles = new Map<string, string>();
  for (const knowledge of snapshot.languages.values())
    for (const block of knowledge.blocks)
      if (!titles.has(block.id)) titles.set(block.id, block.title);
  const ids = new Set([...titles.keys(), ...ratings.keys()]);
  const rows = [...ids]
    .map((id) => {
      const rating = ratings.get(id);
      return {
        id,
        title: titles.get(id) ?? '(no longer in the knowledge)',
        cited: rating?.cited ?? 0,
        up: rating?.up ?? 0,
        down: rating?.down ?? 0,
      };
    })
    .sort((a, b) => b.cited - a.cited || b.down - a.down || a.id.localeCompare(b.id));
  return {
    rows,
    table: (c) =>
      `${table(
        ['block', 'title', 'cited', '👍', '👎'],
        rows.map((row) => [
          row.id,
          row.title,
          String(row.cited),
          String(row.up),
          row.down > row.up ? c.yellow(String(row.down)) : String(row.down),
        ]),
      )}\n${c.dim('answers citing each block, and visitors’ votes on them (widget.feedback)')}`,
  };
}
