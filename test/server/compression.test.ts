/**
 * What a visitor's browser downloads: the widget's bundles precompressed (brotli or gzip, as the
 * browser accepts), JSON compressed, and the plain bytes for a client that accepts neither.
 * Requests go through node:http, which neither asks for nor undoes an encoding by itself.
 */
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { widgetDir } from '../../src/server/widget-assets.js';
import { startServer } from '../helpers/server.js';

interface Raw {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

function fetchRaw(url: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    }).on('error', reject);
  });
}

function decoded(response: Raw): Buffer {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body);
  if (encoding === 'gzip') return gunzipSync(response.body);
  return response.body;
}

describe('compression', () => {
  it('sends each widget bundle as brotli, gzip or plain, always the same script', async () => {
    const { url } = await startServer();
    const launcher = readFileSync(join(widgetDir, 'widget.js'));
    const chatFile = /chat-[A-Z0-9]+\.js/.exec(launcher.toString())![0];
    const chat = readFileSync(join(widgetDir, chatFile));
    for (const [path, bundle] of [
      ['/widget.js', launcher],
      [`/widget/${chatFile}`, chat],
    ] as const) {
      for (const [acceptEncoding, expected] of [
        // Chrome's header lists gzip first; brotli is still the smaller and is chosen.
        ['gzip, deflate, br, zstd', 'br'],
        ['br', 'br'],
        ['gzip, deflate', 'gzip'],
        ['br;q=0, gzip', 'gzip'],
        ['deflate', undefined],
        [undefined, undefined],
      ] as const) {
        const response = await fetchRaw(`${url}${path}`, acceptEncoding);
        const label = `${path} with Accept-Encoding: ${acceptEncoding ?? '(none)'}`;
        expect(response.status, label).toBe(200);
        expect(response.headers['content-encoding'], label).toBe(expected);
        expect(response.headers.vary, label).toMatch(/Accept-Encoding/i);
        expect(response.headers['content-type'], label).toMatch(/^application\/javascript/);
        expect(decoded(response).equals(bundle), label).toBe(true);
        if (expected) expect(response.body.length, label).toBeLessThan(bundle.length / 2);
      }
    }
  });

  it('compresses JSON for clients that accept it, and only for them', async () => {
    const { url } = await startServer();
    const plain = await fetchRaw(`${url}/api/widget/settings?lang=en`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const settings = JSON.parse(plain.body.toString()) as { lang: string };
    expect(settings.lang).toBe('en');
    const gzipped = await fetchRaw(`${url}/api/widget/settings?lang=en`, 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.body.length).toBeLessThan(plain.body.length);
    expect(JSON.parse(decoded(gzipped).toString())).toEqual(settings);
  });
});
