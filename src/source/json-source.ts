import {
  createScanner,
  findNodeAtLocation,
  getNodeValue,
  type Node as JsonNode,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import type { ErrorCode } from '../errors/catalogue.js';
import type { Finding } from '../errors/finding.js';
import type { DataPath, Located, Locator } from './locator.js';
import { fileLimits, LineIndex, type SourceText } from './text-file.js';

export interface JsonCodes {
  readonly syntax: ErrorCode;
  readonly trailingComma: ErrorCode;
  readonly duplicateKey: ErrorCode;
}

export interface ParsedJson {
  readonly data: unknown;
  readonly locator: Locator;
  readonly lines: LineIndex;
  readonly findings: Finding[];
}

/**
 * Strict JSON with positions. jsonc-parser recovers from errors and keeps offsets, but it
 * recurses per nesting level and ignores duplicate keys, so depth is checked first with its
 * (iterative) scanner and duplicates are found on the tree.
 */
export function parseJsonSource(source: SourceText, codes: JsonCodes): ParsedJson {
  const lines = new LineIndex(source.text);
  const finding = (code: ErrorCode, offset: number, message: string, keyPath = ''): Finding => {
    const { line, col } = lines.positionAt(offset);
    return { severity: 'error', code, file: source.displayPath, line, col, keyPath, message };
  };
  const emptyLocator = new JsonLocator(undefined);

  const tooDeepAt = findExcessiveNesting(source.text, fileLimits.depth);
  if (tooDeepAt !== undefined) {
    const message = `${source.displayPath} nests deeper than ${fileLimits.depth} levels`;
    return {
      data: undefined,
      locator: emptyLocator,
      lines,
      findings: [finding('FILE_TOO_DEEP', tooDeepAt, message)],
    };
  }

  const errors: ParseError[] = [];
  const root = parseTree(source.text, errors, {
    allowTrailingComma: false,
    disallowComments: true,
  });
  if (errors.length > 0 || !root) {
    // Only the first error is reliable: later ones are the parser recovering from it.
    const first = errors[0];
    if (!first) {
      return {
        data: undefined,
        locator: emptyLocator,
        lines,
        findings: [finding(codes.syntax, 0, 'The file is empty')],
      };
    }
    const comma = trailingCommaBefore(source.text, first);
    const reported =
      comma !== undefined
        ? finding(
            codes.trailingComma,
            comma,
            'Trailing comma: JSON allows no comma before a closing bracket',
          )
        : finding(codes.syntax, first.offset, describeParseError(source.text, first));
    return { data: undefined, locator: emptyLocator, lines, findings: [reported] };
  }

  const findings = findDuplicateKeys(root).map((node) =>
    finding(codes.duplicateKey, node.offset, `Duplicate key ${JSON.stringify(node.value)}`),
  );
  return { data: getNodeValue(root), locator: new JsonLocator(root), lines, findings };
}

// jsonc-parser's SyntaxKind is an ambient const enum, which isolated modules cannot read.
const token = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, eof: 17 } as const;

function findExcessiveNesting(text: string, limit: number): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== token.eof; kind = scanner.scan()) {
    if (kind === token.openBrace || kind === token.openBracket) {
      depth++;
      if (depth > limit) return scanner.getTokenOffset();
    } else if (kind === token.closeBrace || kind === token.closeBracket) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

/** jsonc-parser reports `[1,]` at the bracket; people need to be pointed at the comma. */
function trailingCommaBefore(text: string, error: ParseError): number | undefined {
  const code = printParseErrorCode(error.error);
  if (code !== 'ValueExpected' && code !== 'PropertyNameExpected') return undefined;
  const closing = text[error.offset];
  if (closing !== '}' && closing !== ']') return undefined;
  let i = error.offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === ',' ? i : undefined;
}

function describeParseError(text: string, error: ParseError): string {
  const code = printParseErrorCode(error.error);
  // Show the token that stopped the parser, never the lines after it.
  const token =
    /^(?:"[^"\n]{0,30}"?|[^\s,:[\]{}"]{1,30}|.)/.exec(text.slice(error.offset))?.[0] ?? '';
  const found = error.offset >= text.length ? 'the end of the file' : `'${token}'`;
  const expected: Record<string, string> = {
    ValueExpected: 'a value',
    ColonExpected: 'a colon after the key',
    CommaExpected: 'a comma between items',
    CloseBraceExpected: 'a closing }',
    CloseBracketExpected: 'a closing ]',
    PropertyNameExpected: 'a key in double quotes',
    EndOfFileExpected: 'the end of the file',
    InvalidSymbol: 'valid JSON',
    UnexpectedEndOfString: 'a closing quote',
    InvalidEscapeCharacter: 'a valid escape (\\n, \\", \\\\, \\uXXXX)',
    InvalidCharacter: 'no control characters inside a string',
    InvalidCommentToken: 'no comments (JSON has none)',
  };
  return `Expected ${expected[code] ?? code}, found ${found}`;
}

function findDuplicateKeys(root: JsonNode): JsonNode[] {
  const duplicates: JsonNode[] = [];
  const stack: JsonNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (!key) continue;
        const name = String(key.value);
        if (seen.has(name)) duplicates.push(key);
        seen.add(name);
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return duplicates.sort((a, b) => a.offset - b.offset);
}

class JsonLocator implements Locator {
  constructor(private readonly root: JsonNode | undefined) {}

  value(path: DataPath): Located {
    const { node, approximate } = this.nearest(path);
    return { offset: node?.offset ?? 0, approximate };
  }

  key(path: DataPath): Located {
    const { node, approximate } = this.nearest(path);
    const keyNode =
      !approximate && node?.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    return { offset: keyNode?.offset ?? node?.offset ?? 0, approximate };
  }

  private nearest(path: DataPath): { node: JsonNode | undefined; approximate: boolean } {
    if (!this.root) return { node: undefined, approximate: true };
    for (let length = path.length; length >= 0; length--) {
      const node = findNodeAtLocation(this.root, path.slice(0, length) as (string | number)[]);
      if (node) return { node, approximate: length < path.length };
    }
    return { node: this.root, approximate: true };
  }
}
