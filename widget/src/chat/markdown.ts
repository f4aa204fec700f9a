/**
 * The markdown of chat bubbles: paragraphs, headings, bullet and numbered lists, fenced code,
 * quotes; bold, italic, strikethrough, inline code, links and bare URLs. It parses to a small
 * tree that the components render as DOM text nodes and a fixed set of elements, so no string
 * from a message is ever parsed as HTML: `<img onerror>` or `<svg onload>` shows as the text it
 * is. Links are kept only for http(s), mailto and tel; `javascript:` stays text.
 *
 * Why not marked: its lexer alone is 15 KB gzipped of the chat's 60 KB budget, for a grammar a
 * chat bubble uses a tenth of; and with marked the output still needs DOMPurify (12 KB more).
 */

export type Inline =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'strong' | 'em' | 'del'; readonly children: Inline[] }
  | { readonly type: 'code'; readonly text: string }
  | { readonly type: 'link'; readonly href: string; readonly children: Inline[] }
  | { readonly type: 'br' };

export type Block =
  | { readonly type: 'paragraph' | 'heading' | 'quote'; readonly children: Inline[] }
  | {
      readonly type: 'list';
      readonly ordered: boolean;
      readonly start: number;
      readonly items: Inline[][];
    }
  | { readonly type: 'code'; readonly text: string };

const safeProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The link's absolute URL when it is safe to open, otherwise undefined (shown as text). */
export function safeHref(
  href: string | undefined,
  base = globalThis.location?.href,
): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return safeProtocols.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const bullet = /^ {0,3}[-*+] +(.*)$/;
const numbered = /^ {0,3}(\d{1,9})[.)] +(.*)$/;
const fence = /^ {0,3}(```|~~~)/;
const heading = /^ {0,3}#{1,6} +(.*?)(?: +#+)? *$/;
const quote = /^ {0,3}> ?(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0)
      blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n')) });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = fence.exec(line);
    if (fenceMatch) {
      endParagraph();
      const code: string[] = [];
      while (++i < lines.length && !lines[i]!.trimStart().startsWith(fenceMatch[1]!))
        code.push(lines[i]!);
      blocks.push({ type: 'code', text: code.join('\n') });
      continue;
    }
    if (line.trim() === '') {
      endParagraph();
      continue;
    }
    const headingMatch = heading.exec(line);
    if (headingMatch) {
      endParagraph();
      blocks.push({ type: 'heading', children: parseInline(headingMatch[1]!) });
      continue;
    }
    if (quote.test(line)) {
      endParagraph();
      const quoted: string[] = [];
      for (; i < lines.length && quote.test(lines[i]!); i++)
        quoted.push(quote.exec(lines[i]!)![1]!);
      i--;
      blocks.push({ type: 'quote', children: parseInline(quoted.join('\n')) });
      continue;
    }
    const first = bullet.exec(line) ?? numbered.exec(line);
    if (first) {
      endParagraph();
      const ordered = !bullet.test(line);
      const pattern = ordered ? numbered : bullet;
      const items: string[] = [];
      for (; i < lines.length; i++) {
        const current = lines[i]!;
        const item = pattern.exec(current);
        if (item) items.push(item[ordered ? 2 : 1]!);
        // An indented line continues the item above it.
        else if (/^\s+\S/.test(current) && items.length > 0)
          items[items.length - 1] += `\n${current.trim()}`;
        else break;
      }
      i--;
      blocks.push({
        type: 'list',
        ordered,
        start: ordered ? Number(numbered.exec(line)![1]) : 1,
        items: items.map((item) => parseInline(item)),
      });
      continue;
    }
    paragraph.push(line);
  }
  endParagraph();
  return blocks;
}

const punctuation = /[!-/:-@[-`{-~]/;
const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** The closing delimiter for an opening one at `from`, by the usual flanking rules, or -1. */
function closing(text: string, delimiter: string, from: number): number {
  for (let at = text.indexOf(delimiter, from); at !== -1; at = text.indexOf(delimiter, at + 1)) {
    if (at === from || isSpace(text[at - 1])) continue;
    if (delimiter[0] === '_' && isWordChar(text[at + delimiter.length])) continue;
    // `**` inside `*…*` must not close the single star early.
    if (delimiter.length === 1 && text[at + 1] === delimiter && text[at - 1] !== delimiter) {
      at++;
      continue;
    }
    return at;
  }
  return -1;
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ type: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const rest = text.slice(i);
    if (char === '\\' && punctuation.test(text[i + 1] ?? '')) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (char === '\n') {
      flush();
      out.push({ type: 'br' });
      i++;
      continue;
    }
    if (char === '`') {
      const ticks = /^`+/.exec(rest)![0];
      const end = text.indexOf(ticks, i + ticks.length);
      if (end !== -1) {
        flush();
        out.push({ type: 'code', text: text.slice(i + ticks.length, end).trim() || ' ' });
        i = end + ticks.length;
        continue;
      }
      plain += ticks;
      i += ticks.length;
      continue;
    }
    const double = rest.slice(0, 2);
    if ((double === '**' || double === '__' || double === '~~') && !isSpace(text[i + 2])) {
      const opensWord = double === '__' && isWordChar(text[i - 1]);
      const end = opensWord ? -1 : closing(text, double, i + 2);
      if (end !== -1) {
        flush();
        out.push({
          type: double === '~~' ? 'del' : 'strong',
          children: parseInline(text.slice(i + 2, end)),
        });
        i = end + 2;
        continue;
      }
    }
    if (
      (char === '*' || char === '_') &&
      !isSpace(text[i + 1]) &&
      !(char === '_' && isWordChar(text[i - 1]))
    ) {
      const end = closing(text, char, i + 1);
      if (end !== -1) {
        flush();
        out.push({ type: 'em', children: parseInline(text.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (char === '[') {
      const link =
        /^\[([^\]\n]+)\]\(\s*<?([^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)>?(?:\s+"[^"]*")?\s*\)/.exec(
          rest,
        );
      if (link) {
        flush();
        const href = safeHref(link[2]);
        if (href) out.push({ type: 'link', href, children: parseInline(link[1]!) });
        else out.push(...parseInline(link[1]!));
        i += link[0].length;
        continue;
      }
    }
    if ((char === 'h' || char === 'H') && !isWordChar(text[i - 1])) {
      const url = /^https?:\/\/[^\s<>]+/i.exec(rest);
      if (url) {
        // Trailing punctuation ends the sentence, not the URL; a ")" only closes an open "(".
        let link = url[0].replace(/[.,;:!?'"]+$/, '');
        while (link.endsWith(')') && link.split('(').length < link.split(')').length)
          link = link.slice(0, -1);
        const href = safeHref(link);
        if (href) {
          flush();
          out.push({ type: 'link', href, children: [{ type: 'text', text: link }] });
          i += link.length;
          continue;
        }
      }
    }
    plain += char;
    i++;
  }
  flush();
  return out;
}
