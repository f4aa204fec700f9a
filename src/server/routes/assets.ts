/**
 * The widget's bundles (loaded by other sites) and, on a dev server, the demo page that shows
 * the widget on a sample site.
 */
import express, { type Router } from 'express';
import type { ServerContext } from '../context.js';
import { demoCss, demoPage, demoPaths, demoScript } from '../demo-page.js';
import { serveWidget } from '../widget-assets.js';

export const assetPaths = ['/widget.js', '/widget'];

export function assetRoutes(_context: ServerContext): Router {
  const router = express.Router();
  router.get(['/widget.js', '/widget/:file'], serveWidget);
  return router;
}

/** Served last, after every API route: its paths are a site's ('/', '/prices'…). */
export function demoRoutes(context: ServerContext): Router {
  const router = express.Router();
  router.get(demoPaths, (_request, response) => {
    response.type('html').send(demoPage(context.config()));
  });
  router.get('/demo.js', (_request, response) => {
    response.type('js').send(demoScript);
  });
  router.get('/demo.css', (_request, response) => {
    response.type('css').send(demoCss);
  });
  return router;
}
