/**
 * Checking the knowledge of every supported language, wherever it came from, and the rules
 * across languages: each supported language has a file, no file is orphaned, and every block id
 * exists in every language (a missing translation is a warning: the bot still works, but knows
 * less there).
 */
import type { Finding } from '../errors/finding.js';
import {
  type LoadedKnowledgeFile,
  parseKnowledgeText,
  unloadableKnowledgeFile,
} from './load-file.js';
import type { KnowledgeTexts } from './sources/texts.js';

export interface LoadedKnowledge {
  /** Every supported language that has a file (loaded with or without errors). */
  readonly files: ReadonlyMap<string, LoadedKnowledgeFile>;
  readonly findings: Finding[];
  /** Content hash or commit the texts came from. */
  readonly version: string;
}

export interface KnowledgeCheckOptions {
  readonly languages: readonly string[];
  /** Reports a missing language file against the config's languages.supported entry. */
  readonly reportMissingLanguage: (lang: string, index: number, expectedFile: string) => Finding;
}

export function checkKnowledgeTexts(
  texts: KnowledgeTexts,
  options: KnowledgeCheckOptions,
): LoadedKnowledge {
  const findings: Finding[] = [];
  const files = new Map<string, LoadedKnowledgeFile>();
  for (const entry of texts.files) {
    if (!options.languages.includes(entry.lang)) {
      findings.push({
        severity: 'warning',
        code: 'KB_UNUSED_FILE',
        file: entry.displayPath,
        line: 1,
        col: 1,
        keyPath: '',
        message: `${entry.displayPath} is for "${entry.lang}", which is not in languages.supported`,
      });
    }
  }
  options.languages.forEach((lang, index) => {
    const entry = texts.files.find((file) => file.lang === lang);
    if (!entry) {
      findings.push(options.reportMissingLanguage(lang, index, texts.expectedPath(lang)));
      return;
    }
    const loaded =
      entry.text !== undefined
        ? parseKnowledgeText(entry.text, entry.displayPath, lang)
        : unloadableKnowledgeFile(lang, entry.displayPath, entry.problem!);
    findings.push(...loaded.findings);
    files.set(lang, loaded);
  });
  findings.push(...missingTranslations([...files.values()]));
  return { files, findings, version: texts.version };
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
