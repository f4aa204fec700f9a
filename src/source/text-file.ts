/**
 * Reading project files safely and turning byte offsets into editor positions.
 * Owns: size limits, UTF-8 decoding, line/column arithmetic, code frames.
 * Must not import config, kb or prompt code: they all build on this.
 */
import { readFile, stat } from 'node:fs/promises';
import { ChatbotError } from '../errors/chatbot-error.js';
import type { Finding } from '../errors/finding.js';

export const fileLimits = {
  /** chatbot.config.yaml and templates are small by nature. */
  configBytes: 1024 * 1024,
  templateBytes: 1024 * 1024,
  /** A knowledge file may be large, but a 50 MB upload is a mistake or an attack. */
  knowledgeBytes: 20 * 1024 * 1024,
  /** Deeper nesting than this has no use in a bot project and can exhaust a parser's stack. */
  depth: 64,
} as const;

export interface SourceText {
  /** Path shown to the user: relative to the project, forward slashes. */
  readonly displayPath: string;
  readonly text: string;
}

/** Reads a UTF-8 text file, refusing files over `maxBytes` before reading them. */
export async function readSourceText(
  absolutePath: string,
  displayPath: string,
  maxBytes: number,
): Promise<SourceText> {
  const info = await stat(absolutePath).catch((cause: NodeJS.ErrnoException) => {
    if (cause.code !== 'ENOENT') throw cause;
    throw new ChatbotError('FILE_NOT_FOUND', `${displayPath} does not exist`, { cause });
  });
  if (info.isDirectory())
    throw new ChatbotError('FILE_UNREADABLE', `${displayPath} is a folder, not a file`);
  if (info.size > maxBytes) {
    throw new ChatbotError(
      'FILE_TOO_LARGE',
      `${displayPath} is ${formatBytes(info.size)}, over the limit of ${formatBytes(maxBytes)}`,
    );
  }
  const bytes = await readFile(absolutePath);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new ChatbotError('FILE_UNREADABLE', `${displayPath} is not valid UTF-8 text`, { cause });
  }
  // A byte-order mark is invisible in editors; drop it so column 1 is the first character.
  return { displayPath, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

export type ReadOutcome =
  | { readonly source: SourceText; readonly finding?: undefined }
  | { readonly source?: undefined; readonly finding: Finding };

/** Like readSourceText, but an unreadable or oversized file becomes a finding on the whole file. */
export async function readSourceOrFinding(
  absolutePath: string,
  displayPath: string,
  maxBytes: number,
): Promise<ReadOutcome> {
  try {
    return { source: await readSourceText(absolutePath, displayPath, maxBytes) };
  } catch (error) {
    if (!(error instanceof ChatbotError)) throw error;
    return {
      finding: {
        severity: 'error',
        code: error.code,
        file: displayPath,
        line: 1,
        col: 1,
        keyPath: '',
        message: error.message,
      },
    };
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units as editors and GitHub count them. */
  readonly col: number;
}

/** Maps offsets to line and column in O(log lines). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }

  positionAt(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: offset - this.starts[low]! + 1 };
  }
}

/** A few lines of source around a position with a caret under the column, like vite's. */
export function codeFrame(text: string, position: Position, context = 2): string {
  const lines = text.split('\n');
  const first = Math.max(1, position.line - context);
  const last = Math.min(lines.length, position.line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const source = (lines[n - 1] ?? '').replace(/\r$/, '').replace(/\t/g, ' ');
    const marker = n === position.line ? '>' : ' ';
    out.push(`${marker} ${String(n).padStart(width)} | ${truncate(source, 160)}`);
    if (n === position.line) {
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, position.col - 1))}^`);
    }
  }
  return out.join('\n');
}

function truncate(line: string, max: number): string {
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
