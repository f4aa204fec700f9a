import { describe, expect, it } from 'vitest';
import {
  bundleSchema,
  bundleVersion,
  createBundle,
  isSafeBundlePath,
} from '../../src/deploy/bundle.js';

describe('deploy bundles', () => {
  it('accept only relative paths that stay inside a release folder, and never .env', () => {
    for (const path of [
      'chatbot.config.yaml',
      'kb/en.json',
      'templates/partials/x.hbs',
      '.env.example',
    ])
      expect(isSafeBundlePath(path), path).toBe(true);
    for (const path of [
      '../x',
      'kb/../../etc/passwd',
      '/etc/passwd',
      'kb//en.json',
      '.env',
      'kb/.env',
      'a\\b',
      '',
    ])
      expect(isSafeBundlePath(path), path).toBe(false);
  });

  it('are named by their content, whatever the order of the files', () => {
    const a = bundleVersion({ 'a.txt': '1', 'b.txt': '2' });
    expect(bundleVersion({ 'b.txt': '2', 'a.txt': '1' })).toBe(a);
    expect(bundleVersion({ 'a.txt': '1', 'b.txt': '3' })).not.toBe(a);
    // The separator keeps "ab"+"c" from hashing like "a"+"bc".
    expect(bundleVersion({ ab: 'c' })).not.toBe(bundleVersion({ a: 'bc' }));
  });

  it('must carry the config, and pass the schema the server checks', () => {
    const bundle = createBundle({ 'chatbot.config.yaml': 'name: A\n' });
    expect(bundleSchema.safeParse(bundle).success).toBe(true);
    expect(bundleSchema.safeParse(createBundle({ 'kb/en.json': '{}' })).success).toBe(false);
    expect(
      bundleSchema.safeParse({ ...bundle, files: { ...bundle.files, '../escape': 'x' } }).success,
    ).toBe(false);
  });
});
