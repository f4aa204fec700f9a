import { describe, expect, it } from 'vitest';
import { alreadyRecorded, unansweredQuestions } from '../../src/chat/recovery.js';
import type { MessageEntry, TimelineEntry } from '../../src/domain/conversation.js';

let seq = 0;
const at = '2026-11-23T10:00:00.000Z';
const said = (kind: 'visitor' | 'bot' | 'operator', text: string): TimelineEntry => ({
  kind: 'message',
  seq: ++seq,
  id: `m${seq}`,
  at,
  author: kind === 'operator' ? { kind, name: 'Ana' } : { kind },
  text,
  attachments: [],
});
/** The bot's reply to a question, as the service stores it. */
const answer = (question: TimelineEntry, text: string): TimelineEntry => ({
  kind: 'message',
  seq: ++seq,
  id: `m${seq}`,
  at,
  author: { kind: 'bot' },
  text,
  attachments: [],
  bot: { citations: [], provider: 'offline', latencyMs: 1, failed: false, inReplyTo: question.seq },
});
const event = (
  type: 'state' | 'recovery' | 'lead',
  data: Record<string, unknown>,
): TimelineEntry => ({
  kind: 'event',
  seq: ++seq,
  id: `e${seq}`,
  at,
  type,
  data,
});
const texts = (entries: TimelineEntry[] | undefined) =>
  entries?.map((entry) => (entry.kind === 'message' ? entry.text : entry.type));

describe('questions nothing answered', () => {
  it('are the visitor’s messages with words after the last reply, oldest first', () => {
    seq = 0;
    const timeline = [
      said('visitor', 'Hi'),
      said('bot', 'Hello!'),
      said('visitor', 'Montserrat?'),
      said('visitor', ''),
      event('lead', {}),
      said('visitor', 'And Girona?'),
    ];
    expect(texts(unansweredQuestions(timeline))).toEqual(['Montserrat?', 'And Girona?']);
    expect(unansweredQuestions([...timeline, said('bot', 'Both!')])).toEqual([]);
  });

  it('include one written before the reply to the previous one was stored', () => {
    seq = 0;
    const first = said('visitor', 'Montserrat?');
    const second = said('visitor', 'And Girona?');
    const timeline = [first, second, answer(first, 'Montserrat is 69 EUR.')];
    expect(texts(unansweredQuestions(timeline))).toEqual(['And Girona?']);
    expect(unansweredQuestions([...timeline, answer(second, 'Girona is 59 EUR.')])).toEqual([]);
    // A window that starts after the answered question is enough to tell.
    expect(texts(unansweredQuestions(timeline.slice(1)))).toEqual(['And Girona?']);
  });

  it('leave out what was written while a person had the chat, but count a reopened one', () => {
    seq = 0;
    const handedBack = [
      said('visitor', 'A person please'),
      event('state', { from: 'human', to: 'bot', by: 'Ana' }),
    ];
    expect(unansweredQuestions(handedBack)).toEqual([]);
    seq = 0;
    const reopened = [
      said('operator', 'Solved?'),
      said('visitor', 'One more thing'),
      event('state', { from: 'resolved', to: 'bot', by: 'visitor' }),
    ];
    expect(texts(unansweredQuestions(reopened))).toEqual(['One more thing']);
  });

  it('need older entries when the window starts with unanswered questions', () => {
    seq = 5;
    expect(unansweredQuestions([said('visitor', 'Still there?')])).toBeUndefined();
    seq = 0;
    expect(texts(unansweredQuestions([said('visitor', 'First words')]))).toEqual(['First words']);
  });

  it('are recorded once per action', () => {
    seq = 0;
    const question = said('visitor', 'Montserrat?');
    const timeline = [question, event('recovery', { action: 'answered' })];
    expect(alreadyRecorded(timeline, question as MessageEntry, 'answered')).toBe(true);
    expect(alreadyRecorded(timeline, question as MessageEntry, 'apology')).toBe(false);
  });
});
