import { SnipgenError } from '../errors.js';
import type { MultipartField, MultipartFile, Param, Part, Value } from '../model.js';
import { shell } from './shell.js';

/**
 * HTTPie's request items (`Header:value`, `name==value`, `field=value`, `field@file`), written
 * as bash words with the shell printers. HTTPie splits an item at the first of its separators
 * (`:`, `;`, `==`, `=`, `@`, `:=`, `:@`, `==@`, `=@`, `:=@`), and a backslash before any of the
 * characters `:;@=` makes that character literal; a backslash before anything else is kept as it
 * is, so `\\` is two backslashes and a literal backslash before a separator character cannot be
 * written at all (httpie/cli/argtypes.py, KeyValueArgType.tokenize).
 */
const SEPARATOR_CHAR = /[:;@=]/;

function unsupported(message: string): SnipgenError {
  return new SnipgenError(`shell/httpie: ${message}`, 'unsupported');
}

function literal(text: string): Part {
  return { kind: 'literal', text };
}

function word(parts: Part[]): string {
  return shell.expr({ text: '', parts, isLiteral: parts.every((p) => p.kind === 'literal') });
}

function noEscapedSeparator(text: string, what: string): void {
  if (/\\(?=[:;@=])/.test(text)) throw unsupported(`HTTPie reads a backslash before ":", ";", "@" or "=" as an escape, so the ${what} ${JSON.stringify(text)} cannot be sent`);
}

/** The key of an item: every separator character escaped. */
function key(name: string, what: string): string {
  noEscapedSeparator(name, what);
  // A key's trailing backslash would escape the separator written after it.
  if (name.endsWith('\\')) throw unsupported(`a ${what} that ends in a backslash cannot be written as an HTTPie item (${JSON.stringify(name)})`);
  return name.replace(/[:;@=]/g, '\\$&');
}

/**
 * The value of an item, after its separator: it needs no escapes, but one that starts with a
 * separator character would make a longer separator (`:=` turns a header into raw JSON, `=@`
 * reads a file), so that first character is escaped.
 */
function valueParts(parts: Part[], what: string): Part[] {
  return parts.map((part, i) => {
    if (part.kind !== 'literal') return part;
    noEscapedSeparator(part.text, what);
    return i === 0 && SEPARATOR_CHAR.test(part.text.charAt(0)) ? literal(`\\${part.text}`) : part;
  });
}

/** `Name:value`, or `Name;` for an empty value (`Name:` with nothing after it removes the header). */
function httpieHeader(header: Param): string {
  if (header.value.isLiteral && header.value.text === '') return word([literal(`${key(header.name, 'header name')};`)]);
  return word([literal(`${key(header.name, 'header name')}:`), ...valueParts(header.value.parts, `value of header ${header.name}`)]);
}

/** The Cookie header as an item. */
function httpieCookie(cookie: Value): string {
  return httpieHeader({ name: 'Cookie', value: cookie });
}

/** A Content-Type header item the template writes itself (the empty multipart form's). */
function httpieContentType(type: string): string {
  return httpieHeader({ name: 'Content-Type', value: { text: type, parts: [literal(type)], isLiteral: true } });
}

/** `name==value`: HTTPie percent-encodes both when it builds the URL. */
function httpieQuery(param: Param): string {
  return word([literal(`${key(param.name, 'query name')}==`), ...valueParts(param.value.parts, `value of query parameter ${param.name}`)]);
}

/** `name=value`, a field of --form or --multipart. */
function httpieField(field: { name: string; value: string } | MultipartField): string {
  return word([literal(`${key(field.name, 'field name')}=`), ...valueParts([literal(field.value)], `value of field ${field.name}`)]);
}

/** `@path`: the file's bytes as the body. */
function httpieBodyFile(path: string): string {
  return word([literal('@'), ...valueParts([literal(path)], 'file path')]);
}

/**
 * `name@path;type=content-type`: HTTPie names the part after the file (os.path.basename), so a
 * part whose filename is another name cannot be sent.
 */
function httpieFilePart(part: MultipartFile): string {
  const basename = part.path.split('/').pop();
  if (part.filename !== basename) {
    throw unsupported(`HTTPie names a file part after its file, so the filename ${JSON.stringify(part.filename)} of ${JSON.stringify(part.path)} cannot be sent`);
  }
  if (part.path.includes(';type=') || part.contentType.includes(';type=')) throw unsupported(`HTTPie splits a file item at ";type=", so the part ${JSON.stringify(part.name)} cannot be sent`);
  return word([literal(`${key(part.name, 'part name')}@`), ...valueParts([literal(`${part.path};type=${part.contentType}`)], 'file path')]);
}

export const httpieHelpers = { httpieHeader, httpieCookie, httpieContentType, httpieQuery, httpieField, httpieBodyFile, httpieFilePart };
