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
  // One pass over the characters: with 50,000 blocks, regex passes cost more than the parsing.
  let out = '';
  let space = false;
  let breaks = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      breaks++;
      space = false;
      i++;
      continue;
    }
    if (isSpace(code)) {
      space = true;
      i++;
      continue;
    }
    // Copy the whole run up to the next line break or the next space that is not a single
    // plain one between words at once: most of a line is already as it should be.
    let end = i + 1;
    for (; end < text.length; end++) {
      const next = text.charCodeAt(end);
      if (next === 32 && end + 1 < text.length && !isBreakOrSpace(text.charCodeAt(end + 1)))
        continue;
      if (isBreakOrSpace(next)) break;
    }
    if (breaks > 0) {
      if (out.length > 0) out += breaks > 1 ? '\n\n' : '\n';
    } else if (space && out.length > 0) {
      out += ' ';
    }
    breaks = 0;
    space = false;
    out += text.slice(i, end);
    i = end;
  }
  // An empty list item leaves a lone bullet.
  return out.includes('-')
    ? out
        .replace(/(^|\n)-(?=\n|$)/g, '$1')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : out;
}

function isBreakOrSpace(code: number): boolean {
  return code === 10 || code === 13 || isSpace(code);
}

function isSpace(code: number): boolean {
  // Letters, digits and punctuation of ASCII first: nearly every character of a text.
  if (code > 32 && code < 127) return false;
  return (
    code === 32 ||
    code === 9 ||
    code === 11 ||
    code === 12 ||
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
