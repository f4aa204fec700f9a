/// <reference lib="dom" />
/**
 * A real Chromium (Debian's package) driven by playwright-core, and helpers for the widget in
 * it. Playwright's CSS locators reach into open shadow roots, so `.cb textarea` finds the
 * composer inside the widget; `inWidget` evaluates against the shadow root directly.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { chromiumPath } from '../require-tools.js';

export const artifactsDir = join(import.meta.dirname, '../../../test-artifacts');

/** `extraArgs`: e.g. --host-resolver-rules, to open a page on a named site served locally. */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

export interface WidgetPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Script errors and dialogs (alert/confirm) the page raised: an XSS shows up here. */
  readonly problems: string[];
}

/** A page with the widget; `touch` makes it a phone's (a touch screen, a coarse pointer). */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
  touch = false,
): Promise<WidgetPage> {
  const context = await browser.newContext({
    viewport,
    locale: 'en-US',
    ...(touch ? { hasTouch: true, isMobile: true } : {}),
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url);
  await page.locator('.cb .launcher').waitFor();
  return { page, context, problems };
}

export async function openChat(page: Page): Promise<void> {
  await page.locator('.cb .launcher').click();
  await page.locator('.cb .panel .chat').waitFor();
}

export async function ask(page: Page, text: string): Promise<void> {
  const input = page.locator('.cb textarea');
  await input.fill(text);
  await input.press('Enter');
}

/** Runs a function against the widget's shadow root. */
export function inWidget<T>(page: Page, probe: (root: ShadowRoot) => T): Promise<T> {
  return page.evaluate(
    `(${probe.toString()})(document.querySelector('[data-chatbot]').shadowRoot)`,
  ) as Promise<T>;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, name);
  await page.screenshot({ path });
  return path;
}

export function lastBotText(page: Page) {
  return page.locator('.cb .msg.bot:not(.greeting):not([aria-busy])').last();
}

export async function expectNoProblems(widget: WidgetPage): Promise<void> {
  expect(widget.problems).toEqual([]);
}

/** axe-core's findings on the page as it stands, the widget's shadow root included. */
export async function accessibilityFindings(
  page: Page,
): Promise<{ id: string; impact: string; targets: string }[]> {
  // The chat panel fades in, and a headless page may hold that animation at its first frame: read
  // then, its colours are blended with the page and fail contrast the opened panel meets. The
  // audit is of the panel as it stays, so every animation that ends is brought to its end
  // (the typing dots never end, and stay as they are).
  await page.evaluate(
    `[document, ...[...document.querySelectorAll('*')].flatMap((node) => node.shadowRoot ?? [])]
      .flatMap((root) => root.getAnimations())
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
      .forEach((animation) => animation.finish())`,
  );
  await page.evaluate(axe.source);
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations)`,
  )) as { id: string; impact: string; nodes: { target: unknown }[] }[];
  return violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: JSON.stringify(violation.nodes.map((node) => node.target)),
  }));
}
