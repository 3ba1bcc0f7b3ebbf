import { SnipgenError } from '../errors.js';
import type { Endpoint, Param, Part } from '../model.js';
import { shell } from './shell.js';

/** Errors of the shared shell printers name curl; here they are wget's. */
function word(parts: Part[]): string {
  try {
    return shell.expr({ text: '', parts, isLiteral: parts.every((p) => p.kind === 'literal') });
  } catch (e) {
    if (e instanceof SnipgenError) throw new SnipgenError(e.message.replace(/^shell\/curl:/, 'shell/wget:'), e.code, e.loc);
    throw e;
  }
}

/**
 * The URL with its query: wget sends a URL as written, so the query is already percent-encoded,
 * and a secret from the environment goes through the snippet's `urlencode` function.
 */
function wgetUrl(endpoint: Endpoint): string {
  const pieces: string[] = [];
  let run: Part[] = [];
  const flush = () => {
    if (run.length) pieces.push(word(run));
    run = [];
  };
  for (const part of endpoint.url.parts) {
    if (part.kind === 'env' && part.urlEncode) {
      flush();
      // Inside double quotes the command substitution is one word, whatever the value holds.
      pieces.push(`"$(urlencode ${word([{ ...part, urlEncode: false }])})"`);
    } else run.push(part);
  }
  flush();
  return pieces.join('');
}

/** True when the snippet needs its `urlencode` function. */
function wgetNeedsUrlencode(endpoint: Endpoint): boolean {
  return endpoint.url.parts.some((p) => p.kind === 'env' && p.urlEncode);
}

/** `Name: value` for --header (wget replaces an earlier header of the same name, so templates pass headerMap). */
function wgetHeader(header: Param): string {
  return word([{ kind: 'literal', text: `${header.name}: ` }, ...header.value.parts]);
}

/** The Cookie header as a header Param. */
function wgetCookie(cookie: Param['value']): Param {
  return { name: 'Cookie', value: cookie };
}

/** `--method=` for anything but a GET without a body (wget sends a body only with --method). */
function wgetMethod(endpoint: Endpoint): string {
  return endpoint.method === 'GET' && !endpoint.body ? '' : `--method=${word([{ kind: 'literal', text: endpoint.method }])}`;
}

export const wgetHelpers = { wgetUrl, wgetNeedsUrlencode, wgetHeader, wgetCookie, wgetMethod };
