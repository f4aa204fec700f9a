/**
 * Per knowledge block: how many bot answers cited it, and how visitors voted on those answers.
 * Read from the conversation logs in a data folder without opening them for writing, so it
 * works next to a running server. A vote changed later counts once, as its last value.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { feedbackOf } from '../chat/answer-feedback.js';
import type { TimelineEntry } from '../domain/conversation.js';

export interface BlockRating {
  readonly id: string;
  cited: number;
  up: number;
  down: number;
}

export async function blockRatings(dataDir: string): Promise<Map<string, BlockRating>> {
  const blocks = new Map<string, BlockRating>();
  const of = (id: string) => {
    const known = blocks.get(id);
    if (known) return known;
    const rating = { id, cited: 0, up: 0, down: 0 };
    blocks.set(id, rating);
    return rating;
  };
  const dir = join(dataDir, 'conversations');
  let files: string[];
  try {
    files = (await readdir(dir)).filter((name) => name.endsWith('.log'));
  } catch {
    return blocks;
  }
  for (const file of files) {
    const votes = new Map<string, { vote: 'up' | 'down'; cited: readonly string[] }>();
    for (const entry of await entriesOf(join(dir, file))) {
      if (entry.kind === 'message' && entry.bot && entry.bot.provider !== 'bot')
        for (const citation of entry.bot.citations) of(citation.id).cited++;
      const feedback = feedbackOf(entry);
      if (feedback) votes.set(feedback.messageId, feedback);
    }
    for (const { vote, cited } of votes.values()) for (const id of cited) of(id)[vote]++;
  }
  return blocks;
}

async function entriesOf(path: string): Promise<TimelineEntry[]> {
  const entries: TimelineEntry[] = [];
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (!line) continue;
    try {
      entries.push((JSON.parse(line) as { e: TimelineEntry }).e);
    } catch {
      // A torn last line was never acknowledged.
    }
  }
  return entries;
}
