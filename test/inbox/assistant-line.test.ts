import { describe, expect, it } from 'vitest';
import type { BotReplyDetails, TimelineEntry } from '../../src/domain/conversation.js';
import type { OpenConversation } from '../../src/inbox/inbox-client.js';
import { transcriptLines } from '../../src/inbox/transcript-lines.js';

const reply = (seq: number, bot: Partial<BotReplyDetails>): TimelineEntry => ({
  kind: 'message',
  seq,
  id: `m${seq}`,
  at: '2026-12-06T10:00:00.000Z',
  author: { kind: 'bot' },
  text: 'Montserrat costs €69.',
  attachments: [],
  bot: { citations: [], provider: 'offline', latencyMs: 12, failed: false, ...bot },
});

describe('the inbox transcript', () => {
  it('names the assistant routing chose under its replies, and none for the default bot', () => {
    const open = {
      id: 'c1',
      entries: [reply(1, { assistant: 'sales' }), reply(2, {})],
      streams: {},
      draft: '',
      visitorTyping: false,
    } as unknown as OpenConversation;
    const texts = transcriptLines(open, [], 'Ana', 80).map((line) => line.text);
    const details = texts.filter((text) => text.includes('offline'));
    expect(details).toHaveLength(2);
    expect(details[0]).toMatch(/offline · 12 ms · assistant sales$/);
    expect(details[1]).toMatch(/offline · 12 ms$/);
  });
});
