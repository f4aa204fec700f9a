import { spawn } from 'node:child_process';

/**
 * Runs `npm install` in a new project so `npx chatbot …` works at once. Without it, npx would
 * look the package up in the registry instead of using the project's own dependency.
 */
export function installDependencies(
  dir: string,
  onOutput: (chunk: string) => void,
): Promise<boolean> {
  return new Promise((resolve) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => onOutput(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => onOutput(chunk.toString()));
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}
