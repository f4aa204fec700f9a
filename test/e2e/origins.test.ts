/**
 * A site that is not in server.origins, in a real Chromium: the site's developer sees one console
 * line that names the refused origin and the setting, instead of a generic CORS error.
 */
import { writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupAfterTest } from '../helpers/bot.js';
import { demoProject, readRepoFile } from '../helpers/project.js';
import { startServer } from '../helpers/server.js';
import { launchBrowser } from './helpers/browser.js';

let browser: Browser;
beforeAll(async () => {
  // shop.example is served from this machine, so the page has an origin of its own that is
  // neither the chat server's nor a local one (which a dev server lets in).
  browser = await launchBrowser(['--host-resolver-rules=MAP shop.example 127.0.0.1']);
});
afterAll(async () => {
  await browser?.close();
});

async function shopPage(widgetUrl: string): Promise<string> {
  const server = createHttpServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><body><h1>Shop</h1><script src="${widgetUrl}/widget.js" async></script></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanupAfterTest(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://shop.example:${(server.address() as AddressInfo).port}`;
}

describe('a site that is not in server.origins', () => {
  it('gets one console line naming its origin and the setting, and the chat once it is listed', async () => {
    const dir = demoProject();
    const { url, server } = await startServer({ dir });
    const site = await shopPage(url);
    const context = await browser.newContext();
    cleanupAfterTest(() => context.close());
    const page = await context.newPage();
    const lines: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('[chatbot]')) lines.push(message.text());
    });
    const refused = page.waitForEvent('console', {
      predicate: (message) => message.text().includes('server.origins'),
      timeout: 30_000,
    });
    await page.goto(`${site}/`);
    await refused;
    expect(lines).toEqual([
      `[chatbot] The chat is off on this site: ${site} is not in server.origins of the chat server ${url}. Add "${site}" to server.origins in its chatbot.config.yaml.`,
    ]);
    await expect(page.locator('.cb .launcher').count()).resolves.toBe(0);

    // Listing the site applies without a restart: the next page view shows the chat.
    writeFileSync(
      join(dir, 'chatbot.config.yaml'),
      readRepoFile('chatbot.config.yaml').replace('origins: []', `origins: ["${site}"]`),
    );
    expect(await server.reload('test')).toBe(true);
    await page.reload();
    await page.locator('.cb .launcher').waitFor({ timeout: 30_000 });
  });
});
