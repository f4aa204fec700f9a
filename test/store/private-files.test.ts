import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PrivateDataFile, privateJsonFile } from '../../src/store/private-files.js';
import { tempDir } from '../helpers/project.js';

describe('PrivateDataFile', () => {
  it('keeps the last of many overlapping writes, 0600, and reads it back', async () => {
    const path = join(tempDir(), 'counter.json');
    const file = privateJsonFile<{ n: number }>(path);
    expect(await file.read()).toBeNull();
    await Promise.all(Array.from({ length: 50 }, (_, n) => file.write({ n })));
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ n: 49 });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await file.read()).toEqual({ n: 49 });
  });

  it('makes a file 0600 even where a crash left a readable temporary file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.notes.json.tmp'), 'half', { mode: 0o644 });
    const file = new PrivateDataFile<string[]>(join(dir, 'notes.json'), {
      parse: JSON.parse,
      stringify: (data) => JSON.stringify(data),
    });
    await file.write(['kept']);
    expect(statSync(join(dir, 'notes.json')).mode & 0o777).toBe(0o600);
    expect(await file.read()).toEqual(['kept']);
  });
});
