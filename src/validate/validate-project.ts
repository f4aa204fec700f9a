/**
 * Validation of a whole bot project: config, every knowledge file and every template, and the
 * rules across them. Goes as far as it can past errors, so one run reports all it can find.
 * Owns: orchestration only; each file kind checks itself in its own module.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type LoadMode, loadConfig } from '../config/load.js';
import { supportedLanguages } from '../config/rules.js';
import { type Config, configSchema } from '../config/schema.js';
import type { Finding } from '../errors/finding.js';
import { emailStringFindings } from '../kb/email-strings.js';
import { checkKnowledgeTexts, type LoadedKnowledge } from '../kb/load-dir.js';
import { readKnowledgeDir } from '../kb/sources/dir-source.js';
import type { KnowledgeTexts } from '../kb/sources/texts.js';
import { checkTemplates } from '../prompt/check-templates.js';
import { sortFindings } from '../source/finding-order.js';
import { checkAssistants } from './assistant-checks.js';

export interface ValidationResult {
  readonly findings: Finding[];
  readonly config: Config | undefined;
  readonly knowledge: LoadedKnowledge | undefined;
  /** The config file's text, part of the snapshot's version. */
  readonly configText: string;
  /** What was checked, for the summary line. */
  readonly checked: { config: string; knowledgeFiles: string[]; templates: string[] };
}

export interface ValidateOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly mode?: LoadMode;
  /** Knowledge delivered by a git or HTTP source; by default it is read from the project. */
  readonly knowledgeTexts?: KnowledgeTexts;
}

export async function validateProject(
  projectDir: string,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const loaded = await loadConfig(projectDir, {
    mode: options.mode ?? 'validate',
    ...(options.env ? { env: options.env } : {}),
  });
  const findings = [...loaded.findings];
  const settings = loaded.config ?? bestEffortSettings(loaded.raw);

  let knowledge: LoadedKnowledge | undefined;
  const texts =
    options.knowledgeTexts ?? (await localKnowledgeTexts(projectDir, settings.knowledge));
  // A config that is not even YAML names no languages: rather than calling every knowledge
  // file unused, each one there is checked as if it were supported.
  const configUnreadable = loaded.raw === undefined;
  const languages =
    configUnreadable && texts ? texts.files.map((file) => file.lang) : supportedLanguages(settings);
  if (texts) {
    knowledge = checkKnowledgeTexts(texts, {
      languages,
      reportMissingLanguage: (lang, index, expectedFile) => {
        const supportedListed = settings.languages.supported !== undefined;
        const path = supportedListed ? ['languages', 'supported', index] : ['languages', 'default'];
        const { line, col } = loaded.positionOf(path);
        return {
          severity: 'error',
          code: 'KB_MISSING_FILE',
          file: loaded.file,
          line,
          col,
          keyPath: supportedListed ? `languages.supported[${index}]` : 'languages.default',
          message: `"${lang}" is supported but ${expectedFile} does not exist`,
        };
      },
    });
    findings.push(...knowledge.findings);
    if (loaded.config?.email) findings.push(...emailStringFindings(knowledge.files));
  }
  const templates = await checkTemplates(projectDir, {
    dir: settings.prompts.dir,
    systemFile: settings.prompts.system,
    languages,
  });
  findings.push(...templates.findings);
  const assistants = await checkAssistants(
    projectDir,
    loaded,
    languages,
    knowledge,
    templates.files,
  );
  findings.push(...assistants.findings);

  return {
    findings: sortFindings(findings),
    config: loaded.config,
    knowledge,
    configText: loaded.text,
    checked: {
      config: loaded.file,
      knowledgeFiles: knowledge ? [...knowledge.files.values()].map((file) => file.file) : [],
      templates: [...templates.files, ...assistants.templates],
    },
  };
}

/**
 * Without texts from a live source: the project's own folder for `dir`, and for `git` the
 * folder at `path` when the knowledge lives in this same repository. HTTP knowledge is checked
 * where it is published, so there is nothing local to read.
 */
async function localKnowledgeTexts(
  projectDir: string,
  source: Config['knowledge'],
): Promise<KnowledgeTexts | undefined> {
  if (source.source === 'dir') return readKnowledgeDir(projectDir, source.dir);
  if (source.source === 'git' && existsSync(join(projectDir, source.path)))
    return readKnowledgeDir(projectDir, source.path);
  return undefined;
}

type Settings = Pick<Config, 'languages' | 'knowledge' | 'prompts'>;

/** With an invalid config, the sections that did parse still say where to look for the rest. */
function bestEffortSettings(raw: unknown): Settings {
  const data = (raw ?? {}) as Record<string, unknown>;
  const section = <K extends keyof Settings>(key: K): Settings[K] => {
    const parsed = configSchema.shape[key].safeParse(data[key]);
    return (parsed.success ? parsed.data : configSchema.shape[key].parse(undefined)) as Settings[K];
  };
  return {
    languages: section('languages'),
    knowledge: section('knowledge'),
    prompts: section('prompts'),
  };
}
