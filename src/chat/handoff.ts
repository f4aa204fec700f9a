/**
 * What a handoff means at a given moment: whether a person can take the chat now (business hours;
 * without configured hours, always), and what the bot tells the visitor. One place, used by the
 * bot's own turns, the widget's button and the system prompt, so they can never disagree.
 */
import type { Config } from '../config/schema.js';
import { botMessages, fill, localizeOpening } from './bot-messages.js';
import { isOpen, nextOpening } from './business-hours.js';
import { type ContactDetails, hasContact } from './contact-details.js';

export function humanAvailable(config: Config, now: Date): boolean {
  const hours = config.handoff.hours;
  return hours ? isOpen(hours, now) : true;
}

export interface HandoffAnnouncement {
  readonly humanAvailable: boolean;
  /** What the bot says: a person is coming, or (outside hours) when, and a request for contact. */
  readonly text: string;
}

export function announceHandoff(
  config: Config,
  lang: string,
  contact: ContactDetails,
  now: Date,
): HandoffAnnouncement {
  const texts = botMessages(lang);
  if (humanAvailable(config, now)) return { humanAvailable: true, text: texts.handoffNow };
  const hours = config.handoff.hours;
  const opening = hours ? nextOpening(hours, now) : undefined;
  // Hours that never open (closed every day, for now) have no "back at" to promise.
  if (!opening) {
    const text = hasContact(contact) ? texts.handoffAwayKnownContact : texts.handoffAway;
    return { humanAvailable: false, text };
  }
  const when = localizeOpening(opening.label, lang);
  const template = hasContact(contact) ? texts.handoffClosedKnownContact : texts.handoffClosed;
  return { humanAvailable: false, text: fill(template, { when }) };
}
