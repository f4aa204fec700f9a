/**
 * REST bodies clients read and send: the widget's settings, the public chat API.
 * Errors are `RestError` bodies (./errors.ts).
 */

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
