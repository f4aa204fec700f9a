/**
 * /widget.js: what loads with the host page. It draws the launcher (button, unread badge,
 * proactive message) in a shadow root, follows `<html lang>`, and loads the chat itself only
 * when the visitor opens it or the browser is idle, so a page that nobody chats on pays for a
 * few kilobytes and one settings request.
 */

import { adoptStyles } from '../shared/styles.js';
import type {
  ChatController,
  ChatHost,
  Contact,
  StartChat,
  WidgetEvent,
  WidgetOptions,
  WidgetSettings,
} from '../shared/types.js';
import { tokenKey } from '../shared/types.js';
import { linkOnLight, textOn } from './colors.js';
import { pageLanguage, watchPageLanguage } from './language.js';
import css from './launcher.css';
import { cleanOptions, optionsFromScript } from './options.js';

/** The chat bundle's file name, content-hashed by the build so it can be cached for good. */
declare const CHAT_FILE: string;

type Listener = (detail: unknown) => void;

/** What one started widget offers; `window.Chatbot` adds `init` to (re)start it. */
type WidgetApi = Omit<ChatbotApi, 'init'>;

export interface ChatbotApi {
  init(options?: Partial<WidgetOptions>): void;
  open(): void;
  close(): void;
  toggle(): void;
  setLanguage(lang: string): void;
  identify(contact: Contact): void;
  on(event: WidgetEvent, listener: Listener): void;
  off(event: WidgetEvent, listener: Listener): void;
}

const chatIcon =
  '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z"/></svg>';
const closeIcon =
  '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M18.3 5.7 12 12l6.3 6.3-1.4 1.4L10.6 13.4 4.3 19.7l-1.4-1.4L9.2 12 2.9 5.7l1.4-1.4 6.3 6.3 6.3-6.3z"/></svg>';

/** The server refused this page's origin: retrying cannot help, its config must change. */
class OriginRefused extends Error {}

/** One line a site's developer can act on, instead of the browser's generic CORS error. */
function originRefusedLine(origin: string, setting: string, server: string): string {
  return `[chatbot] The chat is off on this site: ${origin} is not in ${setting} of the chat server ${server}. Add "${origin}" to ${setting} in its chatbot.config.yaml.`;
}

const whenIdle = (task: () => void) =>
  'requestIdleCallback' in window
    ? requestIdleCallback(task, { timeout: 4000 })
    : setTimeout(task, 2000);

function createWidget(options: WidgetOptions) {
  const listeners = new Map<WidgetEvent, Set<Listener>>();
  const emit = (event: WidgetEvent, detail?: unknown) => {
    for (const listener of listeners.get(event) ?? []) {
      try {
        listener(detail);
      } catch (error) {
        console.error('[chatbot] listener failed', error);
      }
    }
  };

  const element = document.createElement('div');
  element.setAttribute('data-chatbot', '');
  const root = element.attachShadow({ mode: 'open' });
  adoptStyles(root, css);
  const frame = document.createElement('div');
  frame.className = 'cb';
  frame.innerHTML = `<div class="bubble" role="status" hidden><button type="button" class="bubble-text"></button><button type="button" class="bubble-close">×</button></div><div class="panel" role="region" hidden></div><button type="button" class="launcher" aria-expanded="false" aria-haspopup="dialog">${chatIcon}<span class="badge" hidden></span></button>`;
  root.append(frame);
  const pick = <T extends HTMLElement>(selector: string) => frame.querySelector(selector) as T;
  const panel = pick<HTMLDivElement>('.panel');
  const launcher = pick<HTMLButtonElement>('.launcher');
  const badge = pick<HTMLSpanElement>('.badge');
  const bubble = pick<HTMLDivElement>('.bubble');
  const bubbleText = pick<HTMLButtonElement>('.bubble-text');
  const bubbleClose = pick<HTMLButtonElement>('.bubble-close');

  let settings: WidgetSettings | undefined;
  let isOpen = false;
  let contact: Contact | undefined;
  let chat: ChatController | undefined;
  let chatLoading: Promise<ChatController> | undefined;
  let languageRequest = 0;
  let unread = 0;
  const stops: (() => void)[] = [];

  const showUnread = (count: number) => {
    unread = count;
    badge.hidden = count === 0 || isOpen;
    badge.textContent = count > 9 ? '9+' : String(count);
    launcher.setAttribute(
      'aria-label',
      count > 0 && settings
        ? `${settings.ui.open} (${settings.ui.newMessages}: ${count})`
        : (settings?.ui.open ?? 'Chat'),
    );
  };

  const apply = (next: WidgetSettings) => {
    settings = next;
    const color = options.color ?? next.color;
    frame.style.setProperty('--cb-accent', color);
    frame.style.setProperty('--cb-on-accent', textOn(color));
    frame.style.setProperty('--cb-link', linkOnLight(color));
    frame.dataset.position = options.position ?? next.position;
    launcher.hidden = Boolean(options.hideLauncher);
    bubbleText.textContent = next.ui.proactive ?? '';
    bubbleClose.setAttribute('aria-label', next.ui.close ?? 'Close');
    panel.setAttribute('aria-label', options.title ?? next.title);
    showUnread(unread);
  };

  const fetchSettings = async (lang: string): Promise<WidgetSettings> => {
    const response = await fetch(
      `${options.server}/api/widget/settings?lang=${encodeURIComponent(lang)}`,
    );
    if (response.status === 403) {
      const body = (await response.json().catch(() => ({}))) as {
        error?: string;
        origin?: string;
        setting?: string;
      };
      if (body.error === 'origin_not_allowed')
        throw new OriginRefused(
          originRefusedLine(
            body.origin ?? location.origin,
            body.setting ?? 'server.origins',
            options.server,
          ),
        );
    }
    if (!response.ok) throw new Error(`settings: HTTP ${response.status}`);
    const loaded = (await response.json()) as WidgetSettings;
    return options.title ? { ...loaded, title: options.title } : loaded;
  };

  const host: ChatHost = {
    server: options.server,
    panel,
    root,
    settings: () => settings!,
    isOpen: () => isOpen,
    close: () => close(),
    unread: (count) => {
      showUnread(count);
      emit('unread', count);
    },
    emit,
  };

  const chatUrl = `${options.server}/widget/${CHAT_FILE}`;
  const startChat = (): Promise<ChatController> => {
    chatLoading ??= import(/* webpackIgnore: true */ chatUrl).then(
      (module: { start: StartChat }) => {
        chat = module.start(host, contact);
        return chat;
      },
    );
    return chatLoading;
  };

  const open = async () => {
    if (isOpen || !settings) return;
    isOpen = true;
    frame.classList.add('is-open');
    hideBubble(false);
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    launcher.innerHTML = closeIcon;
    launcher.setAttribute('aria-label', settings.ui.close ?? 'Close');
    emit('open');
    try {
      const controller = await startChat();
      if (isOpen) controller.opened();
    } catch (error) {
      console.error('[chatbot] the chat could not be loaded', error);
      panel.textContent = settings.ui.error ?? 'Error';
    }
  };

  const close = () => {
    if (!isOpen) return;
    isOpen = false;
    frame.classList.remove('is-open');
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.innerHTML = chatIcon;
    launcher.append(badge);
    chat?.closed();
    showUnread(unread);
    if (!launcher.hidden) launcher.focus();
    emit('close');
  };

  const switchLanguage = async (lang: string) => {
    const request = ++languageRequest;
    try {
      const next = await fetchSettings(lang);
      // A newer switch started while this one loaded: the newer one wins.
      if (request !== languageRequest || next.lang === settings?.lang) return;
      apply(next);
      chat?.language(next);
      emit('language', next.lang);
    } catch (error) {
      console.error('[chatbot] language switch failed', error);
    }
  };

  // The proactive message: once per browser session, never over an open chat.
  const proactiveKey = `chatbot:${options.server}:proactive`;
  const hideBubble = (dismissed: boolean) => {
    if (bubble.hidden) return;
    bubble.hidden = true;
    if (dismissed) sessionStorage.setItem(proactiveKey, 'dismissed');
  };
  const showBubble = () => {
    if (isOpen || !bubble.hidden || sessionStorage.getItem(proactiveKey)) return;
    sessionStorage.setItem(proactiveKey, 'shown');
    bubble.hidden = false;
    if (unread === 0) showUnread(1);
  };
  const armProactive = (rule: Exclude<WidgetSettings['proactive'], false>) => {
    if (sessionStorage.getItem(proactiveKey) || localStorage.getItem(tokenKey(options.server)))
      return;
    if (rule.afterSeconds) {
      const timer = setTimeout(showBubble, rule.afterSeconds * 1000);
      stops.push(() => clearTimeout(timer));
    }
    if (rule.scrollPercent) {
      const target = rule.scrollPercent;
      const onScroll = () => {
        const scrollable = document.documentElement.scrollHeight - innerHeight;
        if (scrollable > 0 && (scrollY / scrollable) * 100 >= target) showBubble();
      };
      addEventListener('scroll', onScroll, { passive: true });
      stops.push(() => removeEventListener('scroll', onScroll));
    }
  };

  launcher.addEventListener('click', () => (isOpen ? close() : open()));
  bubbleText.addEventListener('click', () => open());
  bubbleClose.addEventListener('click', () => {
    hideBubble(true);
    showUnread(0);
  });

  // SPA navigations change the URL without a load; the chat reports them to the server.
  let href = location.href;
  const navigation = setInterval(() => {
    if (location.href === href) return;
    href = location.href;
    chat?.navigated();
  }, 1000);
  stops.push(() => clearInterval(navigation));

  const start = async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        apply(await fetchSettings(options.lang ?? pageLanguage()));
        break;
      } catch (error) {
        if (error instanceof OriginRefused) {
          console.error(error.message);
          return;
        }
        if (attempt === 3) {
          console.error('[chatbot] the chat server cannot be reached', error);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));
      }
    }
    if (!document.body)
      await new Promise((resolve) => addEventListener('DOMContentLoaded', resolve, { once: true }));
    document.body.append(element);
    if (!options.lang) stops.push(watchPageLanguage((lang) => void switchLanguage(lang)));
    if (settings!.proactive) armProactive(settings!.proactive);
    emit('ready');
    if (options.open) await open();
    // A returning visitor's chat connects when the page is idle, so replies that arrived while
    // they were away show on the badge; for a new visitor only the code is fetched ahead.
    whenIdle(() => {
      if (localStorage.getItem(tokenKey(options.server))) void startChat();
      else void import(/* webpackIgnore: true */ chatUrl);
    });
  };
  void start();

  const api: WidgetApi = {
    open: () => void open(),
    close,
    toggle: () => (isOpen ? close() : void open()),
    setLanguage: (lang) => {
      options.lang = lang;
      void switchLanguage(lang);
    },
    identify: (given) => {
      contact = { ...contact, ...given };
      chat?.identify(contact);
    },
    on: (event, listener) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
    },
    off: (event, listener) => listeners.get(event)?.delete(listener),
  };
  // `Chatbot.init()` again: the old widget lets go of everything, its socket included.
  const destroy = () => {
    for (const stop of stops) stop();
    chat?.destroy();
    element.remove();
  };
  return { api, destroy };
}

/**
 * `window.Chatbot`. The widget starts by itself from the script tag's `data-` attributes unless
 * the tag has `data-manual`; then `Chatbot.init({...})` starts it. Calls queued before the script
 * loaded (`window.Chatbot = window.Chatbot || []; Chatbot.push(['init', {...}])`) are replayed.
 */
function install(): void {
  const script = document.currentScript as HTMLScriptElement | null;
  const queued = Array.isArray((window as { Chatbot?: unknown }).Chatbot)
    ? ((window as unknown as { Chatbot: [keyof ChatbotApi, ...unknown[]][] }).Chatbot ?? [])
    : [];
  const fromScript = optionsFromScript(script);
  let widget: ReturnType<typeof createWidget> | undefined;
  const pendingListeners: [WidgetEvent, Listener][] = [];

  const init = (given: Partial<WidgetOptions> = {}) => {
    widget?.destroy();
    widget = createWidget(cleanOptions({ ...fromScript, ...given }));
    for (const [event, listener] of pendingListeners) widget.api.on(event, listener);
  };
  const call =
    <K extends keyof ChatbotApi>(name: K) =>
    (...args: Parameters<ChatbotApi[K]>) =>
      (widget?.api[name] as ((...a: unknown[]) => void) | undefined)?.(...args);

  const api: ChatbotApi = {
    init,
    open: call('open'),
    close: call('close'),
    toggle: call('toggle'),
    setLanguage: call('setLanguage'),
    identify: call('identify'),
    on: (event, listener) => {
      pendingListeners.push([event, listener]);
      widget?.api.on(event, listener);
    },
    off: (event, listener) => {
      const index = pendingListeners.findIndex(([e, l]) => e === event && l === listener);
      if (index >= 0) pendingListeners.splice(index, 1);
      widget?.api.off(event, listener);
    },
  };
  (window as unknown as { Chatbot: ChatbotApi }).Chatbot = api;

  const initCall = queued.find(([name]) => name === 'init');
  if (initCall) init(initCall[1] as Partial<WidgetOptions>);
  else if (!script?.hasAttribute('data-manual')) init();
  for (const [name, ...args] of queued)
    if (name !== 'init') (api[name] as (...a: unknown[]) => void)(...args);
}

install();
