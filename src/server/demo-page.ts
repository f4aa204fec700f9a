/**
 * The page `chatbot dev` serves at /: a small site with a language switcher that changes
 * <html lang> the way a single-page app does, and a plain chat form talking to the server over
 * socket.io. Text from the server is only ever set with textContent: nothing in a message can
 * become HTML. The script is a file of its own, so the page runs under a CSP without inline code.
 */
import { supportedLanguages } from '../config/rules.js';
import type { Config } from '../config/schema.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function demoPage(config: Config): string {
  const languages = supportedLanguages(config);
  const name = escapeHtml(config.name);
  const buttons = languages
    .map(
      (lang) =>
        `<button type="button" data-lang="${escapeHtml(lang)}">${escapeHtml(lang.toUpperCase())}</button>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${escapeHtml(config.languages.default)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} — chatbot demo</title>
<link rel="stylesheet" href="/demo.css">
</head>
<body>
<header><strong>${name}</strong><nav aria-label="Language">${buttons}</nav></header>
<main>
<h1>${name}</h1>
<p>This is the demo page of <code>chatbot dev</code>. The language buttons change <code>&lt;html lang&gt;</code> like a single-page site does; the chat follows it.</p>
</main>
<section id="chat" aria-label="Chat">
<ol id="log" aria-live="polite"></ol>
<p id="typing" hidden>…</p>
<form id="form"><input id="text" autocomplete="off" maxlength="${config.server.limits.messageChars}" aria-label="Message"><button>Send</button></form>
<button type="button" id="human">Talk to a person</button>
</section>
<script src="/socket.io/socket.io.js"></script>
<script src="/demo.js"></script>
</body>
</html>
`;
}

export const demoCss = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#111}header{display:flex;justify-content:space-between;padding:1rem 2rem;background:#0f766e;color:#fff}
nav button{margin-left:.25rem}main{padding:1rem 2rem;max-width:40rem}#chat{position:fixed;right:1rem;bottom:1rem;width:22rem;border:1px solid #ccc;border-radius:.5rem;background:#fff;padding:.5rem}
#log{list-style:none;margin:0;padding:0;max-height:24rem;overflow:auto}#log li{margin:.25rem 0;padding:.25rem .5rem;border-radius:.25rem;white-space:pre-wrap}
#log li.visitor{background:#e0f2f1;text-align:right}#log li.bot,#log li.operator{background:#f3f4f6}#log li.state{color:#555;font-size:.85em;text-align:center}
#form{display:flex;gap:.25rem}#text{flex:1}`;

export const demoScript = `(() => {
  const log = document.getElementById('log');
  const typing = document.getElementById('typing');
  const shown = new Set();
  const drafts = new Map();
  const add = (entry) => {
    if (shown.has(entry.seq)) return;
    shown.add(entry.seq);
    if (entry.clientId && drafts.has(entry.clientId)) { drafts.get(entry.clientId).remove(); drafts.delete(entry.clientId); }
    const li = document.createElement('li');
    if (entry.kind === 'state') { li.className = 'state'; li.textContent = entry.state === 'human' ? (entry.operator + ' joined') : ('state: ' + entry.state); }
    else { li.className = entry.author.kind; li.textContent = (entry.author.name ? entry.author.name + ': ' : '') + entry.text; }
    log.append(li); log.scrollTop = log.scrollHeight;
  };
  const socket = io('/visitor', { transports: ['websocket', 'polling'], auth: { token: localStorage.getItem('chatbot-token'), lang: document.documentElement.lang, page: location.href, title: document.title, referrer: document.referrer } });
  let lastSeq = 0;
  socket.on('session', (session) => {
    localStorage.setItem('chatbot-token', session.token);
    socket.emit('sync', { after: lastSeq }, (result) => { if (result.ok) result.entries.forEach(add); });
  });
  socket.on('entry', (entry) => { lastSeq = Math.max(lastSeq, entry.seq); add(entry); });
  socket.on('reply', (event) => {
    if (event.phase === 'start') { const li = document.createElement('li'); li.className = 'bot'; drafts.set(event.replyId, li); log.append(li); }
    if (event.phase === 'delta' && drafts.has(event.replyId)) drafts.get(event.replyId).textContent += event.text;
    if (event.phase === 'reset' && drafts.has(event.replyId)) drafts.get(event.replyId).textContent = '';
    if (event.phase === 'cancel' && drafts.has(event.replyId)) { drafts.get(event.replyId).remove(); drafts.delete(event.replyId); }
  });
  socket.on('typing', (event) => { typing.hidden = !event.on; });
  document.getElementById('form').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = document.getElementById('text');
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    socket.emit('message', { clientId: crypto.randomUUID(), text }, (ack) => { if (!ack.ok) alert(ack.error.message); });
  });
  document.getElementById('text').addEventListener('input', (event) => socket.emit('typing', { draft: event.target.value }));
  document.getElementById('human').addEventListener('click', () => socket.emit('human', {}));
  document.querySelectorAll('nav button').forEach((button) => button.addEventListener('click', () => { document.documentElement.lang = button.dataset.lang; }));
  new MutationObserver(() => socket.emit('lang', { lang: document.documentElement.lang })).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
})();`;
