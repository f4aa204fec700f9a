/**
 * Static checks of the Handlebars prompt templates: syntax, variables against the documented
 * context, helpers and partials. Runs before a template can reach a visitor, because in strict
 * mode an unknown variable would otherwise fail every reply at run time.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { ErrorCode } from '../errors/catalogue.js';
import type { Finding, Severity } from '../errors/finding.js';
import { suggest } from '../source/suggest.js';
import { fileLimits, readSourceOrFinding } from '../source/text-file.js';
import { type ContextField, promptContext } from './context.js';
import { knownHelperNames } from './helpers.js';

type Node = hbs.AST.Node;
type Program = hbs.AST.Program;
type PathExpression = hbs.AST.PathExpression;

// Handlebars' generated parser throws a bare message; keep jison's location for file:line:col.
const parser = (
  Handlebars as unknown as { Parser: { parseError: (message: string, hash: unknown) => never } }
).Parser;
parser.parseError = (message: string, hash: unknown) => {
  throw Object.assign(new Error(message), { hash });
};

export interface TemplateSet {
  readonly dir: string;
  readonly systemFile: string;
  readonly languages: readonly string[];
}

export interface ParsedTemplate {
  readonly file: string;
  readonly text: string;
  readonly ast: Program | undefined;
}

/** A scope while walking: what `this` is, and names bound by block params. */
interface Scope {
  readonly context: ContextField | undefined;
  readonly blockParams: ReadonlySet<string>;
}

export interface TemplateCheck {
  readonly findings: Finding[];
  /** Every template and partial looked at, as display paths. */
  readonly files: string[];
}

export async function checkTemplates(projectDir: string, set: TemplateSet): Promise<TemplateCheck> {
  const findings: Finding[] = [];
  const dirPath = join(projectDir, set.dir);
  const display = (name: string) => `${set.dir.replace(/\\/g, '/').replace(/\/$/, '')}/${name}`;
  const finding = (
    severity: Severity,
    code: ErrorCode,
    file: string,
    line: number,
    col: number,
    message: string,
    hint?: string,
  ) =>
    findings.push({
      severity,
      code,
      file,
      line,
      col,
      keyPath: '',
      message,
      ...(hint ? { hint } : {}),
    });

  if (!existsSync(join(dirPath, set.systemFile))) {
    finding(
      'error',
      'TEMPLATE_MISSING',
      display(set.systemFile),
      1,
      1,
      `${display(set.systemFile)} does not exist`,
    );
    return { findings, files: [] };
  }
  const stem = set.systemFile.replace(/\.hbs$/, '');
  const entries = await readdir(dirPath);
  const overrides = entries.filter(
    (name) => name.startsWith(`${stem}.`) && name.endsWith('.hbs') && name !== set.systemFile,
  );
  for (const name of overrides) {
    const lang = name.slice(stem.length + 1, -'.hbs'.length);
    if (!set.languages.includes(lang)) {
      finding(
        'warning',
        'TEMPLATE_UNUSED_OVERRIDE',
        display(name),
        1,
        1,
        `${display(name)} is for "${lang}", which is not in languages.supported`,
      );
    }
  }

  const partials = new Map<string, ParsedTemplate>();
  const partialDir = join(dirPath, 'partials');
  if (existsSync(partialDir)) {
    for (const name of (await readdir(partialDir, { recursive: true })).filter((n) =>
      n.endsWith('.hbs'),
    )) {
      const partialName = name.replace(/\\/g, '/').slice(0, -'.hbs'.length);
      partials.set(
        partialName,
        await parseTemplate(
          join(partialDir, name),
          display(`partials/${name.replace(/\\/g, '/')}`),
          findings,
        ),
      );
    }
  }

  const mains = await Promise.all(
    [set.systemFile, ...overrides].map((name) =>
      parseTemplate(join(dirPath, name), display(name), findings),
    ),
  );
  const reported = new Set<string>();
  const usedPartials = new Set<string>();
  const report: Report = (severity, code, file, node, message, hint) => {
    const line = node.loc.start.line;
    const col = node.loc.start.column + 1;
    const key = `${file}:${line}:${col}:${code}`;
    if (reported.has(key)) return;
    reported.add(key);
    finding(severity, code, file, line, col, message, hint);
  };
  for (const template of mains) {
    if (!template.ast) continue;
    const walker = new TemplateWalker(template, partials, usedPartials, report);
    walker.walk();
    if (!walker.usesKnowledge) {
      finding(
        'warning',
        'TEMPLATE_NO_KNOWLEDGE',
        template.file,
        1,
        1,
        `${template.file} never uses {{knowledge}}`,
      );
    }
  }
  // A partial no template includes yet is still checked, against the root context.
  for (const [name, partial] of partials) {
    if (!usedPartials.has(name) && partial.ast)
      new TemplateWalker(partial, partials, usedPartials, report).walk();
  }
  return { findings, files: [...mains, ...partials.values()].map((template) => template.file) };
}

async function parseTemplate(
  absolute: string,
  file: string,
  findings: Finding[],
): Promise<ParsedTemplate> {
  const read = await readSourceOrFinding(absolute, file, fileLimits.templateBytes);
  if (!read.source) {
    findings.push(read.finding);
    return { file, text: '', ast: undefined };
  }
  const text = read.source.text;
  try {
    return { file, text, ast: Handlebars.parse(text) };
  } catch (error) {
    const { line, col } = unclosedBlockPosition(text, error) ?? parseErrorPosition(error);
    const message = error instanceof Error ? describeParseError(error.message) : String(error);
    findings.push({
      severity: 'error',
      code: 'TEMPLATE_SYNTAX',
      file,
      line,
      col,
      keyPath: '',
      message,
    });
    return { file, text, ast: undefined };
  }
}

/** At the end of the template, the useful place is the block that was never closed. */
function unclosedBlockPosition(
  text: string,
  error: unknown,
): { line: number; col: number } | undefined {
  if (!(error instanceof Error) || !/OPEN_ENDBLOCK.*got 'EOF'/s.test(error.message))
    return undefined;
  const withoutComments = text.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, (comment) =>
    comment.replace(/[^\n]/g, ' '),
  );
  const open: number[] = [];
  for (const match of withoutComments.matchAll(/\{\{~?\s*([#/])/g)) {
    if (match[1] === '#') open.push(match.index);
    else open.pop();
  }
  const offset = open.pop();
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
}

function parseErrorPosition(error: unknown): { line: number; col: number } {
  const details = error as {
    hash?: { loc?: { last_line: number; last_column: number } };
    lineNumber?: number;
    column?: number;
  };
  if (details.hash?.loc)
    // jison locates the last token it could use; the mistake starts right after it.
    return { line: details.hash.loc.last_line, col: details.hash.loc.last_column + 1 };
  if (details.lineNumber) return { line: details.lineNumber, col: (details.column ?? 0) + 1 };
  return { line: 1, col: 1 };
}

function describeParseError(message: string): string {
  const expecting = /Expecting (.*), got '(\w+)'/.exec(message);
  if (expecting) {
    const got = expecting[2] === 'EOF' ? 'the end of the template' : `'${expecting[2]}'`;
    if (expecting[1]!.includes('OPEN_ENDBLOCK')) return `A block is not closed before ${got}`;
    return `Unexpected ${got} in a {{ }} expression`;
  }
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message);
  if (mismatch) return `{{/${mismatch[2]}}} closes {{#${mismatch[1]}}}`;
  return message.split('\n')[0]!;
}

type Report = (
  severity: Severity,
  code: ErrorCode,
  file: string,
  node: Node,
  message: string,
  hint?: string,
) => void;

class TemplateWalker {
  usesKnowledge = false;
  private readonly partialStack: string[] = [];

  constructor(
    private readonly template: ParsedTemplate,
    private readonly partials: ReadonlyMap<string, ParsedTemplate>,
    private readonly usedPartials: Set<string>,
    private readonly report: Report,
  ) {}

  walk(): void {
    this.program(
      this.template.ast!,
      [{ context: promptContext, blockParams: new Set() }],
      this.template.file,
    );
  }

  private program(program: Program | undefined, scopes: Scope[], file: string): void {
    for (const statement of program?.body ?? []) this.statement(statement, scopes, file);
  }

  private statement(node: Node, scopes: Scope[], file: string): void {
    switch (node.type) {
      case 'MustacheStatement':
      case 'SubExpression': {
        const call = node as hbs.AST.MustacheStatement;
        const isCall =
          call.params.length > 0 ||
          (call.hash?.pairs.length ?? 0) > 0 ||
          node.type === 'SubExpression';
        if (call.path.type === 'PathExpression') {
          const path = call.path as PathExpression;
          if (isCall || knownHelperNames.has(path.original)) this.helper(path, file);
          else this.variable(path, scopes, file);
        }
        this.expressions(
          [...call.params, ...(call.hash?.pairs.map((pair) => pair.value) ?? [])],
          scopes,
          file,
        );
        return;
      }
      case 'BlockStatement':
        this.block(node as hbs.AST.BlockStatement, scopes, file);
        return;
      case 'PartialStatement':
      case 'PartialBlockStatement':
        this.partial(node as hbs.AST.PartialStatement, scopes, file);
        return;
      default:
        return;
    }
  }

  private expressions(nodes: Node[], scopes: Scope[], file: string): void {
    for (const node of nodes) {
      if (node.type === 'PathExpression') this.variable(node as PathExpression, scopes, file);
      else if (node.type === 'SubExpression') this.statement(node, scopes, file);
    }
  }

  private block(node: hbs.AST.BlockStatement, scopes: Scope[], file: string): void {
    const path = node.path as PathExpression;
    const name = path.original;
    const params = node.params;
    this.expressions(
      [...params, ...(node.hash?.pairs.map((pair) => pair.value) ?? [])],
      scopes,
      file,
    );
    const blockParams = new Set(node.program?.blockParams ?? []);
    const current = scopes[scopes.length - 1]!;
    let inner: Scope;
    if (name === 'each' || name === 'with') {
      const target =
        params[0]?.type === 'PathExpression'
          ? this.resolve(params[0] as PathExpression, scopes)
          : undefined;
      const context = name === 'each' ? target?.item : target;
      // `as |item|` binds the item to a name and leaves `this` as it was.
      inner =
        blockParams.size > 0 ? { context: current.context, blockParams } : { context, blockParams };
    } else if (name === 'if' || name === 'unless' || knownHelperNames.has(name)) {
      if (!['if', 'unless'].includes(name)) this.helper(path, file);
      inner = { context: current.context, blockParams };
    } else if (params.length > 0) {
      this.helper(path, file);
      inner = { context: undefined, blockParams };
    } else {
      // {{#visitor}}…{{/visitor}}: a section over a context value, like `with`.
      this.variable(path, scopes, file);
      inner = { context: this.resolve(path, scopes), blockParams };
    }
    this.program(node.program, [...scopes, inner], file);
    this.program(node.inverse, scopes, file);
  }

  private partial(node: hbs.AST.PartialStatement, scopes: Scope[], file: string): void {
    if (node.name.type !== 'PathExpression') return; // a dynamic partial name cannot be checked
    const name = (node.name as PathExpression).original;
    const partial = this.partials.get(name);
    if (!partial) {
      const known = [...this.partials.keys()];
      const suggestion = suggest(name, known);
      const hint = known.length
        ? `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Known partials: ${known.join(', ')}.`
        : undefined;
      this.report(
        'error',
        'TEMPLATE_UNKNOWN_PARTIAL',
        file,
        node,
        `Partial "${name}" does not exist`,
        hint,
      );
      return;
    }
    this.usedPartials.add(name);
    if (!partial.ast || this.partialStack.includes(name)) return;
    this.partialStack.push(name);
    const context =
      node.params[0]?.type === 'PathExpression'
        ? this.resolve(node.params[0] as PathExpression, scopes)
        : scopes[scopes.length - 1]!.context;
    this.program(partial.ast, [...scopes, { context, blockParams: new Set() }], partial.file);
    this.partialStack.pop();
  }

  private helper(path: PathExpression, file: string): void {
    if (!knownHelperNames.has(path.original)) {
      const hint = suggestionHint(path.original, [...knownHelperNames]);
      this.report(
        'error',
        'TEMPLATE_UNKNOWN_HELPER',
        file,
        path,
        `Unknown helper "${path.original}"`,
        hint,
      );
    }
  }

  private variable(path: PathExpression, scopes: Scope[], file: string): void {
    if (path.data) {
      // @index, @key, @first, @last are always there; @root.x is checked against the root.
      if (path.parts[0] !== 'root') return;
      this.checkParts(path, path.parts.slice(1), promptContext, file);
      return;
    }
    const scope = scopes[Math.max(0, scopes.length - 1 - path.depth)]!;
    if (path.parts.length > 0 && scopes.some((s) => s.blockParams.has(path.parts[0]!))) return;
    if (!scope.context) return; // inside a context we cannot know (an unknown list's items)
    this.checkParts(path, path.parts, scope.context, file);
  }

  private checkParts(
    path: PathExpression,
    parts: readonly string[],
    context: ContextField,
    file: string,
  ): void {
    let current = context;
    for (const [index, part] of parts.entries()) {
      const next = current.fields?.[part];
      if (!next) {
        const known = Object.keys(current.fields ?? {});
        const where = parts.slice(0, index).join('.');
        this.report(
          'error',
          'TEMPLATE_UNKNOWN_VARIABLE',
          file,
          path,
          `Unknown variable "${path.original}"${where ? `: ${where} has no "${part}"` : ''}`,
          suggestionHint(part, known) ??
            (known.length
              ? `Available here: ${known.join(', ')}.`
              : `${where || 'This value'} has no fields.`),
        );
        return;
      }
      current = next;
    }
    if (current === promptContext.fields?.knowledge) this.usesKnowledge = true;
  }

  private resolve(path: PathExpression, scopes: Scope[]): ContextField | undefined {
    if (path.data)
      return path.parts[0] === 'root' ? walkFields(promptContext, path.parts.slice(1)) : undefined;
    if (scopes.some((s) => s.blockParams.has(path.parts[0] ?? ''))) return undefined;
    const scope = scopes[Math.max(0, scopes.length - 1 - path.depth)]!;
    return scope.context ? walkFields(scope.context, path.parts) : undefined;
  }
}

function suggestionHint(input: string, known: string[]): string | undefined {
  const suggestion = suggest(input, known);
  return suggestion
    ? `Did you mean "${suggestion}"? Available here: ${known.join(', ')}.`
    : undefined;
}

function walkFields(root: ContextField, parts: readonly string[]): ContextField | undefined {
  let current: ContextField | undefined = root;
  for (const part of parts) current = current?.fields?.[part];
  return current;
}
