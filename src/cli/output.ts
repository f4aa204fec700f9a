import pc from 'picocolors';
import type { Colors } from 'picocolors/types.js';

export interface Output {
  readonly colors: Colors;
  readonly isTty: boolean;
  out(text: string): void;
  err(text: string): void;
}

/**
 * Colour only on a terminal, never with NO_COLOR (https://no-color.org) or TERM=dumb; FORCE_COLOR
 * turns it on for tools that capture output. picocolors alone would also colour in CI logs.
 */
export function shouldColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

export function createOutput(env: NodeJS.ProcessEnv = process.env): Output {
  return {
    colors: pc.createColors(shouldColor(process.stdout, env)),
    isTty: Boolean(process.stdout.isTTY),
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  };
}

/** A plain text table; widths ignore colour codes. */
export function table(header: string[], rows: string[][]): string {
  const visible = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '').length;
  const widths = header.map((title, i) =>
    Math.max(visible(title), ...rows.map((row) => visible(row[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell + ' '.repeat(widths[i]! - visible(cell)))
      .join('  ')
      .trimEnd();
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}
