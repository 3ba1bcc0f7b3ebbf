import { c } from './c.js';
import { clojure } from './clojure.js';
import { crystal } from './crystal.js';
import { browser } from './browser.js';
import { jqueryHelpers } from './browser-jquery.js';
import { csharp } from './csharp.js';
import { csharpHttpclientHelpers } from './csharp-httpclient.js';
import { restsharpHelpers } from './csharp-restsharp.js';
import { elixir } from './elixir.js';
import { go } from './go.js';
import { haskell } from './haskell.js';
import { goNetHttpHelpers } from './go-net-http.js';
import { restyHelpers } from './go-resty.js';
import { http } from './http.js';
import { java } from './java.js';
import { apacheHelpers } from './java-apache-httpclient.js';
import { javaHttpclientHelpers } from './java-httpclient.js';
import { okhttpHelpers } from './java-okhttp.js';
import { unirestHelpers } from './java-unirest.js';
import { javascript } from './javascript.js';
import { fetchHelpers } from './javascript-fetch.js';
import { JVM_HTTP_HELPERS } from './jvm-http.js';
import { kotlin } from './kotlin.js';
import { perl } from './perl.js';
import { objc } from './objc.js';
import { ocaml } from './ocaml.js';
import { lua } from './lua.js';
import { php } from './php.js';
import { phpCurlHelpers } from './php-curl.js';
import { guzzleHelpers } from './php-guzzle.js';
import { powershell } from './powershell.js';
import { python } from './python.js';
import { requestsHelpers } from './python-requests.js';
import { r } from './r.js';
import { httrHelpers } from './r-httr.js';
import { httr2Helpers } from './r-httr2.js';
import { ruby } from './ruby.js';
import { httpartyHelpers } from './ruby-httparty.js';
import { netHttpHelpers } from './ruby-net-http.js';
import { restClientHelpers } from './ruby-rest-client.js';
import { rust } from './rust.js';
import { reqwestHelpers } from './rust-reqwest.js';
import { ureqHelpers } from './rust-ureq.js';
import type { LanguagePrinter } from './shared.js';
import { shell } from './shell.js';
import { curlHelpers } from './shell-curl.js';
import { httpieHelpers } from './shell-httpie.js';
import { wgetHelpers } from './shell-wget.js';
import { swift } from './swift.js';
import { urlsessionHelpers } from './swift-urlsession.js';

type Helpers = NonNullable<LanguagePrinter['helpers']>;

/**
 * A language's printers with its clients' own helpers (src/lang/<language>-<client>.ts) added.
 * Every client of a language sees all of them, so a name defined twice would silently shadow
 * one client's helper with another's: it is refused instead.
 */
function withClients(printer: LanguagePrinter, ...clients: Helpers[]): LanguagePrinter {
  const helpers: Helpers = { ...printer.helpers };
  for (const own of clients) {
    for (const [name, helper] of Object.entries(own)) {
      if (name in helpers) throw new Error(`the helper ${name} is defined twice for one language`);
      helpers[name] = helper;
    }
  }
  return { ...printer, helpers };
}

/** Each language's literal printers and its clients' helpers; the render stage binds them as that language's helpers. */
export const PRINTERS: Record<string, LanguagePrinter> = {
  python: withClients(python, requestsHelpers),
  javascript: withClients(javascript, fetchHelpers),
  go: withClients(go, goNetHttpHelpers, restyHelpers),
  ruby: withClients(ruby, netHttpHelpers, restClientHelpers, httpartyHelpers),
  java: withClients(java, JVM_HTTP_HELPERS, unirestHelpers, javaHttpclientHelpers, okhttpHelpers, apacheHelpers),
  php: withClients(php, phpCurlHelpers, guzzleHelpers),
  perl,
  csharp: withClients(csharp, csharpHttpclientHelpers, restsharpHelpers),
  crystal,
  ocaml,
  objc,
  swift: withClients(swift, urlsessionHelpers),
  c,
  rust: withClients(rust, reqwestHelpers, ureqHelpers),
  haskell,
  powershell,
  r: withClients(r, httrHelpers, httr2Helpers),
  kotlin,
  clojure,
  http,
  shell: withClients(shell, curlHelpers, httpieHelpers, wgetHelpers),
  browser: withClients(browser, jqueryHelpers),
  lua,
  elixir,
};
export type { LanguagePrinter } from './shared.js';
