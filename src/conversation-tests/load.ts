import { type Finding, formatKeyPath } from '../errors/finding.js';
import type { DataPath } from '../source/locator.js';
import { suggest } from '../source/suggest.js';
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
  /** The configured assistants, "default" among them; unset: any name is taken. */
  knownAssistants?: ReadonlySet<string>,
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
      // An assistant the config does not have could never answer: the case could never pass.
      if (knownAssistants && turn.assistant && !knownAssistants.has(turn.assistant)) {
        const path = ['cases', caseIndex, 'turns', turnIndex, 'assistant'];
        findings.push(unknownAssistant(file, path, turn.assistant, knownAssistants, positionOf));
      }
    }
  }
  return { file, tests: findings.length ? undefined : loaded.data, findings, positionOf };
}

function unknownAssistant(
  file: string,
  path: DataPath,
  name: string,
  known: ReadonlySet<string>,
  positionOf: (path: DataPath) => { line: number; col: number },
): Finding {
  const suggestion = suggest(name, [...known]);
  return {
    severity: 'error',
    code: 'TEST_INVALID',
    file,
    ...positionOf(path),
    keyPath: formatKeyPath(path),
    message: `There is no assistant "${name}" in the config`,
    hint: `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Assistants: ${[...known].join(', ')}.`,
  };
}
