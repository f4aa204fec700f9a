/**
 * The commit a bundle is built from, so `chatbot versions` can say who changed what. Outside a
 * repository (or without git installed) a bundle simply has no git facts.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { BundleGit } from './bundle.js';

const run = promisify(execFile);

export async function gitInfo(
  projectDir: string,
  paths: readonly string[],
): Promise<BundleGit | undefined> {
  const git = async (...args: string[]) =>
    (await run('git', ['-C', projectDir, ...args], { timeout: 10_000 })).stdout.trim();
  try {
    const commit = await git('rev-parse', 'HEAD');
    const [author = '', subject = ''] = (await git('log', '-1', '--format=%an <%ae>%n%s')).split(
      '\n',
    );
    const branch = await git('rev-parse', '--abbrev-ref', 'HEAD').catch(() => '');
    // Dirty means the bundle holds something the commit does not: only the packed files count.
    const status = await git('status', '--porcelain', '--', ...paths);
    return {
      commit,
      author,
      subject,
      ...(branch && branch !== 'HEAD' ? { branch } : {}),
      dirty: status.length > 0,
    };
  } catch {
    return undefined;
  }
}
