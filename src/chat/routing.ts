/**
 * Routing rules (`routing:` in config, docs/routing.md): which assistant answers a chat and
 * which team gets it at handoff. Pure: the facts of a conversation at a moment in, a route out,
 * so every condition is tested on plain values. The bot turn asks for the assistant
 * (conversation-service.ts), handoff for the team (assignment.ts `teamFor`), the widget's
 * settings for the greeting.
 *
 * Each decision is the first matching rule's that makes it: the assistant comes from the
 * first rule whose conditions all hold and that names an assistant, the team likewise. A rule
 * naming both decides both.
 */
import { defaultAssistant } from '../config/routing-schema.js';
import type { Config } from '../config/schema.js';
import { compileUrlPattern } from '../config/url-pattern.js';
import type { VisitorFacts } from '../domain/conversation.js';
import { humanAvailable } from '../domain/handoff.js';

export type RoutingConfig = Pick<Config, 'routing' | 'handoff'>;
type Conditions = Config['routing'][number]['when'];

/** What the conditions read of a conversation at one moment. */
export interface RouteFacts {
  readonly lang: string;
  readonly page?: string | undefined;
  /** UTM tags by their short name (source, medium, campaign), values as given. */
  readonly utm: Readonly<Record<string, string>>;
  readonly topics: readonly string[];
  readonly returning: boolean;
  readonly now: Date;
}

export interface Route {
  /** An assistant's name; undefined: the default bot. */
  readonly assistant?: string;
  readonly team?: string;
}

/** The parts of a conversation routing reads; a stored Conversation has them all. */
export interface RoutedChat {
  readonly lang: string;
  readonly visitor?: Partial<Pick<VisitorFacts, 'page' | 'pages' | 'utm' | 'visits'>>;
  readonly topics?: readonly string[] | undefined;
}

/** A visit ends after this much silence; the next one makes the visitor a returning one. */
export const visitGapMs = 30 * 60_000;

export function routeOf(facts: RouteFacts, config: RoutingConfig): Route {
  let assistant: string | undefined;
  let team: string | undefined;
  for (const rule of config.routing) {
    const decidesAssistant = assistant === undefined && rule.assistant !== undefined;
    const decidesTeam = team === undefined && rule.team !== undefined;
    if (!(decidesAssistant || decidesTeam) || !matches(rule.when, facts, config)) continue;
    if (decidesAssistant) assistant = rule.assistant;
    if (decidesTeam) team = rule.team;
  }
  return {
    ...(assistant !== undefined && assistant !== defaultAssistant ? { assistant } : {}),
    ...(team !== undefined ? { team } : {}),
  };
}

/** The assistant that answers a conversation now; undefined: the default bot. */
export function assistantFor(
  chat: RoutedChat,
  config: RoutingConfig,
  now: Date,
): string | undefined {
  return config.routing.length ? routeOf(factsOf(chat, now), config).assistant : undefined;
}

/** Whether every condition a rule gives holds; a rule with none always does. */
export function matches(when: Conditions, facts: RouteFacts, config: RoutingConfig): boolean {
  if (when.page && !(facts.page && when.page.some((glob) => pageTester(glob)(facts.page!))))
    return false;
  if (when.lang && !when.lang.some((lang) => sameLanguage(lang, facts.lang))) return false;
  if (when.utm && !utmMatches(when.utm, facts.utm)) return false;
  if (when.topic && !when.topic.some((topic) => includesFolded(facts.topics, topic))) return false;
  if (when.hours && humanAvailable(config, facts.now) !== (when.hours === 'open')) return false;
  if (when.returning !== undefined && when.returning !== facts.returning) return false;
  return true;
}

/** The facts of a conversation now: its page, language, UTM tags, topics, visits. */
export function factsOf(chat: RoutedChat, now: Date): RouteFacts {
  const visitor = chat.visitor;
  const page = visitor?.page ?? visitor?.pages?.at(-1)?.url;
  // Tags the widget sent come first; else the entry page's address, else the current one's.
  const utm = {
    ...utmInUrl(page),
    ...utmInUrl(visitor?.pages?.[0]?.url),
    ...shortUtm(visitor?.utm ?? {}),
  };
  return {
    lang: chat.lang,
    page,
    utm,
    topics: chat.topics ?? [],
    returning: (visitor?.visits ?? 1) > 1,
    now,
  };
}

/**
 * Counts a new visit when the visitor comes back after `visitGapMs` of silence: no page, no
 * connection and no message in the conversation (its updatedAt) for that long.
 */
export function countVisit(
  conversation: { readonly visitor: VisitorFacts; readonly updatedAt: string },
  now: Date,
): void {
  const { visitor } = conversation;
  const last = Math.max(Date.parse(visitor.lastSeen), Date.parse(conversation.updatedAt));
  if (now.getTime() - last >= visitGapMs) visitor.visits = (visitor.visits ?? 1) + 1;
}

/** UTM tags in a page address's query: `utm_source=x` as `source: x`. */
export function utmInUrl(url: string | undefined): Record<string, string> {
  if (!url) return {};
  let query: URLSearchParams;
  try {
    query = new URL(url, 'http://page.invalid').searchParams;
  } catch {
    return {};
  }
  const tags: Record<string, string> = {};
  for (const [key, value] of query)
    if (key.toLowerCase().startsWith('utm_') && value) tags[key.slice(4).toLowerCase()] = value;
  return tags;
}

function shortUtm(tags: Readonly<Record<string, string>>): Record<string, string> {
  const short: Record<string, string> = {};
  for (const [key, value] of Object.entries(tags))
    if (value) short[key.toLowerCase().replace(/^utm_/, '')] = value;
  return short;
}

function utmMatches(wanted: NonNullable<Conditions['utm']>, utm: RouteFacts['utm']): boolean {
  return Object.entries(wanted).every(([key, values]) => {
    const given = utm[key];
    return values === undefined || (given !== undefined && includesFolded(values, given));
  });
}

function sameLanguage(wanted: string, lang: string): boolean {
  const folded = (code: string) => code.toLowerCase();
  return folded(wanted) === folded(lang) || folded(wanted) === folded(lang).split('-')[0];
}

function includesFolded(list: readonly string[], value: string): boolean {
  const folded = value.toLowerCase();
  return list.some((item) => item.toLowerCase() === folded);
}

/** Compiled once per pattern: a rule is read on every turn. Patterns come from the config. */
const testers = new Map<string, (url: string) => boolean>();

function pageTester(glob: string): (url: string) => boolean {
  let tester = testers.get(glob);
  if (!tester) {
    const compiled = compileUrlPattern(glob);
    tester = compiled.ok ? compiled.test : () => false;
    testers.set(glob, tester);
  }
  return tester;
}
