/**
 * RFC 3986 unreserved characters stay; everything else is percent-encoded as UTF-8. A lone
 * surrogate, which has no UTF-8 and is refused as an input error, encodes as U+FFFD meanwhile.
 */
export function encodeComponent(text: string): string {
  return encodeURIComponent(text.replace(/\p{Cs}/gu, '\uFFFD')).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
