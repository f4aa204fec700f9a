/// <reference lib="dom" />
/**
 * The email fallback in a real Chromium: nobody takes the chat in time, the widget asks for an
 * email, the operator's reply arrives by mail (a real SMTP server) and in the widget; after the
 * chat is resolved, the visitor has the transcript mailed with the widget's button.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailBot } from '../helpers/email-bot.js';
import { emit } from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';
import {
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

describe('the widget when nobody can answer', () => {
  it('asks for an email, and the answer arrives by mail and in the chat; then the transcript', async () => {
    const { url, server, smtp, ana } = await emailBot();
    const widget = await openPage(browser, url);
    const { page } = widget;
    await openChat(page);
    await ask(page, 'I want to talk to a person');
    const bot = page.locator('.cb .msg.bot');
    await bot.filter({ hasText: 'our answer will come to you by email' }).waitFor();
    await ask(page, 'maria@example.com');
    await bot.filter({ hasText: 'Our team will answer by email at maria@example.com' }).waitFor();

    const [summary] = server.context.store.list();
    await emit(ana, 'message', { id: summary!.id, text: 'The Montserrat trip leaves at 9:00.' });
    await page
      .locator('.cb .msg.operator')
      .filter({ hasText: 'The Montserrat trip leaves at 9:00.' })
      .waitFor();
    await eventually(() => smtp.mails.length === 1, 'the answer by mail');
    const answer = smtp.mails[0]!;
    expect(answer.envelopeTo).toEqual(['maria@example.com']);
    expect(answer.parsed.subject).toBe('Ana from Sol y Mar Tours answered you');
    expect(answer.parsed.text).toContain('The Montserrat trip leaves at 9:00.');
    expect(answer.parsed.text).toContain(`Continue the conversation on our site: ${page.url()}`);

    await emit(ana, 'resolve', { id: summary!.id });
    await page.locator('.cb .transcript button', { hasText: 'Email me this conversation' }).click();
    await page.locator('.cb .transcript input[type="email"]').fill('maria@example.com');
    await page.locator('.cb .transcript button[type="submit"]').click();
    await expect
      .poll(() => lastBotText(page).innerText(), { timeout: 60_000 })
      .toContain('The conversation was sent to maria@example.com.');
    await eventually(() => smtp.mails.length === 2, 'the transcript');
    expect(smtp.mails[1]!.parsed.subject).toBe('Your conversation with Sol y Mar Tours');
    expect(smtp.mails[1]!.parsed.text).toContain('You: I want to talk to a person');
    expect(await page.locator('.cb .transcript').count()).toBe(0);
    await expectNoProblems(widget);
  });
});
