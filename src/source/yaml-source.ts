import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type YAMLError,
} from 'yaml';
import type { ErrorCode } from '../errors/catalogue.js';
import type { Finding } from '../errors/finding.js';
import { exceedsDepth } from './depth.js';
import type { DataPath, Located, Locator } from './locator.js';
import { fileLimits, type SourceText } from './text-file.js';

/** Which catalogue codes a YAML file's own problems are reported under. */
export interface YamlCodes {
  readonly syntax: ErrorCode;
  readonly duplicateKey: ErrorCode;
  readonly aliasLimit: ErrorCode;
}

export interface ParsedYaml {
  /** Undefined when the file could not be parsed at all. */
  readonly data: unknown;
  readonly locator: Locator;
  readonly lineCounter: LineCounter;
  readonly findings: Finding[];
}

/** Aliases are legitimate for sharing a block; hundreds of them are an alias bomb. */
const maxAliasCount = 100;

export function parseYamlSource(source: SourceText, codes: YamlCodes): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(source.text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  const findings: Finding[] = [];
  const at = (offset: number) => lineCounter.linePos(offset);
  const locator = new YamlLocator(document.contents, document);

  for (const error of rootCauses(document.errors)) {
    const { line, col } = at(error.pos[0]);
    const duplicate = error.code === 'DUPLICATE_KEY';
    const tab = error.code === 'TAB_AS_INDENT';
    findings.push({
      severity: 'error',
      code: duplicate ? codes.duplicateKey : codes.syntax,
      file: source.displayPath,
      line,
      col,
      keyPath: '',
      message: tab
        ? 'A tab indents this line: YAML indents with spaces only'
        : firstLine(error.message),
      ...(tab
        ? { hint: 'Replace the tab with spaces (two per level, as in the rest of the file).' }
        : {}),
    });
  }
  if (findings.length > 0) return { data: undefined, locator, lineCounter, findings };

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount });
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount.
    const firstAlias = findFirstAlias(document.contents);
    const { line, col } = at(firstAlias ?? 0);
    findings.push({
      severity: 'error',
      code: codes.aliasLimit,
      file: source.displayPath,
      line,
      col,
      keyPath: '',
      message: error instanceof Error ? error.message : String(error),
    });
    return { data: undefined, locator, lineCounter, findings };
  }
  if (exceedsDepth(data, fileLimits.depth)) {
    findings.push({
      severity: 'error',
      code: 'FILE_TOO_DEEP',
      file: source.displayPath,
      line: 1,
      col: 1,
      keyPath: '',
      message: `${source.displayPath} nests deeper than ${fileLimits.depth} levels`,
    });
    return { data: undefined, locator, lineCounter, findings };
  }
  return { data, locator, lineCounter, findings };
}

/**
 * After its first syntax error a YAML parser reads the rest of the file wrongly, and every
 * line after it can yield an error of its own: one tab gave nine. The first error (and every
 * tab, which is a mistake of its own on each line) is what to fix; duplicate keys are
 * independent of the syntax and all kept.
 */
function rootCauses(errors: readonly YAMLError[]): YAMLError[] {
  const duplicates = errors.filter((error) => error.code === 'DUPLICATE_KEY');
  const syntax = errors.filter((error) => error.code !== 'DUPLICATE_KEY');
  const tabs = syntax.filter((error) => error.code === 'TAB_AS_INDENT');
  const causes = tabs.length > 0 ? tabs : syntax.slice(0, 1);
  return [...causes, ...duplicates].sort((a, b) => a.pos[0] - b.pos[0]);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function findFirstAlias(root: unknown): number | undefined {
  const stack: unknown[] = [root];
  let first: number | undefined;
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node) && node.range) {
      if (first === undefined || node.range[0] < first) first = node.range[0];
    } else if (isMap(node) || isSeq(node)) {
      stack.push(...node.items);
    } else if (isPair(node)) {
      stack.push(node.value);
    }
  }
  return first;
}

class YamlLocator implements Locator {
  constructor(
    private readonly root: unknown,
    private readonly document: { contents: unknown },
  ) {}

  value(path: DataPath): Located {
    const found = this.walk(path);
    return {
      offset: rangeStart(found.node) ?? found.keyOffset ?? 0,
      approximate: found.approximate,
    };
  }

  key(path: DataPath): Located {
    const found = this.walk(path);
    return {
      offset: found.keyOffset ?? rangeStart(found.node) ?? 0,
      approximate: found.approximate,
    };
  }

  private walk(path: DataPath): { node: unknown; keyOffset?: number; approximate: boolean } {
    let node: unknown = this.root;
    let keyOffset: number | undefined;
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(this.document as never);
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (!pair) return { node, keyOffset, approximate: true };
        keyOffset = rangeStart(pair.key) ?? keyOffset;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        node = node.items[segment];
        keyOffset = rangeStart(node);
      } else {
        return { node, keyOffset, approximate: true };
      }
    }
    return { node, keyOffset, approximate: false };
  }
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}
