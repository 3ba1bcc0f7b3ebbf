/**
 * JSON under any of the names tools give it: application/json, the `+json` suffix types
 * (application/problem+json, application/vnd.api+json), and the older text/json, text/x-json
 * and application/x-json that HAR files and httpsnippet's fixtures still carry.
 */
export function isJsonMediaType(type: string): boolean {
  const base = type.split(';')[0]!.trim().toLowerCase();
  return base === 'application/json' || base === 'text/json' || base === 'text/x-json' || base === 'application/x-json' || /^application\/[^/]*\+json$/.test(base);
}

/**
 * The fields of a body labelled application/x-www-form-urlencoded, or undefined when its text is
 * not a form but something sent under the form type: curl labels every `-d` body so, and
 * `curl -d '{"a":1}'` sends JSON. Read as fields, such a body would be re-encoded
 * (`%7B%22a%22...=`) and reach the server as different bytes, so it stays text. A form has a
 * `name=value` in every piece, and no quote, brace, angle bracket, backslash or control
 * character (which mark JSON, XML or other text). Raw spaces and reserved characters pass: a
 * form parser reads `name=John Doe` and `scope=read:user` as their fields either way.
 */
export function formFields(text: string): Array<{ name: string; value: string }> | undefined {
  if (/["{}<>\\\p{Cc}]/u.test(text)) return undefined;
  if (text.split('&').some((piece) => piece !== '' && !piece.includes('='))) return undefined;
  return [...new URLSearchParams(text)].map(([name, value]) => ({ name, value }));
}
