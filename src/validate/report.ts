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

export function renderPretty(
  findings: readonly Finding[],
  options: { projectDir: string; colors: Colors; codeFrames: boolean },
): string {
  const { colors: c } = options;
  const texts = new Map<string, string | undefined>();
  const textOf = (file: string) => {
    if (!texts.has(file)) {
      try {
        const text = readFileSync(join(options.projectDir, file), 'utf8');
        texts.set(file, text.length <= fileLimits.configBytes ? text : undefined);
      } catch {
        texts.set(file, undefined);
      }
    }
    return texts.get(file);
  };
  const blocks = findings.map((finding) => {
    const label =
      finding.severity === 'error' ? c.red(c.bold('error')) : c.yellow(c.bold('warning'));
    const where = c.cyan(`${finding.file}:${finding.line}:${finding.col}`);
    const key = finding.keyPath ? ` ${c.dim(finding.keyPath)}` : '';
    const lines = [`${label} ${where}${key} ${c.dim(finding.code)}`, `  ${finding.message}`];
    const text = options.codeFrames ? textOf(finding.file) : undefined;
    if (text !== undefined) {
      const frame = codeFrame(text, finding);
      lines.push(
        ...frame.split('\n').map((line) => `  ${line.startsWith('>') ? line : c.dim(line)}`),
      );
    }
    lines.push(`  ${c.dim('hint:')} ${finding.hint ?? describeError(finding.code).hint}`);
    return lines.join('\n');
  });
  return blocks.join('\n\n');
}

export function renderSummary(
  findings: readonly Finding[],
  checkedFiles: number,
  colors: Colors,
): string {
  const { errors, warnings } = countBySeverity(findings);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
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

/** GitHub's workflow command syntax: data escapes %, CR and LF; properties also : and ,. */
export function renderGithubAnnotations(findings: readonly Finding[]): string {
  const data = (text: string) =>
    text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return findings
    .map((finding) => {
      const hint = finding.hint ?? describeError(finding.code).hint;
      const props = `file=${property(finding.file)},line=${finding.line},col=${finding.col},title=${property(finding.code)}`;
      return `::${finding.severity} ${props}::${data(`${finding.message}\n${hint}`)}`;
    })
    .join('\n');
}
