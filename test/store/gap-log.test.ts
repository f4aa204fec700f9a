import { appendFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GapLog, type GapRecord, readGapLog } from '../../src/store/gap-log.js';
import { LowdbStore } from '../../src/store/lowdb-store.js';
import { tempDir } from '../helpers/project.js';

const record = (conversation: number, lang: string, at: string): GapRecord => ({
  at,
  conversationId: conversation.toString(16).padStart(32, '0'),
  lang,
  question: `question ${conversation}`,
  reason: 'refused',
});

describe('the gap log', () => {
  it('appends private lines, filters by time and language, and survives a torn line', async () => {
    const dir = tempDir();
    const log = new GapLog(dir);
    await log.append(record(1, 'en', '2026-01-01T00:00:00.000Z'));
    await log.append(record(2, 'ru', '2026-01-02T00:00:00.000Z'));
    await log.close();
    expect(statSync(log.path).mode & 0o777).toBe(0o600);
    // A power cut in the middle of a line: the reader skips it, the next append starts anew.
    appendFileSync(log.path, '{"at":"2026-01-03');
    const again = new GapLog(dir);
    await again.append(record(3, 'en', '2026-01-04T00:00:00.000Z'));
    await again.close();
    expect((await readGapLog(log.path)).map((gap) => gap.question)).toEqual([
      'question 1',
      'question 2',
      'question 3',
    ]);
    expect(
      (await readGapLog(log.path, { since: '2026-01-02T00:00:00.000Z', lang: 'en' })).map(
        (gap) => gap.question,
      ),
    ).toEqual(['question 3']);
  });

  it('forgets the records of erased conversations, through the store, and keeps recording', async () => {
    const dir = tempDir();
    const store = new LowdbStore(dir);
    await store.open();
    await store.recordGap(record(1, 'en', '2026-01-01T00:00:00.000Z'));
    await store.recordGap(record(2, 'en', '2026-01-02T00:00:00.000Z'));
    expect(await store.forgetGaps(new Set([record(1, 'en', '').conversationId]))).toBe(1);
    await store.recordGap(record(3, 'en', '2026-01-03T00:00:00.000Z'));
    expect((await store.gaps()).map((gap) => gap.question)).toEqual(['question 2', 'question 3']);
    await store.close();
    expect(readFileSync(join(dir, 'gaps.log'), 'utf8')).not.toContain('question 1');
    expect(statSync(join(dir, 'gaps.log')).mode & 0o777).toBe(0o600);
  });
});
