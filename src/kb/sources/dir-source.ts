import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileLimits, readSourceOrFinding } from '../../source/text-file.js';
import { contentVersion, type KnowledgeText, type KnowledgeTexts } from './texts.js';

/** Reads every `<lang>.json` in a folder of the project. */
export async function readKnowledgeDir(projectDir: string, dir: string): Promise<KnowledgeTexts> {
  const dirPath = join(projectDir, dir);
  const display = (name: string) => `${dir.replace(/\\/g, '/').replace(/\/$/, '')}/${name}`;
  const names = existsSync(dirPath)
    ? (await readdir(dirPath)).filter((name) => name.endsWith('.json')).sort()
    : [];
  const files: KnowledgeText[] = await Promise.all(
    names.map(async (name) => {
      const lang = name.slice(0, -'.json'.length);
      const read = await readSourceOrFinding(
        join(dirPath, name),
        display(name),
        fileLimits.knowledgeBytes,
      );
      return read.source
        ? { lang, displayPath: display(name), text: read.source.text }
        : { lang, displayPath: display(name), problem: read.finding };
    }),
  );
  return { version: contentVersion(files), files, expectedPath: (lang) => display(`${lang}.json`) };
}
