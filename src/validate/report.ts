/**
 * Findings for people and machines: a terminal report with code frames, JSON, and GitHub
 * Actions workflow commands that annotate the pull request's diff.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Colors } from 'picocolors/types.js';
import { describeError } from '../errors/catalogue.js';
import { countBySeverity, type Finding } from '../errors/finding.js';
import { codeFrame, fileLimits } from '../source/text-file.js';

export interface PrettyOptions {
  readonly projectDir: string;
  readonly colors: Colors;
  readonly codeFrames: boolean;
  /**
   * The texts the findings are about, when they are not the project's files on disk: the
   * bundle a server refused, for one.
   */
  readonly files?: Readonly<Record<string, string>>;
}

/** More findings than this of one shape are shown as a group: a count and a few examples. */
const groupAbove = 3;
const examplesPerGroup = 3;

export function renderPretty(findings: readonly Finding[], options: PrettyOptions): string {
  const { colors: c } = options;
  const textOf = sourceTexts(options);
  const label = (finding: Finding) =>
    finding.severity === 'error' ? c.red(c.bold('error')) : c.yellow(c.bold('warning'));
  const where = (finding: Finding) => c.cyan(`${finding.file}:${finding.line}:${finding.col}`);
  const key = (finding: Finding) => (finding.keyPath ? ` ${c.dim(finding.keyPath)}` : '');
  const frame = (finding: Finding) => {
    const text = options.codeFrames ? textOf(finding.file) : undefined;
    if (text === undefined) return [];
    return codeFrame(text, finding)
      .split('\n')
      .map((line) => `  ${line.startsWith('>') ? line : c.dim(line)}`);
  };
  const hint = (finding: Finding) =>
    `  ${c.dim('hint:')} ${finding.hint ?? describeError(finding.code).hint}`;

  const blocks = groupFindings(findings).flatMap((group) => {
    const first = group[0]!;
    if (group.length <= groupAbove) {
      return group.map((finding) =>
        [
          `${label(finding)} ${where(finding)}${key(finding)} ${c.dim(finding.code)}`,
          `  ${finding.message}`,
          ...frame(finding),
          hint(finding),
        ].join('\n'),
      );
    }
    const examples = group.slice(0, examplesPerGroup);
    const rest = group.length - examples.length;
    const files = new Set(group.map((finding) => finding.file));
    return [
      [
        `${label(first)} ${c.bold(`${count(group.length)} alike`)} ${c.dim(first.code)}${files.size > 1 ? c.dim(` in ${count(files.size)} files`) : ''}`,
        ...examples.flatMap((finding, index) => [
          `  ${where(finding)}${key(finding)} ${finding.message}`,
          ...(index === 0 ? frame(finding).map((line) => `  ${line}`) : []),
        ]),
        `  ${c.dim(`… and ${count(rest)} more like these (\`chatbot validate --format json\` lists every one)`)}`,
        hint(first),
      ].join('\n'),
    ];
  });
  return blocks.join('\n\n');
}

/**
 * Findings of one code whose messages differ only in names and numbers, in the order their
 * first one appears: 2,790 warnings about empty titles are one problem, told once.
 */
export function groupFindings(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const shape = `${finding.severity} ${finding.code} ${messageShape(finding.message)}`;
    const group = groups.get(shape);
    if (group) group.push(finding);
    else groups.set(shape, [finding]);
  }
  return [...groups.values()];
}

function messageShape(message: string): string {
  return message.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, '#');
}

const count = (n: number) => n.toLocaleString('en-US');

function sourceTexts(options: PrettyOptions): (file: string) => string | undefined {
  const texts = new Map<string, string | undefined>();
  const read = (file: string) => {
    if (options.files) return options.files[file];
    try {
      return readFileSync(join(options.projectDir, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  return (file) => {
    if (!texts.has(file)) {
      const text = read(file);
      texts.set(
        file,
        text !== undefined && text.length <= fileLimits.knowledgeBytes ? text : undefined,
      );
    }
    return texts.get(file);
  };
}

export function renderSummary(
  findings: readonly Finding[],
  checkedFiles: number,
  colors: Colors,
): string {
  const { errors, warnings } = countBySeverity(findings);
  const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;
  if (errors === 0 && warnings === 0)
    return colors.green(`✔ ${plural(checkedFiles, 'file')} checked, no problems`);
  const text = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(checkedFiles, 'file')} checked`;
  return errors > 0 ? colors.red(`✖ ${text}`) : colors.yellow(`⚠ ${text}`);
}

export function renderJson(findings: readonly Finding[]): string {
  const { errors, warnings } = countBySeverity(findings);
  return JSON.stringify(
    {
      ok: errors === 0,
      errors,
      warnings,
      findings: findings.map((finding) => ({
        ...finding,
        hint: finding.hint ?? describeError(finding.code).hint,
      })),
    },
    null,
    2,
  );
}

/**
 * GitHub's workflow command syntax: data escapes %, CR and LF; properties also : and ,.
 * A large group annotates its examples and says how many more there are: GitHub shows only
 * the first few annotations of a step anyway.
 */
export function renderGithubAnnotations(findings: readonly Finding[]): string {
  const data = (text: string) =>
    text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const annotation = (finding: Finding) => {
    const hint = finding.hint ?? describeError(finding.code).hint;
    const props = `file=${property(finding.file)},line=${finding.line},col=${finding.col},title=${property(finding.code)}`;
    return `::${finding.severity} ${props}::${data(`${finding.message}\n${hint}`)}`;
  };
  return groupFindings(findings)
    .flatMap((group) => {
      if (group.length <= groupAbove) return group.map(annotation);
      const examples = group.slice(0, examplesPerGroup);
      const first = group[0]!;
      const more = `${count(group.length - examples.length)} more like these; \`chatbot validate --format json\` lists every one`;
      return [
        ...examples.map(annotation),
        `::${first.severity} title=${property(first.code)}::${data(more)}`,
      ];
    })
    .join('\n');
}
