import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wireErrorCatalogue } from '../../src/errors/catalogue.js';
import { readRepoFile, repoRoot } from '../helpers/project.js';

/** The source files that answer clients: the transports, the engine's refusals, deploys. */
function answeringSources(): Array<{ file: string; text: string }> {
  const folders = ['src/server', 'src/chat', 'src/deploy'];
  return folders.flatMap((folder) =>
    readdirSync(join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => ({
        file: `${folder}/${name}`,
        text: readFileSync(join(repoRoot, folder, name), 'utf8'),
      })),
  );
}

/** Every lower-case code literal a client can be sent, wherever the code writes one. */
function wireCodesInSource(): Map<string, string> {
  const patterns = [
    /\berror: '([a-z_]+)'/g, // REST bodies: { error: 'not_found' }
    /\bcode: '([a-z_]+)'/g, // acknowledgements and error events: { code: 'invalid' }
    /new Error\('([a-z_]+)'\)/g, // socket.io connect_error messages
    /new ChatError\('([a-z_]+)'/g,
    /new DeployRefused\(\d+, \{\s*error: '([a-z_]+)'/g,
  ];
  const found = new Map<string, string>();
  for (const { file, text } of answeringSources())
    for (const pattern of patterns)
      for (const match of text.matchAll(pattern))
        if (!found.has(match[1]!)) found.set(match[1]!, file);
  return found;
}

describe('wire error codes', () => {
  it('every code the server sends a client is in the catalogue', () => {
    const found = wireCodesInSource();
    // The scan itself works: these are sent today.
    for (const known of ['invalid', 'rate_limited', 'unauthorized', 'origin_not_allowed'])
      expect(found.has(known)).toBe(true);
    const missing = [...found].filter(([code]) => !(code in wireErrorCatalogue));
    expect(missing.map(([code, file]) => `${code} (${file})`)).toEqual([]);
  });

  it('docs/errors.md lists every wire code', () => {
    const doc = readRepoFile('docs/errors.md');
    for (const code of Object.keys(wireErrorCatalogue)) expect(doc).toContain(`### \`${code}\``);
  });
});
