/**
 * The token in an unsubscribe link: an HMAC of the address under the server's secret, so the
 * public route can record an opt-out for exactly the address the mail went to and no other.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function unsubscribeToken(secret: Buffer, email: string): string {
  return createHmac('sha256', secret)
    .update(`unsubscribe:${email.toLowerCase()}`)
    .digest('base64url');
}

export function validUnsubscribeToken(secret: Buffer, email: string, token: string): boolean {
  const expected = Buffer.from(unsubscribeToken(secret, email));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function unsubscribeUrl(serverUrl: string, secret: Buffer, email: string): string {
  const query = new URLSearchParams({ e: email.toLowerCase(), t: unsubscribeToken(secret, email) });
  return `${serverUrl}/email/unsubscribe?${query}`;
}
