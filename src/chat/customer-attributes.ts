/**
 * Customer attributes a site passes to `Chatbot.identify()` (plan, value, account id…), which
 * escalation rules match with `when.attribute`. A browser can send anything, so they are taken
 * only when the site's backend signed them with `identity.secret` (docs/widget.md):
 *
 *   signature = hex(HMAC-SHA256(secret, canonicalIdentity(email, attributes)))
 *
 * The canonical text is JSON with no spaces: `{"attributes":{…keys sorted…},"email":"…"}`, the
 * email trimmed and lowercased, and left out when identify is given none.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type CustomerAttributes = Readonly<Record<string, string>>;

/** What one identify call may carry: few, short, plain keys, so a card shows them on one line. */
export const attributeLimits = { keys: 20, keyPattern: /^[a-z0-9_]{1,40}$/, valueChars: 200 };

/** The exact text the site signs. */
export function canonicalIdentity(
  email: string | undefined,
  attributes: CustomerAttributes,
): string {
  const sorted = Object.fromEntries(
    Object.keys(attributes)
      .sort()
      .map((key) => [key, attributes[key]]),
  );
  const normalEmail = email?.trim().toLowerCase();
  return JSON.stringify({ attributes: sorted, ...(normalEmail ? { email: normalEmail } : {}) });
}

export function signIdentity(
  secret: string,
  email: string | undefined,
  attributes: CustomerAttributes,
): string {
  return createHmac('sha256', secret).update(canonicalIdentity(email, attributes)).digest('hex');
}

/** Attributes as identify passes them, with the email given beside them. */
export interface SignedAttributes {
  readonly email?: string | undefined;
  readonly attributes: CustomerAttributes;
  readonly signature?: string | undefined;
}

/** Whether the site signed these attributes (with this email); never without a secret. */
export function identityVerified(secret: string | undefined, given: SignedAttributes): boolean {
  if (!secret || !given.signature) return false;
  const expected = Buffer.from(signIdentity(secret, given.email, given.attributes), 'hex');
  const actual = Buffer.from(given.signature.toLowerCase(), 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Same keys and values, in any order. */
export function sameAttributes(
  a: CustomerAttributes | undefined,
  b: CustomerAttributes | undefined,
): boolean {
  const left = Object.entries(a ?? {});
  return left.length === Object.keys(b ?? {}).length && left.every(([k, v]) => b?.[k] === v);
}
