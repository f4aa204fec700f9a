import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { loadKnowledgeFile } from '../../src/kb/load-file.js';
import { validateProject } from '../../src/validate/validate-project.js';
import { demoProject, project } from '../helpers/project.js';

// Each case must end quickly with a finding: a crash, a hang or an out-of-memory is the failure.
describe('hostile input is an error, never a crash or a hang', () => {
  it('refuses a YAML alias bomb', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const dir = project({ 'chatbot.config.yaml': `name: A\n${levels.join('\n')}\n` });
    const { findings } = await loadConfig(dir, { mode: 'validate', env: {} });
    expect(findings).toEqual([expect.objectContaining({ code: 'CONFIG_ALIAS_LIMIT', line: 3 })]);
  });

  it('refuses YAML nested 5,000 deep, in flow and in block style', async () => {
    const flow = project({
      'chatbot.config.yaml': `name: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    });
    const flowResult = await loadConfig(flow, { mode: 'validate', env: {} });
    expect(flowResult.config).toBeUndefined();
    expect(flowResult.findings[0]?.severity).toBe('error');

    let block = 'name: A\nx:\n';
    for (let depth = 1; depth < 5000; depth++) block += `${' '.repeat(depth)}- \n`;
    const blockDir = project({ 'chatbot.config.yaml': block });
    const blockResult = await loadConfig(blockDir, { mode: 'validate', env: {} });
    expect(blockResult.config).toBeUndefined();
    expect(blockResult.findings[0]?.severity).toBe('error');
  });

  it('refuses JSON nested 5,000 deep at the bracket that crosses the limit', async () => {
    const dir = project({
      'kb/en.json': `{"greeting":"x","fallback":"y","blocks":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    });
    const result = await loadKnowledgeFile(join(dir, 'kb/en.json'), 'kb/en.json', 'en');
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'FILE_TOO_DEEP', line: 1, col: 104 }),
    ]);
  });

  it('refuses a 50 MB knowledge file by its size', async () => {
    const dir = demoProject();
    truncateSync(join(dir, 'kb/en.json'), 50 * 1024 * 1024);
    const { findings } = await validateProject(dir, { env: {} });
    expect(findings).toContainEqual(
      expect.objectContaining({ file: 'kb/en.json', code: 'FILE_TOO_LARGE', severity: 'error' }),
    );
    expect(findings.find((f) => f.code === 'FILE_TOO_LARGE')?.message).toContain('50.0 MB');
  });

  it('refuses a 50 MB config', async () => {
    const dir = project({ 'chatbot.config.yaml': 'name: A\n' });
    truncateSync(join(dir, 'chatbot.config.yaml'), 50 * 1024 * 1024);
    const { findings } = await loadConfig(dir, { mode: 'validate', env: {} });
    expect(findings).toEqual([expect.objectContaining({ code: 'FILE_TOO_LARGE' })]);
  });

  it('refuses bytes that are not UTF-8', async () => {
    const dir = demoProject();
    writeFileSync(join(dir, 'kb/ru.json'), Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x7d]));
    const { findings } = await validateProject(dir, { env: {} });
    expect(findings).toContainEqual(
      expect.objectContaining({ file: 'kb/ru.json', code: 'FILE_UNREADABLE' }),
    );
  });

  it('reads a file that starts with a byte-order mark, keeping columns right', async () => {
    const dir = project({ 'chatbot.config.yaml': '\ufeffname: A\nnmae: B\n' });
    const { findings } = await loadConfig(dir, { mode: 'validate', env: {} });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'CONFIG_UNKNOWN_KEY',
        line: 2,
        col: 1,
        hint: 'Did you mean "name"?',
      }),
    ]);
  });

  it('survives wrong types everywhere', async () => {
    const dir = project({ 'chatbot.config.yaml': '- just\n- a\n- list\n' });
    const { findings } = await validateProject(dir, { env: {} });
    expect(findings[0]).toMatchObject({ code: 'CONFIG_INVALID_VALUE', line: 1, col: 1 });
    const kbDir = project({ 'kb/en.json': '"a string"' });
    const kb = await loadKnowledgeFile(join(kbDir, 'kb/en.json'), 'kb/en.json', 'en');
    expect(kb.findings[0]?.code).toBe('KB_INVALID_VALUE');
  });
});
