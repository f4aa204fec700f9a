import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleVersion } from '../../src/deploy/bundle.js';
import { runCli } from '../helpers/cli.js';
import { commitAll, demoProject, readRepoFile } from '../helpers/project.js';

describe('chatbot build', () => {
  it('packs the config, knowledge and templates with the commit, never .env or the tests', async () => {
    const dir = demoProject({
      '.env': 'OPENAI_API_KEY=sk-secret\n',
      'tests/answers.yaml': readRepoFile('tests/answers.yaml'),
    });
    commitAll(dir, 'First bot', ['chatbot.config.yaml', 'kb', 'templates', 'tests']);
    const built = await runCli(['build', dir], { timeoutMs: 120_000 });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toContain('✓ Price of the Montserrat day trip'); // the tests ran
    const [name] = readdirSync(join(dir, '.chatbot'));
    const bundle = JSON.parse(readFileSync(join(dir, '.chatbot', name!), 'utf8'));
    expect(name).toBe(`bundle-${bundle.version}.json`);
    expect(bundle.version).toBe(bundleVersion(bundle.files));
    expect(Object.keys(bundle.files).sort()).toEqual([
      '.env.example',
      'chatbot.config.yaml',
      'kb/en.json',
      'kb/es.json',
      'kb/ru.json',
      'templates/partials/handoff.hbs',
      'templates/system.hbs',
    ]);
    expect(JSON.stringify(bundle)).not.toContain('sk-secret');
    // .env.example is not committed, so the packed files differ from the commit.
    expect(bundle.git).toMatchObject({
      author: 'Ann <ann@example.com>',
      subject: 'First bot',
      dirty: true,
    });
    expect(built.stdout).toContain(
      `Bundle ${bundle.version}: 7 files from ${bundle.git.commit.slice(0, 7)} (with uncommitted changes) by Ann`,
    );
  });

  it('packs nothing when a conversation test fails, and says which', async () => {
    const dir = demoProject({
      'kb/en.json': readRepoFile('kb/en.json').replace('€69', '€75'),
      'tests/answers.yaml': readRepoFile('tests/answers.yaml'),
    });
    const built = await runCli(['build', dir], { timeoutMs: 120_000 });
    expect(built.code).toBe(1);
    expect(built.stdout).toContain('expected the reply to contain "€69"');
    expect(existsSync(join(dir, '.chatbot'))).toBe(false);
  });
});
