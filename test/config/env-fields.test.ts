import { describe, expect, it } from 'vitest';
import { acceptsEnv, envFields } from '../../src/config/env-fields.js';
import { configJsonSchema } from '../../src/docs/json-schemas.js';

type Schema = {
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  anyOf?: Schema[];
  oneOf?: Schema[];
};

/** Whether a path of the allow-list names a field the config schema has. */
function resolves(schema: Schema | undefined, parts: string[]): boolean {
  if (!schema) return false;
  if (parts.length === 0) return true;
  const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  if (branches.length > 0) return branches.some((branch) => resolves(branch, parts));
  const [part, ...rest] = parts as [string, ...string[]];
  if (part === '[]') return resolves(schema.items, rest);
  if (part === '*')
    return typeof schema.additionalProperties === 'object'
      ? resolves(schema.additionalProperties, rest)
      : false;
  return resolves(schema.properties?.[part], rest);
}

describe('the fields that take ${VAR}', () => {
  it('each names a field the config has, so the list cannot rot', () => {
    const schema = configJsonSchema() as Schema;
    for (const { path } of envFields)
      expect(resolves(schema, path.split(/\.|(?=\[\])/)), path).toBe(true);
  });

  it('match by position: any list item, any record key, nothing else', () => {
    expect(acceptsEnv(['ai', 'cascade', 3, 'apiKey'])).toBe(true);
    expect(acceptsEnv(['deploy', 'targets', 'staging', 'url'])).toBe(true);
    expect(acceptsEnv(['ai', 'cascade', 'x', 'apiKey'])).toBe(false);
    expect(acceptsEnv(['ai', 'cascade', 0, 'model'])).toBe(false);
    expect(acceptsEnv(['api', 'keys'])).toBe(false);
    expect(acceptsEnv(['name'])).toBe(false);
    expect(acceptsEnv(['a', 'field', 'added', 'later'])).toBe(false);
  });
});
