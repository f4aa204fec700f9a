/// <reference lib="dom" />
/**
 * The email fallback in a real Chromium: nobody takes the chat in time, the widget asks for an
 * email; the operator takes the chat over and replies from the real inbox (tmux), and the reply
 * arrives by mail (a real SMTP server) and in the widget, with a file sent by `/file`; after the
 * chat is resolved, the visitor has the transcript mailed with the widget's button.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emailBot } from '../helpers/email-bot.js';
import { demoProject, repoRoot } from '../helpers/project.js';
import { onePixelPng } from '../helpers/uploads.js';
import { eventually } from '../helpers/wait.js';
import {
  ask,
  expectNoProblems,
  lastBotText,
  launchBrowser,
  openChat,
  openPage,
} from './helpers/browser.js';
import { TmuxSession } from './helpers/tmux.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
const sessions: TmuxSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

/** The inbox in tmux, opened on the conversation, in a folder holding a photo to send. */
function inboxOn(url: string, token: string, conversationId: string) {
  const home = demoProject();
  writeFileSync(join(home, 'route-map.png'), onePixelPng);
  const inbox = new TmuxSession(
    `node ${join(repoRoot, 'bin/chatbot.js')} inbox --url ${url} --token ${token} --open ${conversationId}`,
    { width: 100, height: 30, env: { HOME: home } },
  );
  sessions.push(inbox);
  return { inbox, photo: join(home, 'route-map.png') };
}

describe('the widget when nobody can answer', () => {
  it('asks for an email, and the answer arrives by mail and in the chat; then the transcript', async () => {
    const { url, server, smtp, anaToken } = await emailBot();
    const widget = await openPage(browser, url);
    const { page } = widget;
    await openChat(page);
    await ask(page, 'I want to talk to a person');
    const bot = page.locator('.cb .msg.bot');
    await bot.filter({ hasText: 'our answer will come to you by email' }).waitFor();
    await ask(page, 'maria@example.com');
    await bot.filter({ hasText: 'Our team will answer by email at maria@example.com' }).waitFor();

    const [summary] = server.context.store.list();
    const { inbox, photo } = inboxOn(url, anaToken, summary!.id);
    await inbox.waitFor('replies also go by email to maria@example.com', 30_000);
    inbox.keys('t');
    await inbox.waitFor('human (Ana)', 30_000);
    inbox.keys('c');
    await inbox.waitFor('> █');
    inbox.type('The Montserrat trip leaves at 9:00.');
    await inbox.waitFor('9:00.█');
    inbox.keys('Enter');
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

    // A file from the inbox (the composer stays open after a reply): the visitor sees the photo
    // in the chat; a file alone is no mail.
    await inbox.waitFor('> █');
    inbox.type(`/file ${photo}`);
    await inbox.waitFor('route-map.png█');
    inbox.keys('Enter');
    await inbox.waitFor('Sent route-map.png.', 30_000);
    const image = page.locator('.cb .msg.operator img[alt="route-map.png"]');
    await image.waitFor();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 30_000 })
      .toBe(1);
    inbox.keys('Escape');
    inbox.keys('r');
    await inbox.waitFor('resolved', 30_000);
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
