import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../src/client/server-url.js';

describe('a chat server address', () => {
  it('is one server however it is typed: no trailing slash, path kept', () => {
    expect(normalizeUrl('https://chat.example.com/')).toBe('https://chat.example.com');
    expect(normalizeUrl('https://chat.example.com')).toBe('https://chat.example.com');
    expect(normalizeUrl('http://127.0.0.1:3000/support//')).toBe('http://127.0.0.1:3000/support');
  });

  it('is refused with a usage error when it is not an http(s) URL', () => {
    expect(() => normalizeUrl('chat.example.com')).toThrow(
      expect.objectContaining({ code: 'USAGE', message: '"chat.example.com" is not a URL' }),
    );
    expect(() => normalizeUrl('ftp://chat.example.com')).toThrow(
      expect.objectContaining({
        code: 'USAGE',
        message: '"ftp://chat.example.com" is not an http(s) URL',
      }),
    );
  });
});
