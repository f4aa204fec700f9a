/**
 * The shapes clients may send. Anything else gets an error reply, never reaches the domain.
 */
import { z } from 'zod';
import { attributeLimits } from '../chat/customer-attributes.js';
import { conversationStates } from '../domain/conversation.js';
import type { Ack as AckBody } from '../protocol/errors.js';

const clientId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w-]+$/);
const conversationId = z.string().regex(/^[0-9a-f]{32}$/);

/** `Chatbot.identify({ attributes })`: limits in src/chat/customer-attributes.ts. */
const customerAttributes = z
  .record(
    z.string().regex(attributeLimits.keyPattern, 'Expected a key of a-z, 0-9 and _ (at most 40)'),
    z.string().max(attributeLimits.valueChars),
  )
  .refine((attributes) => Object.keys(attributes).length <= attributeLimits.keys, {
    message: `At most ${attributeLimits.keys} attributes`,
  });

export function payloadSchemas(maxChars: number) {
  const text = z.string().trim().min(1).max(maxChars);
  return {
    visitorMessage: z
      .strictObject({
        clientId: clientId.optional(),
        // Empty only when files are sent: a photo needs no caption.
        text: z.string().trim().max(maxChars).default(''),
        attachments: z
          .array(z.string().regex(/^[0-9a-f]{48}$/))
          .max(10)
          .optional(),
      })
      .refine((message) => message.text.length > 0 || (message.attachments?.length ?? 0) > 0, {
        path: ['text'],
        message: 'Too small: expected a message or a file',
      }),
    /** The draft for the live preview, or only `on` when the bot's config turns the preview off. */
    typing: z.strictObject({
      draft: z.string().max(maxChars).default(''),
      on: z.boolean().optional(),
    }),
    identify: z
      .strictObject({
        name: z.string().trim().min(1).max(100).optional(),
        email: z.string().trim().max(200).optional(),
        attributes: customerAttributes.optional(),
        signature: z
          .string()
          .regex(/^[0-9a-fA-F]{64}$/, 'Expected a hex HMAC-SHA256')
          .optional(),
      })
      .refine(
        (given) =>
          given.name !== undefined || given.email !== undefined || given.attributes !== undefined,
        { message: 'Give a name, an email or attributes' },
      ),
    rate: z.strictObject({
      rating: z.int().min(1).max(5),
      comment: z.string().trim().max(1000).optional(),
    }),
    feedback: z.strictObject({
      /** The bot answer's id, as the visitor was sent it. */
      id: z.string().regex(/^[\w-]{1,64}$/),
      vote: z.enum(['up', 'down']),
    }),
    sync: z.strictObject({ after: z.int().min(0) }),
    page: z.strictObject({
      url: z.string().max(2000),
      title: z.string().max(300).optional(),
      referrer: z.string().max(2000).optional(),
      utm: z.record(z.string().max(40), z.string().max(200)).optional(),
    }),
    lang: z.strictObject({ lang: z.string().min(2).max(16) }),
    operatorOpen: z.strictObject({ id: conversationId }),
    operatorSync: z.strictObject({ id: conversationId, after: z.int().min(0) }),
    operatorMessage: z.strictObject({ id: conversationId, text, clientId: clientId.optional() }),
    operatorTyping: z.strictObject({ id: conversationId, on: z.boolean() }),
    operatorAssign: z.strictObject({
      id: conversationId,
      operator: z.string().trim().min(1).max(100),
    }),
    operatorNote: z.strictObject({ id: conversationId, text: z.string().trim().min(1).max(4000) }),
    operatorTag: z.strictObject({
      id: conversationId,
      tag: z
        .string()
        .trim()
        .regex(
          /^#?[\p{L}\p{N}][\p{L}\p{N}_-]{0,39}$/u,
          'A tag is up to 40 letters, digits, - or _',
        ),
    }),
    list: z
      .strictObject({
        state: z
          .union([z.enum(conversationStates), z.array(z.enum(conversationStates))])
          .optional(),
        lang: z.string().max(16).optional(),
        channel: z.enum(['widget', 'api', 'telegram']).optional(),
        online: z.boolean().optional(),
        since: z.string().max(40).optional(),
        until: z.string().max(40).optional(),
        q: z.string().max(200).optional(),
        limit: z.int().min(1).max(500).optional(),
      })
      .default({}),
    publicChat: z.strictObject({
      externalId: z.string().min(1).max(200),
      message: text,
      lang: z.string().min(2).max(16).optional(),
    }),
  };
}

export type Payloads = ReturnType<typeof payloadSchemas>;

/** A socket acknowledgement callback, if the client asked for one; errors carry catalogue codes. */
export type Ack = (response: AckBody) => void;

export function ackOf(value: unknown): Ack {
  return typeof value === 'function' ? (value as Ack) : () => undefined;
}

export function invalid(error: z.ZodError): {
  ok: false;
  error: { code: 'invalid'; message: string };
} {
  const issue = error.issues[0];
  return {
    ok: false,
    error: {
      code: 'invalid',
      message: issue ? `${issue.path.join('.') || 'payload'}: ${issue.message}` : 'invalid payload',
    },
  };
}
