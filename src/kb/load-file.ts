/**
 * Loading one kb/<lang>.json: strict JSON with positions, then the schema, then the rules that
 * need only this file (unique ids, tables' shape, empty texts, repeated questions).
 */
import type { z } from 'zod';
import type { ErrorCode } from '../errors/catalogue.js';
import { type Finding, formatKeyPath, type Severity } from '../errors/finding.js';
import { parseJsonSource } from '../source/json-source.js';
import type { DataPath, Locator } from '../source/locator.js';
import { schemaFindings } from '../source/schema-findings.js';
import { fileLimits, formatBytes, readSourceOrFinding } from '../source/text-file.js';
import { flattenBlock } from './flatten.js';
import { languageMismatch, languageName } from './language-check.js';
import { type KnowledgeFile, knowledgeSchema } from './schema.js';
import { todoFindings } from './todo-check.js';
import { missingUiStrings } from './ui-strings.js';

export interface LoadedKnowledgeFile {
  readonly lang: string;
  readonly file: string;
  /** Undefined when the file has errors. */
  readonly knowledge: KnowledgeFile | undefined;
  readonly findings: Finding[];
  /** Reports a finding at a key path of this file (used by rules across languages). */
  readonly report: FindingReporter;
}

export type FindingReporter = (
  severity: Severity,
  code: ErrorCode,
  path: DataPath,
  message: string,
  options?: { atKey?: boolean; hint?: string },
) => Finding;

export async function loadKnowledgeFile(
  absolutePath: string,
  displayPath: string,
  lang: string,
): Promise<LoadedKnowledgeFile> {
  const read = await readSourceOrFinding(absolutePath, displayPath, fileLimits.knowledgeBytes);
  if (!read.source) return unloadableKnowledgeFile(lang, displayPath, read.finding);
  return parseKnowledgeText(read.source.text, displayPath, lang);
}

/** A knowledge file that could not be read at all: one finding on the whole file. */
export function unloadableKnowledgeFile(
  lang: string,
  file: string,
  finding: Finding,
): LoadedKnowledgeFile {
  return { lang, file, knowledge: undefined, findings: [finding], report: () => finding };
}

/** Checks a knowledge file's text, wherever it came from (a folder, git, HTTP). */
export function parseKnowledgeText(
  text: string,
  displayPath: string,
  lang: string,
): LoadedKnowledgeFile {
  if (text.length > fileLimits.knowledgeBytes) {
    const message = `${displayPath} is over the limit of ${formatBytes(fileLimits.knowledgeBytes)}`;
    return unloadableKnowledgeFile(lang, displayPath, {
      severity: 'error',
      code: 'FILE_TOO_LARGE',
      file: displayPath,
      line: 1,
      col: 1,
      keyPath: '',
      message,
    });
  }
  const parsed = parseJsonSource(
    { displayPath, text },
    {
      syntax: 'KB_SYNTAX',
      trailingComma: 'KB_TRAILING_COMMA',
      duplicateKey: 'KB_DUPLICATE_KEY',
    },
  );
  const report = reporterFor(displayPath, parsed.locator, (offset) =>
    parsed.lines.positionAt(offset),
  );
  const findings = [...parsed.findings];
  if (parsed.data === undefined)
    return { lang, file: displayPath, knowledge: undefined, findings, report };

  const outcome = knowledgeSchema.safeParse(parsed.data);
  if (!outcome.success) {
    findings.push(
      ...schemaFindings(knowledgeSchema as z.ZodType, parsed.data, outcome.error.issues, {
        file: displayPath,
        text,
        locator: parsed.locator,
        positionAt: (offset) => parsed.lines.positionAt(offset),
        codes: {
          unknownKey: 'KB_UNKNOWN_KEY',
          missingKey: 'KB_MISSING_KEY',
          invalidValue: 'KB_INVALID_VALUE',
        },
      }),
    );
    return { lang, file: displayPath, knowledge: undefined, findings, report };
  }
  const knowledge = outcome.data;
  findings.push(...checkKnowledgeFile(knowledge, lang, report));
  const hasErrors = findings.some((finding) => finding.severity === 'error');
  return {
    lang,
    file: displayPath,
    knowledge: hasErrors ? undefined : knowledge,
    findings,
    report,
  };
}

function reporterFor(
  file: string,
  locator: Locator,
  positionAt: (offset: number) => { line: number; col: number },
): FindingReporter {
  return (severity, code, path, message, options = {}) => {
    const located = options.atKey ? locator.key(path) : locator.value(path);
    const { line, col } = positionAt(located.offset);
    return {
      severity,
      code,
      file,
      line,
      col,
      keyPath: formatKeyPath(path),
      message,
      ...(options.hint ? { hint: options.hint } : {}),
    };
  };
}

/** True when a text (possibly HTML) has nothing a reader would see. */
export function isBlankText(text: string): boolean {
  return (
    text
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;|&#160;/g, ' ')
      .trim() === ''
  );
}

function normalizeQuestion(question: string): string {
  return question
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function checkKnowledgeFile(
  knowledge: KnowledgeFile,
  lang: string,
  report: FindingReporter,
): Finding[] {
  const findings: Finding[] = [];
  const emptyText = (path: DataPath, what: string) =>
    findings.push(report('warning', 'KB_EMPTY_TEXT', path, `${what} is empty`));

  if (isBlankText(knowledge.greeting)) emptyText(['greeting'], 'The greeting');
  if (isBlankText(knowledge.fallback)) emptyText(['fallback'], 'The fallback answer');

  const ids = new Map<string, number>();
  const questions = new Map<string, DataPath>();
  knowledge.blocks.forEach((block, index) => {
    const at = (...rest: (string | number)[]) => ['blocks', index, ...rest];
    const first = ids.get(block.id);
    if (first !== undefined) {
      findings.push(
        report(
          'error',
          'KB_DUPLICATE_ID',
          at('id'),
          `The id "${block.id}" is already used by blocks[${first}]`,
        ),
      );
    } else {
      ids.set(block.id, index);
    }
    if (isBlankText(block.title)) emptyText(at('title'), `The title of "${block.id}"`);
    if (block.body !== undefined && isBlankText(block.body))
      emptyText(at('body'), `The body of "${block.id}"`);
    block.items?.forEach((item, i) => {
      if (isBlankText(item)) emptyText(at('items', i), `Item ${i + 1} of "${block.id}"`);
    });
    block.faq?.forEach((pair, i) => {
      if (isBlankText(pair.question))
        emptyText(at('faq', i, 'question'), `A question in "${block.id}"`);
      if (isBlankText(pair.answer)) emptyText(at('faq', i, 'answer'), `An answer in "${block.id}"`);
      const key = normalizeQuestion(pair.question);
      const earlier = questions.get(key);
      if (key && earlier) {
        findings.push(
          report(
            'warning',
            'KB_DUPLICATE_QUESTION',
            at('faq', i, 'question'),
            `The question "${pair.question}" is already asked at ${formatKeyPath(earlier)}`,
          ),
        );
      } else if (key) {
        questions.set(key, at('faq', i, 'question'));
      }
    });
    block.table?.rows.forEach((row, i) => {
      const columns = block.table!.columns.length;
      if (row.length !== columns) {
        findings.push(
          report(
            'error',
            'KB_TABLE_SHAPE',
            at('table', 'rows', i),
            `Row ${i + 1} of "${block.id}" has ${row.length} cells for ${columns} columns`,
          ),
        );
      }
    });
  });

  findings.push(...wrongLanguageBlocks(knowledge, lang, report));
  findings.push(...todoFindings(knowledge, report));
  const missing = knowledge.translateFrom ? [] : missingUiStrings(lang, knowledge.ui);
  if (missing.length > 0) {
    findings.push(
      report(
        'warning',
        'KB_UI_STRINGS',
        knowledge.ui ? ['ui'] : [],
        `No built-in widget texts for "${lang}"; missing here: ${missing.join(', ')}`,
        { atKey: true },
      ),
    );
  }
  return findings;
}

/** Blocks whose text reads like another language than the file's (KB_WRONG_LANGUAGE). */
function wrongLanguageBlocks(
  knowledge: KnowledgeFile,
  lang: string,
  report: FindingReporter,
): Finding[] {
  const copiedFrom = knowledge.translateFrom?.split('-')[0];
  const findings: Finding[] = [];
  knowledge.blocks.forEach((block, index) => {
    const flat = flattenBlock(block);
    const mismatch = languageMismatch(`${flat.title}\n${flat.text}`, lang);
    if (!mismatch || mismatch.looksLike === copiedFrom) return;
    const script = mismatch.script ? `is written in ${mismatch.script} script and ` : '';
    findings.push(
      report(
        'warning',
        'KB_WRONG_LANGUAGE',
        ['blocks', index],
        `Block "${block.id}" ${script}reads like ${languageName(mismatch.looksLike)} (${mismatch.looksLike}), not ${languageName(lang)} (${lang})`,
      ),
    );
  });
  return findings;
}
