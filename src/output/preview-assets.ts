// The preview page's inline style and scripts. They hold no input data (that is all in the HTML,
// escaped), so the page's Content-Security-Policy allows exactly these texts by their hashes.

/** Light colours by default; dark ones when the system asks for them, unless the toggle chose. */
export const PREVIEW_CSS = `
:root { color-scheme: light; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa; --accent: #0969da;
  --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --info: #8250df;
  --k: #cf222e; --s: #0a3069; --n: #0550ae; --c: #59636e; --t: #8250df; --a: #953800; }
:root[data-theme="dark"] { color-scheme: dark; --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23; --accent: #4493f8;
  --ok: #3fb950; --bad: #f85149; --warn: #d29922; --info: #ab7df8;
  --k: #ff7b72; --s: #a5d6ff; --n: #79c0ff; --c: #9198a1; --t: #d2a8ff; --a: #ffa657; }
@media (prefers-color-scheme: dark) {
  :root:not([data-theme="light"]) { color-scheme: dark; --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23; --accent: #4493f8;
    --ok: #3fb950; --bad: #f85149; --warn: #d29922; --info: #ab7df8;
    --k: #ff7b72; --s: #a5d6ff; --n: #79c0ff; --c: #9198a1; --t: #d2a8ff; --a: #ffa657; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
header { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .6rem 1.2rem; background: var(--panel); border-bottom: 1px solid var(--line); }
header h1 { font-size: 1.05rem; margin: 0 auto 0 0; }
select, button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: .2rem .6rem; cursor: pointer; }
button:hover, select:hover { border-color: var(--accent); }
.layout { display: grid; grid-template-columns: minmax(10rem, 16rem) 1fr; }
nav { position: sticky; top: 6rem; align-self: start; max-height: calc(100vh - 6rem); overflow: auto; padding: 1rem; font-size: .9rem; }
nav ol { list-style: none; margin: 0; padding: 0; }
nav a { color: var(--fg); text-decoration: none; display: block; padding: .1rem 0; }
nav a:hover { color: var(--accent); }
main { padding: 0 1.5rem 3rem; min-width: 0; }
section.endpoint { border-bottom: 1px solid var(--line); padding: 1rem 0; }
section.endpoint h2 { font-size: 1.2rem; margin: .2rem 0; }
.request { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85rem; color: var(--muted); overflow-wrap: anywhere; }
.method { font-weight: 700; color: var(--accent); }
.description { white-space: pre-wrap; }
.snippet { margin: .8rem 0; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
.bar { display: flex; flex-wrap: wrap; gap: .3rem .8rem; align-items: center; padding: .4rem .7rem; background: var(--panel); border-bottom: 1px solid var(--line); font-size: .85rem; }
.bar .client { font-weight: 600; }
.bar .copy { margin-left: auto; }
.install { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); overflow-wrap: anywhere; }
.badge { border-radius: 999px; padding: 0 .55rem; border: 1px solid currentColor; font-size: .78rem; white-space: nowrap; }
.badge.passed { color: var(--ok); } .badge.failed { color: var(--bad); } .badge.skipped, .badge.unknown { color: var(--muted); }
.badge.syntax-checked { color: var(--warn); } .badge.known-defect { color: var(--info); }
pre { margin: 0; padding: .8rem 1rem; overflow: auto; tab-size: 4; font: .85rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.missing { color: var(--muted); font-style: italic; }
.note, footer { color: var(--muted); font-size: .8rem; }
footer { padding: 1rem 1.5rem; }
.offscreen { position: fixed; top: 0; left: -9999px; opacity: 0; }
.hljs-keyword, .hljs-meta .hljs-keyword, .hljs-selector-tag, .hljs-doctag { color: var(--k); }
.hljs-string, .hljs-regexp, .hljs-meta .hljs-string, .hljs-char.escape_ { color: var(--s); }
.hljs-number, .hljs-literal, .hljs-built_in, .hljs-symbol, .hljs-variable.constant_ { color: var(--n); }
.hljs-comment, .hljs-quote { color: var(--c); font-style: italic; }
.hljs-title, .hljs-title.function_, .hljs-title.class_, .hljs-section, .hljs-type { color: var(--t); }
.hljs-attr, .hljs-attribute, .hljs-name, .hljs-params, .hljs-variable, .hljs-template-variable, .hljs-meta, .hljs-subst, .hljs-property { color: var(--a); }
@media (max-width: 50rem) { .layout { display: block; } nav { display: none; } }
`;

/**
 * The picker (one choice, remembered in localStorage, applied to every endpoint), the copy
 * buttons (the Clipboard API, else a selected textarea and execCommand), and the theme toggle.
 * Without JavaScript every snippet shows, one after another.
 */
export const PREVIEW_SCRIPT = `
(function () {
  var CLIENT = 'snipgen-preview-client', THEME = 'snipgen-preview-theme';
  var root = document.documentElement;
  function load(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
  function save(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* storage off: the choice lasts this page */ } }
  var picker = document.getElementById('client');
  function show(id) {
    var sections = document.querySelectorAll('section.endpoint');
    for (var i = 0; i < sections.length; i++) {
      var found = false, snippets = sections[i].querySelectorAll('.snippet');
      for (var j = 0; j < snippets.length; j++) {
        var on = snippets[j].getAttribute('data-client') === id;
        snippets[j].hidden = !on;
        found = found || on;
      }
      var missing = sections[i].querySelector('.missing');
      if (missing) missing.hidden = found;
    }
  }
  var saved = load(CLIENT);
  for (var k = 0; k < picker.options.length; k++) if (picker.options[k].value === saved) picker.value = saved;
  picker.hidden = false;
  show(picker.value);
  picker.addEventListener('change', function () { save(CLIENT, picker.value); show(picker.value); });

  var toggle = document.getElementById('theme');
  var theme = load(THEME);
  if (theme === 'dark' || theme === 'light') root.setAttribute('data-theme', theme);
  function dark() {
    var chosen = root.getAttribute('data-theme');
    return chosen ? chosen === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
  }
  function label() { toggle.textContent = dark() ? 'Light mode' : 'Dark mode'; toggle.setAttribute('aria-pressed', String(dark())); }
  toggle.addEventListener('click', function () {
    var next = dark() ? 'light' : 'dark';
    root.setAttribute('data-theme', next);
    save(THEME, next);
    label();
  });
  toggle.hidden = false;
  label();

  function fallbackCopy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }
  var buttons = document.querySelectorAll('button.copy');
  for (var b = 0; b < buttons.length; b++) buttons[b].hidden = false;
  document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('button.copy') : null;
    if (!button) return;
    var text = button.closest('.snippet').querySelector('pre code').textContent;
    function done(ok) {
      button.textContent = ok ? 'Copied' : 'Copy failed';
      button.setAttribute('data-copied', ok ? 'yes' : 'no');
      setTimeout(function () { button.textContent = 'Copy'; }, 1500);
    }
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
    else done(fallbackCopy(text));
  });
})();
`;

/** Only in the page \`snipgen preview --serve --watch\` serves: reloads when the server says the page was rebuilt. */
export const RELOAD_SCRIPT = `
new EventSource('/__snipgen/events').addEventListener('reload', function () { location.reload(); });
`;

/** Where RELOAD_SCRIPT listens. */
export const EVENTS_PATH = '/__snipgen/events';
