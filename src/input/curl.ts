import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { SnipgenError, type SourceLocation } from '../errors.js';
import { parseJsonExact } from '../json.js';
import type { RawEndpoint } from '../spec/normalise.js';
import { parseCookieHeader, settle, slug, withoutLibraryHeaders, type DocumentSource, type EntryProblem, type ImportContext, type Imported, type RawPart as Part } from './common.js';
import { formFields, isJsonMediaType } from './media-types.js';
import { applyOverride } from './overrides.js';
import { parseShellSync, type WordPart } from './shell-words.js';

/**
 * A curl command as a raw endpoint. The file is long because curlRequest is one function: what an
 * option means depends on the command's other options (-G turns the data into the query, -I, -X
 * and the data options decide the method), so the state they build up stays local to it, beside
 * the table of every option it reads.
 */

/** A word of a curl command as the shell passes it, with where it was written. */
export interface CurlWord {
  parts: WordPart[];
  loc: SourceLocation;
}

type Pair = { name: string; value: string };

/** Options that take a value, by every name curl gives them. */
const VALUE_OPTIONS: Record<string, string> = {
  '-X': 'request', '--request': 'request',
  '-H': 'header', '--header': 'header',
  '-d': 'data', '--data': 'data', '--data-ascii': 'data', '--data-raw': 'data-raw', '--data-binary': 'data-binary', '--data-urlencode': 'data-urlencode',
  '--json': 'json',
  '-F': 'form', '--form': 'form', '--form-string': 'form-string',
  '-u': 'user', '--user': 'user',
  '-b': 'cookie', '--cookie': 'cookie',
  '--url': 'url', '--url-query': 'url-query',
  '-A': 'user-agent', '--user-agent': 'user-agent',
  '-e': 'referer', '--referer': 'referer',
  '--oauth2-bearer': 'oauth2-bearer',
  '-T': 'upload-file', '--upload-file': 'upload-file',
  // Where curl writes, how long it waits, how often it retries: nothing of the request itself.
  '-o': 'not-sent', '--output': 'not-sent', '-w': 'not-sent', '--write-out': 'not-sent', '-D': 'not-sent', '--dump-header': 'not-sent',
  '--stderr': 'not-sent', '--trace': 'not-sent', '--trace-ascii': 'not-sent',
  '-m': 'not-sent', '--max-time': 'not-sent', '--connect-timeout': 'not-sent', '--max-redirs': 'not-sent',
  '--retry': 'not-sent', '--retry-delay': 'not-sent', '--retry-max-time': 'not-sent',
};

/**
 * Options without a value. Besides -G, -I, -k, -g and --compressed, these change only what curl
 * prints or how it follows the answer, not the request it sends, so they are read and left out.
 */
const FLAG_OPTIONS: Record<string, string> = {
  '-G': 'get', '--get': 'get',
  '-I': 'head', '--head': 'head',
  '-k': 'insecure', '--insecure': 'insecure',
  '--compressed': 'compressed',
  '-g': 'globoff', '--globoff': 'globoff',
  '-s': 'output', '--silent': 'output', '-S': 'output', '--show-error': 'output', '-i': 'output', '--include': 'output',
  '-v': 'output', '--verbose': 'output', '-f': 'output', '--fail': 'output', '--fail-with-body': 'output',
  '-L': 'output', '--location': 'output', '-#': 'output', '--progress-bar': 'output', '--no-progress-meter': 'output',
  '-O': 'output', '--remote-name': 'output', '--create-dirs': 'output', '-N': 'output', '--no-buffer': 'output',
  '--retry-connrefused': 'output', '--retry-all-errors': 'output',
  // The HTTP version is the library's to choose; the request is the same in each.
  '--http1.1': 'http-version', '--http2': 'http-version',
};

const SUPPORTED =
  '-X, -H, -d/--data/--data-raw/--data-binary, --data-urlencode, --json, -F/--form-string, -T, -u, -b, --url, --url-query, -G, -I, -A, -e, --oauth2-bearer, -k, --compressed, -g, --http1.1, --http2, and the options that change only what curl prints, writes or waits for (-s, -S, -i, -v, -f, -L, -o, -w, -m, --retry, ...)';

export interface CurlRequest {
  raw?: RawEndpoint;
  problems: EntryProblem[];
  warnings: string[];
}

/**
 * The request one curl command sends, from its words (the first is `curl`). Options snipgen does
 * not read are refused by name at their place, and so is a value only the shell knows; the one
 * variable read is a bearer token (`-H "Authorization: Bearer $TOKEN"`), which the runnable
 * snippets then read from the environment too. `base` is the folder `@file` names resolve from.
 */
export function curlRequest(words: readonly CurlWord[], base: string): CurlRequest {
  const problems: EntryProblem[] = [];
  const warnings: string[] = [];
  const fail = (message: string, loc: SourceLocation) => problems.push({ message, loc });
  const literal = (word: CurlWord, what: string): string | undefined => {
    const variable = word.parts.find((p): p is { variable: string } => 'variable' in p);
    if (variable) {
      fail(`${what} uses $${variable.variable}, whose value only the shell knows: write the value (a bearer token may stay a variable)`, word.loc);
      return undefined;
    }
    return word.parts.map((p) => ('text' in p ? p.text : '')).join('');
  };

  const seen: Array<{ option: string; value?: CurlWord; loc: SourceLocation }> = [];
  const urls: CurlWord[] = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const first = word.parts[0];
    const text = first && 'text' in first ? first.text : '';
    const isOption = text.startsWith('-') && text.length > 1;
    if (!isOption) {
      urls.push(word);
      continue;
    }
    if (text.startsWith('--')) {
      const option = word.parts.length === 1 ? (VALUE_OPTIONS[text] ?? FLAG_OPTIONS[text]) : undefined;
      if (!option) fail(`curl option ${text} is not supported (snipgen reads ${SUPPORTED})`, word.loc);
      else if (VALUE_OPTIONS[text]) {
        const value = words[++i];
        if (!value) fail(`curl option ${text} needs a value`, word.loc);
        else seen.push({ option, value, loc: value.loc });
      } else seen.push({ option, loc: word.loc });
      continue;
    }
    // Short options may be bundled (-sS) and may carry their value (-XPOST, -H'Accept: x').
    for (let c = 1; c < text.length; c++) {
      const flag = `-${text[c]}`;
      const loc = { ...word.loc, col: word.loc.col + c };
      if (VALUE_OPTIONS[flag]) {
        const rest = [{ text: text.slice(c + 1) }, ...word.parts.slice(1)].filter((p) => !('text' in p) || p.text !== '');
        const value = rest.length ? { parts: rest, loc: { ...loc, col: loc.col + 1 } } : words[++i];
        if (!value) fail(`curl option ${flag} needs a value`, loc);
        else seen.push({ option: VALUE_OPTIONS[flag]!, value, loc: value.loc });
        break;
      }
      if (FLAG_OPTIONS[flag]) seen.push({ option: FLAG_OPTIONS[flag]!, loc });
      else {
        fail(`curl option ${flag} is not supported (snipgen reads ${SUPPORTED})`, loc);
        break;
      }
    }
  }
  for (const { option, value } of seen) if (option === 'url' && value) urls.push(value);
  if (urls.length !== 1) {
    // After a refused option, a stray word may be that option's value: the refusal says enough.
    if (!problems.length) fail(urls.length ? `the command names ${urls.length} URLs; snipgen reads one request per curl command` : 'the command names no URL', (urls[1] ?? words[0]!).loc);
    return { problems, warnings };
  }
  const urlText = literal(urls[0]!, 'the URL');
  let url: URL | undefined;
  try {
    url = urlText === undefined ? undefined : new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(urlText) ? urlText : `http://${urlText}`);
  } catch {
    url = undefined;
  }
  if (urlText !== undefined && (!url || !/^https?:$/.test(url.protocol))) fail(`${JSON.stringify(urlText)} is not an http(s) URL`, urls[0]!.loc);
  const has = (option: string) => seen.some((s) => s.option === option);
  if (urlText !== undefined && /[[{]/.test(urlText) && !has('globoff')) fail('curl reads [ and { in a URL as a pattern of several URLs (add -g to send them as they are)', urls[0]!.loc);

  const headers: Pair[] = [];
  const query: Pair[] = url ? [...url.searchParams].map(([name, value]) => ({ name, value })) : [];
  const cookies: Pair[] = [];
  const data: string[] = [];
  const parts: Part[] = [];
  let fileBody: string | undefined;
  let uploadFile: string | undefined;
  let auth: RawEndpoint['auth'];
  let json = false;
  let method: string | undefined;
  let placeholderFiles = false;
  /** A file the request sends; one not beside the command is read at run time from the snippet's folder, told. */
  const read = (file: string, what: string): string => {
    if (!isFile(resolve(base, file))) {
      placeholderFiles = true;
      warnings.push(`${what}, which is not beside the curl command: the snippet reads it from the folder it runs in (put the file there)`);
    }
    return file;
  };
  for (const { option, value, loc } of seen) {
    if (option === 'not-sent') continue;
    if (!value) {
      if (option === 'insecure') warnings.push('-k is not carried over: the snippets check the server\'s TLS certificate');
      if (option === 'http-version') warnings.push('the HTTP version is not carried over: each snippet\'s library chooses its own');
      continue;
    }
    if (option === 'header') {
      const bearer = bearerVariable(value);
      if (bearer) {
        auth = { type: 'bearer', env: bearer };
        continue;
      }
    }
    const text = literal(value, `the value of ${option}`);
    if (text === undefined) continue;
    switch (option) {
      case 'request':
        method = text.toUpperCase();
        break;
      case 'header': {
        const match = /^([^:;]+)([:;])[ \t]*(.*)$/s.exec(text);
        if (!match) fail(text.startsWith('@') ? `-H ${text} reads headers from a file: give each as -H "Name: value"` : `the header ${JSON.stringify(text)} is not "Name: value"`, loc);
        else if (match[2] === ';' && match[3] === '') headers.push({ name: match[1]!.trim(), value: '' });
        else if (match[2] === ':' && match[3] === '') warnings.push(`-H ${JSON.stringify(text)} tells curl not to send ${match[1]!.trim()}; the snippets leave it to their library`);
        else if (match[2] === ':') {
          const token = /^Bearer[ \t]+(\S+)$/i.exec(match[3]!)?.[1];
          if (match[1]!.trim().toLowerCase() === 'authorization' && token) auth = { type: 'bearer', token };
          else headers.push({ name: match[1]!.trim(), value: match[3]! });
        } else fail(`the header ${JSON.stringify(text)} is not "Name: value"`, loc);
        break;
      }
      case 'data':
      case 'data-raw':
      case 'json':
        if (option !== 'data-raw' && text.startsWith('@')) fail(`${option === 'json' ? '--json' : '-d'} ${text} reads the body from a file, without its line breaks: use --data-binary ${text}`, loc);
        else data.push(text);
        if (option === 'json') json = true;
        break;
      case 'upload-file':
        // curl -T sends the file as it is (PUT unless -X says otherwise) and, to a URL ending in
        // "/", names it after the file.
        if (text === '-' || text === '.') fail(`-T ${text} reads the body from standard input: give a file`, loc);
        else uploadFile = read(text, `the body is the file ${text}`);
        break;
      case 'data-binary':
        if (text.startsWith('@')) fileBody = read(text.slice(1), `the body is the file ${text.slice(1)}`);
        else data.push(text);
        break;
      case 'data-urlencode':
      case 'url-query': {
        const pair = urlEncoded(text, option === 'url-query');
        if (!pair) fail(`--${option} ${text} reads a file: snipgen reads the value only`, loc);
        else if (option === 'url-query') query.push(...[...new URLSearchParams(pair)].map(([name, value]) => ({ name, value })));
        else data.push(pair);
        break;
      }
      case 'form':
      case 'form-string': {
        const eq = text.indexOf('=');
        if (eq < 1) {
          fail(`the form field ${JSON.stringify(text)} is not name=value`, loc);
          break;
        }
        const name = text.slice(0, eq);
        const rest = text.slice(eq + 1);
        if (option === 'form-string') parts.push({ name, value: rest });
        else if (rest.startsWith('<')) fail(`-F ${name}=<file sends a file's text as a field, which snipgen does not read: use -F ${name}=@file`, loc);
        else if (rest.startsWith('@')) {
          const [file, ...attrs] = rest.slice(1).split(';');
          const attr = (key: string) => attrs.find((a) => a.startsWith(`${key}=`))?.slice(key.length + 1).replace(/^"|"$/g, '');
          read(file!, `the form field ${name} uploads ${file}`);
          parts.push({ name, file: file!, ...(attr('filename') ? { filename: attr('filename') } : {}), ...(attr('type') ? { contentType: attr('type') } : {}) });
        } else if (/;type=/.test(rest)) fail(`-F ${name}: a text field with its own type is not something snipgen sends`, loc);
        else parts.push({ name, value: rest });
        break;
      }
      case 'user': {
        const colon = text.indexOf(':');
        auth = { type: 'basic', username: colon === -1 ? text : text.slice(0, colon), ...(colon === -1 ? {} : { password: text.slice(colon + 1) }) };
        break;
      }
      case 'cookie':
        if (!text.includes('=')) fail(`-b ${text} reads cookies from a file: give them as -b "name=value; other=value"`, loc);
        else cookies.push(...parseCookieHeader(text));
        break;
      case 'user-agent':
        headers.push({ name: 'User-Agent', value: text });
        break;
      case 'referer':
        headers.push({ name: 'Referer', value: text });
        break;
      case 'oauth2-bearer':
        auth = { type: 'bearer', token: text };
        break;
    }
  }
  const body = requestBody();
  if (problems.length || !url) return { problems, warnings };
  const raw: RawEndpoint = {
    id: '',
    method: method ?? (uploadFile !== undefined ? 'PUT' : has('head') ? 'HEAD' : has('get') ? 'GET' : body ? 'POST' : 'GET'),
    baseUrl: url.origin,
    path: uploadFile !== undefined && url.pathname.endsWith('/') ? url.pathname + encodeURIComponent(basename(uploadFile)) : url.pathname,
  };
  if (query.length) raw.query = query;
  // curl sends a -H Cookie line beside the one -b makes; the snippets send one line with them all.
  const cookieLines = headers.filter((h) => h.name.toLowerCase() === 'cookie');
  if (cookieLines.length) cookies.unshift(...cookieLines.flatMap((h) => parseCookieHeader(h.value)));
  const sent = withoutLibraryHeaders(
    headers.filter((h) => h.name.toLowerCase() !== 'cookie'),
    (message) => warnings.push(message),
  );
  if (sent.length) raw.headers = sent;
  if (cookies.length) raw.cookies = cookies;
  if (auth) raw.auth = auth;
  if (body) raw.body = body;
  if (placeholderFiles) raw.placeholderFiles = true;
  return { raw, problems, warnings };

  function requestBody(): RawEndpoint['body'] {
    const given = headers.findIndex((h) => h.name.toLowerCase() === 'content-type');
    const declared = given === -1 ? undefined : headers[given]!.value;
    if (json) {
      if (!headers.some((h) => h.name.toLowerCase() === 'accept')) headers.push({ name: 'Accept', value: 'application/json' });
    }
    const kinds = [data.length > 0, parts.length > 0, fileBody !== undefined, uploadFile !== undefined].filter(Boolean).length;
    if (kinds > 1) {
      fail('the command gives its body more than one way (-d, -F, --data-binary @file, -T): curl sends one', words[0]!.loc);
      return undefined;
    }
    if (has('get') && data.length) {
      query.push(...[...new URLSearchParams(data.join('&'))].map(([name, value]) => ({ name, value })));
      return undefined;
    }
    if (parts.length) {
      // The client library writes the multipart Content-Type, with its boundary.
      if (given !== -1 && /^multipart\/form-data\s*(;|$)/i.test(declared!)) headers.splice(given, 1);
      return { multipart: parts };
    }
    if (fileBody !== undefined) return { file: fileBody, contentType: declared ?? 'application/x-www-form-urlencoded' };
    if (uploadFile !== undefined) return { file: uploadFile, contentType: declared ?? 'application/octet-stream' };
    if (!data.length) return undefined;
    const text = data.join('&');
    const type = json ? (declared ?? 'application/json') : (declared ?? 'application/x-www-form-urlencoded');
    if (given !== -1) headers.splice(given, 1);
    if (isJsonMediaType(type)) {
      try {
        return { json: parseJsonExact(text), ...(type !== 'application/json' ? { contentType: type } : {}) };
      } catch {
        warnings.push(`the body is labelled ${type} but is not JSON: it is sent as its exact text`);
        return { text, contentType: type };
      }
    }
    const form = type.split(';')[0]!.trim().toLowerCase() === 'application/x-www-form-urlencoded' ? formFields(text) : undefined;
    if (form) return { form, ...(type !== 'application/x-www-form-urlencoded' ? { contentType: type } : {}) };
    return { text, contentType: type };
  }
}

/** `-H "Authorization: Bearer $TOKEN"`: the variable's name. */
function bearerVariable(word: CurlWord): string | undefined {
  const [first, second, ...rest] = word.parts;
  if (rest.length || !first || !second || !('text' in first) || !('variable' in second)) return undefined;
  return /^authorization:[ \t]*bearer[ \t]+$/i.test(first.text) ? second.variable : undefined;
}

/** A --data-urlencode (or --url-query) value as curl encodes it, or undefined when it names a file. */
function urlEncoded(text: string, query: boolean): string | undefined {
  if (query && text.startsWith('+')) return text.slice(1);
  const eq = text.indexOf('=');
  const at = text.indexOf('@');
  if (at !== -1 && (eq === -1 || at < eq)) return undefined;
  if (eq === -1) return encodeURIComponent(text);
  const name = text.slice(0, eq);
  return `${name ? `${name}=` : ''}${encodeURIComponent(text.slice(eq + 1))}`;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** A file of curl commands: is its first command line (after comments) a curl command? */
export function looksLikeCurl(text: string): boolean {
  // A script may set variables or options first (`export TOKEN=...`, `set -e`).
  const first = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('#') && !/^(export\s+)?[A-Za-z_][A-Za-z0-9_]*=|^set\s+-/.test(l));
  return first !== undefined && /^curl(\s|$)/.test(first);
}

/** One endpoint per curl command of a file (`\` continuations and several commands allowed). */
export function importCurl(ctx: ImportContext): { endpoints: Imported[]; warnings: SnipgenError[]; skipped: SnipgenError[]; source: DocumentSource } {
  const at = (row: number, col: number): SourceLocation => ({ file: ctx.shown, line: row + 1, col: col + 1 });
  // Read as bash, cmd's carets would become part of every word: one clear refusal instead of a wrong request.
  const caret = /(?<=^[ \t]*curl[ \t]+)\^"|(?<=[ \t])\^\r?$/m.exec(ctx.text);
  if (caret) {
    const before = ctx.text.slice(0, caret.index).split('\n');
    ctx.errors.push(new SnipgenError('this curl command is written for Windows cmd (^ escapes and line continuations): snipgen reads bash syntax, so copy the request as cURL (bash)', 'input', at(before.length - 1, before.at(-1)!.length)));
    return { endpoints: [], warnings: [], skipped: [], source: { locate: () => at(0, 0) } };
  }
  const script = parseShellSync(ctx.text);
  const places: SourceLocation[] = [];
  const source: DocumentSource = { locate: (path) => places[Number(path[1])] ?? at(0, 0) };
  const warnings: SnipgenError[] = [];
  const skipped: SnipgenError[] = [];
  const endpoints: Imported[] = [];
  const ids = ctx.ids;
  // What the shell cannot read is not tied to one request that could be skipped.
  for (const p of script.problems) ctx.errors.push(new SnipgenError(p.message, 'input', at(p.row, p.col)));
  script.commands.forEach((command, i) => {
    const place = at(command.row, command.col);
    places.push(place);
    const words = command.words.map((w) => ({ parts: w.parts, loc: at(w.row, w.col) }));
    const program = words[0]?.parts.map((p) => ('text' in p ? p.text : '')).join('');
    const name = `curl command ${i + 1}`;
    if (program !== 'curl') {
      // Docs set a variable or print something between their curl commands: skipped, told.
      const skip = settle(ctx, name, [{ message: `only curl commands are read, not ${JSON.stringify(program)}`, loc: place }], warnings);
      if (skip) skipped.push(skip);
      return;
    }
    const request = curlRequest(words, dirname(ctx.file));
    request.problems.unshift(...command.problems.map((p) => ({ message: p.message, loc: at(p.row, p.col) })));
    request.warnings.push(...command.notes);
    if (!request.raw || request.problems.length) {
      const skip = settle(ctx, name, request.problems, warnings);
      if (skip) skipped.push(skip);
      return;
    }
    let raw = { ...request.raw, id: ids.claim(slug(`${request.raw.method} ${request.raw.path}`)) };
    const keys = [raw.id, `${raw.method} ${request.raw.path}`];
    const override = ctx.overrides?.take(keys, ctx.errors);
    if (override) raw = applyOverride(raw, override);
    endpoints.push({ raw, pointer: ['commands', i], bodyPointer: ['commands', i], origin: { kind: 'curl', command: i }, keys, warnings: request.warnings.map((w) => `${name}: ${w}`), name });
  });
  return { endpoints, warnings, skipped, source };
}
