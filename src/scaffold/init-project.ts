/**
 * `chatbot init`: a new bot project made from this package's own demo bot (config, knowledge,
 * templates, conversation tests) plus what a project around it needs. The result passes
 * `chatbot validate` as soon as it is written.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { configFileName } from '../config/load.js';
import { languageCode } from '../config/schema.js';
import { ChatbotError, ExitCode } from '../errors/chatbot-error.js';
import { type DemoRenaming, demoRenaming, jsonEscape } from './demo-name.js';
import { isLocalCheckout, packageRoot } from './package-root.js';
import { botProjectFiles } from './project-files.js';

export interface InitOptions {
  readonly targetDir: string;
  readonly name: string;
  /** The first is the default language. */
  readonly languages: readonly string[];
  readonly force?: boolean;
  /** Where the demo bot is read from; the installed package by default. */
  readonly sourceRoot?: string;
  readonly version: string;
}

export interface InitResult {
  readonly files: string[];
  /** The project depends on a local checkout through a file: link (not a registry version). */
  readonly linked: boolean;
}

/** Entries a directory may hold and still count as empty: a fresh `git init` is fine. */
const ignorableEntries = new Set(['.git', '.DS_Store', 'Thumbs.db']);

export async function isEffectivelyEmpty(dir: string): Promise<boolean> {
  if (!existsSync(dir)) return true;
  return (await readdir(dir)).every((entry) => ignorableEntries.has(entry));
}

/** Refuses a non-empty directory unless forced; init calls it before asking any question too. */
export async function assertInitTarget(dir: string, force = false): Promise<void> {
  if (!force && !(await isEffectivelyEmpty(dir)))
    throw new ChatbotError('INIT_NOT_EMPTY', `${dir} is not empty`);
}

export function defaultBotName(dir: string): string {
  const words = basename(dir)
    .replace(/[-_.]+/g, ' ')
    .trim();
  return words ? words.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase()) : 'My Bot';
}

export function parseLanguageList(list: string): string[] {
  const languages = list
    .split(',')
    .map((lang) => lang.trim())
    .filter(Boolean);
  const invalid = languages.filter((lang) => !languageCode.safeParse(lang).success);
  if (languages.length === 0 || invalid.length > 0) {
    throw new ChatbotError(
      'INIT_INVALID_ANSWER',
      `Invalid language list "${list}"${invalid.length ? `: ${invalid.join(', ')}` : ''}`,
      {
        hint: 'Give language codes separated by commas, the default first, e.g. en,ru,es.',
        exitCode: ExitCode.usage,
      },
    );
  }
  return [...new Set(languages)];
}

export async function initProject(options: InitOptions): Promise<InitResult> {
  const source = options.sourceRoot ?? packageRoot();
  const target = options.targetDir;
  await assertInitTarget(target, options.force);
  if (options.name.trim() === '') {
    throw new ChatbotError('INIT_INVALID_ANSWER', 'The bot name is empty', {
      exitCode: ExitCode.usage,
    });
  }
  await mkdir(target, { recursive: true });
  const written: string[] = [];
  const write = async (path: string, content: string) => {
    await mkdir(join(target, path, '..'), { recursive: true });
    await writeFile(join(target, path), content);
    written.push(path);
  };

  const configText = await readFile(join(source, configFileName), 'utf8');
  const demoName = String(parseDocument(configText).get('name') ?? '');
  const rename = demoRenaming(demoName, options.name);
  const config = scaffoldConfig(configText, options.name, options.languages, rename);
  await write(configFileName, config);

  const demoLanguages = (await readdir(join(source, 'kb'))).map((name) =>
    name.replace(/\.json$/, ''),
  );
  const seedLanguage = options.languages.find((lang) => demoLanguages.includes(lang)) ?? 'en';
  // A language the demo has no knowledge in starts as a copy of another, marked as such, so the
  // new project passes its own checks until someone translates it.
  const copiedFrom: Record<string, string> = {};
  for (const lang of options.languages) {
    const from = demoLanguages.includes(lang) ? lang : seedLanguage;
    if (from !== lang) copiedFrom[lang] = from;
    const knowledge = await readFile(join(source, 'kb', `${from}.json`), 'utf8');
    const marker = from === lang ? '' : `,\n  "translateFrom": "${from}"`;
    await write(
      `kb/${lang}.json`,
      rename.text(
        knowledge.replace(
          /"\$schema":\s*"[^"]*"/,
          `"$schema": "../node_modules/chatbot/schema/kb.schema.json"${marker}`,
        ),
        jsonEscape,
      ),
    );
  }

  for (const file of await listFiles(join(source, 'templates'))) {
    const perLanguage = /^system\.([^.]+)\.hbs$/.exec(basename(file));
    if (perLanguage && !options.languages.includes(perLanguage[1]!)) continue;
    const template = await readFile(join(source, 'templates', file), 'utf8');
    await write(`templates/${file}`, rename.text(template));
  }

  // The demo's conversation tests and labelled eval set, for the chosen languages.
  for (const [folder, scaffold] of [
    ['tests', scaffoldTests],
    ['eval', scaffoldEvalSet],
  ] as const) {
    for (const file of (await listFiles(join(source, folder))).filter((name) =>
      /\.ya?ml$/.test(name),
    )) {
      const text = await readFile(join(source, folder, file), 'utf8');
      const kept = scaffold(text, options.languages, copiedFrom, rename);
      if (kept) await write(`${folder}/${file}`, kept);
    }
  }

  const linked = isLocalCheckout(source);
  const dependency = linked ? `file:${source.replace(/[\\/]$/, '')}` : `^${options.version}`;
  for (const [path, content] of Object.entries(
    botProjectFiles({ name: options.name, dependency, config }),
  )) {
    await write(path, content);
  }
  return { files: written.sort(), linked };
}

/** The demo config with the new name and languages, comments kept, schema pointed at the package. */
export function scaffoldConfig(
  text: string,
  name: string,
  languages: readonly string[],
  rename: DemoRenaming = demoRenaming(String(parseDocument(text).get('name') ?? ''), name),
): string {
  const withSchema = text.replace(
    /^# yaml-language-server: \$schema=.*$/m,
    '# yaml-language-server: $schema=./node_modules/chatbot/schema/config.schema.json',
  );
  const document = parseDocument(withSchema);
  document.set('name', name);
  document.setIn(['languages', 'default'], languages[0]);
  const supported = document.createNode([...languages], { flow: true });
  document.setIn(['languages', 'supported'], supported);
  const keywords = document.getIn(['handoff', 'keywords']);
  if (isMap(keywords)) {
    for (const pair of [...keywords.items]) {
      const lang = String((pair.key as { value?: unknown })?.value ?? pair.key);
      if (!languages.includes(lang)) keywords.delete(lang);
    }
  }
  if (document.hasIn(['widget', 'title'])) document.setIn(['widget', 'title'], name);
  rename.yaml(document);
  // Comments are not values: the demo's domain in an example there is renamed as text.
  return rename.domain(document.toString({ lineWidth: 0 }));
}

/**
 * The demo's conversation tests, keeping only cases in the chosen languages; undefined if none.
 * A language whose knowledge is a copy of another's gets that language's cases too, so every
 * language the project was made with is tested.
 */
export function scaffoldTests(
  text: string,
  languages: readonly string[],
  copiedFrom: Readonly<Record<string, string>> = {},
  rename?: DemoRenaming,
): string | undefined {
  return keepLanguages(text, ['cases'], languages, copiedFrom, rename, asksTheKnowledge);
}

/** The demo's labelled eval set for the chosen languages, copied like the tests; undefined if none. */
export function scaffoldEvalSet(
  text: string,
  languages: readonly string[],
  copiedFrom: Readonly<Record<string, string>> = {},
  rename?: DemoRenaming,
): string | undefined {
  return keepLanguages(text, ['questions', 'dialogues'], languages, copiedFrom, rename, isMap);
}

/**
 * A YAML file's lists of items with a `lang`, keeping the chosen languages' items and copying
 * those of a language that another's knowledge was copied from; undefined if nothing is left.
 */
function keepLanguages(
  text: string,
  keys: readonly string[],
  languages: readonly string[],
  copiedFrom: Readonly<Record<string, string>>,
  rename: DemoRenaming | undefined,
  copyable: (item: unknown) => item is YAMLMap,
): string | undefined {
  // Renamed as text too: the files' comments name the demo's business.
  const document = parseDocument(rename ? rename.text(text) : text);
  rename?.yaml(document);
  const fallback = languages[0] ?? 'en';
  let kept = 0;
  for (const key of keys) {
    const items = document.get(key);
    if (!isSeq(items)) continue;
    items.items = items.items.flatMap((item) => {
      const lang = isMap(item) ? String(item.get('lang') ?? fallback) : fallback;
      const copies = Object.entries(copiedFrom)
        .filter(([, from]) => from === lang && copyable(item))
        .map(([target]) => {
          const copy = (item as YAMLMap).clone() as YAMLMap;
          copy.set('lang', target);
          return copy;
        });
      return [...(languages.includes(lang) ? [item] : []), ...copies];
    });
    if (items.items.length === 0) document.delete(key);
    kept += items.items.length;
  }
  return kept > 0 ? document.toString({ lineWidth: 0 }) : undefined;
}

function asksTheKnowledge(item: unknown): item is YAMLMap {
  if (!isMap(item)) return false;
  const turns = item.get('turns');
  return (
    isSeq(turns) &&
    turns.items.every((turn) => isMap(turn) && !turn.has('handoff') && !turn.has('lead'))
  );
}

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replace(/\\/g, '/'))
    .sort();
}
