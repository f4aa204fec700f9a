import { LanguageKnowledge } from '../../src/kb/language-knowledge.js';
import type { KnowledgeFile } from '../../src/kb/schema.js';

/** One language's knowledge from blocks written in a test, with a fallback tests can spot. */
export function knowledgeOf(
  lang: string,
  blocks: KnowledgeFile['blocks'],
  extra: Partial<KnowledgeFile> = {},
): LanguageKnowledge {
  return new LanguageKnowledge(lang, {
    greeting: 'Hi',
    fallback: 'FALLBACK',
    blocks,
    ...extra,
  } as KnowledgeFile);
}

/** A block with a body and no tags; a body that is not HTML yet becomes one paragraph. */
export function block(id: string, title: string, body: string): KnowledgeFile['blocks'][number] {
  return { id, title, body: body.startsWith('<') ? body : `<p>${body}</p>`, tags: [] };
}
