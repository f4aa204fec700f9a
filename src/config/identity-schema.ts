/**
 * The `identity` section: the key a site signs its customers' attributes with when it passes
 * them to `Chatbot.identify()` (docs/widget.md). Anything a browser sends can be forged, so
 * attributes that escalation rules act on are taken only with a valid signature.
 */
import { z } from 'zod';

export const identity = z
  .strictObject({
    secret: z
      .string()
      .min(16, 'Expected at least 16 characters: a random key, e.g. `openssl rand -hex 32`')
      .optional()
      .describe(
        "HMAC-SHA256 key the site's backend signs customer attributes with (`signature` of `Chatbot.identify`). Keep it in the environment: `${CHATBOT_IDENTITY_SECRET}`. Without it, attributes are never accepted.",
      ),
  })
  .prefault({})
  .describe('Identity verification of customer attributes passed by the site (docs/widget.md).');
