import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../src/domain/conversation.js';
import type { OpenConversation } from '../../src/inbox/inbox-client.js';
import { transcriptLines } from '../../src/inbox/transcript-lines.js';

const mark = (seq: number, data: Record<string, unknown>): TimelineEntry => ({
  kind: 'event',
  seq,
  id: `e${seq}`,
  at: '2026-12-06T10:00:00.000Z',
  type: 'email-follow-up',
  data,
});

describe('the inbox transcript', () => {
  it('says when replies to a conversation also go to the visitor by email', () => {
    const open = {
      id: 'c1',
      entries: [mark(1, {}), mark(2, { email: 'maria@example.com' })],
      streams: {},
      draft: '',
      visitorTyping: false,
    } as unknown as OpenConversation;
    const texts = transcriptLines(open, [], 'Ana', 80).map((line) => line.text);
    expect(texts[0]).toMatch(/— asked for an email: replies will go there too$/);
    expect(texts[1]).toMatch(/— replies also go by email to maria@example\.com$/);
  });
});
