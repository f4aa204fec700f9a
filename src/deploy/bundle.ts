/**
 * A deploy bundle: the files that make the bot (config, knowledge, templates) as one JSON
 * document, named by a hash of its content. `chatbot build` writes it, `chatbot deploy` sends
 * it, and the server unpacks it into a release folder and validates it there like any project.
 * Owns: the bundle's format, which files go in, and which paths a server will accept.
 * Secrets never travel in a bundle: `.env` is neither packed nor accepted.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { z } from 'zod';
import { configFileName } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { byCodeUnits } from '../source/code-unit-order.js';
import { privateDirMode, privateFileMode } from '../store/private-files.js';

export const bundleFormat = 1;

/** Where the bundle came from, when it was built in a git repository. */
export interface BundleGit {
  readonly commit: string;
  readonly author: string;
  readonly subject: string;
  readonly branch?: string;
  /** Files in the bundle differ from the commit. */
  readonly dirty: boolean;
}

export interface Bundle {
  readonly format: typeof bundleFormat;
  /** A hash of the files: the same files are the same version wherever they are built. */
  readonly version: string;
  readonly createdAt: string;
  readonly git?: BundleGit;
  /** Project-relative path (forward slashes) → UTF-8 text. */
  readonly files: Readonly<Record<string, string>>;
}

const maxFiles = 500;
const segment = /^[A-Za-z0-9_.@-]+$/;

/** A relative path inside the project that cannot climb out of a release folder. */
export function isSafeBundlePath(path: string): boolean {
  if (path.length === 0 || path.length > 240) return false;
  const parts = path.split('/');
  if (parts.length > 8) return false;
  if (path === '.env' || /(^|\/)\.env$/.test(path)) return false;
  return parts.every((part) => segment.test(part) && part !== '.' && part !== '..');
}

export const bundleSchema = z.strictObject({
  format: z.literal(bundleFormat),
  version: z.string().regex(/^[0-9a-f]{12}$/, 'A 12-character content hash'),
  createdAt: z.string().max(40),
  git: z
    .strictObject({
      commit: z.string().max(64),
      author: z.string().max(200),
      subject: z.string().max(500),
      branch: z.string().max(200).optional(),
      dirty: z.boolean(),
    })
    .optional(),
  files: z
    .record(
      z.string().refine(isSafeBundlePath, 'A relative path with no "..", and never .env'),
      z.string(),
    )
    .refine((files) => Object.keys(files).length <= maxFiles, `At most ${maxFiles} files`)
    .refine((files) => configFileName in files, `The bundle has no ${configFileName}`),
});

/** The content hash that names a set of files, independent of their order. */
export function bundleVersion(files: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256');
  for (const path of Object.keys(files).sort())
    hash.update(path).update('\0').update(files[path]!).update('\0');
  return hash.digest('hex').slice(0, 12);
}

/**
 * The files of a project that make up its bot: the config, `.env.example` (the names it
 * declares), every knowledge file when knowledge lives in the project, and every template.
 * Conversation tests stay behind: they check a build, they do not run in production.
 */
export async function collectBotFiles(
  projectDir: string,
  config: Config,
): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const add = async (path: string) => {
    files[toBundlePath(relative(projectDir, path))] = await readFile(path, 'utf8');
  };
  await add(join(projectDir, configFileName));
  await add(join(projectDir, '.env.example')).catch(() => undefined);
  if (config.knowledge.source === 'dir') {
    const kbDir = join(projectDir, config.knowledge.dir);
    for (const name of await readdir(kbDir).catch(() => [] as string[])) {
      if (name.endsWith('.json')) await add(join(kbDir, name));
    }
  }
  for (const path of await listFiles(join(projectDir, config.prompts.dir))) await add(path);
  return files;
}

export function createBundle(files: Record<string, string>, git?: BundleGit): Bundle {
  return {
    format: bundleFormat,
    version: bundleVersion(files),
    createdAt: new Date().toISOString(),
    ...(git ? { git } : {}),
    files,
  };
}

/** Writes a bundle's files under `dir`, which becomes a project a snapshot can be built from. */
export async function writeBundleFiles(
  dir: string,
  files: Readonly<Record<string, string>>,
): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    if (!isSafeBundlePath(path)) throw new Error(`Unsafe path in bundle: ${path}`);
    const target = join(dir, ...path.split('/'));
    await mkdir(dirname(target), { recursive: true, mode: privateDirMode });
    await writeFile(target, text, { mode: privateFileMode });
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => byCodeUnits(a.name, b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else if (entry.isFile() && !entry.name.startsWith('.')) files.push(path);
  }
  return files;
}

function toBundlePath(path: string): string {
  return path.split(sep).join('/');
}
