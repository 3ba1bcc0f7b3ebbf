import type { Style } from '../model.js';

/**
 * Known defects of the reference style, kept because that style reproduces the reference docs
 * page (and httpsnippet) byte for byte. Verify reports a matching failure as expected; it fails
 * when an entry starts passing (the entry is stale) or when a failure has no entry.
 */
export interface LedgerEntry {
  client: string;
  style: Style;
  /** Endpoint ids the defect shows on, or '*' for every endpoint. */
  endpoints: readonly string[] | '*';
  defect: string;
  why: string;
  /** The failure must show this, so a different failure of the same snippet is not excused. */
  signature: RegExp;
}

/** The reference style writes a multipart body as its parts alone; for an empty form these clients' libraries then send no form at all. */
const EMPTY_MULTIPART_REFERENCE: ReadonlyArray<[client: string, sends: string]> = [
  ['python/requests', 'requests sends no body and no multipart Content-Type for an empty list of files'],
  ['shell/curl', 'curl sends no body and no multipart Content-Type without a --form'],
  ['php/curl', 'libcurl sends an empty CURLOPT_POSTFIELDS array as an empty urlencoded body'],
  ['csharp/httpclient', 'MultipartFormDataContent without parts writes one part without headers'],
];

export const LEDGER: readonly LedgerEntry[] = [
  ...EMPTY_MULTIPART_REFERENCE.map(
    ([client, sends]): LedgerEntry => ({
      client,
      style: 'reference',
      endpoints: ['body-multipart-empty'],
      defect: `a multipart body without parts is written as no parts, and ${sends}`,
      why: 'the reference style writes each part as the reference page does; the runnable style sends the close delimiter by hand',
      signature: /^- multipart body with no parts$/m,
    }),
  ),
  {
    client: 'python/requests',
    style: 'reference',
    endpoints: ['headers', 'headers-case'],
    defect: 'headers are a dict literal, so a repeated header keeps only its last value',
    why: 'the reference page writes headers as a dict; a list of pairs would no longer match its style',
    signature: /^[-+] header x-trace:/m,
  },
  {
    client: 'python/requests',
    style: 'reference',
    endpoints: ['body-text', 'hostile-text'],
    defect: 'a text body is passed as str, which http.client encodes as latin-1, so other characters raise',
    why: 'the reference page passes payload strings as they are; .encode() is what the runnable style adds',
    signature: /UnicodeEncodeError: 'latin-1' codec can't encode character .* Body/,
  },
  {
    client: 'python/requests',
    style: 'reference',
    endpoints: ['method-head'],
    defect: 'prints response.json(), which raises on the empty body of a HEAD response',
    why: 'the reference page ends with print(response.json())',
    signature: /JSONDecodeError/,
  },
  {
    client: 'javascript/fetch',
    style: 'reference',
    endpoints: ['hostile-multipart'],
    defect: 'multipart goes through FormData, which turns every line break in a text field into CRLF',
    why: "httpsnippet's fetch writes multipart bodies as FormData appends; the runnable style builds such a body by hand",
    signature: /^\+ part "[^"]*" = ".*\\r\\n/m,
  },
  {
    client: 'swift/urlsession',
    style: 'reference',
    endpoints: '*',
    defect:
      'no `import FoundationNetworking` (URLSession is not in scope on Linux), JSONSerialization.data called without try, and the program ends right after dataTask.resume(), before the response arrives',
    why: "the reference page's Swift block is httpsnippet's NSURLSession output; no Swift toolchain is installed, so this signature is unconfirmed and Swift is only syntax-checked",
    signature: /cannot find '(URLSession|URLRequest|NSMutableURLRequest|HTTPURLResponse)' in scope|call can throw but is not marked with 'try'|no request arrived/,
  },
  {
    client: 'go/net-http',
    style: 'reference',
    endpoints: '*',
    defect: 'discards the error of http.DefaultClient.Do and uses the response unchecked, which go vet rejects',
    why: 'the reference page writes `res, _ := http.DefaultClient.Do(req)`; the request itself is still verified',
    signature: /using res before checking for errors/,
  },
  {
    client: 'csharp/restsharp',
    style: 'reference',
    endpoints: '*',
    defect: 'uses the RestSharp API removed in v107 (new RestRequest(Method.POST), IRestResponse, client.Execute), which does not compile against the RestSharp the client names',
    why: 'the reference page is written against RestSharp 106; the runnable style uses the current API',
    signature: /'Method' does not contain a definition for|'IRestResponse' could not be found/,
  },
];

export function ledgerEntry(ledger: readonly LedgerEntry[], client: string, style: Style, endpoint: string): LedgerEntry | undefined {
  return ledger.find((e) => e.client === client && e.style === style && (e.endpoints === '*' || e.endpoints.includes(endpoint)));
}
