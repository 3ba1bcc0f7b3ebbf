/**
 * A path key's fragment, which no client sends (RFC 3986, section 3.5). Some published
 * documents tell apart several operations on one path by it, naming the parameters and values
 * that select each one: APIs.guru's AWS descriptions key `/#X-Amz-Target=CertificateManager.AddTagsToCertificate`
 * (a header), `/#Action=DescribeRegions` (a query field), `/2013-01-01/search#format=sdk&pretty=true&q`.
 * The request is the path before it, with every parameter it names, at the value it gives.
 */
export function splitFragment(key: string): { path: string; selectors: Map<string, string | undefined> } {
  const hash = key.indexOf('#');
  const selectors = new Map<string, string | undefined>();
  if (hash < 0) return { path: key, selectors };
  for (const pair of key.slice(hash + 1).split('&')) {
    if (!pair) continue;
    const equals = pair.indexOf('=');
    selectors.set(decodeLoosely(equals < 0 ? pair : pair.slice(0, equals)), equals < 0 ? undefined : decodeLoosely(pair.slice(equals + 1)));
  }
  return { path: key.slice(0, hash), selectors };
}

/** The fragment's selector for this parameter, taken out of the map (header names match in any case). */
export function takeSelector(selectors: Map<string, string | undefined>, param: { name?: unknown; in?: unknown }): { value: string | undefined } | undefined {
  const name = String(param.name);
  const key = param.in === 'header' ? [...selectors.keys()].find((k) => k.toLowerCase() === name.toLowerCase()) : selectors.has(name) ? name : undefined;
  if (key === undefined) return undefined;
  const value = selectors.get(key);
  selectors.delete(key);
  return { value };
}

function decodeLoosely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A query string in a path key (`/services?funcs=GetLatestNews&mobile=1`): not what OpenAPI
 * allows, but what the author means is plain, the operation is that URL. Its fields are sent
 * as written, a declared query parameter of the same name at the key's value.
 */
export function splitQuery(path: string): { path: string; fixed: Array<{ name: string; value: string }> } {
  const question = path.indexOf('?');
  if (question < 0) return { path, fixed: [] };
  const fixed = path
    .slice(question + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const equals = pair.indexOf('=');
      return { name: decodeLoosely(equals < 0 ? pair : pair.slice(0, equals)), value: equals < 0 ? '' : decodeLoosely(pair.slice(equals + 1)) };
    });
  return { path: path.slice(0, question), fixed };
}
