/**
 * Compiled prompt templates of one snapshot: the system template, its per-language overrides
 * and the partials, in a Handlebars environment of their own (helpers and partials never leak
 * between snapshots). Rendering is strict and cannot reach prototypes.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { escapeRegExp } from '../domain/literal-pattern.js';
import type { PromptContext } from './build-context.js';
import { promptHelpers } from './helpers.js';
import { languageInstruction } from './language-instruction.js';

export interface PromptTemplates {
  /** Hash of every template and partial's text: part of the snapshot version. */
  readonly contentHash: string;
  /** Which template file a language uses, for `chatbot prompt` and tests. */
  templateFor(lang: string): string;
  /** The full system prompt: the template, then the language instruction, always last. */
  render(context: PromptContext): string;
}

export async function loadPromptTemplates(
  projectDir: string,
  prompts: { dir: string; system: string },
): Promise<PromptTemplates> {
  const dir = join(projectDir, prompts.dir);
  const hash = createHash('sha256');
  const read = async (path: string) => {
    const text = await readFile(path, 'utf8');
    hash.update(path).update('\0').update(text).update('\0');
    return text;
  };
  const env = Handlebars.create();
  for (const [name, helper] of Object.entries(promptHelpers))
    env.registerHelper(name, helper as Handlebars.HelperDelegate);
  const partialDir = join(dir, 'partials');
  if (existsSync(partialDir)) {
    for (const name of (await readdir(partialDir, { recursive: true }))
      .filter((n) => n.endsWith('.hbs'))
      .sort()) {
      env.registerPartial(
        name.replace(/\\/g, '/').slice(0, -'.hbs'.length),
        await read(join(partialDir, name)),
      );
    }
  }
  const compile = (source: string) => env.compile(source, { strict: true, noEscape: true });
  const stem = prompts.system.replace(/\.hbs$/, '');
  const base = compile(await read(join(dir, prompts.system)));
  const overrides = new Map<string, HandlebarsTemplateDelegate>();
  for (const name of (await readdir(dir)).sort()) {
    const match = new RegExp(`^${escapeRegExp(stem)}\\.([^.]+)\\.hbs$`).exec(name);
    if (match) overrides.set(match[1]!, compile(await read(join(dir, name))));
  }
  return {
    contentHash: hash.digest('hex'),
    templateFor: (lang) =>
      `${prompts.dir}/${overrides.has(lang) ? `${stem}.${lang}.hbs` : prompts.system}`,
    render(context) {
      const template = overrides.get(context.lang) ?? base;
      const body = template(context, {
        allowProtoPropertiesByDefault: false,
        allowProtoMethodsByDefault: false,
      });
      return `${tidy(body)}\n\n${languageInstruction(context.lang)}`;
    },
  };
}

/** Block helpers leave blank lines where they stood; keep at most one. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
