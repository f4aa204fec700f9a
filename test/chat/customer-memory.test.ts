/**
 * Customer memory's pure parts: which keys link two conversations, and the extractive summary
 * line the bot's prompt gets for an earlier conversation.
 */
import { describe, expect, it } from 'vitest';
import { sharedKeys } from '../../src/chat/customer-memory.js';
import { summaryLine } from '../../src/chat/memory-summary.js';
import type { ConversationSummary, TimelineEntry } from '../../src/domain/conversation.js';

const row = (fields: Partial<ConversationSummary>): ConversationSummary => ({
  id: 'c1',
  channel: 'widget',
  state: 'resolved',
  lang: 'en',
  createdAt: '2026-11-03T10:00:00.000Z',
  updatedAt: '2026-11-03T10:20:00.000Z',
  messages: 4,
  visitorTexts: [],
  ...fields,
});

let seq = 0;
const said = (author: 'visitor' | 'bot' | 'Ana', text: string, cited: string[] = []) =>
  ({
    kind: 'message',
    seq: ++seq,
    id: `m${seq}`,
    at: '2026-11-03T10:00:00.000Z',
    author: author === 'Ana' ? { kind: 'operator', name: 'Ana' } : { kind: author },
    text,
    attachments: [],
    ...(author === 'bot'
      ? {
          bot: {
            citations: cited.map((title) => ({ id: title, title, url: undefined })),
            provider: 'offline',
            latencyMs: 1,
            failed: false,
          },
        }
      : {}),
  }) as TimelineEntry;

describe('customer memory', () => {
  it('links by visitor id, email in any case, and phone', () => {
    expect(
      sharedKeys(
        row({ visitorId: 'v1', contactEmail: 'Maria@Example.com', contactPhone: '+34612345678' }),
        row({ visitorId: 'v1', contactEmail: 'maria@example.com', contactPhone: '+34600000000' }),
      ),
    ).toEqual(['visitor', 'email']);
    expect(sharedKeys(row({}), row({}))).toEqual([]);
  });

  it('summarises a conversation by its questions, topics, contact and outcome', () => {
    const entries = [
      said('visitor', 'Hello'),
      said('visitor', 'Is the Girona trip\non Mondays?'),
      said('bot', 'Yes, every Monday.', ['Girona day trip', 'Girona day trip']),
      said('visitor', 'How much for "two"?'),
      said('bot', '90 EUR each.', ['Prices']),
      said('Ana', 'I booked it for you.'),
    ];
    expect(
      summaryLine(
        row({ contactEmail: 'maria@example.com', contactName: 'Maria', rating: 5 }),
        entries,
      ),
    ).toBe(
      '- 2026-11-03 (resolved): asked "Is the Girona trip on Mondays?", "How much for \'two\'?"; topics: Girona day trip, Prices; left their name and email; talked with Ana; rated 5/5.',
    );
    // No question mark: the first messages stand for what they wanted.
    expect(summaryLine(row({ state: 'bot' }), [said('visitor', 'I want a tour')])).toBe(
      '- 2026-11-03 (ended with the bot): asked "I want a tour".',
    );
  });
});
