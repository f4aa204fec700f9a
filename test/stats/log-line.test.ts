/**
 * The quick reading of log lines must see what a full parse sees, whatever the text holds:
 * text that looks like keys, non-Latin letters, a patch after the entry, a line being written.
 */
import { describe, expect, it } from 'vitest';
import { readLog } from '../../src/stats/log-line.js';

const bot = {
  citations: [{ id: 'día', title: 'Экскурсии "de un día"' }],
  provider: 'openai',
  model: 'gpt-4o-mini',
  latencyMs: 900,
  failed: true,
  refusal: true,
  attempts: [
    {
      provider: 'openai',
      model: 'gpt-4o-mini',
      outcome: 'ok',
      totalMs: 9,
      tokens: { input: 12, output: 3 },
    },
  ],
  handoff: { reason: 'failed-answers', humanAvailable: false },
};
const tricky = 'He wrote },"m":{"state":"human"} and "bot":{"refusal":true} — ¿sí? Да! €';
const entries = [
  {
    e: {
      seq: 1,
      id: 'a',
      at: '2026-03-02T10:00:00.000Z',
      kind: 'message',
      author: { kind: 'visitor' },
      text: tricky,
      attachments: [],
      clientId: 'c1',
    },
  },
  {
    e: {
      seq: 2,
      id: 'b',
      at: '2026-03-02T10:00:01.000Z',
      kind: 'message',
      author: { kind: 'bot' },
      text: tricky,
      attachments: [],
      clientId: 'r1',
      bot,
    },
    m: { bot: { failedInARow: 1, aiReplies: 1 } },
  },
  {
    e: {
      seq: 3,
      id: 'c',
      at: '2026-03-02T10:00:02.000Z',
      kind: 'message',
      author: { kind: 'bot' },
      text: tricky,
      attachments: [],
      bot,
    },
  },
  {
    e: {
      seq: 4,
      id: 'd',
      at: '2026-03-02T10:00:03.000Z',
      kind: 'message',
      author: { kind: 'visitor' },
      text: tricky,
      attachments: [],
    },
    m: { state: 'bot' },
  },
  {
    e: {
      seq: 5,
      id: 'e',
      at: '2026-03-02T10:00:04.000Z',
      kind: 'event',
      type: 'state',
      data: { from: 'bot', to: 'waiting', by: 'bot', reason: 'keyword' },
    },
    m: { state: 'waiting', waitingSince: '2026-03-02T10:00:04.000Z' },
  },
  {
    e: {
      seq: 6,
      id: 'f',
      at: '2026-03-02T10:00:05.000Z',
      kind: 'message',
      author: { kind: 'operator', name: 'Ana' },
      text: tricky,
      attachments: [],
    },
  },
];

describe('reading a timeline log for stats', () => {
  it('finds what a full parse finds, but the message text', () => {
    const log = Buffer.from(
      `${entries.map((line) => JSON.stringify(line)).join('\n')}\n{"e":{"seq":7,"id":"g","at":"2026`,
    );
    const read = [...readLog(log)];
    expect(read).toHaveLength(6);
    for (const [index, line] of read.entries()) {
      const expected = entries[index]!;
      expect(line.entry).toMatchObject({
        seq: expected.e.seq,
        at: expected.e.at,
        kind: expected.e.kind,
      });
      expect(line.state).toBe((expected as { m?: { state?: string } }).m?.state);
      if ('author' in expected.e)
        expect(line.entry).toMatchObject({ author: { kind: expected.e.author?.kind } });
      if ('bot' in expected.e)
        expect(line.entry).toMatchObject({
          bot: {
            provider: bot.provider,
            refusal: true,
            handoff: bot.handoff,
            attempts: bot.attempts,
          },
        });
      if (expected.e.kind === 'event') expect(line.entry).toEqual(expected.e);
    }
  });
});
