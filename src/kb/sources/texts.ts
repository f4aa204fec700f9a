import { createHash } from 'node:crypto';
import type { Finding } from '../../errors/finding.js';
import { byCodeUnits } from '../../source/code-unit-order.js';

/** One language's knowledge file as a source delivered it. */
export interface KnowledgeText {
  readonly lang: string;
  /** Shown in findings: `kb/ru.json`, or the URL it came from. */
  readonly displayPath: string;
  /** Undefined when the file could not be read; `problem` says why. */
  readonly text?: string;
  readonly problem?: Finding;
}

/** Everything a knowledge source delivered at one moment. */
export interface KnowledgeTexts {
  /** A commit sha for git, a content hash otherwise: what `kb status` and /metrics show. */
  readonly version: string;
  readonly files: readonly KnowledgeText[];
  /** Where a missing language's file was looked for, for the finding. */
  readonly expectedPath: (lang: string) => string;
}

/** A short content hash over every file, stable for the same texts in any order. */
export function contentVersion(files: readonly KnowledgeText[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => byCodeUnits(a.lang, b.lang))) {
    hash
      .update(file.lang)
      .update('\0')
      .update(file.text ?? '')
      .update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}
