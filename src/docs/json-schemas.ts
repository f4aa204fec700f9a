/**
 * JSON Schemas for editors, generated from the zod schemas (input side: what a person writes,
 * so durations are strings like "8s"). Shipped in schema/ and referenced by scaffolded files.
 */
import { z } from 'zod';
import { configSchema } from '../config/schema.js';
import { dayKeyPattern } from '../domain/business-hours.js';
import { knowledgeSchema } from '../kb/schema.js';

type JsonSchema = Record<string, unknown>;

function toJsonSchema(schema: z.ZodType, id: string, title: string): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-7',
    unrepresentable: 'any',
    override: (context) => {
      // Business hours keys are days or day ranges: tell editors, as the validator does.
      const properties = context.jsonSchema.properties as Record<string, unknown> | undefined;
      if (properties?.timezone && properties.holidays) {
        context.jsonSchema.propertyNames = {
          anyOf: [{ enum: ['timezone', 'holidays'] }, { pattern: dayKeyPattern.source }],
        };
      }
    },
  }) as JsonSchema;
  const { $schema, ...rest } = json;
  return { $schema, $id: id, title, ...rest };
}

export function configJsonSchema(): JsonSchema {
  return toJsonSchema(configSchema, 'chatbot/schema/config.schema.json', 'chatbot.config.yaml');
}

export function knowledgeJsonSchema(): JsonSchema {
  return toJsonSchema(knowledgeSchema, 'chatbot/schema/kb.schema.json', 'kb/<lang>.json');
}
