import type { Finding } from '../errors/finding.js';
import type { DataPath } from '../source/locator.js';
import { findYamlFiles, loadYamlFile, unknownBlockId } from '../source/yaml-file.js';
import { type TestFile, testFileSchema } from './schema.js';

export interface LoadedTestFile {
  readonly file: string;
  readonly tests: TestFile | undefined;
  readonly findings: Finding[];
  /** Where a key path is, so a failed expectation can point at its turn. */
  readonly positionOf: (path: DataPath) => { line: number; col: number };
}

/** Test files: the given paths, or every .yaml/.yml in tests/. */
export function findTestFiles(projectDir: string, patterns: readonly string[]): Promise<string[]> {
  return findYamlFiles(projectDir, 'tests', patterns);
}

export async function loadTestFile(
  projectDir: string,
  file: string,
  knownIds: ReadonlySet<string>,
): Promise<LoadedTestFile> {
  const loaded = await loadYamlFile(projectDir, file, testFileSchema, {
    syntax: 'TEST_SYNTAX',
    invalid: 'TEST_INVALID',
  });
  const { positionOf } = loaded;
  if (!loaded.data) return { file, tests: undefined, findings: loaded.findings, positionOf };
  // A cited id that no block has is a typo: the case could never pass.
  const findings: Finding[] = [];
  for (const [caseIndex, testCase] of loaded.data.cases.entries()) {
    for (const [turnIndex, turn] of testCase.turns.entries()) {
      for (const key of ['cites', 'notCites'] as const) {
        for (const [idIndex, id] of (turn[key] ?? []).entries()) {
          if (knownIds.has(id)) continue;
          const path = ['cases', caseIndex, 'turns', turnIndex, key, idIndex];
          findings.push(unknownBlockId(file, path, id, knownIds, positionOf, 'TEST_INVALID'));
        }
      }
    }
  }
  return { file, tests: findings.length ? undefined : loaded.data, findings, positionOf };
}
