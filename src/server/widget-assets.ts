/**
 * The widget's bundles, built into dist/widget by `npm run build`. They are loaded by other
 * sites: `/widget.js` as a classic script (short cache, so a new version reaches pages within
 * minutes) and `/widget/chat-<hash>.js` as a module the launcher imports (cached for good: its
 * name changes with its content). Modules from another origin need CORS, hence `*`: the code is
 * public; what it may do is decided by the origin checks on the socket and the API.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NextFunction, Request, Response } from 'express';

// src/server (tests) and dist/server (the CLI) both sit two levels below the package root.
export const widgetDir = fileURLToPath(new URL('../../dist/widget/', import.meta.url));

const bundleName = /^(widget|chat-[A-Z0-9]+)\.js$/;

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
  response.set({
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control':
      file === 'widget.js' ? 'public, max-age=300' : 'public, max-age=31536000, immutable',
  });
  response.sendFile(file, { root: widgetDir, dotfiles: 'deny' });
}
