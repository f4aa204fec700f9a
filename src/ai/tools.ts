/**
 * The tools the model may call, in one definition both SDKs' formats are made from. Arguments
 * are checked against the schema before anything happens: a bad call is refused with the reason
 * (the model may correct itself) and nothing is saved or sent.
 */
import { z } from 'zod';
import { isEmail, normalizePhone } from '../domain/contact-details.js';
import type { ContactDetails } from '../domain/conversation.js';
import type { ToolCall, ToolDefinition } from './provider.js';

const saveLeadArguments = z
  .strictObject({
    name: z.string().trim().min(1).max(120).optional().describe("The visitor's name."),
    email: z.string().trim().max(254).optional().describe('Email address.'),
    phone: z
      .string()
      .trim()
      .max(40)
      .optional()
      .describe('Phone number, with country code if given.'),
    messenger: z
      .string()
      .trim()
      .min(2)
      .max(120)
      .optional()
      .describe('A messenger and handle, e.g. "Telegram @maria".'),
    note: z
      .string()
      .trim()
      .max(1000)
      .optional()
      .describe('What the visitor wants, in a sentence, for the team.'),
  })
  .refine((lead) => lead.email || lead.phone || lead.messenger, {
    message: 'Give at least one of email, phone or messenger',
  });

const requestHumanArguments = z.strictObject({
  reason: z.string().trim().min(1).max(500).describe('Why a person should take over.'),
});

export const toolDefinitions: readonly ToolDefinition[] = [
  {
    name: 'save_lead',
    description:
      "Save the visitor's contact details when they give them, so the team can get back to them. Only use details the visitor wrote.",
    parameters: jsonSchema(saveLeadArguments),
  },
  {
    name: 'request_human',
    description:
      'Hand the conversation to a person from the team, when the visitor asks for one or the question needs a person.',
    parameters: jsonSchema(requestHumanArguments),
  },
];

export type CheckedToolCall =
  | { readonly name: 'save_lead'; readonly contact: ContactDetails; readonly note?: string }
  | { readonly name: 'request_human'; readonly reason: string };

export type ToolCheck =
  | { readonly ok: true; readonly call: CheckedToolCall }
  | { readonly ok: false; readonly error: string };

/** `phoneCountry`: the business's country, for local phone numbers (`leads.phoneCountry`). */
export function checkToolCall(call: ToolCall, lang: string, phoneCountry?: string): ToolCheck {
  let input: unknown;
  try {
    input = JSON.parse(call.arguments || '{}');
  } catch {
    return { ok: false, error: 'The arguments are not valid JSON' };
  }
  if (call.name === 'request_human') {
    const parsed = requestHumanArguments.safeParse(input);
    return parsed.success
      ? { ok: true, call: { name: 'request_human', reason: parsed.data.reason } }
      : { ok: false, error: describe(parsed.error) };
  }
  if (call.name !== 'save_lead') return { ok: false, error: `There is no tool "${call.name}"` };
  const parsed = saveLeadArguments.safeParse(input);
  if (!parsed.success) return { ok: false, error: describe(parsed.error) };
  const lead = parsed.data;
  if (lead.email && !isEmail(lead.email.toLowerCase()))
    return { ok: false, error: `"${lead.email}" is not an email address` };
  const phone = lead.phone ? normalizePhone(lead.phone, lang, phoneCountry) : undefined;
  if (lead.phone && !phone) return { ok: false, error: `"${lead.phone}" is not a phone number` };
  const contact: ContactDetails = {
    ...(lead.name ? { name: lead.name } : {}),
    ...(lead.email ? { email: lead.email.toLowerCase() } : {}),
    ...(phone ? { phone } : {}),
    ...(lead.messenger ? { messenger: lead.messenger } : {}),
  };
  return {
    ok: true,
    call: { name: 'save_lead', contact, ...(lead.note ? { note: lead.note } : {}) },
  };
}

function describe(error: z.ZodError): string {
  return error.issues
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as Record<
    string,
    unknown
  >;
  return rest;
}
