/**
 * Everything in the repository that is generated from code: the JSON Schemas and the marked
 * sections of the docs. `npm run generate` writes them; a test fails when one is stale, so the
 * docs always say what the validator does.
 */
import { envFields } from '../config/env-fields.js';
import {
  type ErrorDefinition,
  errorCatalogue,
  type WireErrorDefinition,
  wireErrorCatalogue,
} from '../errors/catalogue.js';
import { builtInUiStrings, uiStringKeys } from '../kb/ui-strings.js';
import { listContextPaths } from '../prompt/context.js';
import { builtInHelpers, helperDescriptions } from '../prompt/helpers.js';
import { configJsonSchema, knowledgeJsonSchema } from './json-schemas.js';
import { referenceRows, renderReferenceTable } from './schema-reference.js';

/** Whole files, path relative to the repository root. */
export function generatedFiles(): Record<string, string> {
  return {
    'schema/config.schema.json': `${JSON.stringify(configJsonSchema(), null, 2)}\n`,
    'schema/kb.schema.json': `${JSON.stringify(knowledgeJsonSchema(), null, 2)}\n`,
    'docs/errors.md': errorsDoc(),
  };
}

/** Marked sections inside hand-written docs: file -> section name -> content. */
export function generatedSections(): Record<string, Record<string, string>> {
  return {
    'docs/config.md': {
      'config-reference': renderReferenceTable(referenceRows(configJsonSchema() as never)),
      'env-fields': envFieldsTable(),
    },
    'docs/knowledge.md': {
      'knowledge-reference': renderReferenceTable(referenceRows(knowledgeJsonSchema() as never)),
      'ui-strings': uiStringsTable(),
    },
    'docs/templates.md': { 'template-context': contextTable(), 'template-helpers': helpersList() },
  };
}

const marker = (name: string) =>
  new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);

/** Replaces each marked section's body; throws if a marker is missing so it cannot silently drift. */
export function fillSections(text: string, sections: Record<string, string>, file: string): string {
  let out = text;
  for (const [name, content] of Object.entries(sections)) {
    if (!marker(name).test(out))
      throw new Error(`${file} has no <!-- generated:${name} --> section`);
    out = out.replace(
      marker(name),
      (_, open: string, close: string) => `${open}\n${content}\n${close}`,
    );
  }
  return out;
}

function errorsDoc(): string {
  const areas: Record<ErrorDefinition['area'], string> = {
    config: 'Config (`chatbot.config.yaml`)',
    knowledge: 'Knowledge (`kb/<lang>.json`)',
    templates: 'Templates (`templates/*.hbs`)',
    tests: 'Conversation tests (`tests/*.yaml`)',
    files: 'Files',
    server: 'Server',
    cli: 'Command line',
  };
  const lines = [
    '# Error catalogue',
    '',
    '<!-- Generated from src/errors/catalogue.ts by `npm run generate`. Do not edit. -->',
    '',
    'Every finding of `chatbot validate` and every CLI failure carries one of these codes.',
    'Findings point at `file:line:col` and the key path; the hint says what to do.',
    'Exit codes: `0` valid, `1` invalid input (or warnings with `--strict`), `2` usage error.',
    'Errors the server sends its clients are listed last, under [Wire errors](#wire-errors).',
  ];
  for (const [area, heading] of Object.entries(areas)) {
    lines.push('', `## ${heading}`);
    for (const [code, definition] of Object.entries(errorCatalogue) as [
      string,
      ErrorDefinition,
    ][]) {
      if (definition.area !== area) continue;
      lines.push('', `### \`${code}\``, '', `**${definition.title}.** ${definition.hint}`);
    }
  }
  lines.push(...wireErrorsSection());
  return `${lines.join('\n')}\n`;
}

function wireErrorsSection(): string[] {
  const lines = [
    '',
    '## Wire errors',
    '',
    'What the server answers a client it refuses: the widget and the inbox get',
    '`{ ok: false, error: { code, message } }` acknowledgements or an `error` event; REST callers get',
    'the HTTP status and a body `{ "error": code, "message": … }`. The shapes are in `src/protocol`.',
  ];
  for (const [code, definition] of Object.entries(wireErrorCatalogue) as [
    string,
    WireErrorDefinition,
  ][]) {
    const status = definition.status ? `HTTP ${definition.status}; ` : '';
    lines.push(
      '',
      `### \`${code}\``,
      '',
      `**${definition.title}.** ${definition.hint}`,
      '',
      `_${status}seen by: ${definition.seenBy.join(', ')}._`,
    );
  }
  return lines;
}

function contextTable(): string {
  return [
    '| variable | meaning | example |',
    '| --- | --- | --- |',
    ...listContextPaths().map(
      ({ path, field }) =>
        `| \`${path}\` | ${field.description} | ${field.example ? `\`${field.example}\`` : ''} |`,
    ),
  ].join('\n');
}

function helpersList(): string {
  return [
    `Built in: ${builtInHelpers.map((name) => `\`${name}\``).join(', ')}.`,
    '',
    ...Object.values(helperDescriptions).map((description) => `- ${description}`),
  ].join('\n');
}

function uiStringsTable(): string {
  const english = builtInUiStrings.en!;
  return [
    '| key | English text |',
    '| --- | --- |',
    ...uiStringKeys.map((key) => `| \`${key}\` | ${english[key]} |`),
  ].join('\n');
}

function envFieldsTable(): string {
  return [
    '| field | what it holds |',
    '| --- | --- |',
    ...envFields.map((field) => `| \`${field.path}\` | ${field.why} |`),
  ].join('\n');
}
