import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanupAfterTest } from './bot.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export function tempDir(prefix = 'chatbot-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // Removed after whatever the test started in it (a server, a notifier) has closed.
  cleanupAfterTest(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A copy of the demo bot in a temp directory, with some files replaced. A value of `null`
 * deletes the file. Removed after the test.
 */
export function demoProject(overrides: Record<string, string | null> = {}): string {
  const dir = tempDir();
  for (const entry of ['chatbot.config.yaml', 'kb', 'templates', '.env.example']) {
    cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
  }
  for (const [path, content] of Object.entries(overrides)) {
    const target = join(dir, path);
    if (content === null) rmSync(target, { force: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
  return dir;
}

/** A project with only the given files. */
export function project(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export function readRepoFile(path: string): string {
  return readFileSync(join(repoRoot, path), 'utf8');
}

/** The 1-based line number of the first line containing `needle` in `text`. */
export function lineOf(text: string, needle: string, occurrence = 1): number {
  const lines = text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.includes(needle) && ++seen === occurrence) return i + 1;
  }
  throw new Error(`"${needle}" not found`);
}

/** The 1-based column where `needle` starts on its first line. */
export function colOf(text: string, needle: string, occurrence = 1): number {
  const line = text.split('\n')[lineOf(text, needle, occurrence) - 1]!;
  return line.indexOf(needle) + 1;
}

/** Makes `dir` a git repository with one commit by Ann of the given paths (all by default). */
export function commitAll(dir: string, message: string, paths: string[] = ['-A']): string {
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-C', dir, '-c', 'user.name=Ann', '-c', 'user.email=ann@example.com', ...args],
      { encoding: 'utf8' },
    ).trim();
  git('init', '-q', '-b', 'main');
  git('add', ...paths);
  git('commit', '-qm', message);
  return git('rev-parse', 'HEAD');
}
