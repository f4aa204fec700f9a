/**
 * KB_TODO: a text (a block's, the greeting, the fallback, a widget text) that still says "TODO"
 * (in capitals, as a word) is unfinished, such as a draft from `chatbot gaps --draft`. It is an
 * error, so a draft is never served to visitors: `chatbot validate` fails and a reload keeps
 * the knowledge it had.
 */
import type { Finding } from '../errors/finding.js';
import type { DataPath } from '../source/locator.js';
import type { FindingReporter } from './load-file.js';
import type { KnowledgeFile } from './schema.js';

const todo = /\bTODO\b/;

export function todoFindings(knowledge: KnowledgeFile, report: FindingReporter): Finding[] {
  const findings: Finding[] = [];
  const check = (text: string | undefined, path: DataPath, id?: string) => {
    if (text !== undefined && todo.test(text))
      findings.push(
        report(
          'error',
          'KB_TODO',
          path,
          `${id ? `Block "${id}"` : `"${path.join('.')}"`} still says TODO: ${clip(text)}`,
        ),
      );
  };
  check(knowledge.greeting, ['greeting']);
  check(knowledge.fallback, ['fallback']);
  for (const [key, value] of Object.entries(knowledge.ui ?? {})) check(value, ['ui', key]);
  knowledge.blocks.forEach((block, index) => {
    const at = (...rest: (string | number)[]): DataPath => ['blocks', index, ...rest];
    check(block.title, at('title'), block.id);
    check(block.body, at('body'), block.id);
    for (const [i, item] of (block.items ?? []).entries()) check(item, at('items', i), block.id);
    for (const [i, pair] of (block.faq ?? []).entries()) {
      check(pair.question, at('faq', i, 'question'), block.id);
      check(pair.answer, at('faq', i, 'answer'), block.id);
    }
    for (const [key, value] of Object.entries(block.facts ?? {}))
      check(value, at('facts', key), block.id);
    for (const [r, row] of (block.table?.rows ?? []).entries())
      for (const [c, cell] of row.entries()) check(cell, at('table', 'rows', r, c), block.id);
  });
  return findings;
}

function clip(text: string): string {
  return text.length > 60 ? `"${text.slice(0, 57)}…"` : `"${text}"`;
}
