import { closest, distance } from 'fastest-levenshtein';

/** The candidate a typo most likely meant, or undefined when none is close enough. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const sameLetters = candidates.find(
    (candidate) => candidate.toLowerCase() === input.toLowerCase(),
  );
  if (sameLetters) return sameLetters;
  const best = closest(input, candidates as string[]);
  return distance(input, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
