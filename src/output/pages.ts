import type { ClientDescriptor } from '../clients/types.js';
import type { Endpoint } from '../model.js';
import { escapeCodePoints, hex, isUnsafeRaw, utf16Escapes } from '../lang/shared.js';

export interface RenderedSnippet {
  client: ClientDescriptor;
  code: string;
}

/**
 * The per-endpoint docs page. The reference style keeps the reference page's shape: front
 * matter, `## SDK Code Examples`, one fenced block per client. The runnable style is a page to
 * read on its own: the request (method and URL, parameters with their values, body), each
 * client's install line with its snippet, and the response example when the input has one.
 */
export function docsPage(endpoint: Endpoint, snippets: readonly RenderedSnippet[]): string {
  const lines = ['---', `title: ${JSON.stringify(endpoint.title)}`];
  if (endpoint.description) lines.push(`description: ${JSON.stringify(endpoint.description)}`);
  lines.push('---', '');
  if (endpoint.style === 'runnable') lines.push(...requestSection(endpoint));
  lines.push('## SDK Code Examples', '');
  for (const { client, code } of snippets) {
    if (endpoint.style === 'runnable') lines.push(installLine(client), '');
    lines.push(fence(client.fence, code));
    if (endpoint.style === 'runnable') lines.push('');
  }
  if (endpoint.style === 'runnable') lines.push(...responseSection(endpoint));
  return lines.join('\n').replace(/\n*$/, '\n');
}

/**
 * What a reader needs before running a snippet: the client, the library and version it was
 * verified with, and the install command. `prose` escapes the text for the page's dialect (MDX
 * reads `{` and `<` in prose as JSX); the install line is inline code, which no dialect reads.
 */
export function installLine(client: ClientDescriptor, prose: (text: string) => string = (text) => text): string {
  const install = client.library.install ? `: \`${client.library.install.replace(/`/g, '')}\`` : ' (no package to install)';
  return `**${prose(client.title)}** with ${prose(client.library.name)} ${prose(client.library.version)}${install}`;
}

/** `## Request`: the request line, a table of every parameter with its value, and the body. */
export function requestSection(endpoint: Endpoint): string[] {
  const lines = ['## Request', '', `${code(endpoint.method)} ${code(endpoint.urlWithoutQuery)}`, ''];
  const rows = [
    ...endpoint.pathParams.map((p) => [p.name, 'path', p.value]),
    ...endpoint.query.map((q) => [q.name, 'query', q.value.text]),
    ...endpoint.headers.map((h) => [h.name, 'header', h.value.text]),
    ...endpoint.cookies.map((c) => [c.name, 'cookie', c.value.text]),
  ];
  if (rows.length) {
    lines.push('| Name | In | Value |', '|---|---|---|', ...rows.map(([name, where, value]) => `| ${cell(name!)} | ${where} | ${cell(value!)} |`), '');
  }
  const body = endpoint.body;
  if (body) {
    switch (body.kind) {
      case 'json':
        lines.push(`Body (${code(body.contentType)}):`, '', fence('json', visibleJson(body.pretty)), '');
        break;
      case 'form':
        lines.push(`Body (${code(body.contentType)}):`, '', '| Field | Value |', '|---|---|', ...body.fields.map((f) => `| ${cell(f.name)} | ${cell(f.value)} |`), '');
        break;
      case 'multipart':
        lines.push('Body (`multipart/form-data`):', '', '| Part | Value |', '|---|---|');
        lines.push(...body.parts.map((p) => `| ${cell(p.name)} | ${p.kind === 'file' ? `the file ${cell(p.path)} (${cell(p.contentType)})` : cell(p.value)} |`), '');
        break;
      case 'text':
        lines.push(`Body (${code(body.contentType)}):`, '', fence('', body.text), '');
        break;
      case 'file':
        lines.push(`Body (${code(body.contentType)}): the file ${code(body.path)}`, '');
        break;
    }
  }
  return lines;
}

/** `## Response`: the example answer the input holds, with its status and type; nothing without one. */
export function responseSection(endpoint: Endpoint): string[] {
  const response = endpoint.response;
  if (!response) return [];
  const about = [response.status === null ? '' : `Status ${code(String(response.status))}`, response.contentType === null ? '' : code(response.contentType)].filter(Boolean).join(', ');
  return ['## Response', '', ...(about ? [`${about}:`, ''] : []), fence(response.fence, response.text), ''];
}

/** A fenced block long enough that no backtick run inside the code can close it. */
export function fence(tag: string, code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${tag}\n${code.replace(/\n$/, '')}\n${ticks}`;
}

/**
 * JSON text with every character a reader cannot see (controls, line separators, bidirectional
 * and zero-width characters: isUnsafeRaw) as a JSON escape: the same document, shown as it is.
 * Such characters can only stand inside JSON strings, where an escape means the character.
 */
function visibleJson(text: string): string {
  return escapeCodePoints(text, (char, code) => (char !== '\n' && isUnsafeRaw(code) ? utf16Escapes(code) : undefined));
}

/** Inline code that no backtick in the text can end, with characters a reader cannot see shown as escapes. */
function code(text: string): string {
  const shown = escapeCodePoints(text, (_char, code) => (isUnsafeRaw(code) ? (code > 0xffff ? `\\u{${hex(code, 1)}}` : `\\u${hex(code, 4)}`) : undefined));
  if (shown === '') return '""';
  const longest = Math.max(0, ...[...shown.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = shown.startsWith('`') || shown.endsWith('`') || /^ .* $/.test(shown) ? ' ' : '';
  return `${ticks}${pad}${shown}${pad}${ticks}`;
}

/** A table cell: inline code, with `|` escaped as GitHub-flavoured tables need even inside code. */
function cell(text: string): string {
  return code(text).replace(/\|/g, '\\|');
}
