import type { SourceLocation } from './errors.js';

/**
 * A piece of a value as a snippet must build it. Reference-style values are always one literal;
 * runnable-style secrets read an environment variable and fall back to the placeholder.
 */
export type Part =
  | { kind: 'literal'; text: string }
  /** `urlEncode`: the variable's value lands in a URL query and must be percent-encoded at run time. */
  | { kind: 'env'; name: string; fallback: string; urlEncode: boolean }
  /** Base64 of the concatenated parts (HTTP basic credentials). */
  | { kind: 'base64'; parts: Part[] };

/** A string a snippet sends. `text` is what arrives when no environment variable is set. */
export interface Value {
  text: string;
  parts: Part[];
  /** True when `parts` is one literal: the value can be printed as a plain string literal. */
  isLiteral: boolean;
}

export interface Param {
  name: string;
  value: Value;
}

export type Auth =
  | { type: 'bearer'; token: Value }
  | { type: 'basic'; username: Value; password: Value }
  | { type: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string; value: Value };

export type JsonValue = null | boolean | number | bigint | string | JsonValue[] | { [key: string]: JsonValue };

export interface MultipartField {
  kind: 'field';
  name: string;
  value: string;
}

export interface MultipartFile {
  kind: 'file';
  name: string;
  /** The path as the spec wrote it; the snippet opens this path relative to its working directory. */
  path: string;
  /** Where snipgen itself finds the file (resolved against the spec's folder), for verify. */
  absPath: string;
  filename: string;
  contentType: string;
  /** The file's content when the input holds it (a HAR's captured upload): written beside the snippet, not read from absPath. */
  content?: string;
}

export type Body =
  | {
      kind: 'json';
      contentType: string;
      value: JsonValue;
      /** JSON.stringify(value, null, 2), with big integers exact. */
      pretty: string;
      /** JSON.stringify(value), with big integers exact. */
      compact: string;
    }
  | { kind: 'form'; contentType: string; fields: Array<{ name: string; value: string }>; encoded: string }
  | { kind: 'multipart'; parts: Array<MultipartField | MultipartFile> }
  | { kind: 'text'; contentType: string; text: string }
  | { kind: 'file'; contentType: string; path: string; absPath: string };

export type Style = 'reference' | 'runnable';

/** The normalised endpoint every template sees: computed once, no optional holes but `auth`/`body`. */
export interface Endpoint {
  id: string;
  title: string;
  description: string;
  /** Upper-case method as sent on the wire (custom methods kept as written, upper-cased). */
  method: string;
  /** One of GET HEAD POST PUT PATCH DELETE OPTIONS: libraries have shortcuts for these only. */
  isStandardMethod: boolean;
  baseUrl: string;
  /** The path with path parameters substituted and percent-encoded. */
  path: string;
  /** Each path parameter with its value as written, in the order the path names them (docs pages list them). */
  pathParams: Array<{ name: string; value: string }>;
  /** The path as decoded by a server (what the capture server compares). */
  decodedPath: string;
  /** baseUrl + path, no query. */
  urlWithoutQuery: string;
  /** Every query parameter in order; repeated names repeat. */
  query: Param[];
  /** `a=1&b=2`, percent-encoded, with placeholders for secrets; empty when there is no query. */
  queryString: string;
  /** The full URL; a Value because an API key in the query makes it depend on the environment. */
  url: Value;
  /** Headers to send, in order: auth, then the spec's, then Content-Type. Cookies are separate. */
  headers: Param[];
  /**
   * The headers grouped by case-insensitive name (first spelling and position kept), repeated
   * values joined with ", ": for clients whose header API is a map. RFC 9110 section 5.3 makes
   * the joined line equivalent to the repeated lines.
   */
  headerMap: Param[];
  cookies: Param[];
  /** `a=1; b=2` for a Cookie header, or null when there are no cookies. */
  cookieHeader: Value | null;
  auth: Auth | null;
  body: Body | null;
  /** An example of what the API answers, as the input gives it (docs pages show it); null without one. */
  response: ResponseExample | null;
  style: Style;
  source: SourceLocation;
}

export interface ResponseExample {
  status: number | null;
  contentType: string | null;
  /** The body as shown: JSON pretty-printed, anything else as given. */
  text: string;
  /** The code fence's language: `json` for JSON, else empty. */
  fence: string;
}

/**
 * Headers a client library writes itself, never a snippet: those of one connection and of the
 * body's framing (RFC 9110 section 7.6.1, Transfer-Encoding, TE), and Accept-Encoding, which a
 * library sets to the encodings it decodes (a snippet that asked by hand could print a
 * compressed body: Go's transport, for one, then leaves the body compressed).
 */
export const LIBRARY_MANAGED_HEADERS: readonly string[] = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'accept-encoding'];

export const STANDARD_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
