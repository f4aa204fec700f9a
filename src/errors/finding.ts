import type { ErrorCode } from './catalogue.js';

export type Severity = 'error' | 'warning';

/**
 * One problem found in a bot project, pointing at the exact place in the source file.
 * `line` and `col` are 1-based, as editors and GitHub annotations count them.
 */
export interface Finding {
  readonly severity: Severity;
  readonly code: ErrorCode;
  /** Path relative to the project directory, with forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** Dotted key path inside the file (`ai.cascade[0].model`), empty for the whole file. */
  readonly keyPath: string;
  readonly message: string;
  /** Overrides the catalogue's hint when the finding knows better (a "did you mean"). */
  readonly hint?: string;
}

export function formatKeyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

export function countBySeverity(findings: readonly Finding[]): {
  errors: number;
  warnings: number;
} {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}
