/**
 * The `memory` section: what the bot is told about a person's earlier conversations (customer
 * memory). Operators always see a person's earlier conversations in the inbox; the bot's
 * prompt gets a summary of them only when this says so.
 */
import { z } from 'zod';

export const memory = z
  .strictObject({
    summaries: z
      .boolean()
      .default(false)
      .describe(
        "Give the bot's prompt a short summary of the person's earlier conversations (same visitor, email or phone): what they asked, whether they left contact details, how it ended. Available to templates as `visitor.earlier`.",
      ),
  })
  .prefault({})
  .describe("Customer memory: a person's earlier conversations (docs/operators.md).");
