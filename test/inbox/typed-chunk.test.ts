import { describe, expect, it } from 'vitest';
import { typedChunk } from '../../src/inbox/typed-chunk.js';

describe('one read of the terminal in a text field', () => {
  it('is typing then Enter when it ends with its only carriage return', () => {
    expect(typedChunk('See you soon.\r')).toEqual({ text: 'See you soon.', enter: true });
    // Ctrl+J (a new line) typed in the same read stays a new line.
    expect(typedChunk('\nSee you soon.\r')).toEqual({ text: '\nSee you soon.', enter: true });
  });

  it('is a paste of lines, sent by nobody, when carriage returns are inside', () => {
    expect(typedChunk('line one\rline two')).toEqual({ text: 'line one\nline two', enter: false });
    expect(typedChunk('one\r\ntwo\r')).toEqual({ text: 'one\ntwo\n', enter: false });
  });

  it('is plain text otherwise', () => {
    expect(typedChunk('hello')).toEqual({ text: 'hello', enter: false });
    expect(typedChunk('two\nlines')).toEqual({ text: 'two\nlines', enter: false });
  });
});
