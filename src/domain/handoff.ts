/**
 * Handoff rules every layer shares: why a chat goes to a person, and whether one can take it at
 * a given moment (business hours; without configured hours, always). The engine acts on them,
 * the system prompt tells the model about them and notifications name the reason, so they can
 * never disagree. What the bot says about a handoff is the engine's (src/chat/handoff.ts).
 */
import { type HoursConfig, isOpen } from './business-hours.js';

export type HandoffReason =
  | 'keyword'
  | 'sentiment'
  | 'failed-answers'
  | 'ai-limit'
  | 'tool'
  | 'button'
  | 'wait-timeout'
  /** An escalation rule with `then.handoff` fired (src/chat/escalation.ts). */
  | 'escalation';

/** Why a chat went to a person, and whether one is there now (business hours). */
export interface Handoff {
  readonly reason: HandoffReason;
  readonly detail?: string;
  readonly humanAvailable: boolean;
}

/** The part of the bot's config the rule reads: its business hours, if it has any. */
export interface HandoffHours {
  readonly handoff: { readonly hours?: HoursConfig | undefined };
}

export function humanAvailable(config: HandoffHours, now: Date): boolean {
  const hours = config.handoff.hours;
  return hours ? isOpen(hours, now) : true;
}
