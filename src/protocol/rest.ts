/**
 * REST bodies clients read and send: the widget's settings and history, the public chat API.
 * Errors are `RestError` bodies (./errors.ts).
 */
import type { ConversationState } from '../domain/conversation.js';
import type { VisitorEntry } from './visitor.js';

export type WidgetPosition = 'bottom-right' | 'bottom-left';

/** GET /api/widget/settings?lang=…: the widget's look and texts for a language. */
export interface WidgetSettings {
  lang: string;
  languages: string[];
  title: string;
  color: string;
  position: WidgetPosition;
  preChatForm: boolean;
  rating: boolean;
  /** Thumbs up and down under each bot answer (widget.feedback). */
  feedback: boolean;
  /** "Email me this conversation" after resolve, in the visitor's language; absent when off. */
  transcript?: { button: string };
  proactive: false | { afterSeconds?: number; scrollPercent?: number };
  typingPreview: boolean;
  greeting: string;
  ui: Record<string, string>;
  limits: { messageChars: number; uploadMegabytes: number };
}

/** POST /api/v1/chat: a message from an outside system (a CRM, a phone system). */
export interface PublicChatRequest {
  readonly externalId: string;
  readonly message: string;
  readonly lang?: string;
}

/**
 * GET /api/visitor/history?after=…, with the visitor's token as a bearer: the conversation so
 * far, so a returning visitor sees it before the socket is up.
 */
export interface VisitorHistory {
  readonly conversationId: string;
  readonly state: ConversationState;
  readonly lang: string;
  readonly lastSeq: number;
  /** The operator who has the chat, or null. */
  readonly operator: string | null;
  readonly identified: boolean;
  readonly entries: readonly VisitorEntry[];
}

/** POST /api/v1/chat's answer (and the `done` event's data when streamed as SSE). */
export interface PublicChatResponse {
  readonly conversationId: string;
  /** Null when the bot stays silent: a person has the chat, or it is waiting for one. */
  readonly reply: string | null;
  readonly citations: readonly { id: string; title: string; url: string | null }[];
  readonly state: ConversationState;
}
