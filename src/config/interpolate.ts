/**
 * ${VAR} and ${VAR:-default} in config strings. Interpolation runs on the parsed data, not the
 * text, so YAML syntax can never be changed by a variable's value, and every reference keeps its
 * key path for findings. `$${` writes a literal `${`.
 * A reference the caller refuses (a field that takes no variable, a server secret) is left as
 * written: its value never enters the config, not even an error message about it.
 */
import type { DataPath } from '../source/locator.js';

export interface EnvReference {
  readonly path: DataPath;
  readonly name: string;
  readonly hasDefault: boolean;
  readonly isSet: boolean;
}

export interface EnvSyntaxProblem {
  readonly path: DataPath;
  readonly text: string;
}

export interface Interpolated {
  readonly data: unknown;
  /** References that were filled in (or would be, once their variable is set). */
  readonly references: EnvReference[];
  /** References left as written because `accepts` refused them. */
  readonly refused: EnvReference[];
  readonly syntaxProblems: EnvSyntaxProblem[];
}

/** Whether a variable may fill the value at a path. */
export type AcceptsReference = (path: DataPath, name: string) => boolean;

const reference = /\$\$\{|\$\{([^}]*)\}/g;
const validReference = /^([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?$/s;

/** Stands in for an unset variable so the rest of the config can still be checked. */
export const unsetPlaceholder = (name: string) => `\${${name}}`;

export function interpolateEnv(
  data: unknown,
  env: Readonly<Record<string, string | undefined>>,
  accepts: AcceptsReference = () => true,
): Interpolated {
  const references: EnvReference[] = [];
  const refused: EnvReference[] = [];
  const syntaxProblems: EnvSyntaxProblem[] = [];

  const visit = (value: unknown, path: (string | number)[]): unknown => {
    if (typeof value === 'string') return substitute(value, path);
    if (Array.isArray(value)) return value.map((item, index) => visit(item, [...path, index]));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, visit(item, [...path, key])]),
      );
    }
    return value;
  };

  const substitute = (text: string, path: (string | number)[]): string => {
    if (!text.includes('${')) return text;
    if (/\$\{[^}]*$/.test(text.replace(/\$\$\{/g, ''))) {
      syntaxProblems.push({ path, text });
      return text;
    }
    return text.replace(reference, (whole, inner: string | undefined) => {
      if (inner === undefined) return '${';
      const match = validReference.exec(inner);
      if (!match) {
        syntaxProblems.push({ path, text: whole });
        return whole;
      }
      const name = match[1]!;
      const fallback = match[2];
      const value = env[name];
      const isSet = value !== undefined && value !== '';
      const found = { path, name, hasDefault: fallback !== undefined, isSet };
      if (!accepts(path, name)) {
        refused.push(found);
        return whole;
      }
      references.push(found);
      if (isSet) return value;
      return fallback ?? unsetPlaceholder(name);
    });
  };

  return { data: visit(data, []), references, refused, syntaxProblems };
}
