import type { Finding } from '../errors/finding.js';
import { byCodeUnits } from './code-unit-order.js';

/** Stable order for output: by file, then position, so reruns diff cleanly. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => byCodeUnits(a.file, b.file) || a.line - b.line || a.col - b.col,
  );
}
