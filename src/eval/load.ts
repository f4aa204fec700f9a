/**
 * Reads eval/*.yaml: the format's shape first, then every expected block id against the
 * knowledge of the question's language, so a typo in a label fails loudly instead of scoring
 * a right answer as wrong.
 */
import type { Finding } from '../errors/finding.js';
import type { DataPath } from '../source/locator.js';
import { findYamlFiles, loadYamlFile, unknownBlockId } from '../source/yaml-file.js';
import { type EvalFile, evalFileSchema } from './schema.js';

export interface LoadedEvalFile {
  readonly file: string;
  readonly set: EvalFile | undefined;
  readonly findings: Finding[];
  readonly positionOf: (path: DataPath) => { line: number; col: number };
}

/** Eval files: the given paths, or every .yaml/.yml in eval/. */
export function findEvalFiles(projectDir: string, patterns: readonly string[]): Promise<string[]> {
  return findYamlFiles(projectDir, 'eval', patterns);
}

export async function loadEvalFile(
  projectDir: string,
  file: string,
  /** The block ids of each language's knowledge. */
  idsOf: (lang: string | undefined) => ReadonlySet<string>,
): Promise<LoadedEvalFile> {
  const loaded = await loadYamlFile(projectDir, file, evalFileSchema, {
    syntax: 'EVAL_SYNTAX',
    invalid: 'EVAL_INVALID',
  });
  const { positionOf } = loaded;
  if (!loaded.data) return { file, set: undefined, findings: loaded.findings, positionOf };
  const findings: Finding[] = [];
  const check = (expect: 'none' | string[], lang: string | undefined, path: DataPath) => {
    if (expect === 'none') return;
    const known = idsOf(lang);
    for (const [index, id] of expect.entries())
      if (!known.has(id))
        findings.push(
          unknownBlockId(file, [...path, 'expect', index], id, known, positionOf, 'EVAL_INVALID'),
        );
  };
  for (const [index, question] of (loaded.data.questions ?? []).entries())
    check(question.expect, question.lang, ['questions', index]);
  for (const [index, dialogue] of (loaded.data.dialogues ?? []).entries())
    for (const [turn, { expect }] of dialogue.turns.entries())
      check(expect, dialogue.lang, ['dialogues', index, 'turns', turn]);
  return { file, set: findings.length ? undefined : loaded.data, findings, positionOf };
}
