/**
 * The labelled eval format (eval/*.yaml): visitor questions with the blocks that answer them,
 * or `none` when the knowledge does not, and dialogues whose turns are labelled the same way.
 * `chatbot eval` scores the bot against them, so answer quality is held in CI like a test.
 */
import { z } from 'zod';
import { languageCode } from '../config/schema.js';
import { strings } from '../conversation-tests/schema.js';

const expectation = z
  .union([z.literal('none'), z.array(z.string().min(1)).min(1)])
  .describe(
    'The ids of the blocks that answer the question (citing any one is right), or `none` when the knowledge does not answer it.',
  );

const contains = strings.describe(
  'Text a right answer must hold (case-insensitive): the fact the question hinges on.',
);

const tags = z
  .array(z.string().min(1))
  .describe(
    'What makes the question hard (typo, greeting, follow-up…): the report counts misses by tag.',
  );

const turn = z.strictObject({
  q: z.string().min(1).describe('What the visitor writes.'),
  expect: expectation,
  contains: contains.optional(),
  tags: tags.optional(),
});

const question = turn.extend({
  lang: languageCode
    .optional()
    .describe("The question's language; the default language if omitted."),
});

export const evalFileSchema = z
  .strictObject({
    questions: z
      .array(question)
      .optional()
      .describe('Single questions, each asked in a new conversation.'),
    dialogues: z
      .array(
        z.strictObject({
          name: z.string().min(1).describe('Shown in the report.'),
          lang: languageCode
            .optional()
            .describe('Conversation language; the default language if omitted.'),
          turns: z.array(turn).min(1).describe('Asked one after the other in one conversation.'),
        }),
      )
      .optional(),
  })
  .refine((file) => (file.questions?.length ?? 0) + (file.dialogues?.length ?? 0) > 0, {
    message: 'An eval file needs `questions`, `dialogues` or both',
  })
  .describe('A labelled eval set.');

export type EvalFile = z.output<typeof evalFileSchema>;
export type EvalQuestion = NonNullable<EvalFile['questions']>[number];
export type EvalDialogue = NonNullable<EvalFile['dialogues']>[number];
export type EvalTurn = EvalDialogue['turns'][number];
