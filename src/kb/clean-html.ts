/**
 * HTML in knowledge bodies becomes plain text for the model and for retrieval: scripts, styles
 * and comments dropped, entities decoded, paragraphs and breaks as line breaks, list items as
 * bullets. htmlparser2 is forgiving like a browser, so broken markup still yields its text.
 */
import { Parser } from 'htmlparser2';

const skipped = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'head',
]);
const blockTags = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'nav',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'figure',
  'figcaption',
  'address',
  'hr',
]);

export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return normalizeWhitespace(html);
  let out = '';
  let skipDepth = 0;
  const cellsInRow: number[] = [];
  const lineBreak = () => {
    out += '\n';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (skipped.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (name === 'li') out += '\n- ';
        else if (name === 'br') lineBreak();
        else if (name === 'tr') cellsInRow.push(0);
        else if (name === 'td' || name === 'th') {
          const count = cellsInRow.length > 0 ? cellsInRow[cellsInRow.length - 1]! : 0;
          if (count > 0) out += '; ';
          if (cellsInRow.length > 0) cellsInRow[cellsInRow.length - 1] = count + 1;
        } else if (blockTags.has(name)) lineBreak();
      },
      ontext(text) {
        if (skipDepth === 0) out += text;
      },
      onclosetag(name) {
        if (skipped.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'tr') cellsInRow.pop();
        if (blockTags.has(name)) lineBreak();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return normalizeWhitespace(out);
}

/** Collapses spaces inside lines, trims them, and keeps at most one blank line. */
export function normalizeWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^- $/gm, '')
    .trim();
}
