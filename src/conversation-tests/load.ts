import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { type Finding, formatKeyPath } from '../errors/finding.js';
import type { DataPath } from '../source/locator.js';
import { schemaFindings } from '../source/schema-findings.js';
import { suggest } from '../source/suggest.js';
import { fileLimits, readSourceOrFinding } from '../source/text-file.js';
import { parseYamlSource } from '../source/yaml-source.js';
import { type TestFile, testFileSchema } from './schema.js';

export interface LoadedTestFile {
  readonly file: string;
  readonly tests: TestFile | undefined;
  readonly findings: Finding[];
  /** Where a key path is, so a failed expectation can point at its turn. */
  readonly positionOf: (path: DataPath) => { line: number; col: number };
}

/** Test files: the given paths, or every .yaml/.yml in tests/. */
export async function findTestFiles(
  projectDir: string,
  patterns: readonly string[],
): Promise<string[]> {
  if (patterns.length > 0) return [...patterns];
  const dir = join(projectDir, 'tests');
  if (!existsSync(dir)) return [];
  return (await readdir(dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => `tests/${name}`);
}

export async function loadTestFile(
  projectDir: string,
  file: string,
  knownIds: ReadonlySet<string>,
): Promise<LoadedTestFile> {
  const read = await readSourceOrFinding(join(projectDir, file), file, fileLimits.configBytes);
  if (!read.source)
    return {
      file,
      tests: undefined,
      findings: [read.finding],
      positionOf: () => ({ line: 1, col: 1 }),
    };
  const parsed = parseYamlSource(read.source, {
    syntax: 'TEST_SYNTAX',
    duplicateKey: 'TEST_SYNTAX',
    aliasLimit: 'TEST_SYNTAX',
  });
  const positionAt = (offset: number) => parsed.lineCounter.linePos(offset);
  const positionOf = (path: DataPath) => positionAt(parsed.locator.value(path).offset);
  if (parsed.findings.length > 0)
    return { file, tests: undefined, findings: parsed.findings, positionOf };
  const outcome = testFileSchema.safeParse(parsed.data);
  if (!outcome.success) {
    const findings = schemaFindings(
      testFileSchema as z.ZodType,
      parsed.data,
      outcome.error.issues,
      {
        file,
        text: read.source.text,
        locator: parsed.locator,
        positionAt,
        codes: {
          unknownKey: 'TEST_INVALID',
          missingKey: 'TEST_INVALID',
          invalidValue: 'TEST_INVALID',
        },
      },
    );
    return { file, tests: undefined, findings, positionOf };
  }
  // A cited id that no block has is a typo: the case could never pass.
  const findings: Finding[] = [];
  for (const [caseIndex, testCase] of outcome.data.cases.entries()) {
    for (const [turnIndex, turn] of testCase.turns.entries()) {
      for (const key of ['cites', 'notCites'] as const) {
        for (const [idIndex, id] of (turn[key] ?? []).entries()) {
          if (knownIds.has(id)) continue;
          const path = ['cases', caseIndex, 'turns', turnIndex, key, idIndex];
          const suggestion = suggest(id, [...knownIds]);
          findings.push({
            severity: 'error',
            code: 'TEST_INVALID',
            file,
            ...positionOf(path),
            keyPath: formatKeyPath(path),
            message: `No block has the id "${id}"`,
            ...(suggestion ? { hint: `Did you mean "${suggestion}"?` } : {}),
          });
        }
      }
    }
  }
  return { file, tests: findings.length ? undefined : outcome.data, findings, positionOf };
}
