import { SnipgenError } from '../errors.js';
import type { Endpoint, JsonValue, MultipartField, MultipartFile, Param, Part, Value } from '../model.js';
import { stringifyJson } from '../json.js';
import { cEscape, escapeCodePoints, hex, isUnsafeRaw, type LanguagePrinter } from './shared.js';

const INDENT = '    ';

/**
 * The inside of an Objective-C string literal: C's escapes; ASCII controls in octal (three digits
 * at most, where `\x` would swallow the hex digits after it); C1 controls as their UTF-8 bytes in
 * octal (C forbids a universal character name for a control); other unsafe code points as
 * `\uXXXX`; `\?` after a `?`, so no `??x` is ever a trigraph. Printable non-ASCII stays readable:
 * clang reads sources and @"" literals as UTF-8. A lone surrogate has no spelling (C rejects
 * `\uD800` and an NSString literal is UTF-8 text), so it is refused.
 */
function body(text: string): string {
  return escapeCodePoints(text, (char, code) => {
    const common = cEscape(char);
    if (common) return common;
    if (!isUnsafeRaw(code)) return undefined;
    if (code < 0x80) return `\\${code.toString(8).padStart(3, '0')}`;
    if (code < 0xa0) return [0xc0 | (code >> 6), 0x80 | (code & 0x3f)].map((b) => `\\${b.toString(8)}`).join('');
    if (code >= 0xd800 && code <= 0xdfff) {
      throw new SnipgenError('objc/nsurlsession cannot write a lone UTF-16 surrogate in an Objective-C string literal', 'unsupported');
    }
    return code > 0xffff ? `\\U${hex(code, 8)}` : `\\u${hex(code, 4)}`;
  }).replace(/\?(?=\?)/g, '?\\');
}

/** An NSString literal. */
function str(text: string): string {
  return `@"${body(text)}"`;
}

/**
 * A JSON document as an NSString holding its JSON text, one literal per line (adjacent literals
 * are one string): NSJSONSerialization neither keeps key order nor every integer exactly.
 */
function lit(value: JsonValue, indent = '', unit = INDENT): string {
  const lines = stringifyJson(value, 2).split('\n');
  if (lines.length === 1) return str(lines[0]!);
  return lines.map((line, i) => `${i ? indent + unit : ''}${str(i < lines.length - 1 ? `${line}\n` : line)}`).join('\n');
}

function piece(part: Part): { code: string; atom: boolean } {
  if (part.kind === 'literal') return { code: str(part.text), atom: true };
  if (part.kind === 'base64') return { code: `[[${print(part.parts)} dataUsingEncoding:NSUTF8StringEncoding] base64EncodedStringWithOptions:0]`, atom: true };
  const lookup = `([NSProcessInfo.processInfo.environment objectForKey:${str(part.name)}] ?: ${str(part.fallback)})`;
  // `unreserved` is the RFC 3986 set the template declares whenever a value needs it.
  return { code: part.urlEncode ? `[${lookup} stringByAddingPercentEncodingWithAllowedCharacters:unreserved]` : lookup, atom: true };
}

/** One part prints as itself; several are joined by NSArray's componentsJoinedByString. */
function print(parts: Part[]): string {
  if (parts.length === 1) return piece(parts[0]!).code;
  return `[@[${parts.map((p) => piece(p).code).join(', ')}] componentsJoinedByString:@""]`;
}

/** The header fields, one per name (repeats joined with ", "), then the cookies in a Cookie header. */
function headerFields(endpoint: Endpoint): Param[] {
  const fields = endpoint.headerMap.map((h) => ({ ...h }));
  if (endpoint.cookieHeader) {
    const existing = fields.find((h) => h.name.toLowerCase() === 'cookie');
    if (existing) existing.value = { text: `${existing.value.text}; ${endpoint.cookieHeader.text}`, parts: [...existing.value.parts, { kind: 'literal', text: '; ' }, ...endpoint.cookieHeader.parts], isLiteral: false };
    else fields.push({ name: 'Cookie', value: endpoint.cookieHeader });
  }
  return fields;
}

/**
 * The text of one multipart part up to its content (a field's value included, with its line
 * end), after `--boundary`: quotes and line breaks in a name percent-encoded as browsers do.
 */
function partText(part: MultipartField | MultipartFile): string {
  const param = (text: string) => text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  let head = `\r\nContent-Disposition: form-data; name="${param(part.name)}"`;
  if (part.kind === 'file') head += `; filename="${param(part.filename)}"\r\nContent-Type: ${part.contentType}`;
  return str(`${head}\r\n\r\n${part.kind === 'field' ? `${part.value}\r\n` : ''}`);
}

export const objc: LanguagePrinter = {
  indent: INDENT,
  str,
  lit,
  expr: (value: Value) => print(value.parts),
  helpers: {
    headerFields,
    /** The timeout in seconds as an NSTimeInterval literal (`2.5`, `3.0`). */
    seconds: (seconds: number | bigint) => (Number.isInteger(Number(seconds)) ? `${Number(seconds)}.0` : String(Number(seconds))),
    partText,
  },
};
