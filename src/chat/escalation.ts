/**
 * Escalation rules (`escalation:` in the config): a table of when → then, checked on every
 * visitor message. Pure: the bot turn gathers the facts of a message (src/chat/bot-turn.ts), this
 * says which rules fire and what they do together, and the conversation service stores it (the
 * priority, tags, team and an `escalation` event) and hands off.
 *
 * Every condition of a rule's `when` must hold; every rule that matches fires. Together they
 * hand off if any says so, put all their tags, route to the first team named, raise the priority
 * to the highest named (never lowering it) and notify if any says so. The `handoff:` keys are
 * the default rules and keep working on their own (src/chat/turn-steps.ts).
 */
import type { EscalationRuleConfig } from '../config/escalation-schema.js';
import { type Conversation, type Priority, priorities } from '../domain/conversation.js';
import { findPhrase } from './phrases.js';

/** What the rules read of one visitor message and its conversation. */
export interface EscalationFacts {
  readonly lang: string;
  /** The message's word stems (src/chat/phrases.ts). */
  readonly words: readonly string[];
  /** Of the recent visitor messages, -1..1. */
  readonly sentiment: number;
  /** The message's topics known so far: keyword intents, then cited blocks once answered. */
  readonly topics: readonly string[];
  /** Unanswered in a row after this message's answer; undefined before it is answered. */
  readonly failedInARow: number | undefined;
  /** The visitor left an email, phone or messenger. */
  readonly lead: boolean;
  readonly attributes: Readonly<Record<string, string>>;
}

/** What the rules that fired do together. */
export interface Escalation {
  /** The names of the rules that fired, in config order. */
  readonly rules: readonly string[];
  readonly handoff: boolean;
  readonly tags: readonly string[];
  readonly team?: string;
  readonly priority?: Priority;
  readonly notify: boolean;
}

/** A rule's name in the timeline and notifications: its `name`, or its place in the list. */
export function ruleLabel(rule: EscalationRuleConfig, index: number): string {
  return rule.name ?? `escalation[${index}]`;
}

export function ruleMatches(rule: EscalationRuleConfig, facts: EscalationFacts): boolean {
  const when = rule.when;
  if (when.sentimentBelow !== undefined && !(facts.sentiment < when.sentimentBelow)) return false;
  if (when.keywords && findPhrase(facts.words, facts.lang, when.keywords) === undefined)
    return false;
  if (when.topic && !when.topic.some((topic) => facts.topics.includes(topic))) return false;
  if (
    when.failedAnswers !== undefined &&
    !(facts.failedInARow !== undefined && facts.failedInARow >= when.failedAnswers)
  )
    return false;
  if (when.lead !== undefined && facts.lead !== when.lead) return false;
  if (when.attribute && !attributesMatch(when.attribute, facts.attributes)) return false;
  return true;
}

function attributesMatch(
  wanted: Readonly<Record<string, readonly string[]>>,
  actual: Readonly<Record<string, string>>,
): boolean {
  return Object.entries(wanted).every(([key, values]) => {
    const value = actual[key.toLowerCase()]?.toLowerCase();
    return value !== undefined && values.some((candidate) => candidate.toLowerCase() === value);
  });
}

/** The rules that fire on these facts, combined; undefined when none does. */
export function escalate(
  rules: readonly EscalationRuleConfig[],
  facts: EscalationFacts,
): Escalation | undefined {
  const fired: string[] = [];
  const tags: string[] = [];
  let handoff = false;
  let notify = false;
  let team: string | undefined;
  let priority: Priority | undefined;
  rules.forEach((rule, index) => {
    if (!ruleMatches(rule, facts)) return;
    fired.push(ruleLabel(rule, index));
    handoff ||= rule.then.handoff;
    notify ||= rule.then.notify;
    for (const tag of rule.then.tag ?? []) if (!tags.includes(tag)) tags.push(tag);
    team ??= rule.then.team;
    priority = higherPriority(priority, rule.then.priority);
  });
  if (fired.length === 0) return undefined;
  return {
    rules: fired,
    handoff,
    tags,
    notify,
    ...(team ? { team } : {}),
    ...(priority ? { priority } : {}),
  };
}

/** The more urgent of two priorities; an unset one counts as nothing. */
export function higherPriority(
  a: Priority | undefined,
  b: Priority | undefined,
): Priority | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return priorities.indexOf(b) > priorities.indexOf(a) ? b : a;
}

/**
 * The visitor facts `when.attribute` compares, lowercase keys: the customer attributes the site
 * signed (src/chat/customer-attributes.ts), then language, channel, where they are and came from
 * (every UTM tag), and their contact, which win over a customer attribute of the same name.
 */
export function attributesOf(
  conversation: Pick<Conversation, 'lang' | 'channel' | 'visitor' | 'contact' | 'attributes'>,
): Record<string, string> {
  const { visitor, contact } = conversation;
  const attributes: Record<string, string> = {
    ...conversation.attributes,
    lang: conversation.lang,
    channel: conversation.channel,
  };
  const optional: Record<string, string | undefined> = {
    country: visitor.country,
    city: visitor.city,
    page: visitor.page,
    email: contact.email,
    phone: contact.phone,
    name: contact.name,
  };
  for (const [key, value] of Object.entries({ ...optional, ...visitor.utm }))
    if (value !== undefined) attributes[key.toLowerCase()] = value;
  return attributes;
}
