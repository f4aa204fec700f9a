import { describe, expect, it } from 'vitest';
import { matches, parseQuery, QueryError } from '../../src/conversations/query.js';
import type { ConversationSummary } from '../../src/domain/conversation.js';

const now = new Date('2026-06-01T12:00:00Z');

function row(fields: Partial<ConversationSummary>): ConversationSummary {
  return {
    id: 'a'.repeat(32),
    channel: 'widget',
    state: 'resolved',
    lang: 'en',
    createdAt: '2026-05-30T10:00:00.000Z',
    updatedAt: '2026-05-30T10:00:00.000Z',
    messages: 3,
    visitorTexts: ['How much is the Montserrat trip?'],
    ...fields,
  };
}

const chosen = (parameters: Record<string, string>, summary: ConversationSummary) =>
  matches(summary, parseQuery(parameters, now));

describe('conversation filters', () => {
  it('reads relative and absolute dates against the last activity', () => {
    expect(parseQuery({ since: '7d' }, now).since).toBe('2026-05-25T12:00:00.000Z');
    expect(parseQuery({ before: '90d' }, now).before).toBe('2026-03-03T12:00:00.000Z');
    // A "to" date takes in that whole day.
    expect(parseQuery({ from: '2026-05-01', to: '2026-05-31' }, now)).toEqual({
      since: '2026-05-01T00:00:00.000Z',
      before: '2026-06-01T00:00:00.000Z',
    });
    const old = row({ updatedAt: '2026-01-10T00:00:00.000Z' });
    expect(chosen({ before: '90d' }, old)).toBe(true);
    expect(chosen({ since: '90d' }, old)).toBe(false);
    expect(chosen({ from: '2026-01-10', to: '2026-01-10' }, old)).toBe(true);
  });

  it('filters by where the visitor came from, what they left and how they rated', () => {
    const visit = row({
      country: 'ES',
      city: 'Barcelona',
      utmSource: 'google',
      utmMedium: 'cpc',
      utmCampaign: 'spring',
      entryPage: 'https://solymar.example/tours/montserrat',
      contactEmail: 'ana@example.com',
      rating: 2,
    });
    expect(chosen({ country: 'es', city: 'barcelona' }, visit)).toBe(true);
    expect(chosen({ country: 'FR' }, visit)).toBe(false);
    expect(chosen({ utmSource: 'google', utmMedium: 'cpc', utmCampaign: 'spring' }, visit)).toBe(
      true,
    );
    expect(chosen({ utmSource: 'bing' }, visit)).toBe(false);
    expect(chosen({ entryPage: '/tours/' }, visit)).toBe(true);
    expect(chosen({ hasLead: 'yes' }, visit)).toBe(true);
    expect(chosen({ hasLead: 'no' }, visit)).toBe(false);
    expect(chosen({ rating: '1-2' }, visit)).toBe(true);
    expect(chosen({ rating: '5' }, visit)).toBe(false);
    expect(chosen({ text: 'montserrat', state: 'resolved,bot', lang: 'en' }, visit)).toBe(true);
    expect(chosen({ channel: 'api' }, visit)).toBe(false);
    expect(chosen({ archived: 'yes' }, visit)).toBe(false);
    expect(chosen({ archived: 'no' }, visit)).toBe(true);
  });

  it('says which parameter it cannot read', () => {
    expect(() => parseQuery({ state: 'open' }, now)).toThrow(QueryError);
    expect(() => parseQuery({ state: 'open' }, now)).toThrow(/state is one of bot, waiting/);
    expect(() => parseQuery({ since: 'last week' }, now)).toThrow(/since takes a duration/);
    expect(() => parseQuery({ rating: '7' }, now)).toThrow(/rating is a number 1-5/);
    expect(() => parseQuery({ channel: 'email' }, now)).toThrow(/channel is "widget" or "api"/);
  });
});
