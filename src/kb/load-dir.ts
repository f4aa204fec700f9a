/**
 * Loading the knowledge folder for every supported language, and the rules across languages:
 * each supported language has a file, no file is orphaned, and every block id exists in every
 * language (a missing translation is a warning: the bot still works, but knows less there).
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding } from '../errors/finding.js';
import { type LoadedKnowledgeFile, loadKnowledgeFile } from './load-file.js';

export interface LoadedKnowledge {
  /** Every supported language that loaded without errors. */
  readonly files: ReadonlyMap<string, LoadedKnowledgeFile>;
  readonly findings: Finding[];
}

export interface KnowledgeDirOptions {
  readonly projectDir: string;
  /** Relative to the project, as written in the config. */
  readonly dir: string;
  readonly languages: readonly string[];
  /** Reports a missing language file against the config's languages.supported entry. */
  readonly reportMissingLanguage: (lang: string, index: number, expectedFile: string) => Finding;
}

export async function loadKnowledgeDir(options: KnowledgeDirOptions): Promise<LoadedKnowledge> {
  const findings: Finding[] = [];
  const files = new Map<string, LoadedKnowledgeFile>();
  const dirPath = join(options.projectDir, options.dir);
  const display = (name: string) => `${options.dir.replace(/\\/g, '/').replace(/\/$/, '')}/${name}`;

  const present = existsSync(dirPath)
    ? (await readdir(dirPath)).filter((name) => name.endsWith('.json'))
    : [];
  for (const name of present) {
    const lang = name.slice(0, -'.json'.length);
    if (!options.languages.includes(lang)) {
      findings.push({
        severity: 'warning',
        code: 'KB_UNUSED_FILE',
        file: display(name),
        line: 1,
        col: 1,
        keyPath: '',
        message: `${display(name)} is for "${lang}", which is not in languages.supported`,
      });
    }
  }

  const loaded = await Promise.all(
    options.languages.map(async (lang, index) => {
      const name = `${lang}.json`;
      if (!present.includes(name)) {
        findings.push(options.reportMissingLanguage(lang, index, display(name)));
        return undefined;
      }
      return loadKnowledgeFile(join(dirPath, name), display(name), lang);
    }),
  );
  for (const file of loaded) {
    if (!file) continue;
    findings.push(...file.findings);
    files.set(file.lang, file);
  }
  findings.push(...missingTranslations([...files.values()]));
  return { files, findings };
}

function missingTranslations(files: LoadedKnowledgeFile[]): Finding[] {
  const findings: Finding[] = [];
  const idsByLang = new Map(
    files
      .filter((f) => f.knowledge)
      .map((f) => [f.lang, new Set(f.knowledge!.blocks.map((b) => b.id))]),
  );
  for (const file of files) {
    if (!file.knowledge) continue;
    file.knowledge.blocks.forEach((block, index) => {
      const missingIn = [...idsByLang]
        .filter(([lang, ids]) => lang !== file.lang && !ids.has(block.id))
        .map(([lang]) => lang);
      if (missingIn.length > 0) {
        findings.push(
          file.report(
            'warning',
            'KB_MISSING_TRANSLATION',
            ['blocks', index, 'id'],
            `Block "${block.id}" has no ${missingIn.join(', ')} translation`,
          ),
        );
      }
    });
  }
  return findings;
}
