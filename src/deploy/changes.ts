/**
 * What a new version changes against the one serving: knowledge blocks added, changed and
 * removed per language, templates, and config keys. Shown by `chatbot deploy` (and its
 * --dry-run) before anyone has to read a diff.
 * Works on the bundles' texts alone; a file that does not parse counts as changed as a whole.
 */
import { parse as parseYaml } from 'yaml';
import { configFileName } from '../config/load.js';

export interface KnowledgeChange {
  readonly lang: string;
  readonly file: string;
  readonly added: string[];
  readonly changed: string[];
  readonly removed: string[];
  /** Other keys of the file that changed: greeting, fallback, ui texts. */
  readonly texts: string[];
}

export interface Changes {
  readonly knowledge: KnowledgeChange[];
  readonly templates: { added: string[]; changed: string[]; removed: string[] };
  /** Dotted config keys whose value changed, was added or was removed. */
  readonly config: string[];
  /** Any other file (`.env.example`). */
  readonly other: string[];
  readonly none: boolean;
}

export interface BotLayout {
  readonly knowledgeDir?: string;
  readonly promptsDir: string;
}

type Files = Readonly<Record<string, string>>;

export function describeChanges(before: Files, after: Files, layout: BotLayout): Changes {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const knowledge: KnowledgeChange[] = [];
  const templates = { added: [] as string[], changed: [] as string[], removed: [] as string[] };
  const other: string[] = [];
  let config: string[] = [];
  const kbPrefix = layout.knowledgeDir ? `${layout.knowledgeDir.replace(/\/$/, '')}/` : undefined;
  const promptsPrefix = `${layout.promptsDir.replace(/\/$/, '')}/`;

  for (const path of paths) {
    const old = before[path];
    const now = after[path];
    if (old === now) continue;
    if (path === configFileName) config = configKeysChanged(old ?? '', now ?? '');
    else if (kbPrefix && path.startsWith(kbPrefix) && path.endsWith('.json'))
      knowledge.push(knowledgeChange(path, old, now));
    else if (path.startsWith(promptsPrefix)) {
      const name = path.slice(promptsPrefix.length);
      if (old === undefined) templates.added.push(name);
      else if (now === undefined) templates.removed.push(name);
      else templates.changed.push(name);
    } else other.push(path);
  }
  const none =
    knowledge.length === 0 &&
    config.length === 0 &&
    other.length === 0 &&
    templates.added.length + templates.changed.length + templates.removed.length === 0;
  return { knowledge, templates, config, other, none };
}

function knowledgeChange(
  file: string,
  oldText: string | undefined,
  newText: string | undefined,
): KnowledgeChange {
  const lang = file.slice(file.lastIndexOf('/') + 1, -'.json'.length);
  const old = parseKnowledge(oldText);
  const now = parseKnowledge(newText);
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [id, block] of now.blocks) {
    const previous = old.blocks.get(id);
    if (previous === undefined) added.push(id);
    else if (previous !== block) changed.push(id);
  }
  for (const id of old.blocks.keys()) if (!now.blocks.has(id)) removed.push(id);
  const keys = new Set([...old.texts.keys(), ...now.texts.keys()]);
  const texts = [...keys].filter((key) => old.texts.get(key) !== now.texts.get(key)).sort();
  return { lang, file, added, changed, removed, texts };
}

/** Blocks by id (as canonical JSON) and the file's other keys, from a file that may not parse. */
function parseKnowledge(text: string | undefined): {
  blocks: Map<string, string>;
  texts: Map<string, string>;
} {
  const blocks = new Map<string, string>();
  const texts = new Map<string, string>();
  if (text === undefined) return { blocks, texts };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    texts.set('(file)', text);
    return { blocks, texts };
  }
  if (!isRecord(data)) return { blocks, texts: new Map([['(file)', text]]) };
  for (const [key, value] of Object.entries(data)) {
    if (key === '$schema') continue;
    if (key === 'blocks' && Array.isArray(value)) {
      for (const [index, block] of value.entries()) {
        const id = isRecord(block) && typeof block.id === 'string' ? block.id : `#${index}`;
        blocks.set(id, JSON.stringify(block));
      }
    } else texts.set(key, JSON.stringify(value));
  }
  return { blocks, texts };
}

function configKeysChanged(oldText: string, newText: string): string[] {
  const old = leaves(parseConfig(oldText));
  const now = leaves(parseConfig(newText));
  const keys = new Set([...old.keys(), ...now.keys()]);
  const changed = [...keys].filter((key) => old.get(key) !== now.get(key)).sort();
  // A file that is not YAML has no keys to compare; say the file changed.
  return changed.length > 0 || oldText === newText ? changed : ['(file)'];
}

function parseConfig(text: string): unknown {
  try {
    return parseYaml(text) ?? {};
  } catch {
    return {};
  }
}

/** Leaf values by dotted key; lists are compared whole, as one setting. */
function leaves(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (isRecord(value)) {
    for (const [key, child] of Object.entries(value))
      leaves(child, prefix ? `${prefix}.${key}` : key, out);
  } else if (prefix) out.set(prefix, JSON.stringify(value));
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The change as lines for the terminal, e.g. `kb/en.json  +1 block (tours-new)`. */
export function renderChanges(changes: Changes): string[] {
  if (changes.none) return ['No changes: the server already serves these files.'];
  const lines: string[] = [];
  const list = (ids: string[]) => (ids.length > 0 ? ` (${ids.join(', ')})` : '');
  const count = (n: number, sign: string, what: string, ids: string[]) =>
    n > 0 ? [`${sign}${n} ${what}${n === 1 ? '' : 's'}${list(ids)}`] : [];
  for (const change of changes.knowledge) {
    const parts = [
      ...count(change.added.length, '+', 'block', change.added),
      ...count(change.changed.length, '~', 'block', change.changed),
      ...count(change.removed.length, '-', 'block', change.removed),
      ...(change.texts.length > 0 ? [`texts changed: ${change.texts.join(', ')}`] : []),
    ];
    lines.push(`${change.file}  ${parts.join('  ') || 'reformatted'}`);
  }
  const { added, changed, removed } = changes.templates;
  const templateParts = [
    ...added.map((name) => `+${name}`),
    ...changed.map((name) => `~${name}`),
    ...removed.map((name) => `-${name}`),
  ];
  if (templateParts.length > 0) lines.push(`templates  ${templateParts.join('  ')}`);
  if (changes.config.length > 0) lines.push(`config  ${changes.config.join(', ')}`);
  if (changes.other.length > 0) lines.push(`other files  ${changes.other.join(', ')}`);
  return lines;
}
