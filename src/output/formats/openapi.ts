import { basename, extname } from 'node:path';
import { Document, isMap, isSeq, parseDocument } from 'yaml';
import { SnipgenError } from '../../errors.js';
import type { OpenApiDocument } from '../../input/index.js';
import type { JsonValue } from '../../model.js';
import { parseJsonExact, stringifyJson } from '../../json.js';
import type { RenderedEndpoint } from './index.js';

/** Redoc and most OpenAPI renderers read x-codeSamples `lang` as a GitHub Linguist language name. */
const LINGUIST: Record<string, string> = {
  python: 'Python',
  javascript: 'JavaScript',
  go: 'Go',
  ruby: 'Ruby',
  java: 'Java',
  php: 'PHP',
  csharp: 'C#',
  swift: 'Swift',
  shell: 'Shell',
};

interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

/**
 * Each OpenAPI input again, in its own format (JSON or YAML), with `x-codeSamples` on every
 * operation snipgen generated, written under openapi/ in the output folder: the input file is
 * never touched. A YAML document keeps its comments and layout; a document with external `$ref`s
 * is written bundled (those references pulled in), since its relative paths would not resolve
 * from the output folder. Samples a document already has stay, unless snipgen writes one with
 * the same label.
 */
export function openApiWithSamples(rendered: readonly RenderedEndpoint[], warnings: SnipgenError[]): Array<{ file: string; content: string }> {
  const byDocument = new Map<OpenApiDocument, Array<{ path: string; method: string; samples: CodeSample[] }>>();
  for (const { origin, snippets } of rendered) {
    if (origin?.kind !== 'openapi') continue;
    const samples = codeSamples(snippets);
    const list = byDocument.get(origin.document) ?? [];
    list.push({ path: origin.path, method: origin.method, samples });
    byDocument.set(origin.document, list);
  }
  const names = new Set<string>();
  return [...byDocument].map(([document, operations]) => {
    const ext = extname(document.file);
    let name = basename(document.file);
    for (let n = 2; names.has(name); n++) name = `${basename(document.file, ext)}-${n}${ext}`;
    names.add(name);
    const content = document.format === 'yaml' ? yamlWithSamples(document, operations, warnings) : jsonWithSamples(document, operations, warnings);
    return { file: `openapi/${name}`, content };
  });
}

/** The endpoint's snippets as `x-codeSamples` entries; a language written with another's printers (node) is that language. */
export function codeSamples(snippets: RenderedEndpoint['snippets']): CodeSample[] {
  return snippets.map(({ client, code }) => ({ lang: LINGUIST[client.language] ?? LINGUIST[client.printers] ?? client.fence, label: client.title, source: code }));
}

type Operations = ReadonlyArray<{ path: string; method: string; samples: CodeSample[] }>;

function yamlWithSamples(document: OpenApiDocument, operations: Operations, warnings: SnipgenError[]): string {
  const doc = document.bundled ? new Document(document.bundled) : parseDocument(document.text);
  for (const { path, method, samples } of operations) {
    const item = doc.getIn(['paths', path], true);
    if (!isMap(item) || item.has('$ref')) {
      warnings.push(skipped(document, path, method));
      continue;
    }
    const existing = doc.getIn(['paths', path, method, 'x-codeSamples']);
    const kept = keep(isSeq(existing) ? existing.toJSON() : undefined, samples);
    doc.setIn(['paths', path, method, 'x-codeSamples'], [...kept, ...samples]);
  }
  // No folding: a code sample reads as written, one block scalar per sample.
  return doc.toString({ lineWidth: 0 });
}

function jsonWithSamples(document: OpenApiDocument, operations: Operations, warnings: SnipgenError[]): string {
  const doc = (document.bundled ?? parseJsonExact(document.text)) as Record<string, any>;
  for (const { path, method, samples } of operations) {
    const item = doc.paths?.[path];
    if (!item || typeof item !== 'object' || '$ref' in item) {
      warnings.push(skipped(document, path, method));
      continue;
    }
    const operation = item[method] as Record<string, unknown>;
    operation['x-codeSamples'] = [...keep(operation['x-codeSamples'], samples), ...samples];
  }
  return stringifyJson(doc as JsonValue, 2) + '\n';
}

/** The document's own samples whose labels snipgen does not write. */
function keep(existing: unknown, samples: readonly CodeSample[]): unknown[] {
  if (!Array.isArray(existing)) return [];
  const ours = new Set(samples.map((s) => s.label));
  return existing.filter((s) => !(s && typeof s === 'object' && ours.has((s as { label?: string }).label ?? '')));
}

function skipped(document: OpenApiDocument, path: string, method: string): SnipgenError {
  return new SnipgenError(`format openapi: ${method.toUpperCase()} ${path} in ${document.shown} sits behind a $ref to a path item shared with other paths, so it gets no x-codeSamples`);
}
