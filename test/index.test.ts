import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoProject, repoRoot, tempDir } from './helpers/project.js';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

/** A project that depends on this package, as `npm install chatbot` would leave it. */
function dependentProject(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(repoRoot, join(dir, 'node_modules', manifest.name), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  return dir;
}

describe('the package entry (after a build)', () => {
  it('points every export at a file the build made', () => {
    const root = manifest.exports['.'];
    expect(existsSync(join(repoRoot, root.default))).toBe(true);
    expect(existsSync(join(repoRoot, root.types))).toBe(true);
  });

  it('is imported by name and runs a real server from a project', () => {
    const script = `
      import { createServer, loadConfig, validateProject, ChatbotError } from 'chatbot';
      const dir = process.argv[1];
      const server = await createServer({ projectDir: dir, mode: 'dev', env: {}, port: 0, watch: false });
      const { url } = await server.listen();
      const health = await fetch(url + '/healthz');
      const loaded = await loadConfig(dir, { mode: 'validate', env: {} });
      const valid = await validateProject(dir, { env: {} });
      await server.close();
      console.log(JSON.stringify({
        status: health.status,
        name: loaded.config?.name,
        errors: valid.findings.filter((f) => f.severity === 'error').length,
        error: typeof ChatbotError,
      }));
    `;
    const out = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', script, demoProject()],
      { cwd: dependentProject(), encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
    );
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({
      status: 200,
      name: 'Sol y Mar Tours',
      errors: 0,
      error: 'function',
    });
  }, 60_000);
});
