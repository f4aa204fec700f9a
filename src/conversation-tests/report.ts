import type { Colors } from 'picocolors/types.js';
import type { CaseResult } from './run.js';

export function renderTestReport(results: readonly CaseResult[], colors: Colors): string {
  const lines: string[] = [];
  let currentFile = '';
  for (const result of results) {
    if (result.file !== currentFile) {
      currentFile = result.file;
      lines.push('', colors.bold(result.file));
    }
    const time = colors.dim(`(${result.ms.toFixed(0)} ms)`);
    const tag = colors.dim(`[${result.lang}${result.assistant ? ` · ${result.assistant}` : ''}]`);
    if (result.failures.length === 0) {
      lines.push(`  ${colors.green('✓')} ${result.name} ${tag} ${time}`);
      continue;
    }
    lines.push(`  ${colors.red('✗')} ${result.name} ${tag} ${time}`);
    for (const failure of result.failures) {
      lines.push(
        `      ${colors.cyan(`${result.file}:${failure.line}:${failure.col}`)} turn ${failure.turn}: ${failure.expectation}`,
      );
      lines.push(`      ${colors.dim('reply:')} ${JSON.stringify(truncate(failure.reply, 300))}`);
    }
  }
  const failed = results.filter((result) => result.failures.length > 0).length;
  lines.push('', summaryLine(results.length - failed, failed, colors));
  return lines.join('\n');
}

export function summaryLine(passed: number, failed: number, colors: Colors): string {
  const text = `${passed} passed, ${failed} failed`;
  return failed > 0 ? colors.red(text) : colors.green(text);
}

/** JUnit XML, as CI systems read it: a suite per file, a case per conversation. */
export function renderJunit(results: readonly CaseResult[]): string {
  const byFile = new Map<string, CaseResult[]>();
  for (const result of results)
    byFile.set(result.file, [...(byFile.get(result.file) ?? []), result]);
  const failures = results.filter((result) => result.failures.length > 0).length;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const total = results.reduce((sum, result) => sum + result.ms, 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="chatbot" tests="${results.length}" failures="${failures}" time="${seconds(total)}">`,
  ];
  for (const [file, cases] of byFile) {
    const suiteFailures = cases.filter((result) => result.failures.length > 0).length;
    const suiteTime = cases.reduce((sum, result) => sum + result.ms, 0);
    out.push(
      `  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${suiteFailures}" time="${seconds(suiteTime)}">`,
    );
    for (const result of cases) {
      const open = `    <testcase name="${xml(result.name)}" classname="${xml(file.replace(/\.ya?ml$/, '').replace(/\//g, '.'))}" time="${seconds(result.ms)}"`;
      if (result.failures.length === 0) {
        out.push(`${open}/>`);
        continue;
      }
      const first = result.failures[0]!;
      const details = result.failures
        .map(
          (failure) =>
            `${file}:${failure.line}:${failure.col} turn ${failure.turn}: ${failure.expectation}\nreply: ${failure.reply}`,
        )
        .join('\n\n');
      out.push(
        `${open}>`,
        `      <failure message="${xml(`turn ${first.turn}: ${first.expectation}`)}">${xml(details)}</failure>`,
        '    </testcase>',
      );
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

export function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
