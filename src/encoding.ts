/**
 * RFC 3986 unreserved characters stay; everything else is percent-encoded as UTF-8. A lone
 * surrogate, which has no UTF-8 and is refused as an input error, encodes as U+FFFD meanwhile.
 */
export function encodeComponent(text: string): string {
  return encodeURIComponent(text.replace(/\p{Cs}/gu, '\uFFFD')).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/**
 * The literal text of a URL path as it goes on the wire: what the WHATWG URL standard
 * percent-encodes in a path (characters outside ASCII, `"`, `<`, `>`, `` ` ``, `^`, `|`) is
 * encoded as UTF-8, and everything else, `%XX` escapes included, stays as written. Written raw,
 * those characters reach the server encoded by some clients and refused or sent raw by others.
 */
export function encodePathText(text: string): string {
  return text.replace(/[^\x21-\x7e]|["<>`^|]/gu, (c) => encodeComponent(c));
}
