/** A text as a regular expression source that matches it literally ("a.b" matches only "a.b"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
