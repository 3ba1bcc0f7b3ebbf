import { SnipgenError } from '../errors.js';
import type { Endpoint, MultipartField, MultipartFile, Param, Part, Style, Value } from '../model.js';
import { str } from './swift.js';

/** httpsnippet's fixed boundary, which the reference style keeps; the runnable style draws a UUID. */
const REFERENCE_BOUNDARY = '---011000010111000001101001';

/** The request's header fields as one list: headerMap, then the cookies (merged into a Cookie header the spec sets itself). */
function headerFields(endpoint: Endpoint): Param[] {
  const fields = endpoint.headerMap.map((h) => ({ ...h }));
  if (endpoint.cookieHeader) {
    const existing = fields.find((h) => h.name.toLowerCase() === 'cookie');
    if (existing) existing.value = joinValues(existing.value, '; ', endpoint.cookieHeader);
    else fields.push({ name: 'Cookie', value: endpoint.cookieHeader });
  }
  if (endpoint.style === 'reference' && endpoint.body?.kind === 'multipart') {
    fields.push({ name: 'Content-Type', value: literalValue(`multipart/form-data; boundary=${REFERENCE_BOUNDARY}`) });
  }
  return fields;
}

function joinValues(a: Value, separator: string, b: Value): Value {
  const parts: Part[] = [...a.parts, { kind: 'literal', text: separator }, ...b.parts];
  const merged = parts.reduce<Part[]>((out, p) => {
    const last = out.at(-1);
    if (p.kind === 'literal' && last?.kind === 'literal') out[out.length - 1] = { kind: 'literal', text: last.text + p.text };
    else out.push(p);
    return out;
  }, []);
  return { text: a.text + separator + b.text, parts: merged, isLiteral: a.isLiteral && b.isLiteral };
}

function literalValue(text: string): Value {
  return { text, parts: [{ kind: 'literal', text }], isLiteral: true };
}

/**
 * A multipart parameter value for a Content-Disposition header: quotes and line breaks
 * percent-encoded the way browsers and urllib3 do (WHATWG HTML), everything else as is.
 */
function dispositionParam(text: string): string {
  return text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * The text of one multipart part as a literal: all of a field part; a file part up to its
 * content, which the snippet reads from the file. The runnable style interpolates its
 * `boundary` variable, the reference style writes httpsnippet's fixed boundary.
 */
function partText(part: MultipartField | MultipartFile, style: Style): string {
  const boundary = style === 'reference' ? REFERENCE_BOUNDARY : '\\(boundary)';
  let head = `Content-Disposition: form-data; name="${dispositionParam(part.name)}"`;
  if (part.kind === 'file') head += `; filename="${dispositionParam(part.filename)}"\r\nContent-Type: ${part.contentType}`;
  const tail = part.kind === 'field' ? `${part.value}\r\n` : '';
  const literal = str(`${head}\r\n\r\n${tail}`);
  return `"--${boundary}\\r\\n${literal.slice(1)}`;
}

/** The closing delimiter line of a multipart body, as a literal. */
function multipartEnd(style: Style): string {
  return style === 'reference' ? str(`--${REFERENCE_BOUNDARY}--\r\n`) : '"--\\(boundary)--\\r\\n"';
}

/** The `a=1`, `&b=2` pieces of a form body, percent-encoded, one per field (httpsnippet appends them one by one). */
function formPieces(fields: Array<{ name: string; value: string }>): string[] {
  return fields.map((f, i) => `${i ? '&' : ''}${new URLSearchParams([[f.name, f.value]]).toString()}`);
}

/** URLSession refuses a body on GET and HEAD requests, so such a spec cannot be sent. */
function checkBody(endpoint: Endpoint): string {
  if (endpoint.body && (endpoint.method === 'GET' || endpoint.method === 'HEAD')) {
    throw new SnipgenError(`swift/urlsession: URLSession refuses a ${endpoint.method} request with a body`, 'unsupported', endpoint.source);
  }
  return '';
}

export const urlsessionHelpers = {
  headerFields: (endpoint: Endpoint) => headerFields(endpoint),
  partText: (part: MultipartField | MultipartFile, style: Style) => partText(part, style),
  multipartEnd: (style: Style) => multipartEnd(style),
  formPieces: (fields: Array<{ name: string; value: string }>) => formPieces(fields),
  checkBody: (endpoint: Endpoint) => checkBody(endpoint),
};
