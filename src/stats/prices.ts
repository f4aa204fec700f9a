/**
 * The estimated cost of provider calls, from the prices an owner sets in ai.prices: per model,
 * per million input and output tokens, in whatever currency they pay in. An estimate: providers
 * bill by their own counting, and tokens a failed call used are counted when it reported them.
 */

/** ai.prices: model name (or cascade link name) -> price per 1M input and output tokens. */
export type Prices = Readonly<Record<string, { readonly input: number; readonly output: number }>>;

export function costOf(
  prices: Prices,
  use: {
    readonly provider: string;
    readonly model: string;
    readonly inputTokens: number;
    readonly outputTokens: number;
  },
): number | null {
  const price = prices[use.model] ?? prices[use.provider];
  if (!price) return use.inputTokens + use.outputTokens === 0 ? 0 : null;
  return (use.inputTokens * price.input + use.outputTokens * price.output) / 1_000_000;
}
