/**
 * The words of a question the knowledge never uses, as retrieval read them: on a miss they say
 * what to add (a synonym, a tag, a FAQ question in the visitor's words) so the block that
 * answers is found. Contact details are left out, as the answerer leaves them out.
 */
import { questionOf } from '../domain/contact-details.js';
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';

export function unknownWords(snapshot: BotSnapshot, lang: string, question: string): string[] {
  const asked = questionOf(question, lang, snapshot.config.leads.phoneCountry);
  return snapshot
    .knowledge(lang)
    .analyzer.analyze(asked)
    .filter((unit) => unit.terms.length === 0 && !unit.optional)
    .map((unit) => unit.text);
}
