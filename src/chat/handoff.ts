/**
 * What the bot tells the visitor at a handoff: a person is coming, or (outside business hours)
 * when one will be back and a request for contact. Whether a person can take the chat now is
 * the shared rule in src/domain/handoff.ts, which the system prompt reads too.
 */
import type { Config } from '../config/schema.js';
import { nextOpening } from '../domain/business-hours.js';
import { hasContact } from '../domain/contact-details.js';
import type { ContactDetails } from '../domain/conversation.js';
import { humanAvailable } from '../domain/handoff.js';
import { botMessages, fill, localizeOpening } from './bot-messages.js';

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
