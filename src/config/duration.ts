import { z } from 'zod';

const units = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
export const durationPattern = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;

/** Parses "8s", "5m", "250ms", "1.5h" into milliseconds; undefined when malformed. */
export function parseDuration(text: string): number | undefined {
  const match = durationPattern.exec(text.trim());
  if (!match) return undefined;
  return Math.round(Number(match[1]) * units[match[2] as keyof typeof units]);
}

/** A duration written with its unit in the config; the loaded config holds milliseconds. */
export function duration(defaultValue: string) {
  return z
    .string()
    .regex(durationPattern, 'Expected a duration with a unit, like "8s", "5m", "250ms" or "1h"')
    .default(defaultValue)
    .transform((text) => parseDuration(text)!);
}
