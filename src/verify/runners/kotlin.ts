import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256 } from '../expected.js';
import { attribute, probe, requireTool, which } from '../toolchain.js';
import { JVM_FLAGS, jvmHosts, needsOwnJvm } from './jvm-host.js';
import { failureCache, knownToBuildCache } from './shared.js';
import type { Prepared, Runner, RunnerContext, Snippet } from './types.js';

/**
 * kotlinc starts a JVM and loads the whole compiler (seconds per call), so every snippet that is
 * not in the build cache is compiled in one call. Each snippet is a top-level `fun main()` in a
 * `main.kt`: to share one compilation they get a package each (`package k<hash>;` put before
 * the first line, which keeps the line numbers of kotlinc's messages), and run as `k<hash>.MainKt`.
 */
export const kotlinRunner: Runner = {
  language: 'kotlin',
  async unavailable() {
    return (await requireTool('kotlinc', ['-version'], 'Kotlin compiler (kotlinc)')) ?? (await requireTool('java', ['-version'], 'Java runtime'));
  },

  async prepare(snippets, ctx) {
    const kotlinc = which('kotlinc')!;
    const java = which('java')!;
    const version = (await probe(kotlinc, ['-version'])).stderr.trim().split('\n').at(-1) ?? '';
    const stdlib = stdlibOf(kotlinc);

    // The JVM host is compiled with javac; a JRE without it runs every snippet in a JVM of its own.
    const javac = which('javac');
    const hosts = javac ? await jvmHosts(ctx, java, javac, (await probe(javac, ['-version'])).stdout.trim()) : undefined;
    const prepared = new Map<Snippet, Prepared>();
    const pending = new Map<string, { snippet: Snippet; pkg: string; classes: string }>();
    for (const s of snippets) {
      const classpath = (s.client.verify.classpath ?? []).join(':');
      const key = sha256(Buffer.from(`${version}\0${classpath}\0${s.code}`));
      const pkg = `k${key.slice(0, 16)}`;
      const file = join(s.dir, 'main.kt');
      writeFileSync(file, `package ${pkg}; ${s.code}`);
      const classes = join(ctx.cacheDir, 'classes', key);
      const cp = [stdlib, classpath, classes].filter(Boolean).join(':');
      const run = { stage: 'run' as const, command: java, args: [...JVM_FLAGS, '-cp', cp, `${pkg}.MainKt`], host: needsOwnJvm(s) ? undefined : hosts };
      if (knownToBuildCache(prepared, s, { steps: [run] }, classes, classes, 'kotlinc failed')) continue;
      pending.set(file, { snippet: s, pkg, classes });
    }

    // A file with errors stops kotlinc from writing any class: the rest is compiled again without it.
    let todo = [...pending.keys()];
    for (let attempt = 0; todo.length && attempt < 2; attempt++) {
      const out = join(ctx.workDir, `kotlinc-out-${attempt}`);
      // One batch for all: the union of the clients' jars (each snippet's own are a part of it).
      const jars = [...new Set(todo.flatMap((f) => pending.get(f)!.snippet.client.verify.classpath ?? []))].join(':');
      const errors = await compile(kotlinc, todo, jars, out, ctx);
      if (errors === null) {
        for (const file of todo) publishPackage(out, pending.get(file)!);
        todo = [];
        break;
      }
      const broken = new Set<string>();
      for (const [file, detail] of errors) {
        const { snippet, classes } = pending.get(file)!;
        const lines = detail.map((l) => l.replaceAll(`${snippet.dir}/`, ''));
        prepared.set(snippet, { failed: 'kotlinc failed', detail: lines });
        failureCache.write(classes, lines);
        broken.add(file);
      }
      if (broken.size === 0) break;
      todo = todo.filter((f) => !broken.has(f));
    }
    for (const file of todo) prepared.set(pending.get(file)!.snippet, { failed: 'kotlinc failed', detail: ['kotlinc failed without naming a file it could not compile'] });
    return prepared;
  },
};

/** Runs one kotlinc over `files`; null when it compiled them all, else its error lines by file. */
async function compile(kotlinc: string, files: string[], classpath: string, out: string, ctx: RunnerContext): Promise<Map<string, string[]> | null> {
  ctx.status(`kotlinc (${files.length})`);
  const result = await ctx.exec(kotlinc, ['-nowarn', '-d', out, '-cp', classpath, ...files], { cwd: ctx.workDir });
  if (result.code === 0) return null;
  // kotlinc's JVM prints a deprecation warning of its own on stderr; errors are `file:line:col: error: ...`.
  const errors = attribute(result.stderr, new Map(files.map((f) => [f, f])));
  const named = new Map([...errors].filter(([, lines]) => lines.some((l) => / error: /.test(l))));
  return named.size ? named : new Map(files.map((f) => [f, [result.spawnError ?? '', result.stderr].filter(Boolean)]));
}

/** Moves one snippet's package folder out of the batch output into its cache entry, in one rename. */
function publishPackage(out: string, { pkg, classes }: { pkg: string; classes: string }): void {
  const staging = `${classes}.${process.pid}.tmp`;
  mkdirSync(staging, { recursive: true });
  renameSync(join(out, pkg), join(staging, pkg));
  mkdirSync(dirname(classes), { recursive: true });
  try {
    renameSync(staging, classes);
  } catch {
    // A concurrent verify published the same build first.
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The Kotlin standard library of this kotlinc, which every compiled snippet needs at run time. */
function stdlibOf(kotlinc: string): string {
  const beside = join(dirname(realpathSync(kotlinc)), '..', 'lib', 'kotlin-stdlib.jar');
  return existsSync(beside) ? beside : '/usr/share/java/kotlin-stdlib.jar';
}
