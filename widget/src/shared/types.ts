/**
 * What the launcher (loaded with the host page) and the chat (loaded on first open or when the
 * browser is idle) share: the embed options, the server's settings for a language, and the small
 * interface each side offers the other. Types only, so neither bundle carries the other's code.
 */

import type { WidgetPosition, WidgetSettings } from '../../../src/protocol/rest.js';

export type { WidgetSettings } from '../../../src/protocol/rest.js';
export type Position = WidgetPosition;

/** From `data-` attributes on the script tag or `Chatbot.init({...})`. */
export interface WidgetOptions {
  /** Where the chat server is; defaults to the origin the script was loaded from. */
  server: string;
  title?: string;
  color?: string;
  position?: Position;
  /** Overrides `<html lang>`; the widget then ignores the page's language. */
  lang?: string;
  /** Open the chat as soon as the page loads. */
  open?: boolean;
  /** No launcher button: the page opens the chat itself with `Chatbot.open()`. */
  hideLauncher?: boolean;
}

export interface Contact {
  name?: string;
  email?: string;
  /** Customer attributes (plan, value…), taken by the server only with a valid `signature`. */
  attributes?: Record<string, string>;
  /** Hex HMAC-SHA256 the site's backend made of the email and attributes (docs/widget.md). */
  signature?: string;
}

export type WidgetEvent = 'ready' | 'open' | 'close' | 'message' | 'language' | 'state' | 'unread';

/** What the launcher offers the chat. */
export interface ChatHost {
  readonly server: string;
  /** The element inside the widget's shadow root that the chat renders into. */
  readonly panel: HTMLElement;
  readonly root: ShadowRoot;
  settings(): WidgetSettings;
  isOpen(): boolean;
  /** The visitor closed the chat from inside it (Esc or the close button). */
  close(): void;
  unread(count: number): void;
  emit(event: WidgetEvent, detail?: unknown): void;
}

/** What the chat offers the launcher. */
export interface ChatController {
  opened(): void;
  closed(): void;
  /** The page (or the API) switched language; settings are already those of the new one. */
  language(settings: WidgetSettings): void;
  identify(contact: Contact): void;
  /** An SPA navigation: the page URL, title or UTM tags may have changed. */
  navigated(): void;
  /** The widget is being replaced (`Chatbot.init` again): close the socket, remove the view. */
  destroy(): void;
}

export type StartChat = (host: ChatHost, contact: Contact | undefined) => ChatController;

/** Where the visitor's token lives; one per chat server, shared by every tab. */
export const tokenKey = (server: string) => `chatbot:${server}:token`;
