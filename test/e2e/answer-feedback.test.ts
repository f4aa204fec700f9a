/// <reference lib="dom" />
/**
 * Answer feedback in a real Chromium: the thumbs under a bot answer, a vote and a changed vote
 * reaching the store, and `chatbot kb stats` counting them against the cited block.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { demoProject, repoRoot } from '../helpers/project.js';
import { startServer } from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';
import {
  accessibilityFindings,
  ask,
  expectNoProblems,
  lastBotText,
  launchBrowser,
  openChat,
  openPage,
} from './helpers/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const demoConfig = readFileSync(join(repoRoot, 'chatbot.config.yaml'), 'utf8');

interface BlockRow {
  id: string;
  cited: number;
  up: number;
  down: number;
}

async function blockRow(dir: string, id: string): Promise<BlockRow | undefined> {
  const stats = await runCli(['kb', 'stats', dir, '--json']);
  return (JSON.parse(stats.stdout).blocks as BlockRow[]).find((row) => row.id === id);
}

describe('answer feedback in the widget', () => {
  it('votes on an answer, changes the vote, and kb stats shows it on the cited block', async () => {
    const dir = demoProject({
      'chatbot.config.yaml': demoConfig.replace(/^widget:\n/m, 'widget:\n  feedback: true\n'),
    });
    const { url } = await startServer({ dir });
    const widget = await openPage(browser, url);
    const { page } = widget;
    await openChat(page);
    // The greeting is the bot's own text: nothing to vote on.
    await expect(page.locator('.cb .greeting .feedback').count()).resolves.toBe(0);
    await ask(page, 'How much is the Montserrat trip?');
    const answer = lastBotText(page);
    await answer.getByText('€69').waitFor();
    const down = answer.getByRole('button', { name: 'Not helpful' });
    const up = answer.getByRole('button', { name: 'Helpful', exact: true });
    await down.click();
    await expect(down.getAttribute('aria-pressed')).resolves.toBe('true');
    await eventually(
      async () => (await blockRow(dir, 'day-trips'))?.down === 1,
      'the thumbs-down stored',
    );

    await up.click();
    await expect(up.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(down.getAttribute('aria-pressed')).resolves.toBe('false');
    await eventually(
      async () => (await blockRow(dir, 'day-trips'))?.up === 1,
      'the vote changed to up',
    );
    expect(await blockRow(dir, 'day-trips')).toMatchObject({ cited: 1, up: 1, down: 0 });
    // After a reload, the answer shows the vote the visitor left.
    await page.reload();
    await openChat(page);
    const reloaded = lastBotText(page);
    await reloaded.getByText('€69').waitFor();
    await expect(
      reloaded.getByRole('button', { name: 'Helpful', exact: true }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    expect(await accessibilityFindings(page)).toEqual([]);
    await expectNoProblems(widget);
  });

  it('shows no thumbs when widget.feedback is off', async () => {
    const { url } = await startServer({ dir: demoProject() });
    const widget = await openPage(browser, url);
    await openChat(widget.page);
    await ask(widget.page, 'How much is the Montserrat trip?');
    await lastBotText(widget.page).getByText('€69').waitFor();
    await expect(widget.page.locator('.cb .feedback').count()).resolves.toBe(0);
  });
});
