/**
 * The `topics:` and `escalation:` sections: keyword intents that tag visitor messages with a
 * topic, and the when → then rules that escalate a chat (docs/routing.md, "Escalation rules").
 * Own file: the main schema only mounts them.
 */
import { z } from 'zod';
import { priorities } from '../domain/conversation.js';

const language = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Expected a language code like "en", "ru" or "pt-BR"');

/** A topic or a tag: what an operator types after `#`, so the same shape. */
const label = z
  .string()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u, 'A topic or tag: letters, digits, _ and -')
  .transform((value) => value.toLowerCase());

const teamName = z
  .string()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u, 'A team name: letters, digits, _ and -');

const phrases = z
  .record(language, z.array(z.string().min(1)).min(1))
  .describe('Phrases per language, compared as word stems (case, endings and small words aside).');

export const topics = z
  .record(label, phrases)
  .default({})
  .describe(
    'Keyword intents: a topic name and its phrases per language. A visitor message that contains one gets the topic, besides the tags of the knowledge blocks its answer cites.',
  );

/**
 * `topicModel:` beside `topics:` (which is a plain map of intents, so the switch cannot live in
 * it): the configured model also tags each visitor message with the known topic names.
 */
export const topicModel = z
  .strictObject({
    enabled: z
      .boolean()
      .default(false)
      .describe(
        "Ask the first model link of the cascade which known topics (the keyword intents and the knowledge blocks' first tags) each visitor message is about, alongside the offline topics. Needs a link with its API key; without one, or when the model fails or is late, only the offline topics are kept.",
      ),
    timeoutMs: z
      .int()
      .min(100)
      .max(10_000)
      .default(1500)
      .describe(
        'How long the model may take to tag a message. It runs while the reply is written; a handoff or a quiet turn waits for it at most this long.',
      ),
  })
  .prefault({})
  .describe('Topic tags by the model, on top of the offline ones (docs/routing.md, "Topics").');

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item).min(1)])
    .transform((value) => (Array.isArray(value) ? value : [value]));

const attributeValue = z.union([z.string(), z.number(), z.boolean()]).transform(String);

const when = z
  .strictObject({
    sentimentBelow: z
      .number()
      .min(-1)
      .max(0)
      .optional()
      .describe('The sentiment of the recent visitor messages is below this (-1..0).'),
    keywords: phrases.optional().describe('The message contains one of these phrases.'),
    topic: oneOrMany(label)
      .optional()
      .describe('The message has this topic (or one of these): a keyword intent or a cited tag.'),
    failedAnswers: z
      .int()
      .min(1)
      .optional()
      .describe('The bot could not answer this many times in a row.'),
    lead: z
      .boolean()
      .optional()
      .describe('true: the visitor left an email or phone; false: they did not.'),
    attribute: z
      .record(z.string().min(1), oneOrMany(attributeValue))
      .optional()
      .describe(
        'Visitor facts that must match (any of the values, case aside): lang, channel, country, city, page, utm_source, utm_medium, utm_campaign, email, phone, name.',
      ),
  })
  .refine((value) => Object.values(value).some((condition) => condition !== undefined), {
    message: 'A rule needs at least one condition under `when`',
  })
  .describe('Conditions, all of which must hold.');

const then = z
  .strictObject({
    handoff: z
      .boolean()
      .default(false)
      .describe('Hand the chat to a person (within business hours; else ask for contact).'),
    tag: oneOrMany(label)
      .optional()
      .describe('Tags put on the conversation, like an operator `#`.'),
    team: teamName.optional().describe('The team the chat goes to at handoff.'),
    priority: z.enum(priorities).optional().describe('Raise the priority; never lowers it.'),
    notify: z
      .boolean()
      .default(false)
      .describe('Send an `escalated` notification to the notify channels that list it.'),
  })
  .refine(
    (value) =>
      value.handoff ||
      value.notify ||
      value.tag !== undefined ||
      value.team !== undefined ||
      value.priority !== undefined,
    { message: 'A rule needs at least one action under `then`' },
  )
  .describe('What happens when the rule fires.');

export const escalationRule = z
  .strictObject({
    name: z.string().min(1).optional().describe('Shown in the timeline and notifications.'),
    when,
    then,
  })
  .describe('One escalation rule.');

export const escalation = z
  .array(escalationRule)
  .default([])
  .describe(
    'Escalation rules, checked on every visitor message; every rule that matches fires. The handoff keys stay the default rules (docs/routing.md).',
  );

export type EscalationRuleConfig = z.output<typeof escalationRule>;
export type TopicsConfig = z.output<typeof topics>;
export type TopicModelConfig = z.output<typeof topicModel>;
