/**
 * The page `chatbot dev` serves at /: a small site with the widget embedded by its one script tag,
 * and a language switcher that changes <html lang> the way a single-page app does (no reload),
 * with links that change the URL by history.pushState, so both of the widget's watchers show.
 * The page's own script is a file, so it runs under a CSP without inline code.
 */
import { supportedLanguages } from '../config/rules.js';
import type { Config } from '../config/schema.js';

/** The demo site's pages: one document, so a reload on any of them still shows the demo. */
export const demoPaths = ['/', '/tours', '/prices', '/contact'];

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function demoPage(config: Config): string {
  const languages = supportedLanguages(config);
  const name = escapeHtml(config.name);
  const buttons = languages
    .map(
      (lang) =>
        `<button type="button" data-lang="${escapeHtml(lang)}" aria-pressed="false">${escapeHtml(lang.toUpperCase())}</button>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${escapeHtml(config.languages.default)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${name} — chatbot demo</title>
<link rel="stylesheet" href="/demo.css">
</head>
<body>
<header><strong>${name}</strong><nav aria-label="Language">${buttons}</nav></header>
<main>
<h1>${name}</h1>
<p>This is the demo page of <code>chatbot dev</code>. The chat button in the corner is the widget, embedded with one tag:</p>
<pre><code>&lt;script src="https://bot.example.com/widget.js" async&gt;&lt;/script&gt;</code></pre>
<p>The language buttons change <code>&lt;html lang&gt;</code> without a reload, as a single-page site does; the widget follows. The links below change the URL the same way, and the operator's inbox sees the visitor's page change.</p>
<p><a href="/tours" data-spa>Tours</a> · <a href="/prices" data-spa>Prices</a> · <a href="/contact" data-spa>Contact</a></p>
</main>
<script src="/demo.js"></script>
<script src="/widget.js" async></script>
</body>
</html>
`;
}

export const demoCss = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#111;min-height:150vh}header{display:flex;justify-content:space-between;align-items:center;padding:1rem 2rem;background:#0f766e;color:#fff}
nav button{margin-left:.25rem;padding:.25rem .6rem;border:1px solid #fff;border-radius:.25rem;background:transparent;color:#fff;font:inherit;cursor:pointer}nav button[aria-pressed=true]{background:#fff;color:#0f766e}
main{padding:1rem 2rem;max-width:40rem}pre{overflow-x:auto;background:#f3f4f6;padding:.5rem}a{color:#0f766e}`;

export const demoScript = `(() => {
  const buttons = document.querySelectorAll('nav button');
  const mark = () => buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === document.documentElement.lang)));
  buttons.forEach((button) => button.addEventListener('click', () => { document.documentElement.lang = button.dataset.lang; mark(); }));
  document.querySelectorAll('a[data-spa]').forEach((link) => link.addEventListener('click', (event) => {
    event.preventDefault();
    history.pushState({}, '', link.getAttribute('href'));
    document.title = link.textContent + ' — ' + document.title.split(' — ').pop();
  }));
  mark();
})();`;
