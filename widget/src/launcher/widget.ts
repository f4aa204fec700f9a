/**
 * One started widget: the launcher's state, opening and closing the panel, loading the chat
 * bundle, and following the page's language. `window.Chatbot.init()` makes a new one and destroys
 * the old.
 *
 * A class with private members rather than a closure or a state object: the minifier renames
 * private names as it renames locals, and this file loads with every page view.
 */

import { mergeIdentity } from '../shared/identity.js';
import type {
  ChatController,
  ChatHost,
  Contact,
  StartChat,
  WidgetOptions,
  WidgetSettings,
} from '../shared/types.js';
import { tokenKey } from '../shared/types.js';
import { createListeners, type WidgetApi } from './api.js';
import { linkOnLight, textOn } from './colors.js';
import { buildLauncherDom, chatIcon, closeIcon } from './dom.js';
import { pageLanguage, watchPageLanguage } from './language.js';
import { createProactive, type Proactive } from './proactive.js';
import { fetchSettings, firstSettings } from './settings.js';

/** The chat bundle's file name, content-hashed by the build so it can be cached for good. */
declare const CHAT_FILE: string;

const whenIdle = (task: () => void) =>
  'requestIdleCallback' in window
    ? requestIdleCallback(task, { timeout: 4000 })
    : setTimeout(task, 2000);

class Widget {
  readonly #options: WidgetOptions;
  readonly #dom = buildLauncherDom();
  readonly #events = createListeners();
  /** Undone by destroy(): timers, page listeners. */
  readonly #stops: (() => void)[] = [];
  readonly #chatUrl: string;
  readonly #proactive: Proactive;
  #settings: WidgetSettings | undefined;
  #isOpen = false;
  #contact: Contact | undefined;
  #chat: ChatController | undefined;
  #chatLoading: Promise<ChatController> | undefined;
  #languageRequest = 0;
  #unread = 0;

  constructor(options: WidgetOptions) {
    this.#options = options;
    this.#chatUrl = `${options.server}/widget/${CHAT_FILE}`;
    this.#proactive = createProactive(
      options.server,
      this.#dom,
      {
        isOpen: () => this.#isOpen,
        unread: () => this.#unread,
        showUnread: (count) => this.#showUnread(count),
      },
      this.#stops,
    );
    this.#wireLauncher();
    void this.#start();
  }

  #showUnread(count: number): void {
    const { badge, launcher } = this.#dom;
    const settings = this.#settings;
    this.#unread = count;
    badge.hidden = count === 0 || this.#isOpen;
    badge.textContent = count > 9 ? '9+' : String(count);
    launcher.setAttribute(
      'aria-label',
      count > 0 && settings
        ? `${settings.ui.open} (${settings.ui.newMessages}: ${count})`
        : (settings?.ui.open ?? 'Chat'),
    );
  }

  /** Settings in force: colours, position, texts; the page's options win over the server's. */
  #apply(next: WidgetSettings): void {
    const options = this.#options;
    const { frame, launcher, bubbleText, bubbleClose, panel } = this.#dom;
    this.#settings = next;
    const color = options.color ?? next.color;
    frame.style.setProperty('--cb-accent', color);
    frame.style.setProperty('--cb-on-accent', textOn(color));
    frame.style.setProperty('--cb-link', linkOnLight(color));
    frame.dataset.position = options.position ?? next.position;
    launcher.hidden = Boolean(options.hideLauncher);
    bubbleText.textContent = next.ui.proactive ?? '';
    bubbleClose.setAttribute('aria-label', next.ui.close ?? 'Close');
    panel.setAttribute('aria-label', options.title ?? next.title);
    this.#showUnread(this.#unread);
  }

  /** What the chat bundle may see of the launcher. */
  #host(): ChatHost {
    return {
      server: this.#options.server,
      panel: this.#dom.panel,
      root: this.#dom.root,
      settings: () => this.#settings!,
      isOpen: () => this.#isOpen,
      close: () => this.#close(),
      unread: (count) => {
        this.#showUnread(count);
        this.#events.emit('unread', count);
      },
      emit: this.#events.emit,
    };
  }

  /** The chat bundle, loaded once and started with the launcher's host. */
  #startChat(): Promise<ChatController> {
    this.#chatLoading ??= import(/* webpackIgnore: true */ this.#chatUrl).then(
      (module: { start: StartChat }) => {
        this.#chat = module.start(this.#host(), this.#contact);
        return this.#chat;
      },
    );
    return this.#chatLoading;
  }

  async #open(): Promise<void> {
    const settings = this.#settings;
    const { frame, panel, launcher } = this.#dom;
    if (this.#isOpen || !settings) return;
    this.#isOpen = true;
    frame.classList.add('is-open');
    this.#proactive.hide(false);
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    launcher.innerHTML = closeIcon;
    launcher.setAttribute('aria-label', settings.ui.close ?? 'Close');
    this.#events.emit('open');
    try {
      const controller = await this.#startChat();
      if (this.#isOpen) controller.opened();
    } catch (error) {
      console.error('[chatbot] the chat could not be loaded', error);
      panel.textContent = settings.ui.error ?? 'Error';
    }
  }

  #close(): void {
    const { frame, panel, launcher, badge } = this.#dom;
    if (!this.#isOpen) return;
    this.#isOpen = false;
    frame.classList.remove('is-open');
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.innerHTML = chatIcon;
    launcher.append(badge);
    this.#chat?.closed();
    this.#showUnread(this.#unread);
    if (!launcher.hidden) launcher.focus();
    this.#events.emit('close');
  }

  async #switchLanguage(lang: string): Promise<void> {
    const request = ++this.#languageRequest;
    try {
      const next = await fetchSettings(this.#options, lang);
      // A newer switch started while this one loaded: the newer one wins.
      if (request !== this.#languageRequest || next.lang === this.#settings?.lang) return;
      this.#apply(next);
      this.#chat?.language(next);
      this.#events.emit('language', next.lang);
    } catch (error) {
      console.error('[chatbot] language switch failed', error);
    }
  }

  /** Clicks on the launcher and the bubble; SPA navigations, which change the URL without a load. */
  #wireLauncher(): void {
    const { launcher, bubbleText, bubbleClose } = this.#dom;
    launcher.addEventListener('click', () => (this.#isOpen ? this.#close() : this.#open()));
    bubbleText.addEventListener('click', () => this.#open());
    bubbleClose.addEventListener('click', () => {
      this.#proactive.hide(true);
      this.#showUnread(0);
    });
    let href = location.href;
    const navigation = setInterval(() => {
      if (location.href === href) return;
      href = location.href;
      this.#chat?.navigated();
    }, 1000);
    this.#stops.push(() => clearInterval(navigation));
  }

  /** Settings first (the launcher shows nothing without them), then the page, then the chat. */
  async #start(): Promise<void> {
    const options = this.#options;
    const settings = await firstSettings(options, options.lang ?? pageLanguage());
    if (!settings) return;
    this.#apply(settings);
    if (!document.body)
      await new Promise((resolve) => addEventListener('DOMContentLoaded', resolve, { once: true }));
    document.body.append(this.#dom.element);
    if (!options.lang)
      this.#stops.push(watchPageLanguage((lang) => void this.#switchLanguage(lang)));
    if (settings.proactive) this.#proactive.arm(settings.proactive);
    this.#events.emit('ready');
    if (options.open) await this.#open();
    // A returning visitor's chat connects when the page is idle, so replies that arrived while
    // they were away show on the badge; for a new visitor only the code is fetched ahead.
    whenIdle(() => {
      if (localStorage.getItem(tokenKey(options.server))) void this.#startChat();
      else void import(/* webpackIgnore: true */ this.#chatUrl);
    });
  }

  readonly api: WidgetApi = {
    open: () => void this.#open(),
    close: () => this.#close(),
    toggle: () => (this.#isOpen ? this.#close() : void this.#open()),
    setLanguage: (lang) => {
      this.#options.lang = lang;
      void this.#switchLanguage(lang);
    },
    identify: (given) => {
      this.#contact = mergeIdentity(this.#contact, given);
      this.#chat?.identify(this.#contact);
    },
    on: this.#events.on,
    off: this.#events.off,
  };

  /** `Chatbot.init()` again: the old widget lets go of everything, its socket included. */
  destroy(): void {
    for (const stop of this.#stops) stop();
    this.#chat?.destroy();
    this.#dom.element.remove();
  }
}

export function createWidget(options: WidgetOptions): { api: WidgetApi; destroy(): void } {
  const widget = new Widget(options);
  return { api: widget.api, destroy: () => widget.destroy() };
}
