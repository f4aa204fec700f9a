import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ReplyStream } from '../../src/chat/reply-stream.js';
import type { ReplyEvent } from '../../src/protocol/visitor.js';

function recorded() {
  const events: Array<ReplyEvent | { typing: boolean }> = [];
  const stream = new ReplyStream('r1', {
    reply: (event) => events.push(event),
    typing: (on) => events.push({ typing: on }),
  });
  return { events, stream };
}

/** What a client shows: the deltas since the last reset. */
function shown(events: Array<ReplyEvent | { typing: boolean }>): string {
  let text = '';
  for (const event of events) {
    if (!('phase' in event)) continue;
    if (event.phase === 'reset') text = '';
    if (event.phase === 'delta') text += event.text;
  }
  return text;
}

describe('a bot reply as it is shown', () => {
  it('sends nothing when the reply is finished before the event loop turns', async () => {
    const { events, stream } = recorded();
    stream.begin();
    stream.text('The whole ');
    stream.text('answer.');
    stream.finish('The whole answer.');
    stream.delivered();
    stream.stopTyping();
    await nextTurn();
    expect(events).toEqual([]);
  });

  it('shows typing, then one delta per turn of the loop, and completes to the final text', async () => {
    const { events, stream } = recorded();
    stream.begin();
    await nextTurn();
    stream.text('Montserrat ');
    stream.text('costs ');
    await nextTurn();
    stream.text('65 EUR');
    await nextTurn();
    stream.finish('Montserrat costs 65 EUR.');
    stream.delivered();
    stream.stopTyping();
    expect(events).toEqual([
      { typing: true },
      { replyId: 'r1', phase: 'start' },
      { replyId: 'r1', phase: 'delta', text: 'Montserrat costs ' },
      { replyId: 'r1', phase: 'delta', text: '65 EUR' },
      { replyId: 'r1', phase: 'delta', text: '.' },
      { typing: false },
    ]);
  });

  it('resets before a final text that does not continue what was shown', async () => {
    const { events, stream } = recorded();
    stream.begin();
    stream.text('The Montserrat trip ');
    await nextTurn();
    stream.reset();
    stream.text('Montserrat monastery: 69 EUR.');
    stream.finish('Montserrat monastery: 69 EUR.');
    expect(events.slice(3).map((event) => ('phase' in event ? event.phase : 'typing'))).toEqual([
      'reset',
      'delta',
    ]);
    expect(shown(events)).toBe('Montserrat monastery: 69 EUR.');
  });

  it('withdraws a shown stream when cancelled, and nothing once delivered', async () => {
    const cancelled = recorded();
    cancelled.stream.text('Let me check ');
    await nextTurn();
    cancelled.stream.cancel();
    cancelled.stream.text('more');
    await nextTurn();
    expect(cancelled.events.at(-1)).toEqual({ replyId: 'r1', phase: 'cancel' });

    const delivered = recorded();
    delivered.stream.text('Done.');
    await nextTurn();
    delivered.stream.finish('Done.');
    delivered.stream.delivered();
    delivered.stream.cancel();
    expect(delivered.events.map((event) => ('phase' in event ? event.phase : 'typing'))).toEqual([
      'typing',
      'start',
      'delta',
    ]);
  });
});
