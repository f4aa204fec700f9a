import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LanguageKnowledge } from '../../src/kb/language-knowledge.js';
import { type KnowledgeFile, knowledgeSchema } from '../../src/kb/schema.js';

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

/** The knowledge of a bot project in this repository (`.` or a fixture bot's folder), one language. */
export function projectKnowledge(dir: string, lang: string): LanguageKnowledge {
  const file = join(dir, 'kb', `${lang}.json`);
  return new LanguageKnowledge(lang, knowledgeSchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
}

/** A fixture bot's knowledge (test/fixtures/bots/<bot>), one language. */
export function fixtureKnowledge(bot: string, lang: string): LanguageKnowledge {
  return projectKnowledge(join('test/fixtures/bots', bot), lang);
}
