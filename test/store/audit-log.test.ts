import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditLog, canonicalJson, verifyAuditLines } from '../../src/store/audit-log.js';
import { repoRoot, tempDir } from '../helpers/project.js';

describe('the audit log file', () => {
  it('hashes canonical JSON: the same record in any key order hashes the same', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });

  it('keeps one chain when two processes append at once', async () => {
    const dir = tempDir();
    const script = join(dir, 'writer.mjs');
    writeFileSync(
      script,
      `const { AuditLog } = await import(${JSON.stringify(join(repoRoot, 'dist/store/audit-log.js'))});
const log = new AuditLog(process.argv[2]);
for (let i = 0; i < 50; i++) log.append({ actor: process.argv[3], action: 'reply', target: String(i) });`,
    );
    const writers = ['Ana', 'Bo'].map(
      (name) =>
        new Promise<void>((done, fail) =>
          fork(script, [dir, name]).on('exit', (code) =>
            code === 0 ? done() : fail(new Error(`writer ${name} exited ${code}`)),
          ),
        ),
    );
    await Promise.all(writers);
    const log = new AuditLog(dir);
    expect(verifyAuditLines(log.lines())).toEqual({ ok: true, lines: 100 });
  });
});
