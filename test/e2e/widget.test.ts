/// <reference lib="dom" />
/**
 * The widget in a real Chromium against a real server: what a visitor sees and does, with an
 * operator on the other side as a socket.io client and the model as the local OpenAI fake.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLlmFake } from '../fakes/llm-fake.js';
import { configWithFakeModel } from '../helpers/ai.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { demoProject, repoRoot } from '../helpers/project.js';
import { addOperator, once, operatorSocket, startServer } from '../helpers/server.js';
import { gate } from '../helpers/wait.js';
import {
  accessibilityFindings,
  ask,
  expectNoProblems,
  inWidget,
  lastBotText,
  launchBrowser,
  openChat,
  openPage,
  screenshot,
} from './helpers/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const demoConfig = readFileSync(join(repoRoot, 'chatbot.config.yaml'), 'utf8');

/** The demo bot with its widget settings changed. */
function demoWith(widget: string): string {
  return demoProject({
    'chatbot.config.yaml': demoConfig.replace(/^widget:\n(?: {2}.*\n)+/m, `widget:\n${widget}\n`),
  });
}

/**
 * The demo bot answering through the OpenAI fake (the offline provider behind it). With `hold`,
 * the first reply stops after its first piece until the test opens it.
 */
async function botWithModel(chunks: string[][], hold?: Promise<unknown>) {
  const llm = await startLlmFake(
    'openai',
    ...chunks.map((reply, index) => ({
      kind: 'text' as const,
      chunks: reply,
      delayMs: 120,
      ...(hold && index === 0 ? { hold } : {}),
    })),
  );
  cleanupAfterTest(() => llm.close());
  const config = `${configWithFakeModel(llm.baseURL, '{ firstToken: 30s, idle: 30s, total: 60s }')}widget:
  color: "#0f766e"
`;
  return startServer({ dir: demoProject({ 'chatbot.config.yaml': config }) });
}

async function operatorApi(url: string, token: string, path: string, body?: unknown) {
  const response = await fetch(`${url}/api/operator${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.status).toBeLessThan(300);
  return response.json() as Promise<Record<string, unknown>>;
}

async function onlyConversation(url: string, token: string): Promise<string> {
  const { conversations } = (await operatorApi(url, token, '/conversations')) as {
    conversations: { id: string }[];
  };
  expect(conversations).toHaveLength(1);
  return conversations[0]!.id;
}

/** The demo bot allowing two messages a minute per conversation. */
const rateLimitedDemo = () =>
  demoProject({
    'chatbot.config.yaml': demoConfig.replace(
      /^server:\n/m,
      'server:\n  limits: { messagesPerMinute: 2 }\n',
    ),
  });

/** The demo bot with people always available (no business hours), so a handoff waits. */
const alwaysStaffedDemo = () =>
  demoProject({ 'chatbot.config.yaml': demoConfig.replace(/^ {2}hours:\n(?: {4}.*\n)+/m, '') });

const focusInPanel = (page: Page) =>
  inWidget(page, (root) => Boolean(root.activeElement?.closest('.panel')));

describe('the widget', () => {
  it('opens, asks, and shows the answer streaming in, with markdown and sources', async () => {
    // The reply waits after its first piece until the test has seen it streaming: no race with
    // how fast the machine renders.
    const firstPieceSeen = gate();
    const { url } = await botWithModel(
      [
        [
          'The Montserrat trip ',
          'costs **€69** ',
          'per person. ',
          'See [our prices](https://example.com/prices).',
        ],
      ],
      firstPieceSeen.opened,
    );
    const widget = await openPage(browser, url);
    const { page } = widget;
    const sent: string[] = [];
    page.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => sent.push(String(payload))),
    );
    await openChat(page);
    await expect(page.locator('.cb .greeting').innerText()).resolves.toContain('Sol y Mar Tours');
    await ask(page, 'How much is the Montserrat trip?');
    await expect(page.locator('.cb .msg.visitor').last().innerText()).resolves.toContain(
      'Montserrat trip?',
    );
    // Confirmed by its acknowledgement, which carries the stored message: no longer pending, and
    // no catch-up round trip beyond the one when the chat connected.
    await page.locator('.cb .msg.visitor:not(.pending)').waitFor();
    expect(sent.filter((frame) => frame.includes('"sync"'))).toHaveLength(1);
    // While the model writes, the reply grows in a busy bubble; then the stored message replaces it.
    const streaming = page.locator('.cb .msg.bot[aria-busy="true"]');
    await streaming.waitFor();
    const partial = await streaming.innerText();
    expect(partial).toContain('The Montserrat trip');
    expect(partial).not.toContain('per person');
    firstPieceSeen.open();
    const answer = lastBotText(page);
    await answer.getByText('per person').waitFor();
    await expect(answer.locator('strong').innerText()).resolves.toBe('€69');
    const link = answer.locator('a', { hasText: 'our prices' });
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    await expect(streaming.count()).resolves.toBe(0);
    await expectNoProblems(widget);
  });

  it('follows <html lang>: the window clears, the greeting and UI switch, answers come in the new language', async () => {
    const { url } = await startServer({ dir: demoProject() });
    const widget = await openPage(browser, url);
    const { page } = widget;
    await page.evaluate(() => {
      (window as unknown as { switches: string[] }).switches = [];
      (
        window as unknown as { Chatbot: { on(e: string, f: (l: string) => void): void } }
      ).Chatbot.on('language', (lang) =>
        (window as unknown as { switches: string[] }).switches.push(lang),
      );
    });
    await openChat(page);
    await ask(page, 'How much is the Montserrat trip?');
    await lastBotText(page).getByText('€69').waitFor();

    // An SPA switching language sets the attribute several times; the widget switches once.
    await page.evaluate(() => {
      document.documentElement.lang = 'es';
      document.documentElement.lang = 'ru-RU';
    });
    await page.locator('.cb .greeting', { hasText: 'Здравствуйте' }).waitFor();
    await expect(page.locator('.cb .msg.visitor').count()).resolves.toBe(0);
    await expect(page.locator('.cb textarea').getAttribute('placeholder')).resolves.toBe(
      'Напишите сообщение…',
    );
    await expect(page.locator('.cb .human').innerText()).resolves.toBe('Позвать оператора');
    await ask(page, 'Сколько стоит поездка в Монтсеррат?');
    await lastBotText(page).getByText('69 €').waitFor();
    await expect(lastBotText(page).innerText()).resolves.toMatch(/Монтсеррат/);
    await expect(
      page.evaluate(() => (window as unknown as { switches: string[] }).switches),
    ).resolves.toEqual(['ru']);

    // After a reload the window stays as the visitor left it: cleared, in Russian.
    await page.reload();
    await openChat(page);
    await page.locator('.cb .msg.visitor', { hasText: 'Монтсеррат' }).waitFor();
    await expect(
      page.locator('.cb .msg.visitor', { hasText: 'Montserrat trip' }).count(),
    ).resolves.toBe(0);
    await expectNoProblems(widget);
  });

  it('offers the two best topics as buttons when the bot is unsure, and a click asks about one', async () => {
    const unsure = `${demoConfig}\nretrieval:\n  minConfidence: 0.99\n  minClarifyConfidence: 0\n`;
    const { url } = await startServer({ dir: demoProject({ 'chatbot.config.yaml': unsure }) });
    const widget = await openPage(browser, url);
    const { page } = widget;
    await openChat(page);
    await ask(page, 'How much is the Montserrat trip?');
    const buttons = page.locator('.cb .msg.bot button.suggestion');
    await buttons.first().waitFor();
    expect(await lastBotText(page).innerText()).toContain('Did you mean one of these?');
    const topics = await buttons.allInnerTexts();
    expect(topics).toHaveLength(2);
    expect(topics).toContain('Day trips from Barcelona and prices');
    const botReplies = await page.locator('.cb .msg.bot:not(.greeting)').count();
    await buttons.filter({ hasText: 'Day trips from Barcelona and prices' }).click();
    await page
      .locator('.cb .msg.visitor:not(.pending)', { hasText: 'Day trips from Barcelona and prices' })
      .waitFor();
    await expect
      .poll(() => page.locator('.cb .msg.bot:not(.greeting)').count(), { timeout: 30_000 })
      .toBeGreaterThan(botReplies);
    await expectNoProblems(widget);
  });

  it('uploads an image with a preview, and refuses an SVG and a file over the limit with a message', async () => {
    const { url } = await startServer({ dir: demoProject() });
    const widget = await openPage(browser, url);
    const { page } = widget;
    await openChat(page);
    await ask(page, 'Hello');
    await lastBotText(page).waitFor();
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    await page.locator('.cb input[type=file]').setInputFiles({
      name: 'receipt.png',
      mimeType: 'image/png',
      buffer: png,
    });
    const image = page.locator('.cb .msg.visitor img[alt="receipt.png"]');
    await image.waitFor();
    await expect(image.evaluate((img: HTMLImageElement) => img.naturalWidth)).resolves.toBe(1);
    expect(await image.getAttribute('src')).toMatch(/\/uploads\/[0-9a-f]{48}\.png$/);

    await page.locator('.cb input[type=file]').setInputFiles({
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    });
    await page.locator('.cb .notice', { hasText: 'cannot be sent' }).waitFor();
    await page.locator('.cb input[type=file]').setInputFiles({
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(11 * 1024 * 1024),
    });
    await page.locator('.cb .notice', { hasText: 'too large (the limit is 10 MB)' }).waitFor();
    await expect(page.locator('.cb .msg.visitor img').count()).resolves.toBe(1);
    await expectNoProblems(widget);
  });

  it('shows an operator taking over and replying, the typing preview reaches them, and history survives a reload', async () => {
    const { url, dir } = await startServer({ dir: demoProject() });
    const token = await addOperator(dir, 'Ann');
    const widget = await openPage(browser, url);
    const { page } = widget;
    await openChat(page);
    await ask(page, 'Can I bring my dog on the boat trip?');
    await lastBotText(page).waitFor();
    const id = await onlyConversation(url, token);

    const operator = operatorSocket(url, token);
    await once(operator, 'hello');
    await new Promise((resolve) => operator.emit('open', { id }, resolve));
    const preview = new Promise<{ draft?: string }>((resolve) =>
      operator.on('typing', (event: { who: string; draft?: string }) => {
        if (event.who === 'visitor' && event.draft === 'Is it a big boat') resolve(event);
      }),
    );
    await page.locator('.cb textarea').pressSequentially('Is it a big boat', { delay: 20 });
    await preview;

    await operatorApi(url, token, `/conversations/${id}/takeover`, {});
    await page.locator('.cb .system', { hasText: 'Ann joined the chat' }).waitFor();
    await expect(page.locator('.cb .header .sub').innerText()).resolves.toBe('Ann');
    await expect(page.locator('.cb .human').count()).resolves.toBe(0);
    operator.emit('typing', { id, on: true });
    await page.locator('.cb .typing').waitFor();
    await operatorApi(url, token, `/conversations/${id}/messages`, {
      text: 'Yes, **small dogs** are welcome.',
    });
    const reply = page.locator('.cb .msg.operator').last();
    await reply.getByText('are welcome').waitFor();
    await expect(reply.locator('.who').innerText()).resolves.toBe('Ann');
    await expect(reply.locator('strong').innerText()).resolves.toBe('small dogs');

    await page.reload();
    await openChat(page);
    await page.locator('.cb .msg.operator', { hasText: 'small dogs' }).waitFor();
    await expect(page.locator('.cb .msg.visitor', { hasText: 'my dog' }).count()).resolves.toBe(1);
    await expect(page.locator('.cb .header .sub').innerText()).resolves.toBe('Ann');
    await expectNoProblems(widget);
  });

  it('never runs HTML or javascript: links from visitors, operators or the bot', async () => {
    const payloads = [
      '<img src=x onerror="alert(1)">',
      '[click me](javascript:alert(2))',
      '<svg onload="alert(3)"></svg>',
      '<script>alert(4)</script>',
      '[x](JaVaScRiPt:alert(5)) <a href="javascript:alert(6)">y</a>',
    ];
    const { url, dir } = await botWithModel([[payloads.join('\n\n')]]);
    const token = await addOperator(dir, 'Ann');
    const widget = await openPage(browser, url);
    const { page } = widget;
    await openChat(page);
    await ask(page, payloads.join(' '));
    await lastBotText(page).getByText('click me').waitFor();
    const id = await onlyConversation(url, token);
    await operatorApi(url, token, `/conversations/${id}/messages`, { text: payloads.join('\n') });
    await page.locator('.cb .msg.operator').getByText('onerror').waitFor();
    await page.waitForTimeout(300);

    const dom = await inWidget(page, (root) => ({
      scripts: root.querySelectorAll('script').length,
      handlers: [...root.querySelectorAll('*')].filter((element) =>
        [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
      ).length,
      imgs: [...root.querySelectorAll('img')].map((img) => img.getAttribute('src')),
      svgInMessages: root.querySelectorAll('.log svg').length,
      badLinks: [...root.querySelectorAll('a')].filter(
        (a) => !/^(https?:|mailto:|tel:)/.test(a.getAttribute('href') ?? ''),
      ).length,
      text: root.querySelector('.log')?.textContent ?? '',
    }));
    expect(dom).toMatchObject({ scripts: 0, handlers: 0, imgs: [], svgInMessages: 0, badLinks: 0 });
    // The payloads are shown as the text they are, from all three authors.
    expect(dom.text.split('<img src=x onerror="alert(1)">').length - 1).toBe(3);
    await expectNoProblems(widget);
  });

  it('is usable by keyboard alone: open, send, focus kept in the panel, Esc closes', async () => {
    const { url } = await startServer({ dir: demoProject() });
    const widget = await openPage(browser, url);
    const { page } = widget;
    let reached = false;
    for (let press = 0; press < 20 && !reached; press++) {
      await page.keyboard.press('Tab');
      reached = await inWidget(page, (root) => root.activeElement?.className === 'launcher');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('.cb .chat').waitFor();
    await expect(inWidget(page, (root) => root.activeElement?.tagName.toLowerCase())).resolves.toBe(
      'textarea',
    );
    await page.keyboard.type('What are your opening hours?');
    await page.keyboard.press('Enter');
    await lastBotText(page).waitFor();
    for (let press = 0; press < 12; press++) {
      await page.keyboard.press('Tab');
      expect(await focusInPanel(page)).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await focusInPanel(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('.cb .panel').isHidden()).resolves.toBe(true);
    await expect(inWidget(page, (root) => root.activeElement?.className)).resolves.toBe('launcher');
    const roles = await inWidget(page, (root) => ({
      dialog: root.querySelector('.chat')?.getAttribute('role'),
      log: root.querySelector('.log')?.getAttribute('role'),
      live: root.querySelector('.log')?.getAttribute('aria-live'),
      launcher: root.querySelector('.launcher')?.getAttribute('aria-expanded'),
    }));
    expect(roles).toEqual({ dialog: 'dialog', log: 'log', live: 'polite', launcher: 'false' });
    await expectNoProblems(widget);
  });

  it('takes screenshots of the open widget on a desktop and on a phone, full screen on the phone', async () => {
    const { url } = await startServer({ dir: demoProject() });
    for (const [name, viewport] of [
      ['widget-1280x800.png', { width: 1280, height: 800 }],
      ['widget-390x844.png', { width: 390, height: 844 }],
    ] as const) {
      const widget = await openPage(browser, url, viewport);
      const { page } = widget;
      await openChat(page);
      await ask(page, 'Which day trips do you offer, and what do they cost?');
      await lastBotText(page).waitFor();
      await page.waitForTimeout(300); // the opening animation
      const box = await page.locator('.cb .panel').boundingBox();
      const rounded =
        box && Object.fromEntries(Object.entries(box).map(([k, v]) => [k, Math.round(v)]));
      if (viewport.width < 480) expect(rounded).toEqual({ x: 0, y: 0, ...viewport });
      else expect(box!.width).toBe(380);
      if (viewport.width >= 480) expect(await lowContrastTexts(page)).toEqual([]);
      // 16 px inputs: phones do not zoom in when the visitor taps the composer.
      await expect(
        page.locator('.cb textarea').evaluate((element) => getComputedStyle(element).fontSize),
      ).resolves.toBe('16px');
      await screenshot(page, name);
      await widget.context.close();
    }
  });

  it('pre-chat form, proactive message, unread badge and rating', async () => {
    const dir = demoWith(
      '  color: "#0f766e"\n  preChatForm: true\n  rating: true\n  proactive: { afterSeconds: 1 }',
    );
    const { url } = await startServer({ dir });
    const token = await addOperator(dir, 'Ann');
    const widget = await openPage(browser, url);
    const { page } = widget;
    // The proactive message appears by itself, with a badge on the launcher.
    await page.locator('.cb .bubble', { hasText: 'Any questions?' }).waitFor();
    await expect(page.locator('.cb .badge').innerText()).resolves.toBe('1');
    await page.locator('.cb .bubble-text').click();
    await page.locator('.cb .prechat').waitFor();
    await page.locator('.cb .prechat input[autocomplete=name]').fill('Carmen');
    await page.locator('.cb .prechat input[type=email]').fill('carmen@');
    await page.locator('.cb .prechat button[type=submit]').click();
    await page.locator('.cb .prechat .error', { hasText: 'valid email' }).waitFor();
    await page.locator('.cb .prechat input[type=email]').fill('carmen@example.com');
    await page.locator('.cb .prechat button[type=submit]').click();
    await page.locator('.cb textarea').waitFor();
    await ask(page, 'Do you have tours to Girona?');
    await lastBotText(page).waitFor();
    const id = await onlyConversation(url, token);
    const { conversation } = (await operatorApi(url, token, `/conversations/${id}`)) as {
      conversation: { contact: { name: string; email: string } };
    };
    expect(conversation.contact).toMatchObject({ name: 'Carmen', email: 'carmen@example.com' });

    // Closed: an operator's reply shows on the badge.
    await page.keyboard.press('Escape');
    await operatorApi(url, token, `/conversations/${id}/messages`, { text: 'Yes, every Sunday.' });
    await expect.poll(() => page.locator('.cb .badge').innerText(), { timeout: 5000 }).toBe('1');
    await openChat(page);
    await expect(page.locator('.cb .badge').isHidden()).resolves.toBe(true);

    await operatorApi(url, token, `/conversations/${id}/resolve`, {});
    await page.locator('.cb .rating').waitFor();
    await page.locator('.cb .stars button[aria-label="5 / 5"]').click();
    await page.locator('.cb .rating', { hasText: 'Thank you' }).waitFor();
    await expect
      .poll(async () => {
        const { conversation: full } = (await operatorApi(url, token, `/conversations/${id}`)) as {
          conversation: { timeline: { type?: string; data?: { rating?: number } }[] };
        };
        return full.timeline.find((entry) => entry.type === 'rating')?.data?.rating;
      })
      .toBe(5);
    await expectNoProblems(widget);
  });

  it('continues across tabs, queues messages while offline, reports SPA pages and UTM tags, and times the wait for a person', async () => {
    const config = demoConfig.replace(/^ {2}hours:\n(?: {4}.*\n)+/m, '');
    expect(config).not.toContain('mon-fri');
    const dir = demoProject({ 'chatbot.config.yaml': config });
    const { url } = await startServer({ dir });
    const token = await addOperator(dir, 'Ann');
    const first = await openPage(browser, `${url}/?utm_source=newsletter&utm_campaign=spring`);
    const { page, context } = first;
    await openChat(page);
    await ask(page, 'How much is the Montserrat trip?');
    await lastBotText(page).waitFor();

    // A second tab of the same browser is the same conversation, live.
    const second = await context.newPage();
    await second.goto(url);
    await openChat(second);
    await second.locator('.cb .msg.visitor', { hasText: 'Montserrat trip' }).waitFor();
    await ask(second, 'Do you have tours to Girona?');
    await page.locator('.cb .msg.visitor', { hasText: 'Girona' }).waitFor();
    await second.close();

    // Offline: the widget says so, keeps what is typed, and sends it when the network is back.
    await context.setOffline(true);
    await page
      .locator('.cb .banner', { hasText: /offline|Reconnecting/ })
      .waitFor({ timeout: 20_000 });
    await ask(page, 'Typed while offline: how much is the Sitges trip?');
    await page.waitForTimeout(1000);
    await expect(
      page.locator('.cb .msg.visitor.pending', { hasText: 'while offline' }).count(),
    ).resolves.toBe(1);
    await context.setOffline(false);
    await page
      .locator('.cb .msg.visitor:not(.pending)', { hasText: 'while offline' })
      .waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('.cb .banner').count(), { timeout: 5000 }).toBe(0);

    // An SPA navigation reaches the operator's visitor card, with the landing page's UTM tags.
    await page.locator('a[href="/prices"]').click();
    const id = await onlyConversation(url, token);
    await expect
      .poll(
        async () => {
          const { conversation } = (await operatorApi(url, token, `/conversations/${id}`)) as {
            conversation: { visitor: { pages: { url: string }[]; utm: Record<string, string> } };
          };
          return {
            pages: conversation.visitor.pages.map((visit) => new URL(visit.url).pathname),
            utm: conversation.visitor.utm,
          };
        },
        { timeout: 5000 },
      )
      .toEqual({
        pages: expect.arrayContaining(['/', '/prices']),
        utm: { utm_source: 'newsletter', utm_campaign: 'spring' },
      });

    // "Talk to a person": the chat waits, with a running timer, until someone takes it.
    await page.locator('.cb .human').click();
    const timer = page.locator('.cb .banner.waiting .timer');
    await timer.waitFor();
    const before = await timer.innerText();
    await expect.poll(() => timer.innerText(), { timeout: 4000 }).not.toBe(before);
    await operatorApi(url, token, `/conversations/${id}/takeover`, {});
    // The REST answer and the widget's socket event race: the banner goes when the event lands.
    await expect.poll(() => page.locator('.cb .banner.waiting').count(), { timeout: 5000 }).toBe(0);
    await expectNoProblems(first);
  });

  it('shows the proactive message once the visitor has scrolled far enough', async () => {
    const { url } = await startServer({
      dir: demoWith('  color: "#0f766e"\n  proactive: { scrollPercent: 40 }'),
    });
    const widget = await openPage(browser, url);
    const { page } = widget;
    await page.waitForTimeout(500);
    await expect(page.locator('.cb .bubble').isHidden()).resolves.toBe(true);
    await page.mouse.wheel(0, 2000);
    await page.locator('.cb .bubble', { hasText: 'Any questions?' }).waitFor();
    // Dismissed, it stays away for the rest of the visit, reloads included.
    await page.locator('.cb .bubble-close').click();
    await page.reload();
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(500);
    await expect(page.locator('.cb .bubble').isHidden()).resolves.toBe(true);
    await expectNoProblems(widget);
  });

  it('keeps the rate-limit note, with when they go, while messages are held, and sends them in order', async () => {
    const { url } = await startServer({ dir: rateLimitedDemo() });
    const widget = await openPage(browser, url);
    const { page } = widget;
    await openChat(page);
    for (const text of ['one', 'two', 'three']) await ask(page, text);
    const note = page.locator('.cb .notice.held');
    await note.waitFor();
    await page.locator('.cb .msg.visitor:not(.pending)', { hasText: 'two' }).waitFor();
    const seconds = Number(/will be sent in (\d+) s/.exec(await note.innerText())?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    // Written while the others are held, it waits behind them rather than overtaking them.
    await ask(page, 'four');
    await expect(page.locator('.cb .msg.visitor.pending').allInnerTexts()).resolves.toEqual([
      'three',
      'four',
    ]);
    // The note stays for as long as anything is held (up to the limit's minute), and goes with
    // the last of them.
    await expect
      .poll(
        async () => {
          const held = await page.locator('.cb .msg.visitor.pending').count();
          const shown = await note.count();
          if (held > 0 && shown === 0) throw new Error('the note went while messages were held');
          return held + shown;
        },
        { timeout: 150_000, interval: 500 },
      )
      .toBe(0);
    await expect(page.locator('.cb .msg.visitor').allInnerTexts()).resolves.toEqual(
      ['one', 'two', 'three', 'four'].map((text) => expect.stringContaining(text)),
    );
    await expectNoProblems(widget);
  }, 200_000);

  it('hands held messages back to the message box on a language switch, instead of sending them under the new greeting', async () => {
    const { url, dir } = await startServer({ dir: rateLimitedDemo() });
    const token = await addOperator(dir, 'Ann');
    const widget = await openPage(browser, url);
    const { page } = widget;
    await openChat(page);
    for (const text of ['one', 'two', 'three']) await ask(page, text);
    await page.locator('.cb .notice.held').waitFor();
    await page.locator('.cb .msg.visitor:not(.pending)', { hasText: 'two' }).waitFor();
    await ask(page, 'four');
    await page.evaluate(() => {
      document.documentElement.lang = 'es';
    });
    await page.locator('.cb .greeting', { hasText: '¡Hola' }).waitFor();
    await page.locator('.cb .notice', { hasText: 'sin enviar' }).waitFor();
    await expect(page.locator('.cb .msg.visitor').count()).resolves.toBe(0);
    await expect(page.locator('.cb .notice.held').count()).resolves.toBe(0);
    await expect(page.locator('.cb textarea').inputValue()).resolves.toBe('three\nfour');
    // Nothing was sent behind the visitor's back: the server has the first two only.
    const id = await onlyConversation(url, token);
    const { conversation } = (await operatorApi(url, token, `/conversations/${id}`)) as {
      conversation: { timeline: { kind: string; author?: { kind: string }; text?: string }[] };
    };
    const sent = conversation.timeline
      .filter((entry) => entry.kind === 'message' && entry.author?.kind === 'visitor')
      .map((entry) => entry.text);
    expect(sent).toEqual(['one', 'two']);
    await expectNoProblems(widget);
  });

  it('has a JS API and data- options: open, setLanguage, identify, events, title, colour, position', async () => {
    const { url, dir, server } = await startServer({ dir: demoProject() });
    const token = await addOperator(dir, 'Ann');
    // Another site (another origin) embeds the widget, registering listeners before it loads.
    const site = await hostPage(`<!doctype html><html lang="en"><body><h1>Shop</h1>
      <script>window.seen = []; window.Chatbot = ['ready', 'open', 'close', 'language'].map((e) => ['on', e, () => window.seen.push(e)]);</script>
      <script src="${url}/widget.js" data-title="Shop help" data-color="#facc15" data-position="bottom-left" data-lang="es" async></script></body></html>`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    cleanupAfterTest(() => context.close());
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(site);
    await page.locator('.cb .launcher').waitFor();
    const look = await inWidget(page, (root) => {
      const frame = root.querySelector('.cb') as HTMLElement;
      return {
        position: frame.dataset.position,
        accent: frame.style.getPropertyValue('--cb-accent'),
        // A light colour gets dark text: contrast stays readable whatever the site picks.
        onAccent: frame.style.getPropertyValue('--cb-on-accent'),
      };
    });
    expect(look).toEqual({ position: 'bottom-left', accent: '#facc15', onAccent: '#111827' });
    // The page's own styles cannot reach inside: a global rule leaves the widget's button alone.
    await page.addStyleTag({
      content: 'button { background: red !important; display: none !important; }',
    });
    await expect(page.locator('.cb .launcher').isVisible()).resolves.toBe(true);

    await page.evaluate(() => (window as unknown as { Chatbot: { open(): void } }).Chatbot.open());
    await page.locator('.cb .chat').waitFor();
    await expect(page.locator('.cb h2').innerText()).resolves.toBe('Shop help');
    // data-lang overrides the page: Spanish, whatever <html lang> says.
    await expect(page.locator('.cb .greeting').innerText()).resolves.toContain('¡Hola');
    await page.evaluate(() => {
      document.documentElement.lang = 'ru';
    });
    await page.waitForTimeout(400);
    await expect(page.locator('.cb .greeting').innerText()).resolves.toContain('¡Hola');
    await page.evaluate(() =>
      (window as unknown as { Chatbot: { setLanguage(l: string): void } }).Chatbot.setLanguage(
        'en',
      ),
    );
    await page.locator('.cb .greeting', { hasText: 'Hi!' }).waitFor();
    await page.evaluate(() =>
      (
        window as unknown as { Chatbot: { identify(c: { name: string; email: string }): void } }
      ).Chatbot.identify({ name: 'Lee', email: 'lee@example.com' }),
    );
    await ask(page, 'Hello');
    await lastBotText(page).waitFor();
    const id = await onlyConversation(url, token);
    await expect
      .poll(async () => {
        const { conversation } = (await operatorApi(url, token, `/conversations/${id}`)) as {
          conversation: { contact: { email?: string } };
        };
        return conversation.contact.email;
      })
      .toBe('lee@example.com');
    await page.evaluate(() =>
      (window as unknown as { Chatbot: { close(): void } }).Chatbot.close(),
    );
    await expect(
      page.evaluate(() => (window as unknown as { seen: string[] }).seen),
    ).resolves.toEqual(['ready', 'open', 'language', 'close']);

    // init() again replaces the widget: one on the page, and the old one's socket is closed.
    await page.evaluate(() =>
      (window as unknown as { Chatbot: { init(o: object): void } }).Chatbot.init({
        color: '#0f766e',
        open: true,
      }),
    );
    await page.locator('.cb .chat').waitFor();
    // data-lang="es" still holds: the script tag's options are the base of every init.
    await ask(page, '¿Cuánto cuesta la excursión a Montserrat?');
    await lastBotText(page).getByText('69 €').waitFor();
    await expect(page.locator('[data-chatbot]').count()).resolves.toBe(1);
    await expect.poll(() => server.io.engine.clientsCount).toBe(1);
    expect(problems).toEqual([]);
  });
});

describe('the widget, looked at closely', () => {
  it('shows the business name whole beside "Talk to a person", in every language, on a desktop and a phone', async () => {
    const { url } = await startServer({ dir: demoProject() });
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const widget = await openPage(browser, url, viewport);
      const { page } = widget;
      await openChat(page);
      for (const [lang, button] of [
        ['en', 'Talk to a person'],
        ['es', 'Hablar con una persona'],
        ['ru', 'Позвать оператора'],
      ] as const) {
        await page.evaluate((next) => {
          document.documentElement.lang = next;
        }, lang);
        await page.locator('.cb .human', { hasText: button }).waitFor();
        const header = await inWidget(page, (root) => {
          const title = root.querySelector('h2')!;
          const human = root.querySelector('.human')!.getBoundingClientRect();
          const box = title.getBoundingClientRect();
          return {
            text: title.innerText,
            cut: title.scrollWidth > title.clientWidth,
            overlaps: box.right > human.left,
          };
        });
        expect({ lang, ...viewport, ...header }).toEqual({
          lang,
          ...viewport,
          text: 'Sol y Mar Tours',
          cut: false,
          overlaps: false,
        });
      }
      await widget.context.close();
    }
  });

  it('hides "Talk to a person" while a person is coming or here, and says it is waiting once', async () => {
    const dir = alwaysStaffedDemo();
    const { url } = await startServer({ dir });
    const token = await addOperator(dir, 'Ann');
    const widget = await openPage(browser, url);
    const { page } = widget;
    await openChat(page);
    await ask(page, 'How much is the Montserrat trip?');
    await lastBotText(page).waitFor();
    await page.locator('.cb .human').click();
    await page.locator('.cb .banner.waiting .timer').waitFor();
    await expect(page.locator('.cb .human').count()).resolves.toBe(0);
    const panelText = await page.locator('.cb .chat').innerText();
    expect(panelText.split('Waiting for a person to join').length - 1).toBe(1);

    const id = await onlyConversation(url, token);
    await operatorApi(url, token, `/conversations/${id}/takeover`, {});
    await page.locator('.cb .system', { hasText: 'Ann joined the chat' }).waitFor();
    await expect(page.locator('.cb .human').count()).resolves.toBe(0);
    await expect(page.locator('.cb .chat').innerText()).resolves.not.toContain('Waiting for');
    // Handed back to the bot, the visitor can ask for a person again.
    await operatorApi(url, token, `/conversations/${id}/handback`, {});
    await page.locator('.cb .human').waitFor();
    await expectNoProblems(widget);
  });

  it('passes axe-core with the panel open, shows empty stars until one is pointed at, and links in the accent colour', async () => {
    const dir = alwaysStaffedDemo();
    const { url } = await startServer({ dir });
    const token = await addOperator(dir, 'Ann');
    const widget = await openPage(browser, url);
    const { page } = widget;
    await openChat(page);
    await ask(page, 'How much is the Montserrat trip?');
    const source = lastBotText(page).locator('.sources a');
    await source.waitFor();
    const serious = async () =>
      (await accessibilityFindings(page)).filter((finding) => finding.impact !== 'minor');
    await expect(serious()).resolves.toEqual([]);
    // The demo's accent (#0f766e) reads on the bot's bubble, so links take it as it is.
    await expect(source.evaluate((link) => getComputedStyle(link).color)).resolves.toBe(
      'rgb(15, 118, 110)',
    );

    const id = await onlyConversation(url, token);
    await operatorApi(url, token, `/conversations/${id}/resolve`, {});
    const stars = page.locator('.cb .stars button');
    await stars.first().waitFor();
    await expect(serious()).resolves.toEqual([]);
    await expect(stars.allInnerTexts()).resolves.toEqual(['☆', '☆', '☆', '☆', '☆']);
    await stars.nth(2).hover();
    await expect(stars.allInnerTexts()).resolves.toEqual(['★', '★', '★', '☆', '☆']);
    await page.mouse.move(0, 0);
    await expect(stars.allInnerTexts()).resolves.toEqual(['☆', '☆', '☆', '☆', '☆']);
    await expectNoProblems(widget);
  });

  it('keeps a light accent readable in links', async () => {
    const { url } = await startServer({ dir: demoWith('  color: "#facc15"') });
    const widget = await openPage(browser, url);
    const { page } = widget;
    await openChat(page);
    await ask(page, 'How much is the Montserrat trip?');
    const source = lastBotText(page).locator('.sources a');
    await source.waitFor();
    expect(await lowContrastTexts(page)).toEqual([]);
    await expect(source.evaluate((link) => getComputedStyle(link).color)).resolves.not.toBe(
      'rgb(29, 78, 216)',
    );
    await expectNoProblems(widget);
  });

  it('focuses the message box on a desktop with one ring, and on a phone focuses the dialog, not the keyboard', async () => {
    const { url } = await startServer({ dir: demoProject() });
    const desktop = await openPage(browser, url);
    await openChat(desktop.page);
    await expect
      .poll(() => inWidget(desktop.page, (root) => root.activeElement?.tagName.toLowerCase()))
      .toBe('textarea');
    // The ring sits on the box's own border: no second ring around it with a gap between.
    const ring = await desktop.page
      .locator('.cb textarea')
      .evaluate((box) => getComputedStyle(box).outlineOffset);
    expect(Number.parseFloat(ring)).toBeLessThanOrEqual(0);
    await desktop.context.close();

    const phone = await openPage(browser, url, { width: 390, height: 844 }, true);
    await phone.page.locator('.cb .launcher').tap();
    await phone.page.locator('.cb .panel .chat').waitFor();
    await expect
      .poll(() => inWidget(phone.page, (root) => root.activeElement?.className ?? ''))
      .toMatch(/\bchat\b/);
    await expect(
      inWidget(phone.page, (root) => root.activeElement?.tagName.toLowerCase()),
    ).resolves.not.toBe('textarea');
    await expectNoProblems(phone);
  });
});

/**
 * Every text in the open widget whose contrast with its background is under 4.5:1 (WCAG AA).
 * The background is the nearest opaque one up the tree; faded (opacity) text counts as failing,
 * since its real colour depends on what is behind it. Disabled controls are exempt, as in WCAG.
 */
function lowContrastTexts(page: Page): Promise<string[]> {
  return inWidget(page, (root) => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const channel = (v: number) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    };
    const failures: string[] = [];
    const panel = root.querySelector('.panel')!;
    for (const element of panel.querySelectorAll<HTMLElement>('*')) {
      const text = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent?.trim())
        .join('');
      if (!text || element.closest(':disabled') || element.offsetParent === null) continue;
      let faded = false;
      let background: number[] | undefined;
      for (let at: Element | null = element; at && !background; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (Number(style.opacity) < 1) faded = true;
        const bg = rgb(style.backgroundColor);
        if (bg.length === 3 || (bg.length === 4 && bg[3] === 1)) background = bg.slice(0, 3);
      }
      const color = rgb(getComputedStyle(element).color);
      const [light, dark] = [luminance(color), luminance(background ?? [255, 255, 255])].sort(
        (a, b) => b - a,
      );
      const ratio = (light! + 0.05) / (dark! + 0.05);
      if (faded || (color.length === 4 && color[3]! < 1) || ratio < 4.5)
        failures.push(
          `${element.className || element.tagName}: "${text.slice(0, 30)}" ${ratio.toFixed(2)}${faded ? ' (faded)' : ''}`,
        );
    }
    return failures;
  });
}

/** A page on another origin, as a customer's site would be. */
async function hostPage(html: string): Promise<string> {
  const server = createHttpServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanupAfterTest(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}
