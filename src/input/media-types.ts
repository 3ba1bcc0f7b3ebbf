/**
 * JSON under any of the names tools give it: application/json, the `+json` suffix types
 * (application/problem+json, application/vnd.api+json), and the older text/json, text/x-json
 * and application/x-json that HAR files and httpsnippet's fixtures still carry.
 */
export function isJsonMediaType(type: string): boolean {
  const base = type.split(';')[0]!.trim().toLowerCase();
  return base === 'application/json' || base === 'text/json' || base === 'text/x-json' || base === 'application/x-json' || /^application\/[^/]*\+json$/.test(base);
}
