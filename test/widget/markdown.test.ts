import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref } from '../../widget/src/chat/markdown.js';
import { textOn } from '../../widget/src/launcher/colors.js';

const base = 'https://shop.example/page';

describe('chat markdown', () => {
  it('reads bold, italic, strikethrough, code and links', () => {
    expect(parseInline('a **bold** and *italic* and ~~gone~~ and `x < y`')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
      { type: 'text', text: ' and ' },
      { type: 'em', children: [{ type: 'text', text: 'italic' }] },
      { type: 'text', text: ' and ' },
      { type: 'del', children: [{ type: 'text', text: 'gone' }] },
      { type: 'text', text: ' and ' },
      { type: 'code', text: 'x < y' },
    ]);
    expect(
      parseInline('see [prices](https://example.com/prices) or https://example.com/a_(b).'),
    ).toEqual([
      { type: 'text', text: 'see ' },
      {
        type: 'link',
        href: 'https://example.com/prices',
        children: [{ type: 'text', text: 'prices' }],
      },
      { type: 'text', text: ' or ' },
      {
        type: 'link',
        href: 'https://example.com/a_(b)',
        children: [{ type: 'text', text: 'https://example.com/a_(b)' }],
      },
      { type: 'text', text: '.' },
    ]);
  });

  it('leaves snake_case, lone stars and prices alone', () => {
    expect(parseInline('use snake_case_names, 2 * 3 * 4, and *not closed')).toEqual([
      { type: 'text', text: 'use snake_case_names, 2 * 3 * 4, and *not closed' },
    ]);
  });

  it('reads lists, headings, quotes and fenced code as blocks', () => {
    const blocks = parseMarkdown(
      '# Trips\nDay trips:\n- Montserrat: **€69**\n- Girona\n  with Figueres\n\n3. third\n4. fourth\n\n> quoted\n\n```\n<b>raw</b>\n```',
    );
    expect(blocks.map((block) => block.type)).toEqual([
      'heading',
      'paragraph',
      'list',
      'list',
      'quote',
      'code',
    ]);
    expect(blocks[2]).toMatchObject({ ordered: false, items: { length: 2 } });
    expect(blocks[2]).toMatchObject({
      items: [expect.anything(), [{ text: 'Girona' }, { type: 'br' }, { text: 'with Figueres' }]],
    });
    expect(blocks[3]).toMatchObject({ ordered: true, start: 3 });
    expect(blocks[5]).toEqual({ type: 'code', text: '<b>raw</b>' });
  });

  it('keeps HTML as text and never makes a link of javascript:, data: or vbscript:', () => {
    const hostile = parseMarkdown(
      '<img src=x onerror=alert(1)> [a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c]( javascript:alert(1)) [d](data:text/html,<script>) [e](vbscript:x)',
    );
    const flat = JSON.stringify(hostile);
    expect(flat).not.toContain('"type":"link"');
    expect(flat).toContain('<img src=x onerror=alert(1)>');
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:x',
      'data:x',
      'vbscript:x',
    ])
      expect(safeHref(href, base)).toBeUndefined();
    expect(safeHref('/contact', base)).toBe('https://shop.example/contact');
    expect(safeHref('mailto:a@b.co', base)).toBe('mailto:a@b.co');
    expect(safeHref('tel:+34600000000', base)).toBe('tel:+34600000000');
  });
});

describe('text on the accent colour', () => {
  const contrast = (a: string, b: string) => {
    const lum = (hex: string) => {
      const c = [1, 3, 5].map((i) => {
        const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };

  it('is readable (at least 4.5:1) on the default and demo colours and on light ones', () => {
    for (const accent of ['#2563eb', '#0f766e', '#facc15', '#ffffff', '#000000', '#dc2626'])
      expect(contrast(accent, textOn(accent))).toBeGreaterThanOrEqual(4.5);
    expect(textOn('#fc0')).toBe('#111827');
  });
});
