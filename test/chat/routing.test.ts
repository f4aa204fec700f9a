import { describe, expect, it } from 'vitest';
import { teamFor } from '../../src/chat/assignment.js';
import {
  countVisit,
  factsOf,
  type RouteFacts,
  type RoutingConfig,
  routeOf,
  utmInUrl,
} from '../../src/chat/routing.js';
import { configSchema } from '../../src/config/schema.js';
import { compileUrlPattern } from '../../src/config/url-pattern.js';
import type { VisitorFacts } from '../../src/domain/conversation.js';

/** A config through the real schema, so rules are read as the loader reads them. */
function config(extra: Record<string, unknown>) {
  return configSchema.parse({ name: 'Acme', ...extra });
}

const monday10 = new Date('2026-12-07T10:00:00Z');
const monday22 = new Date('2026-12-07T22:00:00Z');

function facts(overrides: Partial<RouteFacts> = {}): RouteFacts {
  return { lang: 'en', utm: {}, topics: [], returning: false, now: monday10, ...overrides };
}

describe('page patterns', () => {
  const matches = (pattern: string, url: string) => {
    const compiled = compileUrlPattern(pattern);
    if (!compiled.ok) throw new Error(compiled.problem);
    return compiled.test(url);
  };

  it('match the path, ignoring the query, a trailing slash and case', () => {
    expect(matches('/pricing', 'https://acme.example/pricing?utm_source=x')).toBe(true);
    expect(matches('/pricing', 'https://acme.example/Pricing/')).toBe(true);
    expect(matches('/pricing', 'https://acme.example/pricing/team')).toBe(false);
  });

  it('read * as one path segment, ** as any depth and {a,b} as either', () => {
    expect(matches('/blog/*', 'https://a.example/blog/post-1')).toBe(true);
    expect(matches('/blog/*', 'https://a.example/blog/2026/post-1')).toBe(false);
    expect(matches('/docs/**', 'https://a.example/docs/api/v2/x')).toBe(true);
    expect(matches('/{pricing,plans}*', 'https://a.example/plans-2026')).toBe(true);
    expect(matches('/{pricing,plans}*', 'https://a.example/about')).toBe(false);
  });

  it('match host and path, or the whole address, when the pattern names a host', () => {
    expect(matches('shop.acme.example/**', 'https://shop.acme.example/cart')).toBe(true);
    expect(matches('shop.acme.example/**', 'https://acme.example/cart')).toBe(false);
    expect(matches('https://acme.example/*', 'http://acme.example/cart')).toBe(false);
  });

  it('say what is wrong with a pattern that cannot work', () => {
    expect(compileUrlPattern('/a/{b,c')).toMatchObject({ ok: false });
    expect(compileUrlPattern('/a/[bc]')).toMatchObject({ ok: false });
    expect(compileUrlPattern('/a/{b,{c}}')).toMatchObject({ ok: false });
    expect(compileUrlPattern('')).toMatchObject({ ok: false });
  });
});

describe('routeOf', () => {
  const routing = config({
    languages: { supported: ['en', 'es', 'ru'] },
    assistants: { sales: {}, spanish: {}, night: {} },
    handoff: { hours: { timezone: 'UTC', 'mon-fri': '09:00-18:00' } },
    routing: [
      { when: { page: '/pricing' }, assistant: 'sales', team: 'sales' },
      { when: { utm: { source: 'google', campaign: ['spring', 'summer'] } }, team: 'ads' },
      { when: { lang: 'es' }, assistant: 'spanish' },
      { when: { topic: 'billing' }, team: 'billing' },
      { when: { hours: 'closed' }, assistant: 'night' },
      { when: { returning: true }, team: 'care' },
    ],
  }) as RoutingConfig;

  it('gives nothing when no rule matches: the default bot and the default team', () => {
    expect(routeOf(facts(), routing)).toEqual({});
  });

  it('takes each decision from the first matching rule that makes it', () => {
    const onPricing = facts({ page: 'https://acme.example/pricing', lang: 'es' });
    expect(routeOf(onPricing, routing)).toEqual({ assistant: 'sales', team: 'sales' });
    // No page rule: the language rule picks the assistant, the topic rule the team.
    expect(routeOf(facts({ lang: 'es-MX', topics: ['Billing'] }), routing)).toEqual({
      assistant: 'spanish',
      team: 'billing',
    });
  });

  it('needs every UTM tag a rule gives, case-insensitive', () => {
    const ads = { source: 'Google', campaign: 'summer' };
    expect(routeOf(facts({ utm: ads }), routing).team).toBe('ads');
    expect(routeOf(facts({ utm: { source: 'google' } }), routing).team).toBeUndefined();
  });

  it('reads business hours at the moment of the turn', () => {
    expect(routeOf(facts({ now: monday10 }), routing).assistant).toBeUndefined();
    expect(routeOf(facts({ now: monday22 }), routing).assistant).toBe('night');
  });

  it('tells returning visitors from first-time ones', () => {
    expect(routeOf(facts({ returning: true }), routing).team).toBe('care');
    expect(routeOf(facts({ returning: false }), routing).team).toBeUndefined();
  });

  it('lets "default" stop later rules from picking an assistant', () => {
    const rules = config({
      assistants: { sales: {} },
      routing: [{ when: { page: '/careers' }, assistant: 'default' }, { assistant: 'sales' }],
    }) as RoutingConfig;
    expect(routeOf(facts({ page: '/careers' }), rules)).toEqual({});
    expect(routeOf(facts({ page: '/' }), rules)).toEqual({ assistant: 'sales' });
  });
});

describe('factsOf', () => {
  const visitor = (extra: Partial<VisitorFacts>): VisitorFacts => ({
    utm: {},
    pages: [],
    firstSeen: '2026-12-07T09:00:00Z',
    lastSeen: '2026-12-07T09:00:00Z',
    ...extra,
  });

  it("reads UTM tags the widget sent, else from the entry page's address", () => {
    const fromUrl = factsOf(
      {
        lang: 'en',
        visitor: visitor({
          page: 'https://a.example/pricing',
          pages: [
            { url: 'https://a.example/?utm_source=google&utm_campaign=spring', at: '' },
            { url: 'https://a.example/pricing', at: '' },
          ],
        }),
      },
      monday10,
    );
    expect(fromUrl.utm).toEqual({ source: 'google', campaign: 'spring' });
    expect(fromUrl.page).toBe('https://a.example/pricing');
    const sent = factsOf(
      {
        lang: 'en',
        visitor: visitor({
          page: 'https://a.example/?utm_source=google',
          utm: { utm_source: 'newsletter' },
        }),
      },
      monday10,
    );
    expect(sent.utm).toEqual({ source: 'newsletter' });
    expect(utmInUrl('not a url at all ::')).toEqual({});
  });

  it('counts a new visit after 30 minutes of silence, and none before', () => {
    const chat = { visitor: visitor({}), updatedAt: '2026-12-07T09:10:00Z' };
    // Messages count as activity: 29 minutes after the last one is the same visit.
    countVisit(chat, new Date('2026-12-07T09:39:00Z'));
    expect(chat.visitor.visits).toBeUndefined();
    countVisit(chat, new Date('2026-12-07T09:40:00Z'));
    expect(chat.visitor.visits).toBe(2);
    expect(factsOf({ lang: 'en', visitor: chat.visitor }, monday10).returning).toBe(true);
  });
});

describe('teamFor with routing rules', () => {
  const rules = config({
    assignment: { defaultTeam: 'support' },
    routing: [{ when: { page: '/pricing' }, team: 'sales' }],
  });

  it('puts the routed team before the default, and the team a chat has before both', () => {
    const onPricing = { lang: 'en', visitor: { page: 'https://a.example/pricing' } };
    expect(teamFor(onPricing, rules)).toBe('sales');
    expect(teamFor({ lang: 'en', visitor: { page: '/' } }, rules)).toBe('support');
    expect(teamFor({ ...onPricing, team: 'vip' }, rules)).toBe('vip');
  });
});
