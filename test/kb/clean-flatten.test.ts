import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/kb/clean-html.js';
import { flattenBlock, renderFlatBlock, renderKnowledge } from '../../src/kb/flatten.js';
import { knowledgeSchema } from '../../src/kb/schema.js';
import { readRepoFile } from '../helpers/project.js';

describe('HTML cleaning', () => {
  it('drops scripts, styles and comments, and decodes entities', () => {
    const html =
      '<style>p{color:red}</style><p>Tom &amp; Jerry&nbsp;&mdash; 5&nbsp;&euro;</p><script>alert(1)</script><!-- secret -->';
    expect(htmlToText(html)).toBe('Tom & Jerry — 5 €');
  });

  it('turns paragraphs and breaks into lines, list items into bullets', () => {
    expect(
      htmlToText('<p>One</p><p>Two<br>Three</p><ul><li>a</li><li><b>b</b></li></ul>After'),
    ).toBe('One\n\nTwo\nThree\n\n- a\n- b\nAfter');
  });

  it('keeps the text of broken markup and collapses whitespace', () => {
    expect(htmlToText('<div>  lots   of\n\n\n\n space <b>unclosed')).toBe(
      'lots of\n\nspace unclosed',
    );
  });

  it('leaves plain text alone apart from whitespace', () => {
    expect(htmlToText('  Just  text, 3 < 4? no: 3 > 4  ')).toBe('Just text, 3 < 4? no: 3 > 4');
  });
});

describe('flattening the demo knowledge', () => {
  const en = knowledgeSchema.parse(JSON.parse(readRepoFile('kb/en.json')));
  const block = (id: string) => flattenBlock(en.blocks.find((b) => b.id === id)!);

  it('starts every block with its id and title, and keeps no HTML', () => {
    const text = renderKnowledge(en.blocks.map(flattenBlock));
    for (const b of en.blocks) expect(text).toContain(`[${b.id}] ${b.title}\n`);
    expect(text).not.toMatch(/<\/?[a-z]+[^>]*>/);
    expect(text).not.toContain('&amp;');
  });

  it('reads a table as sentences, one row a line', () => {
    expect(block('day-trips').text).toContain(
      '- Montserrat monastery and cog railway: Duration 6 hours, Price €69',
    );
    expect(block('day-trips').rows).toHaveLength(5);
  });

  it('reads facts, lists and FAQ pairs', () => {
    expect(block('office-hours').text).toContain('Saturday: 10:00 to 14:00');
    expect(block('payment').text).toContain('- Apple Pay and Google Pay');
    expect(block('children').text).toContain(
      'Q: Do children travel at a discount?\nA: Children under 4',
    );
    expect(block('whats-included').text).toContain('- A licensed guide');
  });

  it('is the same on every run', () => {
    const first = en.blocks.map((b) => renderFlatBlock(flattenBlock(b))).join('\n');
    const second = en.blocks.map((b) => renderFlatBlock(flattenBlock(b))).join('\n');
    expect(second).toBe(first);
  });
});
