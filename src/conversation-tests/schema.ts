/**
 * The conversation test format (tests/*.yaml): cases in a language, each a few visitor turns
 * with what the bot's reply must show. Written by content editors next to the knowledge, so
 * a pull request that removes an answer fails the case that relies on it.
 */
import { z } from 'zod';
import { languageCode } from '../config/schema.js';

/** One text or a list of them, always read as a list. */
export const strings = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .transform((value) => (Array.isArray(value) ? value : [value]));

const turn = z
  .strictObject({
    visitor: z.string().min(1).describe('What the visitor writes.'),
    cites: z
      .array(z.string().min(1))
      .optional()
      .describe('Block ids the reply must cite (all of them).'),
    notCites: z.array(z.string().min(1)).optional().describe('Block ids the reply must not cite.'),
    contains: strings
      .optional()
      .describe('Text the reply must contain (case-insensitive), one or a list.'),
    notContains: strings.optional().describe('Text the reply must not contain.'),
    handoff: z.boolean().optional().describe('Whether this turn asks for a person.'),
    failed: z.boolean().optional().describe('Whether the bot had no answer (gave the fallback).'),
    lead: z
      .union([
        z.boolean(),
        z.strictObject({
          name: z.string().optional(),
          email: z.string().optional(),
          phone: z.string().optional(),
        }),
      ])
      .optional()
      .describe('Whether contact details were captured by this turn, or which.'),
    assistant: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The assistant that must answer this turn, as routing picks it ("default": no assistant).',
      ),
    team: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The team the chat must go to when handed to a person: a routing rule's, else assignment.defaultTeam.",
      ),
  })
  .describe('One visitor message and the expectations on the reply.');

export const testFileSchema = z
  .strictObject({
    cases: z
      .array(
        z.strictObject({
          name: z.string().min(1).describe('Shown in the report.'),
          lang: languageCode
            .optional()
            .describe('Conversation language; the default language if omitted.'),
          at: z.iso
            .datetime({ offset: true })
            .optional()
            .describe(
              'The moment the conversation happens (ISO 8601 with offset), for business-hours cases.',
            ),
          page: z
            .string()
            .min(1)
            .optional()
            .describe(
              'The page the visitor is on (with its UTM tags in the query), for routing rules.',
            ),
          returning: z
            .boolean()
            .optional()
            .describe('Whether the visitor chatted on an earlier visit, for routing rules.'),
          topics: z
            .array(z.string().min(1))
            .optional()
            .describe("The conversation's topic tags, for routing rules."),
          turns: z.array(turn).min(1),
        }),
      )
      .min(1),
  })
  .describe('A file of conversation tests.');

export type TestFile = z.output<typeof testFileSchema>;
export type TestCase = TestFile['cases'][number];
export type TestTurn = TestCase['turns'][number];
