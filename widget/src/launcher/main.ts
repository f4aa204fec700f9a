/**
 * /widget.js: what loads with the host page. It draws the launcher (button, unread badge,
 * proactive message) in a shadow root, follows `<html lang>`, and loads the chat itself only
 * when the visitor opens it or the browser is idle, so a page that nobody chats on pays for a
 * few kilobytes and one settings request.
 */

import type { WidgetEvent, WidgetOptions } from '../shared/types.js';
import type { ChatbotApi, Listener } from './api.js';
import { cleanOptions, optionsFromScript } from './options.js';
import { createWidget } from './widget.js';

export type { ChatbotApi } from './api.js';

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
