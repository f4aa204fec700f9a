/**
 * Knowledge kept in a git repository: a shallow clone of one branch in a cache folder, updated
 * by fetch + hard reset (never a merge that could conflict), with the commit sha as version.
 * Runs the git command line, so any URL git can reach works: https with a token, ssh, a path.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readKnowledgeDir } from './dir-source.js';
import type { KnowledgeTexts } from './texts.js';

const run = promisify(execFile);

export interface GitSourceOptions {
  readonly url: string;
  readonly branch: string;
  /** Folder inside the repository holding <lang>.json. */
  readonly path: string;
  /** Parent folder for clones; each repository and branch gets its own subfolder. */
  readonly cacheRoot: string;
}

export class GitKnowledgeSource {
  readonly checkout: string;

  constructor(private readonly options: GitSourceOptions) {
    const key = createHash('sha256')
      .update(`${options.url}#${options.branch}`)
      .digest('hex')
      .slice(0, 16);
    this.checkout = join(options.cacheRoot, key);
  }

  private async git(args: string[], cwd?: string): Promise<string> {
    const { stdout } = await run('git', args, {
      cwd,
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
      // Never wait for a password prompt on a server.
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo' },
    });
    return stdout.trim();
  }

  /** Brings the cache to the branch's newest commit; says whether the commit changed. */
  async sync(): Promise<{ commit: string; changed: boolean }> {
    const before = existsSync(join(this.checkout, '.git'))
      ? await this.head().catch(() => undefined)
      : undefined;
    if (before === undefined) {
      await rm(this.checkout, { recursive: true, force: true });
      await mkdir(this.options.cacheRoot, { recursive: true });
      await this.git([
        'clone',
        '--quiet',
        '--depth',
        '1',
        '--single-branch',
        '--branch',
        this.options.branch,
        this.options.url,
        this.checkout,
      ]);
    } else {
      await this.git(
        ['fetch', '--quiet', '--depth', '1', 'origin', this.options.branch],
        this.checkout,
      );
      await this.git(['reset', '--quiet', '--hard', 'FETCH_HEAD'], this.checkout);
    }
    const commit = await this.head();
    return { commit, changed: commit !== before };
  }

  private head(): Promise<string> {
    return this.git(['rev-parse', 'HEAD'], this.checkout);
  }

  /** The knowledge files at the synced commit; the version is the commit sha. */
  async read(): Promise<KnowledgeTexts> {
    const texts = await readKnowledgeDir(this.checkout, this.options.path);
    const commit = await this.head();
    const display = (lang: string) =>
      `${this.options.path.replace(/\/$/, '')}/${lang}.json@${commit.slice(0, 7)}`;
    return {
      version: commit,
      files: texts.files.map((file) => ({ ...file, displayPath: display(file.lang) })),
      expectedPath: display,
    };
  }
}
