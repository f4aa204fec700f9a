/**
 * A knowledge block as readable plain text, the same on every run: the form the model reads
 * and retrieval indexes. Each block starts with its id in brackets so answers can cite it.
 */
import { htmlToText } from './clean-html.js';
import type { KnowledgeBlock } from './schema.js';

export interface FlatBlock {
  readonly id: string;
  readonly title: string;
  /** The content without the heading line. */
  readonly text: string;
  readonly url: string | undefined;
  readonly tags: readonly string[];
  /** FAQ pairs kept apart: the offline answerer can give an answer as written. */
  readonly faq: ReadonlyArray<{ readonly question: string; readonly answer: string }>;
  /** Table rows and facts as "label: value" lines, for answers about one row. */
  readonly rows: readonly string[];
  /** The table's caption and column headings: words every row shares, naming no one row. */
  readonly rowHeadings: readonly string[];
}

export function flattenBlock(block: KnowledgeBlock): FlatBlock {
  const parts: string[] = [];
  if (block.body !== undefined) parts.push(htmlToText(block.body));
  if (block.items?.length)
    parts.push(block.items.map((item) => `- ${htmlToText(item)}`).join('\n'));
  const faq = (block.faq ?? []).map((pair) => ({
    question: htmlToText(pair.question),
    answer: htmlToText(pair.answer),
  }));
  if (faq.length)
    parts.push(faq.map((pair) => `Q: ${pair.question}\nA: ${pair.answer}`).join('\n'));
  const rows: string[] = [];
  const rowHeadings: string[] = [];
  if (block.facts) {
    const lines = Object.entries(block.facts).map(
      ([key, value]) => `${htmlToText(key)}: ${htmlToText(value)}`,
    );
    rows.push(...lines);
    parts.push(lines.join('\n'));
  }
  if (block.table) {
    const columns = block.table.columns.map(htmlToText);
    rowHeadings.push(...columns);
    if (block.table.caption) rowHeadings.push(htmlToText(block.table.caption));
    const lines = block.table.rows.map((row) => {
      const cells = row.map(htmlToText);
      // "Montserrat: Duration 6 hours, Price €69" reads as a sentence; a grid does not.
      const details = columns
        .slice(1)
        .map((column, i) => (cells[i + 1] ? `${column} ${cells[i + 1]}` : ''))
        .filter(Boolean)
        .join(', ');
      return details ? `${cells[0] ?? ''}: ${details}` : (cells[0] ?? '');
    });
    rows.push(...lines);
    const caption = block.table.caption ? `${htmlToText(block.table.caption)}:\n` : '';
    parts.push(`${caption}${lines.map((line) => `- ${line}`).join('\n')}`);
  }
  return {
    id: block.id,
    title: htmlToText(block.title),
    text: parts.filter(Boolean).join('\n'),
    url: block.url,
    tags: block.tags,
    faq,
    rows,
    rowHeadings,
  };
}

/** The block as the model sees it: id, title, content. */
export function renderFlatBlock(block: FlatBlock): string {
  return `[${block.id}] ${block.title}\n${block.text}`;
}

/** What stands between two blocks in the whole knowledge. */
export const knowledgeSeparator = '\n\n';

export function renderKnowledge(blocks: readonly FlatBlock[]): string {
  return blocks.map(renderFlatBlock).join(knowledgeSeparator);
}
