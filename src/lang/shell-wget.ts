import { SnipgenError } from '../errors.js';
import type { Endpoint, MultipartField, MultipartFile, Param, Part } from '../model.js';
import { shell } from './shell.js';

function word(parts: Part[]): string {
  return shell.expr({ text: '', parts, isLiteral: parts.every((p) => p.kind === 'literal') });
}

/**
 * The URL with its query: wget sends a URL as written, so the query is already percent-encoded,
 * and a secret from the environment goes through the snippet's `urlencode` function.
 */
function wgetUrl(endpoint: Endpoint): string {
  const pieces: string[] = [];
  let run: Part[] = [];
  const flush = () => {
    if (run.length) pieces.push(word(run));
    run = [];
  };
  for (const part of endpoint.url.parts) {
    if (part.kind === 'env' && part.urlEncode) {
      flush();
      // Inside double quotes the command substitution is one word, whatever the value holds.
      pieces.push(`"$(urlencode ${word([{ ...part, urlEncode: false }])})"`);
    } else run.push(part);
  }
  flush();
  return pieces.join('');
}

/** True when the snippet needs its `urlencode` function. */
function wgetNeedsUrlencode(endpoint: Endpoint): boolean {
  return endpoint.url.parts.some((p) => p.kind === 'env' && p.urlEncode);
}

/** `Name: value` for --header (wget replaces an earlier header of the same name, so templates pass headerMap). */
function wgetHeader(header: Param): string {
  return word([{ kind: 'literal', text: `${header.name}: ` }, ...header.value.parts]);
}

/** The Cookie header as a header Param. */
function wgetCookie(cookie: Param['value']): Param {
  return { name: 'Cookie', value: cookie };
}

/** `--method=` for anything but a GET without a body (wget sends a body only with --method). */
function wgetMethod(endpoint: Endpoint): string {
  return endpoint.method === 'GET' && !endpoint.body ? '' : `--method=${word([{ kind: 'literal', text: endpoint.method }])}`;
}

/** True for a multipart body with parts, which the snippet writes to a file before wget sends it. */
function wgetMultipart(endpoint: Endpoint): boolean {
  return endpoint.body?.kind === 'multipart' && endpoint.body.parts.length > 0;
}

/** A part's name or filename in its quoted-string: quotes escaped as Go and curl do, line breaks as browsers do (%0D, %0A). */
function quoted(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}"`;
}

/** The header lines of a multipart part, each printed by the snippet with printf and CRLF. */
function wgetPartHead(part: MultipartField | MultipartFile): string[] {
  if (part.kind === 'field') return [`Content-Disposition: form-data; name=${quoted(part.name)}`];
  if (/[\r\n]/.test(part.contentType)) throw new SnipgenError(`shell/wget: the part content type ${JSON.stringify(part.contentType)} has a line break`, 'unsupported');
  return [`Content-Disposition: form-data; name=${quoted(part.name)}; filename=${quoted(part.filename)}`, `Content-Type: ${part.contentType}`];
}

/** A path for cat: one that starts with "-" would be read as an option. */
function wgetCatPath(path: string): string {
  return word([{ kind: 'literal', text: path.startsWith('-') ? `./${path}` : path }]);
}

export const wgetHelpers = { wgetMultipart, wgetPartHead, wgetCatPath, wgetUrl, wgetNeedsUrlencode, wgetHeader, wgetCookie, wgetMethod };
