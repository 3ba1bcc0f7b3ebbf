import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../src/output/lock.js';
import { MANIFEST } from '../src/output/manifest.js';
import type { OutputFile } from '../src/output/plan.js';
import { stageOutput } from '../src/output/stage.js';
import { runCli } from './cli-support.js';
import { ROOT } from './support.js';

// A missing or empty output folder is staged whole in a hidden folder inside it and moved into
// place at commit; what a run leaves (or does not leave) must be what the per-file path leaves.
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'snipgen-fresh-'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

const FILES: OutputFile[] = [
  { path: 'a/one.py', content: 'one\n' },
  { path: 'a/two.py', content: 'two\n' },
  { path: 'a/deep/three.go', content: 'three\n' },
  { path: 'b.md', content: '# b\n' },
  { path: 'c/four.rb', content: 'four\n€' },
  { path: MANIFEST, content: '{}\n' },
];

/** Every file under `dir` (relative, with `/`) with its text, hidden ones included. */
function tree(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else found[relative(dir, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return found;
}

const expected = Object.fromEntries(FILES.map((f) => [f.path, f.content]));

/** The first `count` files, then one that staging refuses. */
function failingAfter(count: number, failure: OutputFile): OutputFile[] {
  return [...FILES.slice(0, count), failure];
}

describe('staging into a new or empty folder', () => {
  it('a missing folder gets exactly the planned files, none before commit, and no staging folder after', () => {
    const out = join(work, 'out');
    const staged = stageOutput(out, FILES);
    // Nothing under a final name until commit: only the hidden staging folder.
    expect(readdirSync(out)).toEqual([expect.stringMatching(/^\.snipgen\.\d+\.\d+\.tmp$/)]);
    expect(staged.commit()).toEqual({ written: FILES.length, unchanged: 0, removed: 0, pages: 0, warnings: [] });
    expect(tree(out)).toEqual(expected);
  });

  it('an empty folder, or one holding only the lock, is filled in place (the same folder, the lock left alone)', () => {
    for (const withLock of [false, true]) {
      const out = join(work, `out-${withLock}`);
      mkdirSync(out);
      if (withLock) writeFileSync(join(out, LOCK_FILE), String(process.pid));
      const inode = statSync(out).ino;
      expect(stageOutput(out, FILES).commit()).toEqual({ written: FILES.length, unchanged: 0, removed: 0, pages: 0, warnings: [] });
      expect(statSync(out).ino).toBe(inode);
      expect(tree(out)).toEqual(withLock ? { ...expected, [LOCK_FILE]: String(process.pid) } : expected);
    }
  });

  it('a path escaping the folder half way leaves neither the output folder, its new parents, nor a staging folder', () => {
    for (const path of ['../escape.txt', 'a/../../escape.txt', join(work, 'absolute.txt')]) {
      const out = join(work, 'new', 'out');
      expect(() => stageOutput(out, failingAfter(3, { path, content: 'x' })), path).toThrow(/refusing to write outside the output folder/);
      expect(readdirSync(work), path).toEqual([]);
    }
  });

  it('a refused file half way, or an abort after staging, leaves an empty folder as it was', () => {
    const out = join(work, 'out');
    mkdirSync(out);
    writeFileSync(join(out, LOCK_FILE), '1');
    expect(() => stageOutput(out, failingAfter(4, { path: '../x', content: '' }))).toThrow(/refusing to write outside/);
    expect(tree(out)).toEqual({ [LOCK_FILE]: '1' });
    stageOutput(out, FILES).abort();
    expect(tree(out)).toEqual({ [LOCK_FILE]: '1' });
    expect(readdirSync(work)).toEqual(['out']);
    stageOutput(join(work, 'missing'), FILES).abort();
    expect(readdirSync(work)).toEqual(['out']);
  });

  it('something written into the folder meanwhile that a move cannot replace fails the commit, moving nothing', () => {
    const out = join(work, 'out');
    const staged = stageOutput(out, FILES);
    // Entries are moved in the staging folder's order, so some may have moved before this one fails.
    mkdirSync(join(out, 'c'));
    writeFileSync(join(out, 'c', 'other.txt'), 'not ours');
    expect(() => staged.commit()).toThrow(/could not move the files written into .*; nothing was written/);
    expect(tree(out)).toEqual({ 'c/other.txt': 'not ours' });
  });

  it('a folder that holds anything else still goes file by file: unchanged files are compared and kept', () => {
    const out = join(work, 'out');
    stageOutput(out, FILES).commit();
    const mtime = statSync(join(out, 'a', 'one.py')).mtimeMs;
    const changed = FILES.map((f) => (f.path === 'b.md' ? { path: 'b.md', content: '# b, changed\n' } : f));
    expect(stageOutput(out, changed).commit()).toEqual({ written: 1, unchanged: FILES.length - 1, removed: 0, pages: 0, warnings: [] });
    expect(tree(out)).toEqual({ ...expected, 'b.md': '# b, changed\n' });
    expect(statSync(join(out, 'a', 'one.py')).mtimeMs).toBe(mtime);
    // A single unrelated file is enough to make the folder not empty.
    const other = join(work, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'keep.txt'), 'keep');
    const staged = stageOutput(other, FILES);
    expect(readdirSync(join(other, 'a')).some((name) => name.endsWith('.tmp'))).toBe(true);
    staged.commit();
    expect(tree(other)).toEqual({ ...expected, 'keep.txt': 'keep' });
  });

  it('gen into a new folder writes the snippets and leaves no lock or staging folder', async () => {
    const result = await runCli(['gen', '--clients', 'python/requests', '--out', 'generated', join(ROOT, 'specs')], { cwd: work });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/-> generated: 3 written, 0 unchanged, 0 removed/);
    expect(Object.keys(tree(join(work, 'generated'))).sort()).toEqual(['create-key.md', 'create-key/python-requests.py', MANIFEST]);
  });
});
