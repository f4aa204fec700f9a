/**
 * What `Chatbot.identify()` keeps and sends. Later calls add to earlier ones (a name now, an
 * email later); customer attributes travel with the signature the site's backend made for them
 * (docs/widget.md), so new attributes never borrow an older signature.
 */
import type { VisitorIdentifyPayload } from '../../../src/protocol/index.js';
import type { Contact } from './types.js';

export function mergeIdentity(previous: Contact | undefined, given: Contact): Contact {
  const merged: Contact = { ...previous, ...given };
  if (given.attributes && given.signature === undefined) delete merged.signature;
  return merged;
}

/** The `identify` event's payload: only the fields the server takes. */
export function identifyPayload(contact: Contact): VisitorIdentifyPayload {
  return {
    ...(contact.name ? { name: contact.name } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.attributes ? { attributes: contact.attributes } : {}),
    ...(contact.signature ? { signature: contact.signature } : {}),
  };
}
