import * as crypto from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunOptions } from '../commands/prepare.js';
import { MANIFEST, type PlannedFile } from './plan.js';
import { specFiles } from '../files.js';
import { packageRoot } from '../paths.js';
import { docsPageFiles, type DocsPageUpdate } from './markers.js';
import { manifestFiles } from './write.js';

/** A docs page's path (as given), size in bytes and sha256 (base64). */
type StampedFile = [path: string, size: number, sha256: string];

/**
 * What `gen` leaves for `check`: a key over everything its output was computed from, and a
 * digest of the files it wrote. While the key and the digest still hold, the output is what a
 * new generation would produce, so `check` answers without loading or rendering anything.
 * Kept under .snipgen-cache (not in the output folder, which holds only generated files).
 */
interface Stamp {
  key: string;
  /** The output files (those the manifest lists, and the manifest): how many, and their OutputDigest. */
  files: number;
  digest: string;
  docs: StampedFile[];
  /** Files the snippets upload (relative to the working folder): without one, generation fails. */
  uploads: string[];
}

/**
 * The sum of sha256(path, NUL, content) over a set of files, as eight 32-bit lanes each added
 * modulo 2^32: it does not depend on the order the files come in, so `gen` adds each file as it
 * writes it (keeping nothing per file) and `check` adds them in the manifest's order.
 */
export class OutputDigest {
  count = 0;
  private readonly lanes = new Uint32Array(8);

  add(path: string, content: string): void {
    this.addBytes(Buffer.from(`${path}\0${content}`));
  }

  /** add() for a text given in chunks (the same digest as their concatenation). */
  addChunks(path: string, chunks: Iterable<string>): void {
    const hash = crypto.createHash('sha256').update(`${path}\0`);
    for (const chunk of chunks) hash.update(chunk);
    this.addHash(hash.digest());
  }

  /** Adds the file at `file`, named `path`, reading it into a buffer kept between calls. */
  addFile(path: string, file: string): void {
    const name = `${path}\0`;
    if (Buffer.byteLength(name) >= reading.length) reading = Buffer.allocUnsafe(2 * Buffer.byteLength(name));
    const start = reading.write(name);
    const fd = openSync(file, 'r');
    let length = start;
    try {
      for (;;) {
        if (length === reading.length) {
          const larger = Buffer.allocUnsafe(4 * reading.length);
          reading.copy(larger, 0, 0, length);
          reading = larger;
        }
        const read = readSync(fd, reading, length, reading.length - length, null);
        if (read === 0) break;
        length += read;
      }
    } finally {
      closeSync(fd);
    }
    this.addBytes(reading.subarray(0, length));
  }

  get value(): string {
    return Buffer.from(this.lanes.buffer).toString('hex');
  }

  private addBytes(bytes: Buffer): void {
    this.addHash(sha256(bytes));
  }

  private addHash(hash: Buffer): void {
    for (let i = 0; i < 8; i++) this.lanes[i] = (this.lanes[i]! + hash.readUInt32LE(4 * i)) >>> 0;
    this.count++;
  }
}

let reading = Buffer.allocUnsafe(1 << 16);

/** Options that change how a result is reported, not what is generated. */
const REPORTING_OPTIONS = new Set(['configFile', 'format', 'color', 'warnings']);

export function stampFile(out: string, cwd = process.cwd()): string {
  return join(cwd, '.snipgen-cache', 'check', `${crypto.createHash('sha256').update(resolve(cwd, out)).digest('hex').slice(0, 16)}.json`);
}

/** Removes the stamp before `gen` writes, so a run that stops half way leaves none. */
export function dropStamp(out: string, cwd = process.cwd()): void {
  rmSync(stampFile(out, cwd), { force: true });
}

/**
 * The key over everything the output will be computed from, taken before `gen` reads any of it:
 * an input that changes while generation runs then makes the key stale, never the stamp wrong.
 * Undefined when it cannot be computed (`gen` reports the problem itself).
 */
export function stampKey(options: RunOptions, cwd = process.cwd()): string | undefined {
  try {
    return inputKey(options, cwd);
  } catch {
    return undefined;
  }
}

/**
 * Records what `gen` just wrote. Nothing is recorded when the output depends on something the key
 * cannot see: an external formatter, files an OpenAPI input pulls in through `$ref`, or an upload
 * that is not there (only placeholders may be missing, and whether they are changes only warnings).
 */
export function writeStamp(
  key: string | undefined,
  options: RunOptions,
  generation: { externalRefs: boolean; endpoints: { uploads: readonly string[] } },
  files: OutputDigest,
  docs: readonly DocsPageUpdate[],
  cwd = process.cwd(),
): void {
  if (!key || generation.externalRefs || Object.values(options.clientOptions ?? {}).some((o) => o.format)) return;
  const uploads = new Set(generation.endpoints.uploads);
  if ([...uploads].some((upload) => !isFile(upload))) return;
  const stamp: Stamp = {
    key,
    files: files.count,
    digest: files.value,
    docs: docs.map((page) => stamped(page.file, page.after)),
    uploads: [...uploads].sort().map((upload) => relative(cwd, upload)),
  };
  const file = stampFile(options.out, cwd);
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(stamp));
    renameSync(temporary, file);
  } catch {
    // A folder snipgen may not write to only costs the next check its shortcut.
  }
}

/**
 * The number of files `check` would find up to date, when the stamp `gen` left still holds:
 * same inputs, options, templates and snipgen, every upload still there, every file it wrote
 * unchanged. Undefined otherwise (including any error here), and `check` generates and
 * compares as usual.
 */
export function unchangedSinceStamp(options: RunOptions, cwd = process.cwd()): number | undefined {
  try {
    const file = stampFile(options.out, cwd);
    if (!existsSync(file)) return undefined;
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as Stamp;
    if (stamp.key !== inputKey(options, cwd)) return undefined;
    if (!stamp.uploads.every((upload) => isFile(resolve(cwd, upload)))) return undefined;
    const root = resolve(cwd, options.out);
    const digest = new OutputDigest();
    for (const path of manifestFiles(root)) {
      // More files than gen wrote: no need to read the rest.
      if (digest.count === stamp.files) return undefined;
      digest.addFile(path, join(root, path));
    }
    digest.addFile(MANIFEST, join(root, MANIFEST));
    if (digest.count !== stamp.files || digest.value !== stamp.digest) return undefined;
    for (const [path, size, hash] of stamp.docs) if (!holds(resolve(cwd, path), size, hash)) return undefined;
    return stamp.files + stamp.docs.length;
  } catch {
    return undefined;
  }
}

/** The files, each added to `digest` for the stamp as it passes on its way to be written. */
export function* recordForStamp(files: Iterable<PlannedFile>, digest: OutputDigest): Generator<PlannedFile> {
  for (const file of files) {
    if (file.content === undefined) digest.addChunks(file.path, file.chunks());
    else digest.add(file.path, file.content);
    yield file;
  }
}

function stamped(path: string, content: string): StampedFile {
  const bytes = Buffer.from(content);
  return [path, bytes.length, sha256(bytes).toString('base64')];
}

let buffer = Buffer.allocUnsafe(1 << 16);

/** Whether the file holds exactly `size` bytes with this hash (one more byte is asked for, so a longer file shows). */
function holds(path: string, size: number, hash: string): boolean {
  if (buffer.length <= size) buffer = Buffer.allocUnsafe(size + 1);
  const fd = openSync(path, 'r');
  try {
    let length = 0;
    while (length <= size) {
      const read = readSync(fd, buffer, length, size + 1 - length, null);
      if (read === 0) break;
      length += read;
    }
    return length === size && sha256(buffer.subarray(0, length)).toString('base64') === hash;
  } finally {
    closeSync(fd);
  }
}

/** Everything the output is computed from: snipgen itself, the options, the inputs, the overrides file, the templates folder and which docs pages there are. */
function inputKey(options: RunOptions, cwd: string): string {
  const hash = crypto.createHash('sha256');
  const add = (label: string, data: string | Buffer) => hash.update(`${label}\0${data.length}\0`).update(data);
  add('snipgen', snipgenFingerprint());
  const settings = Object.fromEntries(Object.entries(options).filter(([name, value]) => !REPORTING_OPTIONS.has(name) && value !== undefined));
  add('options', stableJson(settings));
  for (const file of specFiles(options.inputs.map((input) => resolve(cwd, input)))) add(`input ${relative(cwd, file)}`, readFileSync(file));
  if (options.overrides) add('overrides', readFileSync(resolve(cwd, options.overrides)));
  // Which docs pages there are; their text is checked like an output file's.
  for (const page of docsPageFiles((options.docs ?? []).map((doc) => resolve(cwd, doc)))) add('docs page', relative(cwd, page));
  if (options.templates && existsSync(resolve(cwd, options.templates))) {
    for (const file of filesUnder(resolve(cwd, options.templates))) add(`template ${relative(cwd, file)}`, readFileSync(file));
  }
  return hash.digest('hex');
}

let fingerprint: string | undefined;

/** snipgen's code, templates and schemas, and the versions of the packages it runs on. */
function snipgenFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = crypto.createHash('sha256');
  const root = packageRoot();
  // The folder of the running code: dist/src for the CLI, src under the tests.
  const code = dirname(dirname(fileURLToPath(import.meta.url)));
  for (const dir of [code, join(root, 'templates'), join(root, 'schema')]) {
    for (const file of filesUnder(dir)) hash.update(`${relative(root, file)}\0`).update(readFileSync(file));
  }
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; dependencies?: Record<string, string> };
  hash.update(`snipgen ${manifest.version}\0`);
  for (const name of Object.keys(manifest.dependencies ?? {}).sort()) hash.update(`${name} ${installedVersion(root, name)}\0`);
  return (fingerprint = hash.digest('hex'));
}

function installedVersion(from: string, name: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? 'unknown';
    if (dirname(dir) === dir) return 'missing';
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
    });
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return `${v}n`;
    if (v && typeof v === 'object' && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return v;
  });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// crypto.hash (Node 20.12) hashes a small file in one call; createHash is the same digest for older Node 20.
const sha256: (data: Buffer) => Buffer =
  typeof crypto.hash === 'function' ? (data) => crypto.hash('sha256', data, 'buffer') as unknown as Buffer : (data) => crypto.createHash('sha256').update(data).digest();
