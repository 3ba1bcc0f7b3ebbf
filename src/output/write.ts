import { closeSync, existsSync, lstatSync, mkdirSync, opendirSync, openSync, readFileSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, rmdirSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { SnipgenError } from '../errors.js';
import { LOCK_FILE, removeEmptyUpTo } from './lock.js';
import { MANIFEST, type Manifest, type PlannedFile } from './plan.js';
import { Spool, writeAll } from './spool.js';

export interface WriteReport {
  written: number;
  unchanged: number;
  removed: number;
}

/** Files written to their temporary names, waiting to replace their targets. */
export interface StagedOutput {
  /** Replaces every target at once and removes the files an earlier run listed but this one no longer produces. */
  commit(): WriteReport;
  /** Removes what staging wrote (temporary files, and folders it created), leaving the tree as it was. */
  abort(): void;
}

/**
 * Stages the planned files into `outDir` as they come: each path checked, each changed file
 * written beside its target under a temporary name, unchanged files left alone. Nothing replaces
 * a target until commit(), so a refused path, a failed render or a caller's later problem (abort)
 * leaves the tree as it was; each target is then replaced atomically by a rename. A problem while
 * staging aborts and is thrown. A missing or empty output folder is staged as a whole instead
 * (stageFresh).
 */
export function stageOutput(outDir: string, files: Iterable<PlannedFile>): StagedOutput {
  const root = resolve(outDir);
  if (isFresh(root)) return stageFresh(root, files);
  mkdirSync(root, { recursive: true });
  const realRoot = realpathSync(root);
  // The earlier run's files this one no longer produces, found when the manifest comes.
  let gone: string[] = [];
  const folders = new Folders(root, realRoot);
  const report: WriteReport = { written: 0, unchanged: 0, removed: 0 };
  // Every file of the run gets the same temporary suffix; the paths staged are spooled, not held.
  const suffix = `.${process.pid}.${Date.now()}.tmp`;
  const staged = new Spool();
  const abort = () => {
    for (const path of staged.entries()) rmSync(join(root, path) + suffix, { force: true });
    staged.dispose();
    folders.removeCreated();
  };
  try {
    for (const file of files) {
      assertInside(root, file.path);
      folders.assertNoEscape(file.path);
      const target = join(root, file.path);
      const existed = folders.existed(dirname(target));
      folders.create(dirname(target));
      // A folder this run creates holds no earlier file to compare with.
      const unchanged = existed && (file.content === undefined ? holdsChunks(target, file.chunks()) : readIfPresent(target) === file.content);
      // An unchanged manifest lists the same files: nothing is gone.
      if (file.path === MANIFEST && !unchanged) gone = noLongerListed(root, file);
      if (unchanged) {
        report.unchanged++;
        continue;
      }
      if (file.content === undefined) writeChunks(target + suffix, file.chunks());
      else writeFileSync(target + suffix, file.content);
      staged.append(`${file.path}\0`);
      report.written++;
    }
  } catch (e) {
    abort();
    throw e;
  }
  return {
    abort,
    commit() {
      for (const path of staged.entries()) renameSync(join(root, path) + suffix, join(root, path));
      staged.dispose();
      folders.dispose();
      for (const old of gone) {
        if (!isSafeRelative(old)) continue;
        const target = join(root, old);
        if (existsSync(target) && !lstatSync(target).isSymbolicLink()) {
          rmSync(target);
          report.removed++;
          removeEmptyParents(root, dirname(target));
        }
      }
      return report;
    },
  };
}

/**
 * Whether the output folder is missing, or is a folder holding nothing but the lock of the run
 * that stages into it: then no earlier file needs comparing or replacing one by one.
 */
function isFresh(root: string): boolean {
  let dir;
  try {
    dir = opendirSync(root);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT';
  }
  try {
    for (let entry; (entry = dir.readSync()); ) if (entry.name !== LOCK_FILE) return false;
    return true;
  } finally {
    dir.closeSync();
  }
}

/**
 * stageOutput into a missing or empty folder: the files are written under their own names into a
 * hidden folder inside it, made by this run, so nothing there can be an earlier file or a link and
 * nothing needs comparing, checking or renaming file by file; commit() moves the staging folder's
 * top-level entries into place (a folder and a page per endpoint, not one entry per file). The
 * staging folder is inside the output folder, not beside it, so the output folder is never
 * replaced: it keeps its owner and permissions, stays the folder holding the lock, and may be a
 * mount point (a container's volume), which no rename can replace.
 */
function stageFresh(root: string, files: Iterable<PlannedFile>): StagedOutput {
  // The first folder this call made (the output folder or one above it), removed again on abort.
  const made = mkdirSync(root, { recursive: true });
  const stage = join(root, `.snipgen.${process.pid}.${Date.now()}.tmp`);
  const report: WriteReport = { written: 0, unchanged: 0, removed: 0 };
  const abort = () => {
    rmSync(stage, { recursive: true, force: true });
    if (made !== undefined) removeEmptyUpTo(root, resolve(made));
  };
  try {
    mkdirSync(stage);
    const folders = new MadeFolders();
    for (const file of files) {
      assertInside(root, file.path);
      const target = join(stage, file.path);
      folders.make(dirname(target));
      if (file.content === undefined) writeChunks(target, file.chunks());
      else writeFileSync(target, file.content);
      report.written++;
    }
  } catch (e) {
    abort();
    throw e;
  }
  return {
    abort,
    commit() {
      try {
        moveEntries(stage, root);
      } catch (e) {
        abort();
        throw e;
      }
      rmdirSync(stage);
      // A new folder holds no earlier manifest: nothing is gone.
      return report;
    },
  };
}

/**
 * Moves every entry of `from` into `to`, all or none. Nothing is checked first (a check per entry
 * costs as much as the move): under the output lock only a program that ignores it can have put
 * anything there, and a file it wrote is replaced, as the per-file renames of a non-empty folder
 * replace theirs; anything a rename refuses (a folder that is not empty, a file against a folder)
 * moves the entries already moved back and fails.
 */
function moveEntries(from: string, to: string): void {
  const names = readdirSync(from);
  const moved: string[] = [];
  try {
    for (const name of names) {
      renameSync(join(from, name), join(to, name));
      moved.push(name);
    }
  } catch (e) {
    for (const name of moved.reverse()) renameSync(join(to, name), join(from, name));
    throw new SnipgenError(`could not move the files written into ${to}: ${(e as Error).message}; nothing was written`, 'io');
  }
}

function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    for (const chunk of chunks) writeAll(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/** Whether the file at `path` holds exactly the text of `chunks` (false when there is no file), read a chunk at a time. */
export function holdsChunks(path: string, chunks: Iterable<string>): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw e;
  }
  try {
    let disk = Buffer.allocUnsafe(1 << 16);
    for (const chunk of chunks) {
      const expected = Buffer.from(chunk);
      if (disk.length < expected.length) disk = Buffer.allocUnsafe(expected.length);
      if (readFully(fd, disk, expected.length) !== expected.length || !disk.subarray(0, expected.length).equals(expected)) return false;
    }
    return readFully(fd, disk, 1) === 0;
  } finally {
    closeSync(fd);
  }
}

function readFully(fd: number, buffer: Buffer, length: number): number {
  let done = 0;
  while (done < length) {
    const read = readSync(fd, buffer, done, length - done, null);
    if (read === 0) break;
    done += read;
  }
  return done;
}

/** Entries of a cache kept per folder before it is emptied: the files come folder by folder, so recent folders are what matters. */
const FOLDERS_CACHED = 2_000;

/** Folders made (with their parents) once each: the files come folder by folder, so a bounded cache of recent ones saves every repeated mkdir. */
class MadeFolders {
  private readonly made = new Set<string>();

  make(dir: string): void {
    if (this.made.has(dir)) return;
    if (this.made.size >= FOLDERS_CACHED) this.made.clear();
    mkdirSync(dir, { recursive: true });
    this.made.add(dir);
  }
}

/**
 * What the checks and writes need to know about each folder of the output, asked once per folder
 * rather than once per file (a large API puts ten thousand files in a thousand folders). The
 * answers are a cache of recent folders; the folders this run creates are spooled for abort.
 */
class Folders {
  /** Whether the folder existed when the run started (then its files may exist and be links). */
  private readonly before = new Map<string, boolean>();
  /** Existing folders already found to resolve inside the output folder. */
  private readonly checked = new Set<string>();
  private readonly made = new MadeFolders();
  /** Folders found missing, so perhaps created by this run, '\0' after each. */
  private readonly missing = new Spool();

  constructor(
    private readonly root: string,
    private readonly realRoot: string,
  ) {}

  /**
   * Whether the folder existed when the run started. Once forgotten, a folder this run created
   * counts as existing: its files are then compared and checked for links, which is only slower.
   */
  existed(dir: string): boolean {
    let known = this.before.get(dir);
    if (known === undefined) {
      if (this.before.size >= FOLDERS_CACHED) this.before.clear();
      this.before.set(dir, (known = existsSync(dir)));
      if (!known) this.missing.append(`${dir}\0`);
    }
    return known;
  }

  create(dir: string): void {
    this.made.make(dir);
  }

  /** Removes the folders that did not exist when the run started, deepest first, where empty. */
  removeCreated(): void {
    const added = [...new Set(this.missing.entries())];
    this.dispose();
    for (const dir of added.sort((a, b) => b.length - a.length)) {
      if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
    }
  }

  dispose(): void {
    this.missing.dispose();
  }

  /** Refuses a target that is a symbolic link, or whose nearest existing folder resolves outside the output folder. */
  assertNoEscape(path: string): void {
    const target = join(this.root, path);
    const parent = dirname(target);
    if (this.existed(parent) && entryIsLink(target)) throw new SnipgenError(`refusing to write through the symbolic link ${path} in the output folder`, 'io');
    let dir = parent;
    while (!this.existed(dir)) dir = dirname(dir);
    if (this.checked.has(dir)) return;
    const real = realpathSync(dir);
    if (real !== this.realRoot && !real.startsWith(this.realRoot + sep)) {
      throw new SnipgenError(`refusing to write ${path}: ${relative(this.root, dir) || '.'} resolves outside the output folder (to ${real})`, 'io');
    }
    if (this.checked.size >= FOLDERS_CACHED) this.checked.clear();
    this.checked.add(dir);
  }
}

/** The file's text, or undefined when there is no file at that path. */
function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}

/** A manifest up to this size (bytes) is parsed whole: about 3,000 endpoints' worth. */
const PARSED_WHOLE = 4 << 20;

/**
 * The files the manifest in `root` lists (none when there is no manifest or it cannot be read),
 * one at a time. A large manifest as snipgen writes it is read a line at a time, twice (checked
 * whole first, so a damaged one lists nothing, as JSON.parse would have it), never held; any
 * other goes through JSON.parse.
 */
export function* manifestFiles(root: string, parsedWhole = PARSED_WHOLE): Generator<string> {
  const file = join(root, MANIFEST);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return;
  }
  // JSON.parse is quicker, and holding a manifest this small costs little.
  if (size <= parsedWhole) {
    yield* filesOfJson(() => readFileSync(file, 'utf8'));
    return;
  }
  const scan = scanManifest(fileText(file));
  let step;
  while (!(step = scan.next()).done);
  if (step.value) yield* scanManifest(fileText(file));
  else yield* filesOfJson(() => readFileSync(file, 'utf8'));
}

/**
 * What the manifest in `root` lists and the new `manifest` does not: the files an earlier run
 * wrote that this one no longer produces (the manifest lists every file but itself). Only the
 * new manifest's list is held, and only when a manifest changed.
 */
export function noLongerListed(root: string, manifest: PlannedFile): string[] {
  const earlier = manifestFiles(root);
  const first = earlier.next();
  // No earlier manifest (a new output folder): nothing to hold.
  if (first.done) return [];
  const listed = new Set(manifest.content === undefined ? scanManifest(manifest.chunks()) : filesOfJson(() => manifest.content!));
  listed.add(MANIFEST);
  const gone: string[] = [];
  for (let step: IteratorResult<string> = first; !step.done; step = earlier.next()) if (!listed.has(step.value)) gone.push(step.value);
  return gone;
}

function filesOfJson(text: () => string): string[] {
  try {
    const manifest = JSON.parse(text()) as Manifest;
    return [...manifest.snippets, ...manifest.pages, ...(manifest.outputs ?? []), ...(manifest.uploads ?? [])].map((entry) => entry.file);
  } catch {
    return [];
  }
}

/** The file's text in chunks; throws on bytes that are not UTF-8. */
function* fileText(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 16);
    // A byte order mark is kept, so such a manifest goes to JSON.parse, which refuses it, as before.
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      yield decoder.decode(buffer.subarray(0, read), { stream: true });
    }
    yield decoder.decode();
  } finally {
    closeSync(fd);
  }
}

const MANIFEST_KEY = /^ {2}"(snippets|pages|outputs|uploads)": (\[\]|\[)(,?)$/;
const ENTRY_FIELD = /^ {6}"(endpoint|client|style|lang|file|format)": ("(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*")(,?)$/;

/**
 * Reads the manifest a line at a time, yielding every file it lists; returns false when the text
 * is not exactly what snipgen writes (JSON.stringify with two spaces: one kind of line per depth,
 * a comma after every element but the last).
 */
function* scanManifest(text: Iterable<string>): Generator<string, boolean> {
  try {
    let carry = '';
    let index = 0;
    /** 0: top object, 1: in a section's array, 2: in an entry. */
    let depth = -1;
    let previous = '';
    let ended = false;
    const found: string[] = [];
    const line = (text: string): boolean => {
      if (ended) return false;
      const closes = text.startsWith('}') || text.trimStart().startsWith(']') || text.trimStart().startsWith('}');
      const opened = previous.endsWith('{') || previous.endsWith('[');
      // JSON's commas: after an element exactly when another element follows at its depth.
      if (index > 0 && (closes ? previous.endsWith(',') || opened : !opened && !previous.endsWith(','))) return false;
      index++;
      previous = text;
      if (depth === -1) return text === '{' && ((depth = 0), true);
      if (depth === 0) {
        if (text === '}') return (ended = true);
        if (index === 2) return text === '  "generator": "snipgen",';
        const key = MANIFEST_KEY.exec(text);
        if (!key) return false;
        if (key[2] === '[') depth = 1;
        return true;
      }
      if (depth === 1) {
        if (text === '    {') return ((depth = 2), true);
        if (text === '  ]' || text === '  ],') return ((depth = 0), true);
        return false;
      }
      if (text === '    }' || text === '    },') return ((depth = 1), true);
      const field = ENTRY_FIELD.exec(text);
      if (!field) return false;
      if (field[1] === 'file') found.push(JSON.parse(field[2]!) as string);
      return true;
    };
    for (const chunk of text) {
      const lines = (carry + chunk).split('\n');
      carry = lines.pop()!;
      for (const l of lines) if (!line(l)) return false;
      yield* found.splice(0);
    }
    return ended && carry === '';
  } catch {
    return false;
  }
}

function isSafeRelative(path: string): boolean {
  return !isAbsolute(path) && !path.split(/[\\/]/).includes('..') && path !== '';
}

function assertInside(root: string, path: string): void {
  const full = resolve(root, path);
  if (!isSafeRelative(path) || (full !== root && !full.startsWith(root + sep))) {
    throw new SnipgenError(`refusing to write outside the output folder: ${path}`, 'input');
  }
}

/** Whether the path is a symbolic link (dangling or not); false when nothing is there. */
function entryIsLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function removeEmptyParents(root: string, dir: string): void {
  while (dir !== root && dir.startsWith(root) && readdirSync(dir).length === 0) {
    rmdirSync(dir);
    dir = dirname(dir);
  }
}
