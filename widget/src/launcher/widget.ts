/**
 * One started widget: the launcher's state, opening and closing the panel, loading the chat
 * bundle, and following the page's language. `window.Chatbot.init()` makes a new one and destroys
 * the old.
 */
import type {
  ChatController,
  ChatHost,
  Contact,
  StartChat,
  WidgetOptions,
  WidgetSettings,
} from '../shared/types.js';
import { tokenKey } from '../shared/types.js';
import { createListeners, type Listeners, type WidgetApi } from './api.js';
import { linkOnLight, textOn } from './colors.js';
import { buildLauncherDom, chatIcon, closeIcon, type LauncherDom } from './dom.js';
import { pageLanguage, watchPageLanguage } from './language.js';
import { createProactive, type Proactive } from './proactive.js';
import { fetchSettings, firstSettings } from './settings.js';

/** The chat bundle's file name, content-hashed by the build so it can be cached for good. */
declare const CHAT_FILE: string;

interface Widget {
  readonly options: WidgetOptions;
  readonly dom: LauncherDom;
  readonly events: Listeners;
  readonly proactive: Proactive;
  /** Undone by destroy(): timers, page listeners. */
  readonly stops: (() => void)[];
  readonly chatUrl: string;
  settings: WidgetSettings | undefined;
  isOpen: boolean;
  contact: Contact | undefined;
  chat: ChatController | undefined;
  chatLoading: Promise<ChatController> | undefined;
  languageRequest: number;
  unread: number;
}

const whenIdle = (task: () => void) =>
  'requestIdleCallback' in window
    ? requestIdleCallback(task, { timeout: 4000 })
    : setTimeout(task, 2000);

function showUnread(widget: Widget, count: number): void {
  const { badge, launcher } = widget.dom;
  const { settings } = widget;
  widget.unread = count;
  badge.hidden = count === 0 || widget.isOpen;
  badge.textContent = count > 9 ? '9+' : String(count);
  launcher.setAttribute(
    'aria-label',
    count > 0 && settings
      ? `${settings.ui.open} (${settings.ui.newMessages}: ${count})`
      : (settings?.ui.open ?? 'Chat'),
  );
}

/** Settings in force: colours, position, texts; the page's options win over the server's. */
function applySettings(widget: Widget, next: WidgetSettings): void {
  const { options, dom } = widget;
  widget.settings = next;
  const color = options.color ?? next.color;
  dom.frame.style.setProperty('--cb-accent', color);
  dom.frame.style.setProperty('--cb-on-accent', textOn(color));
  dom.frame.style.setProperty('--cb-link', linkOnLight(color));
  dom.frame.dataset.position = options.position ?? next.position;
  dom.launcher.hidden = Boolean(options.hideLauncher);
  dom.bubbleText.textContent = next.ui.proactive ?? '';
  dom.bubbleClose.setAttribute('aria-label', next.ui.close ?? 'Close');
  dom.panel.setAttribute('aria-label', options.title ?? next.title);
  showUnread(widget, widget.unread);
}

/** What the chat bundle may see of the launcher. */
function chatHost(widget: Widget): ChatHost {
  return {
    server: widget.options.server,
    panel: widget.dom.panel,
    root: widget.dom.root,
    settings: () => widget.settings!,
    isOpen: () => widget.isOpen,
    close: () => closeChat(widget),
    unread: (count) => {
      showUnread(widget, count);
      widget.events.emit('unread', count);
    },
    emit: widget.events.emit,
  };
}

/** The chat bundle, loaded once and started with the launcher's host. */
function startChat(widget: Widget): Promise<ChatController> {
  widget.chatLoading ??= import(/* webpackIgnore: true */ widget.chatUrl).then(
    (module: { start: StartChat }) => {
      widget.chat = module.start(chatHost(widget), widget.contact);
      return widget.chat;
    },
  );
  return widget.chatLoading;
}

async function openChat(widget: Widget): Promise<void> {
  const { dom, settings } = widget;
  if (widget.isOpen || !settings) return;
  widget.isOpen = true;
  dom.frame.classList.add('is-open');
  widget.proactive.hide(false);
  dom.panel.hidden = false;
  dom.launcher.setAttribute('aria-expanded', 'true');
  dom.launcher.innerHTML = closeIcon;
  dom.launcher.setAttribute('aria-label', settings.ui.close ?? 'Close');
  widget.events.emit('open');
  try {
    const controller = await startChat(widget);
    if (widget.isOpen) controller.opened();
  } catch (error) {
    console.error('[chatbot] the chat could not be loaded', error);
    dom.panel.textContent = settings.ui.error ?? 'Error';
  }
}

function closeChat(widget: Widget): void {
  const { dom } = widget;
  if (!widget.isOpen) return;
  widget.isOpen = false;
  dom.frame.classList.remove('is-open');
  dom.panel.hidden = true;
  dom.launcher.setAttribute('aria-expanded', 'false');
  dom.launcher.innerHTML = chatIcon;
  dom.launcher.append(dom.badge);
  widget.chat?.closed();
  showUnread(widget, widget.unread);
  if (!dom.launcher.hidden) dom.launcher.focus();
  widget.events.emit('close');
}

async function switchLanguage(widget: Widget, lang: string): Promise<void> {
  const request = ++widget.languageRequest;
  try {
    const next = await fetchSettings(widget.options, lang);
    // A newer switch started while this one loaded: the newer one wins.
    if (request !== widget.languageRequest || next.lang === widget.settings?.lang) return;
    applySettings(widget, next);
    widget.chat?.language(next);
    widget.events.emit('language', next.lang);
  } catch (error) {
    console.error('[chatbot] language switch failed', error);
  }
}

/** Clicks on the launcher and the bubble; SPA navigations, which change the URL without a load. */
function wireLauncher(widget: Widget): void {
  const { dom } = widget;
  const toggle = () => (widget.isOpen ? closeChat(widget) : openChat(widget));
  dom.launcher.addEventListener('click', () => void toggle());
  dom.bubbleText.addEventListener('click', () => void openChat(widget));
  dom.bubbleClose.addEventListener('click', () => {
    widget.proactive.hide(true);
    showUnread(widget, 0);
  });
  let href = location.href;
  const navigation = setInterval(() => {
    if (location.href === href) return;
    href = location.href;
    widget.chat?.navigated();
  }, 1000);
  widget.stops.push(() => clearInterval(navigation));
}

/** Settings first (the launcher shows nothing without them), then the page, then the chat. */
async function start(widget: Widget): Promise<void> {
  const { options } = widget;
  const settings = await firstSettings(options, options.lang ?? pageLanguage());
  if (!settings) return;
  applySettings(widget, settings);
  if (!document.body)
    await new Promise((resolve) => addEventListener('DOMContentLoaded', resolve, { once: true }));
  document.body.append(widget.dom.element);
  if (!options.lang)
    widget.stops.push(watchPageLanguage((lang) => void switchLanguage(widget, lang)));
  if (settings.proactive) widget.proactive.arm(settings.proactive);
  widget.events.emit('ready');
  if (options.open) await openChat(widget);
  // A returning visitor's chat connects when the page is idle, so replies that arrived while
  // they were away show on the badge; for a new visitor only the code is fetched ahead.
  whenIdle(() => {
    if (localStorage.getItem(tokenKey(options.server))) void startChat(widget);
    else void import(/* webpackIgnore: true */ widget.chatUrl);
  });
}

function widgetApi(widget: Widget): WidgetApi {
  return {
    open: () => void openChat(widget),
    close: () => closeChat(widget),
    toggle: () => (widget.isOpen ? closeChat(widget) : void openChat(widget)),
    setLanguage: (lang) => {
      widget.options.lang = lang;
      void switchLanguage(widget, lang);
    },
    identify: (given) => {
      widget.contact = { ...widget.contact, ...given };
      widget.chat?.identify(widget.contact);
    },
    on: widget.events.on,
    off: widget.events.off,
  };
}

export function createWidget(options: WidgetOptions): { api: WidgetApi; destroy(): void } {
  const dom = buildLauncherDom();
  const stops: (() => void)[] = [];
  const widget: Widget = {
    options,
    dom,
    events: createListeners(),
    stops,
    chatUrl: `${options.server}/widget/${CHAT_FILE}`,
    // Its callbacks read the widget when the bubble fires, after it is built.
    proactive: createProactive(
      options.server,
      dom,
      {
        isOpen: () => widget.isOpen,
        unread: () => widget.unread,
        showUnread: (count) => showUnread(widget, count),
      },
      stops,
    ),
    settings: undefined,
    isOpen: false,
    contact: undefined,
    chat: undefined,
    chatLoading: undefined,
    languageRequest: 0,
    unread: 0,
  };
  wireLauncher(widget);
  void start(widget);
  // `Chatbot.init()` again: the old widget lets go of everything, its socket included.
  const destroy = () => {
    for (const stop of stops) stop();
    widget.chat?.destroy();
    dom.element.remove();
  };
  return { api: widgetApi(widget), destroy };
}
