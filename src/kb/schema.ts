/**
 * The kb/<lang>.json schema: the one source for its types, validation, the shipped JSON Schema
 * (schema/kb.schema.json) and docs/knowledge.md. Ids are shared across languages: they are how
 * a block is matched with its translations and how answers cite it.
 */
import { z } from 'zod';
import { type EmailStringKey, emailStringKeys } from './email-strings.js';
import { type UiStringKey, uiStringKeys } from './ui-strings.js';

export const blockIdPattern = /^[a-z0-9][a-z0-9_-]*$/;

const faqPair = z
  .strictObject({
    question: z.string().describe('The question as a visitor would ask it.'),
    answer: z.string().describe('The answer; may contain HTML.'),
  })
  .describe('One question and its answer.');

const table = z
  .strictObject({
    caption: z.string().optional().describe('What the table shows.'),
    columns: z.array(z.string()).min(1).describe('Column headings.'),
    rows: z.array(z.array(z.string())).min(1).describe('Rows, one cell per column.'),
  })
  .describe('A table, e.g. prices: each row reads as "column: cell" pairs.');

export const blockSchema = z
  .strictObject({
    id: z
      .string()
      .regex(
        blockIdPattern,
        'Expected an id of lowercase letters, digits, "-" and "_", like "opening-hours"',
      )
      .describe('Stable id, the same in every language; answers cite it.'),
    title: z.string().describe('A short heading.'),
    body: z
      .string()
      .optional()
      .describe('Text or HTML; HTML is cleaned to plain text for the model.'),
    items: z.array(z.string()).optional().describe('A list, shown as bullets.'),
    faq: z.array(faqPair).optional().describe('Question and answer pairs.'),
    facts: z
      .record(z.string(), z.string())
      .optional()
      .describe('Key-value facts, e.g. {"Check-in": "from 15:00"}.'),
    table: table.optional(),
    tags: z
      .array(z.string().min(1))
      .default([])
      .describe('Words that help retrieval find this block.'),
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('Source page, shown as a citation link.'),
  })
  .refine(
    (block) => block.body !== undefined || block.items || block.faq || block.facts || block.table,
    {
      message: 'A block needs content: body, items, faq, facts or table',
      params: { atKey: false },
    },
  )
  .describe('One piece of knowledge.');

const emailShape = Object.fromEntries(
  emailStringKeys.map((key) => [key, z.string().min(1).optional()]),
) as Record<EmailStringKey, z.ZodOptional<z.ZodString>>;

const uiShape = Object.fromEntries(
  uiStringKeys.map((key) => [key, z.string().min(1).optional()]),
) as Record<UiStringKey, z.ZodOptional<z.ZodString>>;

export const knowledgeSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path or URL of this JSON Schema, for editors.'),
    translateFrom: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Expected a language code like "en"')
      .optional()
      .describe(
        'The texts are still a copy in this language (as `chatbot init` writes them for a language it has no knowledge in): translate them, then remove the key. Until then, text in that language and missing widget texts are not warned about.',
      ),
    greeting: z.string().describe('First message a visitor sees in this language.'),
    fallback: z.string().describe('What the bot says when the knowledge has no answer.'),
    ui: z
      .strictObject(uiShape)
      .optional()
      .describe(
        'Widget texts; built in for en, ru, es, de, fr, it, pt and uk, so only overrides are needed there.',
      ),
    email: z
      .strictObject(emailShape)
      .optional()
      .describe(
        'Texts of the mails visitors get (answers by email, transcripts); built in for en, ru, es, de, fr, it, pt and uk.',
      ),
    synonyms: z
      .array(z.array(z.string().trim().min(1)).min(2, 'A synonym group needs two words or more'))
      .optional()
      .describe(
        'Groups of words and phrases that mean the same to your visitors, e.g. ["dentures", "plate", "false teeth"]: a question with one finds blocks that use another.',
      ),
    blocks: z.array(blockSchema).describe('The knowledge itself.'),
  })
  .describe('kb/<lang>.json: what the bot knows in one language.');

export type KnowledgeFile = z.output<typeof knowledgeSchema>;
export type KnowledgeBlock = z.output<typeof blockSchema>;
