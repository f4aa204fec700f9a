/**
 * The new project's git repository: the bot is kept as code from its first minute, so init
 * starts a repository with one commit of what it wrote. Never inside someone else's repository
 * (a bot made in a monorepo belongs to that repository's history), and never a failed commit
 * for want of a configured git identity.
 */
import { execFile } from 'node:child_process';

export type RepositoryOutcome =
  | { readonly kind: 'created'; readonly branch: string; readonly fallbackIdentity: boolean }
  | { readonly kind: 'inside'; readonly root: string }
  | { readonly kind: 'no-git' }
  | { readonly kind: 'failed'; readonly message: string };

/** Who the first commit is by when git knows no user: set for that one command only. */
export const fallbackIdentity = { name: 'chatbot init', email: 'chatbot-init@localhost' };

const firstCommitMessage = 'Bot project created by chatbot init';

/**
 * `files` are what init wrote (and npm's lockfile): with --force, whatever the directory held
 * before is left for its owner to add.
 */
export async function startRepository(
  dir: string,
  files: readonly string[],
): Promise<RepositoryOutcome> {
  const git = (args: string[]) => run('git', args, dir);
  const version = await git(['--version']);
  if (version.missing) return { kind: 'no-git' };
  const inside = await git(['rev-parse', '--show-toplevel']);
  if (inside.ok) return { kind: 'inside', root: inside.stdout.trim() };

  // The scaffolded workflow deploys on pushes to main: start there unless the user chose a name.
  const chosen = await git(['config', '--get', 'init.defaultBranch']);
  const branch = chosen.ok && chosen.stdout.trim() ? chosen.stdout.trim() : 'main';
  const steps: string[][] = [
    ['init', '--quiet', `--initial-branch=${branch}`],
    ['add', '--', ...files],
  ];
  for (const step of steps) {
    const result = await git(step);
    if (!result.ok) return { kind: 'failed', message: result.stderr.trim() || result.message };
  }
  const hasName = (await git(['config', '--get', 'user.name'])).stdout.trim() !== '';
  const hasEmail = (await git(['config', '--get', 'user.email'])).stdout.trim() !== '';
  const fallback = !hasName || !hasEmail;
  const identity = fallback
    ? ['-c', `user.name=${fallbackIdentity.name}`, '-c', `user.email=${fallbackIdentity.email}`]
    : [];
  const commit = await git([...identity, 'commit', '--quiet', '-m', firstCommitMessage]);
  if (!commit.ok)
    return {
      kind: 'failed',
      message: commit.stderr.trim() || commit.stdout.trim() || commit.message,
    };
  return { kind: 'created', branch, fallbackIdentity: fallback };
}

interface RunResult {
  readonly ok: boolean;
  readonly missing: boolean;
  readonly stdout: string;
  readonly stderr: string;
  readonly message: string;
}

function run(command: string, args: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      resolve({
        ok: !error,
        missing: code === 'ENOENT',
        stdout,
        stderr,
        message: error?.message ?? '',
      });
    });
  });
}
