/**
 * The customer attributes a site signed (plan, value…) as the inbox shows them: one line of
 * `key=value` pairs on the conversation's card, and one in its timeline when they are set.
 */
import type { Conversation, TimelineEntry } from '../domain/conversation.js';

type Attributes = Conversation['attributes'];

function pairs(attributes: Attributes): string {
  return Object.entries(attributes ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
}

/** The card's line, or undefined when the site passed none. */
export function customerCardLine(attributes: Attributes): string | undefined {
  const text = pairs(attributes);
  return text ? `customer ${text}` : undefined;
}

/** The timeline's note of an `attributes` event. */
export function attributesNote(data: Readonly<Record<string, unknown>>): string {
  return `customer attributes: ${pairs(data.attributes as Attributes) || 'none'}`;
}

/** The conversation with the attributes an incoming `attributes` event set. */
export function withAttributesOf<Shown extends Pick<Conversation, 'attributes'>>(
  conversation: Shown,
  entry: TimelineEntry,
): Shown {
  if (entry.kind !== 'event' || entry.type !== 'attributes' || !entry.data.attributes)
    return conversation;
  return { ...conversation, attributes: entry.data.attributes as Attributes };
}
