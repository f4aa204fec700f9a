/**
 * Page URL patterns of routing rules (`when.page`), as globs an owner reads at a glance:
 * `/pricing`, `/blog/*`, `/docs/**`, `shop.example.com/**`, `/{pricing,plans}*`.
 *
 * A pattern that starts with `/` is matched against the page's path; one with `://` against
 * the whole address without its query; any other against host and path. `*` is any run of
 * characters but `/`, `**` any run at all, `?` one character but `/`, `{a,b}` either text. A
 * trailing `/` never matters, so `/pricing` is also `/pricing/`. Case-insensitive, because
 * hosts are and owners rarely mean a path's case.
 */

export type UrlPatternResult =
  | { readonly ok: true; readonly test: (url: string) => boolean }
  | { readonly ok: false; readonly problem: string };

/** Compiles a pattern, or says what is wrong with it (for a config finding). */
export function compileUrlPattern(pattern: string): UrlPatternResult {
  const source = pattern.trim();
  if (source === '') return { ok: false, problem: 'An empty page pattern matches nothing' };
  if (/[[\]]/.test(source))
    return { ok: false, problem: 'Character classes ([...]) are not supported; use {a,b}' };
  const body = globToRegExp(source);
  if (typeof body !== 'string') return { ok: false, problem: body.problem };
  const expression = new RegExp(`^${body}$`, 'i');
  const part = source.startsWith('/') ? 'path' : source.includes('://') ? 'address' : 'host';
  return { ok: true, test: (url) => expression.test(pagePart(url, part)) };
}

/** What of a page address a pattern is matched against, without a trailing slash. */
function pagePart(url: string, part: 'path' | 'address' | 'host'): string {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://page.invalid');
  } catch {
    return '';
  }
  const path = withoutTrailingSlash(parsed.pathname);
  if (part === 'path') return path;
  if (part === 'host') return `${parsed.host}${path}`;
  return `${parsed.protocol}//${parsed.host}${path}`;
}

function withoutTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

const special = /[.+^$()|\\]/;

function globToRegExp(glob: string): string | { problem: string } {
  const pattern = withoutTrailingSlash(glob);
  let out = '';
  let inGroup = false;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '*') {
      const double = pattern[index + 1] === '*';
      out += double ? '.*' : '[^/]*';
      if (double) index++;
    } else if (char === '?') out += '[^/]';
    else if (char === '{') {
      if (inGroup) return { problem: 'A {…} group cannot hold another one' };
      inGroup = true;
      out += '(?:';
    } else if (char === '}') {
      if (!inGroup) return { problem: 'A "}" closes no "{"' };
      inGroup = false;
      out += ')';
    } else if (char === ',' && inGroup) out += '|';
    else out += special.test(char) ? `\\${char}` : char;
  }
  if (inGroup) return { problem: 'A "{" is never closed with "}"' };
  return out;
}
