/**
 * Records kept beside the conversations: leads (one per person who left contact details) and
 * operators (names, roles and token hashes). Every driver stores them; `chatbot storage copy`
 * moves them with the conversations.
 */

export interface Lead {
  readonly id: string;
  name?: string;
  email?: string;
  phone?: string;
  messenger?: string;
  notes: string[];
  lang: string;
  firstPage?: string;
  utm?: Record<string, string>;
  /** Conversation ids, first first. */
  conversations: string[];
  readonly createdAt: string;
  updatedAt: string;
}
