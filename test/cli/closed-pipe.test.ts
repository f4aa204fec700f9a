/**
 * `chatbot … | head` closes the pipe before chatbot is done writing: chatbot must end quietly,
 * not crash with an unhandled EPIPE stack trace on the terminal.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../helpers/project.js';

it('ends quietly when the reader of its output goes away', async () => {
  const child = spawn(process.execPath, [join(repoRoot, 'bin/chatbot.js'), '--help'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The reader takes nothing and leaves, as `head -0` would.
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).not.toMatch(/EPIPE|Unhandled/);
  expect(code).toBe(0);
});
