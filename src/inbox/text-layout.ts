/**
 * Text laid out in terminal columns. A column is not a character: CJK and most emoji take two,
 * combining marks none, and an emoji with a skin tone or a family joined by zero-width joiners is
 * several code points shown as one. Widths come from string-width (the measure Ink lays boxes out
 * with, so a row we pad to N columns is N columns to Ink too), word wrapping from wrap-ansi, and
 * anything cut is cut between graphemes, never inside one.
 */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Columns the text takes on a terminal. */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** User-perceived characters: what the cursor steps over and what must never be split. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/**
 * Visitor text made safe for one terminal row: a tab or a control character (an escape sequence a
 * visitor typed) would move the cursor or restyle the operator's screen, so tabs become a space and
 * other control characters are dropped. Line breaks are kept only where asked for.
 */
export function printable(text: string, keepLineBreaks = false): string {
  const spaced = text.replace(/\t/g, ' ').replace(/\r\n?/g, '\n');
  const controls = keepLineBreaks
    ? /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g
    : /[\u0000-\u001f\u007f-\u009f]/g;
  return keepLineBreaks
    ? spaced.replace(controls, '')
    : spaced.replace(/\n/g, ' ').replace(controls, '');
}

/** The text padded with spaces to `width` columns (left as is when already as wide). */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The longest start of `text`, in whole graphemes, that fits in `width` columns. */
export function fitStart(text: string, width: number): string {
  let fitted = '';
  let used = 0;
  for (const grapheme of graphemes(text)) {
    const columns = displayWidth(grapheme);
    if (used + columns > width) break;
    fitted += grapheme;
    used += columns;
  }
  return fitted;
}

/**
 * One row exactly `width` columns wide: the text padded, or cut with "…" when too long. A wide
 * character that would straddle the edge is left out rather than halved, and the gap padded.
 */
export function clip(text: string, width: number): string {
  if (width <= 0) return '';
  const row = printable(text);
  if (displayWidth(row) <= width) return padToWidth(row, width);
  return padToWidth(`${fitStart(row, width - 1)}…`, width);
}

/** Rows at most `width` columns wide, cut between graphemes (a word longer than the row). */
function breakLongRow(row: string, width: number): string[] {
  const rows: string[] = [];
  let rest = row;
  while (displayWidth(rest) > width) {
    // A grapheme wider than the whole row still goes somewhere: alone on its row.
    const head = fitStart(rest, width) || graphemes(rest)[0]!;
    rows.push(head);
    rest = rest.slice(head.length);
  }
  rows.push(rest);
  return rows;
}

/**
 * Rows at most `width` columns wide, broken at spaces where possible and between graphemes where
 * a word is longer than a row (CJK text has no spaces at all). Line breaks in the text start a new
 * row. `keepSpaces` keeps the spaces at row edges, for a draft being typed, whose trailing space
 * the operator must see.
 */
export function wrap(text: string, width: number, { keepSpaces = false } = {}): string[] {
  const columns = Math.max(1, width);
  return printable(text, true)
    .split('\n')
    .flatMap((paragraph) =>
      wrapAnsi(paragraph, columns, { hard: false, trim: !keepSpaces, wordWrap: true })
        .split('\n')
        .flatMap((row) => breakLongRow(row, columns)),
    );
}

/** The text without its last grapheme: Backspace removes an emoji or an accented letter whole. */
export function dropLastGrapheme(text: string): string {
  const all = graphemes(text);
  return all.slice(0, -1).join('');
}
