/**
 * The config of routing (docs/routing.md): `assistants`, bots of their own (a system template,
 * a greeting, a part of the knowledge, a cascade) beside the default one, and `routing`, the
 * rules that send a chat to an assistant and a team by page, language, UTM tags, topic,
 * business hours and returning visitors. The first rule that matches wins.
 * Rules across sections (an assistant a rule names exists) are in routing-rules.ts.
 */
import { z } from 'zod';
import { compileUrlPattern } from './url-pattern.js';

/** The assistant with no settings: the top-level template, greeting, knowledge and cascade. */
export const defaultAssistant = 'default';

const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Expected a language code like "en", "ru" or "pt-BR"');

export const teamName = z
  .string()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u, 'A team name: letters, digits, _ and -');

const assistantName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'An assistant name: lower-case letters, digits, _ and -');

/** One value or a list of them, always read as a list. */
const oneOrMore = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item).min(1)])
    .transform((value) => (Array.isArray(value) ? value : [value]) as z.output<T>[]);

const pagePattern = z
  .string()
  .superRefine((pattern, context) => {
    const compiled = compileUrlPattern(pattern);
    if (!compiled.ok) context.addIssue({ code: 'custom', message: compiled.problem });
  })
  .describe('A page URL glob: "/pricing", "/blog/*", "/docs/**", "shop.example.com/**".');

const utmValue = oneOrMore(z.string().min(1));

const conditions = z
  .strictObject({
    page: oneOrMore(pagePattern)
      .optional()
      .describe(
        'The page the visitor is on matches one of these globs: "/path" matches the path, "host/path" host and path; * is any text but /, ** any text, {a,b} either.',
      ),
    lang: oneOrMore(languageCode)
      .optional()
      .describe('The conversation is in one of these languages ("es" also matches "es-MX").'),
    utm: z
      .strictObject({
        source: utmValue.optional().describe('utm_source is one of these (case-insensitive).'),
        medium: utmValue.optional().describe('utm_medium is one of these.'),
        campaign: utmValue.optional().describe('utm_campaign is one of these.'),
      })
      .optional()
      .describe(
        "UTM tags of the visit: sent by the widget, or read from the page's address. Every tag given must match.",
      ),
    topic: oneOrMore(z.string().min(1))
      .optional()
      .describe('The conversation carries one of these topic tags.'),
    hours: z
      .enum(['open', 'closed'])
      .optional()
      .describe('Within business hours (handoff.hours) or outside them, at the time of the turn.'),
    returning: z
      .boolean()
      .optional()
      .describe(
        'true: a visitor who chatted on an earlier visit (30 minutes of silence end a visit); false: a first visit.',
      ),
  })
  .describe('What must all be true for the rule to apply; no conditions: always.');

const rule = z
  .strictObject({
    when: conditions.prefault({}),
    assistant: assistantName
      .optional()
      .describe('The assistant that answers: a name in `assistants`, or "default".'),
    team: teamName.optional().describe('The team the chat goes to when it is handed to a person.'),
  })
  .refine((value) => value.assistant !== undefined || value.team !== undefined, {
    message: 'A routing rule needs an assistant, a team or both',
  })
  .describe('One routing rule.');

export const routing = z
  .array(rule)
  .default([])
  .describe(
    'Rules that pick the assistant and the team of a chat, read in order: each is decided by the first rule whose conditions all hold and that names one (docs/routing.md).',
  );

/** The cascade a link list is, checked as ai.cascade is; passed in to avoid an import loop. */
export function assistantsSchema<Link extends z.ZodType>(cascadeLink: Link) {
  const assistant = z
    .strictObject({
      template: z
        .string()
        .regex(/^[^/\\]+\.hbs$/, 'Expected a .hbs file name in prompts.dir, like "sales.hbs"')
        .optional()
        .describe(
          'Its system prompt template, in prompts.dir (sales.<lang>.hbs beside it overrides it per language); default: prompts.system.',
        ),
      greeting: z
        .union([z.string().min(1), z.record(languageCode, z.string().min(1))])
        .optional()
        .describe(
          'What the widget greets with, or one per language: { en: "…", es: "…" }; default: the knowledge\'s greeting.',
        ),
      knowledge: z
        .strictObject({
          tags: z
            .array(z.string().min(1))
            .min(1)
            .describe('Only blocks carrying one of these tags are searched and cited.'),
        })
        .optional()
        .describe('The part of the knowledge it answers from; default: all of it.'),
      cascade: z
        .array(cascadeLink)
        .min(1)
        .optional()
        .describe('Its own providers, tried in order; default: ai.cascade.'),
    })
    .describe('An assistant: the bot with its own template, greeting, knowledge and cascade.');
  return z
    .record(
      assistantName.refine((name) => name !== defaultAssistant, {
        message: '"default" is the bot as configured at the top level; give this one another name',
      }),
      assistant,
    )
    .default({})
    .describe(
      'Assistants routing rules can pick (docs/routing.md); a chat no rule sends to one talks to the default bot.',
    );
}

/** "name/index" for a path inside an assistant's cascade link (assistants.<name>.cascade[i]…). */
export function assistantLink(path: readonly PropertyKey[]): string | undefined {
  const [section, name, key, index] = path;
  return section === 'assistants' && key === 'cascade' && typeof index === 'number'
    ? `${String(name)}/${index}`
    : undefined;
}

/**
 * Assistants without the cascade links whose key is unset, as ai.cascade goes without its
 * own: what is left still answers, and the offline answerer when nothing is.
 */
export function withoutSkippedLinks<Assistant extends { cascade?: readonly unknown[] | undefined }>(
  assistants: Record<string, Assistant>,
  skipped: ReadonlySet<string>,
): Record<string, Assistant> {
  if (skipped.size === 0) return assistants;
  return Object.fromEntries(
    Object.entries(assistants).map(([name, assistant]) => {
      if (!assistant.cascade) return [name, assistant];
      const cascade = assistant.cascade.filter((_, index) => !skipped.has(`${name}/${index}`));
      return [
        name,
        { ...assistant, cascade: cascade.length > 0 ? cascade : [{ provider: 'offline' }] },
      ];
    }),
  );
}
