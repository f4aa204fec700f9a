/**
 * Records kept beside the conversations: leads (one per person who left contact details) and
 * operators (names, roles and token hashes). Every driver stores them; `chatbot storage copy`
 * moves them with the conversations.
 */

import type { Operator } from './operators.js';

/** Where leads and operators are kept: part of every Store, and usable on its own by the CLI. */
export interface RecordStore {
  /** Every lead, oldest first. */
  leads(): Promise<Lead[]>;
  /** Adds the lead, or replaces the stored one with the same id. */
  saveLead(lead: Lead): Promise<void>;
  /** Every operator, revoked ones included, oldest first. */
  operators(): Promise<Operator[]>;
  /** Adds the operator, or replaces the stored one with the same token hash (a revocation). */
  saveOperator(operator: Operator): Promise<void>;
}

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
