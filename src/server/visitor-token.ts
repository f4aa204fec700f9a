/**
 * Visitor tokens: "v1.<visitorId>.<HMAC-SHA256>". Signed by the server, so a visitor can only
 * ever present an id the server gave them; no visitor can claim another's conversation.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export class VisitorTokens {
  constructor(private readonly secret: Buffer) {}

  issue(): { token: string; visitorId: string } {
    const visitorId = randomBytes(16).toString('hex');
    return { token: this.sign(visitorId), visitorId };
  }

  sign(visitorId: string): string {
    return `v1.${visitorId}.${this.mac(visitorId)}`;
  }

  /** The visitor id inside a valid token, else undefined. */
  verify(token: unknown): string | undefined {
    if (typeof token !== 'string' || token.length > 200) return undefined;
    const [version, visitorId, signature] = token.split('.');
    if (version !== 'v1' || !visitorId || !signature || !/^[0-9a-f]{32}$/.test(visitorId))
      return undefined;
    const expected = Buffer.from(this.mac(visitorId));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected)
      ? visitorId
      : undefined;
  }

  private mac(visitorId: string): string {
    return createHmac('sha256', this.secret).update(`visitor:${visitorId}`).digest('base64url');
  }
}

export function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
