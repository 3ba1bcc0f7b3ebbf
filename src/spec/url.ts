/**
 * `.` and `..` path segments, also percent-encoded (`%2e`, `.%2E`, ...), which the WHATWG URL
 * parser (fetch, browsers) reads as dots: clients and servers remove them, each in its own way,
 * so a path holding one reaches another endpoint, or a different one per client.
 */
export function isDotSegment(segment: string): boolean {
  return /^(?:\.|%2e){1,2}$/i.test(segment);
}

/** Why a dot segment is refused, for messages. */
export const DOT_SEGMENT = 'clients resolve a dot segment away before sending';

/**
 * What is wrong with a base URL (a spec's `baseUrl`, `--base-url`, the config's `baseUrl`), or
 * undefined: it must be an absolute http(s) URL that every client sends the same way, so no
 * credentials, query, fragment, backslash, white space or dot segment.
 */
export function baseUrlProblem(text: string): string | undefined {
  // An API's endpoints mostly share one base URL: each is parsed once.
  if (checked.has(text)) return checked.get(text);
  const problem = findProblem(text);
  if (checked.size >= 256) checked.clear();
  checked.set(text, problem);
  return problem;
}

const checked = new Map<string, string | undefined>();

function findProblem(text: string): string | undefined {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    // Reported below with the other ways of not being an absolute http(s) URL.
  }
  if (!url || !/^https?:$/.test(url.protocol) || !/^https?:\/\/[^/]/i.test(text)) return 'is not an absolute http(s) URL';
  if (/[\s\\\0-\x1f\x7f]/.test(text)) return 'contains white space, a control character or a backslash, which clients read differently';
  if (url.username || url.password || /^https?:\/\/[^/]*@/i.test(text)) {
    return 'holds credentials, which clients send differently or not at all: give them as auth: { type: basic } instead';
  }
  if (text.includes('?') || text.includes('#')) return 'has a query or a fragment: put query parameters under query';
  const path = text.replace(/^https?:\/\/[^/]*/i, '');
  const dot = path.split('/').find(isDotSegment);
  if (dot !== undefined) return `has the dot segment "${dot}" in its path: ${DOT_SEGMENT}, so requests would reach another path`;
  return undefined;
}
