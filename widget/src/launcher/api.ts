import type { Contact, WidgetEvent, WidgetOptions } from '../shared/types.js';

export type Listener = (detail: unknown) => void;

/** `window.Chatbot`: what a host page can call. */
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

/** What one started widget offers; `window.Chatbot` adds `init` to (re)start it. */
export type WidgetApi = Omit<ChatbotApi, 'init'>;

/** The host page's listeners for the widget's events; one that throws does not stop the others. */
export function createListeners() {
  const listeners = new Map<WidgetEvent, Set<Listener>>();
  return {
    emit(event: WidgetEvent, detail?: unknown): void {
      for (const listener of listeners.get(event) ?? []) {
        try {
          listener(detail);
        } catch (error) {
          console.error('[chatbot] listener failed', error);
        }
      }
    },
    on(event: WidgetEvent, listener: Listener): void {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
    },
    off(event: WidgetEvent, listener: Listener): void {
      listeners.get(event)?.delete(listener);
    },
  };
}

export type Listeners = ReturnType<typeof createListeners>;
