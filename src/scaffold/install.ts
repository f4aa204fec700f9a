import { spawn } from 'node:child_process';

/**
 * Runs `npm install` in a new project so `npx chatbot …` works at once. Without it, npx would
 * look the package up in the registry instead of using the project's own dependency.
 *
 * A checkout linked with file: is already built (init runs from its dist/), and npm would
 * otherwise run its `prepare` script, a full TypeScript and widget build, which was nearly all
 * of init's time: lifecycle scripts are skipped for it. From the registry, packages come from
 * npm's cache when it has them, and no audit or funding report is fetched.
 */
export function installDependencies(
  dir: string,
  onOutput: (chunk: string) => void,
  options: { readonly linked: boolean },
): Promise<boolean> {
  return new Promise((resolve) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const args = [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...(options.linked ? ['--ignore-scripts'] : []),
    ];
    const child = spawn(npm, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => onOutput(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => onOutput(chunk.toString()));
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}
