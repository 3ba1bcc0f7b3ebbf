import type { Value } from '../model.js';
import { quoteParam, str } from './rust.js';

/**
 * A multipart name or filename as a literal of what goes between its quotes. reqwest's
 * percent_encode_noop writes names as given, so the snippet passes the browser's escaping.
 */
function formName(text: string): string {
  return str(quoteParam(text));
}

const STANDARD = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD']);

/** reqwest's shortcut for a method (`post`), or null when it has none (OPTIONS, custom methods). */
function methodShortcut(method: string): string | null {
  return STANDARD.has(method) ? method.toLowerCase() : null;
}

/** False for a header value outside ASCII: reqwest's HeaderValue::from_str refuses it, from_bytes sends its UTF-8 bytes. */
function isAscii(value: Value): boolean {
  return /^[\x00-\x7f]*$/.test(value.text);
}

export const reqwestHelpers = { formName, methodShortcut, isAscii };
