/**
 * Assistants (`assistants:` in config, docs/routing.md) as snapshots of their own: the bot's
 * snapshot with the assistant's system template, greeting, part of the knowledge and cascade
 * in place of the top-level ones. Built with the snapshot, so a reply that began on one
 * finishes on it, and nothing is compiled or indexed while a visitor waits.
 */
import type { Config } from '../config/schema.js';
import { LanguageKnowledge } from '../kb/language-knowledge.js';
import { loadPromptTemplates, type PromptTemplates } from '../prompt/templates.js';
import type { BotSnapshot } from './bot-snapshot.js';

type AssistantSettings = Config['assistants'][string];

/** Each assistant's compiled templates, by name; one without a template has none. */
export async function loadAssistantTemplates(
  projectDir: string,
  config: Config,
): Promise<Map<string, PromptTemplates>> {
  const templates = new Map<string, PromptTemplates>();
  for (const [name, settings] of Object.entries(config.assistants))
    if (settings.template)
      templates.set(
        name,
        await loadPromptTemplates(projectDir, {
          dir: config.prompts.dir,
          system: settings.template,
        }),
      );
  return templates;
}

/** What an assistant's snapshot has in place of the bot's. */
export interface AssistantParts {
  readonly config: Config;
  readonly languages: ReadonlyMap<string, LanguageKnowledge>;
  readonly templates: PromptTemplates;
}

/** The parts each assistant's snapshot is made of, by name. */
export function assistantParts(
  base: BotSnapshot,
  templates: ReadonlyMap<string, PromptTemplates>,
): Map<string, AssistantParts> {
  const parts = new Map<string, AssistantParts>();
  for (const [name, settings] of Object.entries(base.config.assistants)) {
    const config = settings.cascade
      ? { ...base.config, ai: { ...base.config.ai, cascade: settings.cascade } }
      : base.config;
    const languages =
      settings.knowledge || settings.greeting
        ? new Map(
            [...base.languages].map(([lang, knowledge]) => [
              lang,
              assistantKnowledge(knowledge, settings),
            ]),
          )
        : base.languages;
    parts.set(name, { config, languages, templates: templates.get(name) ?? base.templates });
  }
  return parts;
}

/** One language's knowledge as an assistant sees it: its blocks only, its greeting. */
function assistantKnowledge(
  knowledge: LanguageKnowledge,
  settings: AssistantSettings,
): LanguageKnowledge {
  const greeting = greetingIn(settings.greeting, knowledge.lang) ?? knowledge.file.greeting;
  const tags = settings.knowledge?.tags.map((tag) => tag.toLowerCase());
  // Only a greeting of its own: the same knowledge and index, seen through an object whose
  // greeting is the assistant's, rather than a second index of every block.
  if (!tags)
    return Object.create(knowledge, { greeting: { value: greeting } }) as LanguageKnowledge;
  const blocks = knowledge.file.blocks.filter((block) =>
    block.tags.some((tag) => tags.includes(tag.toLowerCase())),
  );
  return new LanguageKnowledge(knowledge.lang, { ...knowledge.file, greeting, blocks });
}

function greetingIn(greeting: AssistantSettings['greeting'], lang: string): string | undefined {
  if (typeof greeting === 'string') return greeting;
  return greeting?.[lang] ?? greeting?.[lang.split('-')[0]!];
}
