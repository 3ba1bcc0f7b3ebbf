import { SnipgenError } from '../errors.js';
import type { Auth, Endpoint, MultipartField, MultipartFile, Param, Part } from '../model.js';
import { encodeComponent } from '../encoding.js';
import { print, str } from './shell.js';

function unsupported(message: string): SnipgenError {
  return new SnipgenError(`shell/curl: ${message}`, 'unsupported');
}

function literal(text: string): Part {
  return { kind: 'literal', text };
}

/**
 * The request-line flag: `--head` (`--request HEAD` waits for a body that never comes), `--request`,
 * or nothing when curl infers the method: POST from a data or form flag, which the template writes
 * for every body (`--data ''` for a form without fields), else GET.
 */
function curlMethod(endpoint: Endpoint): string {
  const { method, body } = endpoint;
  if (method === 'HEAD') {
    if (body) throw unsupported(`endpoint "${endpoint.id}" sends a body with HEAD, which curl --head cannot do`);
    return '--head';
  }
  if (endpoint.style === 'runnable' && method === (body ? 'POST' : 'GET')) return '';
  return `--request ${str(method)}`;
}

/** Brackets and braces in a URL are curl globbing patterns unless --globoff is given. */
function needsGloboff(url: string): boolean {
  return /[[\]{}]/.test(url);
}

/** `--url-query` content: the name as the URL will carry it, the value encoded by curl at run time. */
function urlQuery(param: Param): string {
  if (param.name === '') {
    // `=value` would be read as "encode value, no name"; `+` sends the pre-encoded pair as written.
    if (!param.value.isLiteral) throw unsupported('a query parameter with an empty name cannot take its value from the environment');
    return str(`+=${encodeComponent(param.value.text)}`);
  }
  return print([literal(`${encodeComponent(param.name)}=`), ...param.value.parts]);
}

/** A header as curl wants it; `Name;` is how curl sends an empty value (`Name:` removes the header). */
function header(param: Param, parts: Part[]): string {
  if (param.value.text === '' && param.value.isLiteral) return str(`${param.name};`);
  return print([literal(`${param.name}: `), ...parts]);
}

/** Runnable headers: values from the environment; basic credentials go through --user instead. */
function curlHeaders(endpoint: Endpoint): string[] {
  const headers = endpoint.auth?.type === 'basic' ? endpoint.headers.slice(1) : endpoint.headers;
  return headers.map((h) => header(h, h.value.parts));
}

/** Reference headers: the text the page shows, basic credentials already encoded. */
function referenceHeaders(endpoint: Endpoint): string[] {
  return endpoint.headers.map((h) => header(h, [literal(h.value.text)]));
}

/** `--user user:password`, from which curl builds the Basic header itself; empty when auth is not basic. */
function curlUser(auth: Auth | null): string {
  if (auth?.type !== 'basic') return '';
  return print([...auth.username.parts, literal(':'), ...auth.password.parts]);
}

/** One form field: `--data-urlencode name=value` (curl encodes the value; the name goes as written). */
function formField(field: { name: string; value: string }): string {
  // `--data-urlencode =value` would drop the `=`; an empty name is sent pre-encoded instead.
  if (field.name === '') return `--data ${str(`=${encodeComponent(field.value)}`)}`;
  return `--data-urlencode ${str(`${encodeComponent(field.name)}=${field.value}`)}`;
}

/** A path for `@file`: `-` would mean standard input. */
function filePath(path: string): string {
  return path === '-' ? './-' : path;
}

/** `--data-binary @path` reads the file's bytes unchanged. */
function dataFile(path: string): string {
  return str(`@${filePath(path)}`);
}

function partName(part: MultipartField | MultipartFile): string {
  if (part.name === '' || part.name.includes('=')) {
    throw unsupported(`curl -F reads a part name up to the first "=", so the part name ${JSON.stringify(part.name)} cannot be sent`);
  }
  return part.name;
}

/** `--form-string name=value`: the value is sent as written (no @file, <file or ;type= parsing). */
function formString(part: MultipartField): string {
  return str(`${partName(part)}=${part.value}`);
}

/** A word in curl's -F syntax: double-quoted with \" and \\ when it holds a separator, quote, backslash or edge space. */
function formWord(text: string): string {
  return /[;,"\\]|^\s|\s$/.test(text) ? `"${text.replace(/[\\"]/g, '\\$&')}"` : text;
}

const FORM_KEYWORDS = /^\s*(type|filename|headers|encoder)=/i;

/** `--form name=@path;type=...;filename=...` in curl's -F syntax. */
function formFile(part: MultipartFile): string {
  const [type, ...params] = part.contentType.split(';');
  const typeOk = /^[^\/\s,;]{1,127}\/[^\s,;]{1,127}$/.test(type!) && params.every((p) => !p.includes(',') && !FORM_KEYWORDS.test(p));
  if (!typeOk) throw unsupported(`curl -F cannot send the part content type ${JSON.stringify(part.contentType)}`);
  const path = filePath(part.path);
  const filename = part.filename === path.split('/').pop() ? '' : `;filename=${formWord(part.filename)}`;
  return str(`${partName(part)}=@${formWord(path)};type=${part.contentType}${filename}`);
}

export const curlHelpers = { curlMethod, needsGloboff, urlQuery, curlHeaders, referenceHeaders, curlUser, formField, dataFile, formString, formFile };
