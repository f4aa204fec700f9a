import type { z } from 'zod';
import type { ErrorCode } from '../errors/catalogue.js';
import { type Finding, formatKeyPath } from '../errors/finding.js';
import type { DataPath, Locator } from './locator.js';
import { suggest } from './suggest.js';
import { LineIndex } from './text-file.js';

export interface SchemaCodes {
  readonly unknownKey: ErrorCode;
  readonly missingKey: ErrorCode;
  readonly invalidValue: ErrorCode;
}

export interface SchemaContext {
  readonly file: string;
  readonly text: string;
  readonly locator: Locator;
  readonly codes: SchemaCodes;
  /** Positions for YAML come from yaml's LineCounter; JSON passes its own index. */
  readonly positionAt?: (offset: number) => { line: number; col: number };
}

/**
 * Turns zod's issues into findings at file:line:col. Unknown keys point at the key itself and
 * suggest the nearest known key; missing keys point at the object that lacks them.
 */
export function schemaFindings(
  schema: z.ZodType,
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
  context: SchemaContext,
): Finding[] {
  const lines = context.positionAt ? undefined : new LineIndex(context.text);
  const positionAt = context.positionAt ?? ((offset: number) => lines!.positionAt(offset));
  const findings: Finding[] = [];
  const add = (code: ErrorCode, path: DataPath, offset: number, message: string, hint?: string) => {
    const { line, col } = positionAt(offset);
    findings.push({
      severity: 'error',
      code,
      file: context.file,
      line,
      col,
      keyPath: formatKeyPath(path),
      message,
      ...(hint ? { hint } : {}),
    });
  };

  for (const issue of flattenUnionIssues(issues, data)) {
    const path = issue.path as (string | number)[];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, path, data);
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        const suggestion = suggest(key, known);
        const hint = suggestion
          ? `Did you mean "${suggestion}"?`
          : known.length > 0
            ? `Known keys here: ${known.join(', ')}.`
            : undefined;
        add(
          context.codes.unknownKey,
          keyPath,
          context.locator.key(keyPath).offset,
          `Unknown key "${key}"`,
          hint,
        );
      }
      continue;
    }
    if (issue.code === 'custom') {
      const params = (issue.params ?? {}) as { atKey?: boolean; hint?: string; code?: ErrorCode };
      const offset = params.atKey
        ? context.locator.key(path).offset
        : context.locator.value(path).offset;
      add(params.code ?? context.codes.invalidValue, path, offset, issue.message, params.hint);
      continue;
    }
    if (issue.code === 'invalid_union' && issue.errors.length === 0 && issue.discriminator) {
      const choices = discriminatorValuesAt(schema, path.slice(0, -1), issue.discriminator);
      const given = valueAt(data, path);
      const suggestion = typeof given === 'string' ? suggest(given, choices) : undefined;
      const message = `Expected ${issue.discriminator} to be one of ${choices.map((c) => `"${c}"`).join(', ')}, got ${describeValue(given)}`;
      add(
        context.codes.invalidValue,
        path,
        context.locator.value(path).offset,
        message,
        suggestion ? `Did you mean "${suggestion}"?` : undefined,
      );
      continue;
    }
    const parent = valueAt(data, path.slice(0, -1));
    const last = path[path.length - 1];
    const missing =
      issue.code === 'invalid_type' &&
      last !== undefined &&
      isRecord(parent) &&
      !(String(last) in parent);
    if (missing) {
      const parentPath = path.slice(0, -1);
      add(
        context.codes.missingKey,
        path,
        context.locator.key(parentPath).offset,
        `Missing required key "${String(last)}"${parentPath.length ? ` in ${formatKeyPath(parentPath)}` : ''}`,
      );
      continue;
    }
    add(
      context.codes.invalidValue,
      path,
      context.locator.value(path).offset,
      describeIssue(issue, valueAt(data, path)),
    );
  }
  return findings;
}

/**
 * zod reports a union mismatch as one issue holding every branch's issues. For a
 * discriminated union the branch is known from the data, so report that branch's issues.
 */
function flattenUnionIssues(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Pick the branch that got furthest: the one with the fewest issues, preferring deeper paths.
      const branches = issue.errors
        .map((branch) =>
          branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })),
        )
        .sort((a, b) => a.length - b.length || depthOf(b) - depthOf(a));
      out.push(...flattenUnionIssues(branches[0] as z.core.$ZodIssue[], data));
    } else {
      out.push(issue);
    }
  }
  return out;
}

function depthOf(branch: readonly { path: readonly PropertyKey[] }[]): number {
  return Math.max(0, ...branch.map((issue) => issue.path.length));
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Expected ${issue.expected}, got ${describeValue(value)}`;
    case 'invalid_value':
      return `Expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(value)}`;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return `${typeof value} ${String(value)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function valueAt(data: unknown, path: DataPath): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

type AnyDef = { type: string; [key: string]: unknown };

function defOf(schema: unknown): AnyDef {
  return (schema as { _zod: { def: AnyDef } })._zod.def;
}

/** The literal values a discriminated union at `path` accepts for its discriminator key. */
function discriminatorValuesAt(schema: z.ZodType, path: DataPath, key: string): string[] {
  const union = schemaAt(schema, path, undefined);
  if (!union || defOf(union).type !== 'union') return [];
  return (defOf(union).options as unknown[]).flatMap((option) => {
    const field = (defOf(unwrap(option, undefined)).shape as Record<string, unknown> | undefined)?.[
      key
    ];
    return field && defOf(field).type === 'literal'
      ? (defOf(field).values as unknown[]).map(String)
      : [];
  });
}

/** The keys an object schema accepts at `path`, following the branch the data selects. */
export function knownKeysAt(schema: z.ZodType, path: DataPath, data: unknown): string[] {
  const found = schemaAt(schema, path, data);
  if (!found) return [];
  const def = defOf(unwrap(found, valueAt(data, path)));
  return def.type === 'object' ? Object.keys(def.shape as object) : [];
}

/** The schema at `path`, unwrapped as far as the data selects (a union stays a union at the end). */
function schemaAt(schema: z.ZodType, path: DataPath, data: unknown): unknown {
  let current: unknown = schema;
  for (let i = 0; i < path.length; i++) {
    current = unwrap(current, valueAt(data, path.slice(0, i)));
    const def = defOf(current);
    const segment = path[i]!;
    if (def.type === 'object') current = (def.shape as Record<string, unknown>)[String(segment)];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else return [];
    if (!current) return undefined;
  }
  return unwrapWrappers(current);
}

function unwrapWrappers(schema: unknown): unknown {
  let current = schema;
  while (
    [
      'optional',
      'nullable',
      'default',
      'prefault',
      'catch',
      'readonly',
      'nonoptional',
      'pipe',
    ].includes(defOf(current).type)
  ) {
    current = defOf(current).type === 'pipe' ? defOf(current).in : defOf(current).innerType;
  }
  return current;
}

function unwrap(schema: unknown, value: unknown): unknown {
  let current = schema;
  for (let guard = 0; guard < 20; guard++) {
    const def = defOf(current);
    if (
      ['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional'].includes(
        def.type,
      )
    ) {
      current = def.innerType;
    } else if (def.type === 'pipe') {
      current = def.in;
    } else if (def.type === 'lazy') {
      current = (def.getter as () => unknown)();
    } else if (def.type === 'union') {
      current = pickUnionOption(def.options as unknown[], value);
    } else {
      return current;
    }
  }
  return current;
}

function pickUnionOption(options: unknown[], value: unknown): unknown {
  const objects = options.filter((option) => defOf(unwrap(option, value)).type === 'object');
  if (!isRecord(value) || objects.length === 0) return options[0];
  // Prefer the option whose literal discriminator matches the data, else the one sharing most keys.
  const score = (option: unknown) => {
    const shape = defOf(unwrap(option, value)).shape as Record<string, unknown>;
    let points = 0;
    for (const [key, field] of Object.entries(shape)) {
      const fieldDef = defOf(field);
      if (fieldDef.type === 'literal' && (fieldDef.values as unknown[]).includes(value[key]))
        points += 100;
      if (key in value) points += 1;
    }
    return points;
  };
  return objects.reduce((best, option) => (score(option) > score(best) ? option : best));
}
