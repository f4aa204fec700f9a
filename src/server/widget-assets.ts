/**
 * The widget's bundles, built into dist/widget by `npm run build`. They are loaded by other
 * sites: `/widget.js` as a classic script (short cache, so a new version reaches pages within
 * minutes) and `/widget/chat-<hash>.js` as a module the launcher imports (cached for good: its
 * name changes with its content). Modules from another origin need CORS, hence `*`: the code is
 * public; what it may do is decided by the origin checks on the socket and the API.
 *
 * The build writes each bundle brotli- and gzip-compressed beside it; the browser gets the
 * smallest it accepts (a third of the bytes), and a client that accepts neither gets the file.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NextFunction, Request, Response } from 'express';

// src/server (tests) and dist/server (the CLI) both sit two levels below the package root.
export const widgetDir = fileURLToPath(new URL('../../dist/widget/', import.meta.url));

const bundleName = /^(widget|chat-[A-Z0-9]+)\.js$/;

/** Smallest first: brotli, then gzip. */
const encodings = [
  { name: 'br', extension: '.br' },
  { name: 'gzip', extension: '.gz' },
] as const;

/** The precompressed file to send for this request, or none (identity). */
function encodedFile(request: Request, file: string) {
  // One at a time: asked for all, express would pick the one listed first in the header
  // (browsers list gzip before br), not the smallest.
  return encodings.find(
    (encoding) =>
      request.acceptsEncodings(encoding.name) === encoding.name &&
      existsSync(`${widgetDir}${file}${encoding.extension}`),
  );
}

export function serveWidget(request: Request, response: Response, next: NextFunction): void {
  const file = String(request.params.file ?? 'widget.js');
  if (!bundleName.test(file)) {
    next();
    return;
  }
  if (!existsSync(`${widgetDir}${file}`)) {
    response
      .status(404)
      .json({ error: 'not_found', message: 'The widget is not built: run `npm run build`' });
    return;
  }
  const encoding = encodedFile(request, file);
  response.locals.precompressed = true;
  response.set({
    // Caches keep one copy per encoding; without it a proxy could hand brotli to a client
    // that asked for none.
    Vary: 'Accept-Encoding',
    'Content-Type': 'application/javascript; charset=utf-8',
    ...(encoding ? { 'Content-Encoding': encoding.name } : {}),
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control':
      file === 'widget.js' ? 'public, max-age=300' : 'public, max-age=31536000, immutable',
  });
  // Byte ranges of a compressed file mean nothing to a client expecting the script.
  response.sendFile(`${file}${encoding?.extension ?? ''}`, {
    root: widgetDir,
    dotfiles: 'deny',
    acceptRanges: !encoding,
  });
}
