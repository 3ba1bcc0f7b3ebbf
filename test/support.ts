import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientDescriptor } from '../src/clients/index.js';
import type { Endpoint, Style } from '../src/model.js';
import { SnipgenError } from '../src/errors.js';
import { PRINTERS } from '../src/lang/index.js';
import { Renderer } from '../src/render/index.js';
import { buildEndpoints, loadSpecs } from '../src/input/load.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SHAPES = join(ROOT, 'test', 'fixtures', 'shapes');
/** The goldens that belong to no one client (the output formats'); each client's own are in its folder. */
export const GOLDEN = join(ROOT, 'test', 'golden');
export const STYLES: readonly Style[] = ['runnable', 'reference'];

/** A house indent other than each client's own: two spaces where it uses four, four where it uses two or a tab. */
export function houseIndent(client: ClientDescriptor): number {
  return PRINTERS[client.printers].indent === '    ' ? 2 : 4;
}

/** The shared request-shape fixtures, by file name without extension. */
export function shapeFixtures(): string[] {
  return readdirSync(SHAPES)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => basename(f, '.yaml'))
    .sort();
}

const entries = new Map<string, ReturnType<typeof loadSpecs>>();
export function fixtureEndpoint(fixture: string, style: Style, baseUrl?: string): Endpoint {
  let loaded = entries.get(fixture);
  if (!loaded) entries.set(fixture, (loaded = loadSpecs([join(SHAPES, `${fixture}.yaml`)], ROOT)));
  const [endpoint] = buildEndpoints(loaded, { style, baseUrl });
  return endpoint!;
}

const renderers = new Map<string, Renderer>();
/** One renderer per client, so a missing or broken template fails only that client's tests. */
export function rendererFor(client: ClientDescriptor): Renderer {
  let renderer = renderers.get(client.id);
  if (!renderer) renderers.set(client.id, (renderer = new Renderer([client], STYLES)));
  return renderer;
}

/**
 * A client's golden file: `golden/<set>/<fixture><ext>` in its own folder, where the set is a
 * style (the shape fixtures), `options`, or `github`.
 */
export function goldenPath(client: ClientDescriptor, set: string, fixture: string): string {
  return join(client.dir, 'golden', set, `${fixture}${client.extension}`);
}

/** The styles a client has goldens for: a runnable-only client renders its runnable form in both, so one set covers it. */
export function stylesOf(client: ClientDescriptor): readonly Style[] {
  return client.hasReference ? STYLES : ['runnable'];
}

/** How a golden starts when the client refuses the shape as unsupported: the refusal is reviewed like code. */
export const UNSUPPORTED_GOLDEN = 'unsupported: ';

/** The snippet, or the golden text of its refusal when the client cannot send the shape (which then has no syntax to check). */
export function snippetOrRefusal(render: () => string): string {
  try {
    return render();
  } catch (e) {
    if (e instanceof SnipgenError && e.code === 'unsupported') return `${UNSUPPORTED_GOLDEN}${e.message}\n`;
    throw e;
  }
}

/**
 * Compares with the golden file. UPDATE_GOLDENS=1 (a local, reviewed step; CI never sets it)
 * writes the golden instead; a missing golden is a failure, not a skip.
 */
export function matchGolden(file: string, actual: string): { expected: string | undefined; actual: string } {
  if (process.env.UPDATE_GOLDENS === '1' && !process.env.CI) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  return { expected: existsSync(file) ? readFileSync(file, 'utf8') : undefined, actual };
}
