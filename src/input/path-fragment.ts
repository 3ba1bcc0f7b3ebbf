/**
 * A path key's fragment, which no client sends (RFC 3986, section 3.5). Some published
 * documents tell apart several operations on one path by it, naming the parameters and values
 * that select each one: APIs.guru's AWS descriptions key `/#X-Amz-Target=CertificateManager.AddTagsToCertificate`
 * (a header), `/#Action=DescribeRegions` (a query field), `/2013-01-01/search#format=sdk&pretty=true&q`.
 * The request is the path before it, with every parameter it names, at the value it gives.
 */
export function splitFragment(key: string): { path: string; selectors: Map<string, string | undefined> } {
  const hash = key.indexOf('#');
  if (hash < 0) return { path: key, selectors: new Map() };
  return { path: key.slice(0, hash), selectors: new Map(pairs(key.slice(hash + 1)).map(({ name, value }) => [name, value])) };
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
  return { path: path.slice(0, question), fixed: pairs(path.slice(question + 1)).map(({ name, value }) => ({ name, value: value ?? '' })) };
}

/**
 * Fills the `{name}` slots of a path key's query (`?date_from={date_from}`, `?{search}=1`) with the
 * parameter's value; true when there was one. Such documents declare the parameter `in: path`.
 */
export function fillSlots(fixed: Array<{ name: string; value: string }>, name: string, value: () => string): boolean {
  const slot = `{${name}}`;
  let filled = false;
  for (const pair of fixed) {
    for (const key of ['name', 'value'] as const) {
      if (pair[key] !== slot) continue;
      pair[key] = value();
      filled = true;
    }
  }
  return filled;
}

/** Takes out of `fixed` (and returns) the pairs a slot is still left in: no parameter filled it. */
export function takeUnfilled(fixed: Array<{ name: string; value: string }>): Array<{ name: string; value: string; slot: string }> {
  const isSlot = (text: string) => /^\{[^}]*\}$/.test(text);
  const unfilled = fixed.filter((p) => isSlot(p.name) || isSlot(p.value)).map((p) => ({ ...p, slot: isSlot(p.name) ? p.name : p.value }));
  fixed.splice(0, fixed.length, ...fixed.filter((p) => !isSlot(p.name) && !isSlot(p.value)));
  return unfilled;
}

/** `a=1&b&c=x%20y` as names and values, decoded where they decode; a name without `=` has no value. */
function pairs(text: string): Array<{ name: string; value: string | undefined }> {
  return text
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const equals = pair.indexOf('=');
      return { name: decodeLoosely(equals < 0 ? pair : pair.slice(0, equals)), value: equals < 0 ? undefined : decodeLoosely(pair.slice(equals + 1)) };
    });
}
