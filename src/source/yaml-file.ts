/**
 * A YAML file read and checked against a zod schema, with every problem as a finding at
 * file:line:col: the shared first step of the files authors write beside the knowledge
 * (conversation tests, eval sets).
 */
import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { ErrorCode } from '../errors/catalogue.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import { type Finding, formatKeyPath } from '../errors/finding.js';
import type { DataPath } from './locator.js';
import { schemaFindings } from './schema-findings.js';
import { suggest } from './suggest.js';
import { fileLimits, readSourceOrFinding } from './text-file.js';
import { parseYamlSource } from './yaml-source.js';

export interface LoadedYamlFile<T> {
  readonly file: string;
  /** Undefined when any finding is an error. */
  readonly data: T | undefined;
  readonly findings: Finding[];
  /** Where a key path is, so a later check or a failed expectation can point at it. */
  readonly positionOf: (path: DataPath) => { line: number; col: number };
}

export async function loadYamlFile<T>(
  projectDir: string,
  file: string,
  schema: z.ZodType<T>,
  codes: { readonly syntax: ErrorCode; readonly invalid: ErrorCode },
): Promise<LoadedYamlFile<T>> {
  const read = await readSourceOrFinding(join(projectDir, file), file, fileLimits.configBytes);
  if (!read.source)
    return {
      file,
      data: undefined,
      findings: [read.finding],
      positionOf: () => ({ line: 1, col: 1 }),
    };
  const parsed = parseYamlSource(read.source, {
    syntax: codes.syntax,
    duplicateKey: codes.syntax,
    aliasLimit: codes.syntax,
  });
  const positionAt = (offset: number) => parsed.lineCounter.linePos(offset);
  const positionOf = (path: DataPath) => positionAt(parsed.locator.value(path).offset);
  if (parsed.findings.length > 0)
    return { file, data: undefined, findings: parsed.findings, positionOf };
  const outcome = schema.safeParse(parsed.data);
  if (outcome.success) return { file, data: outcome.data, findings: [], positionOf };
  const findings = schemaFindings(schema as z.ZodType, parsed.data, outcome.error.issues, {
    file,
    text: read.source.text,
    locator: parsed.locator,
    positionAt,
    codes: { unknownKey: codes.invalid, missingKey: codes.invalid, invalidValue: codes.invalid },
  });
  return { file, data: undefined, findings, positionOf };
}

/** A block id that no block has is a typo: whatever expects it could never pass. */
export function unknownBlockId(
  file: string,
  path: DataPath,
  id: string,
  knownIds: ReadonlySet<string>,
  positionOf: (path: DataPath) => { line: number; col: number },
  code: ErrorCode,
): Finding {
  const suggestion = suggest(id, [...knownIds]);
  return {
    severity: 'error',
    code,
    file,
    ...positionOf(path),
    keyPath: formatKeyPath(path),
    message: `No block has the id "${id}"`,
    ...(suggestion ? { hint: `Did you mean "${suggestion}"?` } : {}),
  };
}

/** The given paths, or every .yaml/.yml in the project's folder of that name, sorted. */
export async function findYamlFiles(
  projectDir: string,
  folder: string,
  patterns: readonly string[],
): Promise<string[]> {
  if (patterns.length === 0) return yamlFilesIn(projectDir, folder);
  const files: string[] = [];
  for (const pattern of patterns) {
    const path = join(projectDir, pattern);
    if (!existsSync(path) || !statSync(path).isDirectory()) files.push(pattern);
    else files.push(...(await folderOfSets(projectDir, pattern)));
  }
  return files;
}

/** A folder named on the command line stands for its YAML files; a bot project is no such folder. */
async function folderOfSets(projectDir: string, folder: string): Promise<string[]> {
  if (existsSync(join(projectDir, folder, 'chatbot.config.yaml')))
    throw new ChatbotError(
      'USAGE',
      `${folder} is a bot project, not a folder of sets: pass it as the project with -C ${folder}`,
    );
  // "eval/" and "./eval" name the folder "eval", as the files inside it will be shown.
  return yamlFilesIn(projectDir, folder.replace(/\/+$/, '').replace(/^\.\//, '') || '.');
}

async function yamlFilesIn(projectDir: string, folder: string): Promise<string[]> {
  const dir = join(projectDir, folder);
  if (!existsSync(dir)) return [];
  return (await readdir(dir))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => (folder === '.' ? name : `${folder}/${name}`));
}
