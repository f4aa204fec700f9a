/**
 * The inbox's rows measured in terminal columns: CJK and emoji take two, combining marks none, and
 * an emoji sequence (skin tone, family) is never cut in half.
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { draftRows } from '../../src/inbox/components/Composer.js';
import {
  clip,
  displayWidth,
  dropLastGrapheme,
  graphemes,
  wrap,
} from '../../src/inbox/text-layout.js';

const family = '👨‍👩‍👧';
const thumbsUp = '👍🏽';
const accented = 'e\u0301'; // "é" as a letter and a combining accent
const marked = 'q\u0307\u0323'; // two combining marks no single character stands for

/** Every row at most `width` columns, and nothing lost but the spaces wrapping ate. */
function expectRows(rows: string[], text: string, width: number) {
  for (const row of rows) expect(stringWidth(row), JSON.stringify(row)).toBeLessThanOrEqual(width);
  // Wrapping may compose a letter and its accent into one character (NFC): the same on screen.
  expect(rows.join('').replace(/\s/g, '')).toBe(text.normalize().replace(/\s/g, ''));
}

describe('clip', () => {
  it('pads to exactly the width, counting wide characters twice and accents not at all', () => {
    expect(displayWidth(clip('日本', 6))).toBe(6);
    expect(clip('日本', 6)).toBe('日本  ');
    expect(clip(`caf${accented}`, 6)).toBe(`caf${accented}  `);
    expect(displayWidth(clip(`${thumbsUp}!`, 5))).toBe(5);
  });

  it('cuts with an ellipsis on a whole character, leaving a gap rather than half a wide one', () => {
    expect(clip('日本語のテキスト', 6)).toBe('日本… ');
    expect(displayWidth(clip('日本語のテキスト', 6))).toBe(6);
    expect(clip('abcdefgh', 5)).toBe('abcd…');
    expect(clip(`${family}${family}${family}`, 5)).toBe(`${family}${family}…`);
    expect(clip(`${family}${family}${family}`, 4)).toBe(`${family}… `);
    expect(clip(`ab${accented}${accented}${accented}`, 4)).toBe(`ab${accented}…`);
  });

  it('keeps a row one row: line breaks, tabs and escape sequences a visitor typed do not pass', () => {
    expect(clip('two\nlines', 12)).toBe('two lines   ');
    expect(clip('a\tb', 4)).toBe('a b ');
    expect(clip('\u001b[2Jred', 5)).toBe('[2Jr…');
  });

  it('gives nothing for no room', () => {
    expect(clip('anything', 0)).toBe('');
  });
});

describe('wrap', () => {
  it('breaks at spaces, and by display width', () => {
    expect(wrap('the quick brown fox', 10)).toEqual(['the quick', 'brown fox']);
    expect(wrap('日本 語のテ', 6)).toEqual(['日本', '語のテ']);
  });

  it('breaks text without spaces (CJK) between characters, never past the width', () => {
    const text = '日本語のテキストは空白なしで続きます';
    const rows = wrap(text, 9);
    expectRows(rows, text, 9);
    expect(rows[0]).toBe('日本語の');
  });

  it('never splits an emoji sequence or a letter from its accent', () => {
    const text = `${family.repeat(4)} ${thumbsUp.repeat(5)} ${marked.repeat(7)}`;
    for (const width of [2, 3, 4, 5]) {
      const rows = wrap(text, width);
      expectRows(rows, text, width);
      for (const row of rows) {
        expect(row.startsWith('\u0307'), JSON.stringify(row)).toBe(false);
        expect(row.startsWith('\u0323'), JSON.stringify(row)).toBe(false);
        expect(row.startsWith('\u200d'), JSON.stringify(row)).toBe(false);
        expect(row.startsWith('🏽'), JSON.stringify(row)).toBe(false);
      }
    }
  });

  it('keeps line breaks and blank lines, and a draft’s spaces when asked', () => {
    expect(wrap('one\n\ntwo', 10)).toEqual(['one', '', 'two']);
    expect(wrap('typing ', 20, { keepSpaces: true })).toEqual(['typing ']);
    expect(wrap('  indented', 20)).toEqual(['indented']);
  });
});

describe('the reply box', () => {
  it('wraps a draft of emoji and CJK by columns, the cursor at its end', () => {
    const rows = draftRows(`予約の確認です 🎉🎉🎉 ${thumbsUp} merci`, 12);
    for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(12);
    expect(rows.at(-1)).toMatch(/█$/);
  });
});

describe('Backspace', () => {
  it('removes a whole emoji, accented letter or CJK character', () => {
    expect(dropLastGrapheme(`ok ${family}`)).toBe('ok ');
    expect(dropLastGrapheme(`ok ${thumbsUp}`)).toBe('ok ');
    expect(dropLastGrapheme(`caf${accented}`)).toBe('caf');
    expect(dropLastGrapheme('日本')).toBe('日');
    expect(graphemes(`${family}${accented}`)).toHaveLength(2);
  });
});
