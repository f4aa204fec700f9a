/**
 * Checks of the assistants (`assistants:` in config) against the project's files: each
 * assistant's template exists and passes the same checks as the system template, and its
 * knowledge tags find blocks in every language. Findings about the config point at its key.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedConfig } from '../config/load.js';
import { type Finding, formatKeyPath } from '../errors/finding.js';
import type { LoadedKnowledge } from '../kb/load-dir.js';
import { checkTemplates } from '../prompt/check-templates.js';

export interface AssistantCheck {
  readonly findings: Finding[];
  readonly templates: string[];
}

export async function checkAssistants(
  projectDir: string,
  loaded: LoadedConfig,
  languages: readonly string[],
  knowledge: LoadedKnowledge | undefined,
  checkedFiles: readonly string[],
): Promise<AssistantCheck> {
  const findings: Finding[] = [];
  const files = new Set(checkedFiles);
  const config = loaded.config;
  if (!config) return { findings, templates: [] };
  const atKey = (
    path: (string | number)[],
    finding: Omit<Finding, 'file' | 'line' | 'col' | 'keyPath'>,
  ) =>
    findings.push({
      ...finding,
      file: loaded.file,
      ...loaded.positionOf(path),
      keyPath: formatKeyPath(path),
    });
  for (const [name, assistant] of Object.entries(config.assistants)) {
    if (assistant.template) {
      const display = `${config.prompts.dir}/${assistant.template}`;
      if (!existsSync(join(projectDir, config.prompts.dir, assistant.template)))
        atKey(['assistants', name, 'template'], {
          severity: 'error',
          code: 'TEMPLATE_MISSING',
          message: `The assistant "${name}" uses ${display}, which does not exist`,
        });
      else {
        const check = await checkTemplates(projectDir, {
          dir: config.prompts.dir,
          systemFile: assistant.template,
          languages,
        });
        // Partials are shared with the system template: each is reported once.
        findings.push(...check.findings.filter((finding) => !files.has(finding.file)));
        for (const file of check.files) files.add(file);
      }
    }
    for (const [lang, file] of knowledge?.files ?? []) {
      const tags = assistant.knowledge?.tags.map((tag) => tag.toLowerCase());
      const blocks = file.knowledge?.blocks;
      if (!tags || !blocks) continue;
      if (!blocks.some((block) => block.tags.some((tag) => tags.includes(tag.toLowerCase()))))
        atKey(['assistants', name, 'knowledge', 'tags'], {
          severity: 'warning',
          code: 'CONFIG_ASSISTANT_NO_KNOWLEDGE',
          message: `No block of ${file.file} carries a tag of the assistant "${name}" (${tags.join(', ')}): in "${lang}" it has no knowledge`,
        });
    }
  }
  return { findings, templates: [...files].filter((file) => !checkedFiles.includes(file)) };
}
