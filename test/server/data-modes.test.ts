/**
 * Conversations, contacts, operators' token hashes and the signing key are the server's alone:
 * under the data folder every folder is 0700 and every file 0600, whatever the umask.
 */
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoProject, readRepoFile } from '../helpers/project.js';
import { addOperator, emit, once, startServer, visitor, waitFor } from '../helpers/server.js';
import { onePixelPng, upload } from '../helpers/uploads.js';

const adminToken = 'admin-token-0123456789abcdef';

/** Every path under `dir` with its permission bits, as `path 0600`. */
function modes(dir: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mode = (statSync(path).mode & 0o777).toString(8).padStart(4, '0');
    found.push(`${prefix}${entry.name}${entry.isDirectory() ? '/' : ''} ${mode}`);
    if (entry.isDirectory()) found.push(...modes(path, `${prefix}${entry.name}/`));
  }
  return found;
}

const notPrivate = (found: string[]) =>
  found.filter(
    (line) => !(line.endsWith('/ 0700') || (!line.includes('/ ') && line.endsWith(' 0600'))),
  );

describe('the data folder', () => {
  it('holds only 0700 folders and 0600 files, even under a permissive umask', async () => {
    const previous = process.umask(0o022);
    try {
      const dir = demoProject();
      // A data folder left 0755 by an earlier version is tightened at start.
      mkdirSync(join(dir, 'data'), { mode: 0o755 });
      chmodSync(join(dir, 'data'), 0o755);
      const { url, server } = await startServer({
        dir,
        mode: 'start',
        env: { CHATBOT_ADMIN_TOKEN: adminToken },
      });
      await addOperator(dir, 'ana');

      // A visitor who writes, leaves an address (a lead) and sends a file.
      const socket = visitor(url, { lang: 'en' });
      const { token } = await once<{ token: string }>(socket, 'session');
      const answered = waitFor(
        socket,
        'entry',
        (entry: { author?: { kind: string } }) => entry.author?.kind === 'bot',
        30_000,
      );
      await emit(socket, 'message', { text: "I'm Ana, ana@example.com. How much is Montserrat?" });
      await answered;
      expect((await upload(url, token, onePixelPng, 'photo.png', 'image/png')).status).toBe(201);

      // A new version of the project becomes a deployed version.
      writeFileSync(
        join(dir, 'kb/en.json'),
        readRepoFile('kb/en.json').replace('Only assistance dogs', 'Assistance dogs only'),
      );
      const reload = await fetch(`${url}/api/admin/reload`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}` },
      });
      expect(reload.status).toBe(200);

      const running = modes(join(dir, 'data'));
      expect(running).toEqual(
        expect.arrayContaining([
          'conversations/ 0700',
          'operators.json 0600',
          'leads.json 0600',
          'secret.key 0600',
          'server.lock 0600',
          'uploads/ 0700',
          'releases/ 0700',
          'releases/index.json 0600',
        ]),
      );
      expect(running.some((line) => /^conversations\/[0-9a-f]{32}\.log 0600$/.test(line))).toBe(
        true,
      );
      expect(running.some((line) => /^conversations\/[0-9a-f]{32}\.json 0600$/.test(line))).toBe(
        true,
      );
      expect(
        running.some((line) => /^releases\/[0-9a-f]{12}\/files\/kb\/en\.json 0600$/.test(line)),
      ).toBe(true);
      expect(notPrivate(running)).toEqual([]);
      expect((statSync(join(dir, 'data')).mode & 0o777).toString(8)).toBe('700');

      await server.close();
      const closed = modes(join(dir, 'data'));
      expect(closed).toContain('index.json 0600');
      expect(notPrivate(closed)).toEqual([]);
    } finally {
      process.umask(previous);
    }
  }, 120_000);
});
