/**
 * Reference tables (key, type, default, description) rendered from a JSON Schema, so the docs
 * cannot list a key the validator rejects or miss one it accepts.
 */
import { durationPattern } from '../config/duration.js';

type JsonSchema = {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  required?: string[];
  default?: unknown;
  description?: string;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
};

export interface ReferenceRow {
  readonly key: string;
  readonly type: string;
  readonly required: boolean;
  readonly defaultValue: string;
  readonly description: string;
}

export function referenceRows(schema: JsonSchema, prefix = ''): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const key = prefix ? `${prefix}.${name}` : name;
    rows.push({
      key,
      type: describeType(property),
      required: required.has(name),
      defaultValue: property.default === undefined ? '' : `\`${JSON.stringify(property.default)}\``,
      description: describe(property),
    });
    rows.push(...nestedRows(property, key));
  }
  if (typeof schema.additionalProperties === 'object' && schema.properties) {
    rows.push({
      key: `${prefix}.<day>`,
      type: describeType(schema.additionalProperties),
      required: false,
      defaultValue: '',
      description: 'Hours for a day or a day range, e.g. `mon-fri: "09:00-18:00"`, `sun: closed`.',
    });
  }
  return rows;
}

function nestedRows(property: JsonSchema, key: string): ReferenceRow[] {
  if (property.properties) return referenceRows(property, key);
  const variants = property.oneOf ?? property.anyOf;
  if (variants?.some((variant) => variant.properties)) {
    return variants
      .filter((variant) => variant.properties)
      .flatMap((variant) => {
        const discriminator = Object.entries(variant.properties!).find(
          ([, p]) => p.const !== undefined,
        );
        const label = discriminator
          ? `${key} (${discriminator[0]}: ${String(discriminator[1].const)})`
          : key;
        return referenceRows(variant, label);
      });
  }
  if (property.type === 'array' && property.items) return nestedRows(property.items, `${key}[]`);
  if (
    typeof property.additionalProperties === 'object' &&
    property.additionalProperties.properties
  ) {
    return referenceRows(property.additionalProperties, `${key}.<name>`);
  }
  return [];
}

function describe(schema: JsonSchema): string {
  if (schema.description) return schema.description;
  const variant = (schema.oneOf ?? schema.anyOf)?.find((v) => v.description);
  return variant?.description ?? '';
}

export function describeType(schema: JsonSchema): string {
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return schema.enum.map((value) => `\`${JSON.stringify(value)}\``).join(' \\| ');
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return [...new Set(variants.map(describeType))].join(' \\| ');
  if (schema.pattern === durationPattern.source) return 'duration';
  if (schema.format === 'uri') return 'URL';
  if (schema.format === 'date') return 'date';
  if (schema.type === 'array')
    return schema.items ? `list of ${describeType(schema.items)}` : 'list';
  if (schema.type === 'object') return schema.properties ? 'object' : 'map';
  if (schema.type === 'integer') return 'integer';
  return Array.isArray(schema.type) ? schema.type.join(' \\| ') : (schema.type ?? 'any');
}

export function renderReferenceTable(rows: readonly ReferenceRow[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    '| key | type | default | description |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| \`${row.key}\`${row.required ? ' (required)' : ''} | ${row.type} | ${row.defaultValue} | ${cell(row.description)} |`,
    ),
  ].join('\n');
}
