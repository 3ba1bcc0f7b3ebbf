import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ClientDescriptor } from '../../clients/types.js';
import { sha256 } from '../expected.js';
import { probe, requireTool, which } from '../toolchain.js';
import { JVM_FLAGS } from './jvm-host.js';
import { failureCache, knownToBuildCache } from './shared.js';
import type { Prepared, Runner, RunnerContext, Snippet } from './types.js';

/**
 * Clojure compiles what it loads, and loading clj-http from its sources takes seconds of CPU per
 * JVM. So: the libraries are compiled ahead of time once (the client's verify.warmup namespace,
 * with everything it requires) into a cached class folder; one JVM then compiles every snippet
 * not in the build cache (its ns renamed `k<hash>.core`, so they share that JVM; compiling
 * resolves every symbol, the check step), and each snippet runs in its own JVM from classes
 * (`clojure.main -m`), with its own environment and time limit like every other snippet.
 * Measured on this project's 2-core machine: a run that requires clj-http and cheshire from
 * source took 8.3 s of CPU, from the compiled classes 1.6 s, and 1.0 s with a class-data
 * sharing archive of them. The JVM host that runs Java and Kotlin snippets (jvm-host.ts) gains
 * little here: a run there loads Clojure's runtime again in a class loader of its own, outside the
 * archive; on the fixtures it took 12% off the wall time and nothing off the CPU time.
 */
const DRIVER = `
(doseq [ns-name *command-line-args*]
  (let [sym (symbol ns-name)]
    (try
      (binding [*compile-path* (System/getProperty "snipgen.out")] (compile sym))
      (println "@@ ok" ns-name)
      (catch Throwable e
        (println "@@ failed" ns-name)
        (println (str (.getMessage e) (when-let [c (.getCause e)] (str "\\n" (.getMessage c)))))))))
`;

export const clojureRunner: Runner = {
  language: 'clojure',
  async unavailable(client: ClientDescriptor) {
    const jvm = await requireTool('java', ['-version'], 'Java runtime');
    if (jvm) return jvm;
    const missing = (client.verify.classpath ?? []).filter((jar) => !existsSync(jar));
    return missing.length ? `no ${client.library.name} jars (${missing.join(', ')} not found)` : null;
  },

  async prepare(snippets, ctx) {
    const java = which('java')!;
    const version = (await probe(java, ['-version'])).stderr.trim();
    const prepared = new Map<Snippet, Prepared>();
    const byClient = new Map<ClientDescriptor, Snippet[]>();
    for (const s of snippets) byClient.set(s.client, [...(byClient.get(s.client) ?? []), s]);

    for (const [client, list] of byClient) {
      const jars = (client.verify.classpath ?? []).join(':');
      const { jar: lib, archive } = await compiledLibraries(client, java, jars, version, ctx);
      const pending = new Map<string, { snippet: Snippet; pkg: string; classes: string }>();
      const src = join(ctx.workDir, `src-${client.client}`);
      for (const s of list) {
        writeFileSync(join(s.dir, 'main.clj'), s.code);
        const key = sha256(Buffer.from(`${version}\0${jars}\0${lib}\0${s.code}`));
        const pkg = `k${key.slice(0, 16)}`;
        const classes = join(ctx.cacheDir, 'classes', key);
        const cp = [jars, lib, classes].filter(Boolean).join(':');
        const cds = archive ? [`-XX:SharedArchiveFile=${archive}`, '-Xshare:auto', '-Xlog:cds=off', '-Xlog:cds+dynamic=off'] : [];
        const run = { stage: 'run' as const, command: java, args: [...JVM_FLAGS, ...cds, '-cp', cp, 'clojure.main', '-m', `${pkg}.core`] };
        if (knownToBuildCache(prepared, s, { steps: [run] }, classes, classes, 'clojure compile failed')) continue;
        const renamed = s.code.replace(/^\(ns example\.core\b/, `(ns ${pkg}.core`);
        if (renamed === s.code) {
          prepared.set(s, { failed: 'clojure compile failed', detail: ['the snippet does not start with (ns example.core ...), which the verifier renames to compile snippets side by side'] });
          continue;
        }
        mkdirSync(join(src, pkg), { recursive: true });
        writeFileSync(join(src, pkg, 'core.clj'), renamed);
        pending.set(`${pkg}.core`, { snippet: s, pkg, classes });
      }
      if (pending.size === 0) continue;

      ctx.status(`clojure compile (${pending.size})`);
      const out = join(ctx.workDir, `classes-${client.client}`);
      mkdirSync(out, { recursive: true });
      const driver = join(ctx.workDir, 'compile.clj');
      writeFileSync(driver, DRIVER);
      const result = await ctx.exec(java, [`-Dsnipgen.out=${out}`, '-cp', [jars, lib, src, out].filter(Boolean).join(':'), 'clojure.main', driver, ...pending.keys()], { cwd: ctx.workDir });
      const outcome = parseDriver(result.stdout);
      for (const [ns, entry] of pending) {
        const o = outcome.get(ns);
        if (o?.ok && existsSync(join(out, entry.pkg))) publishPackage(out, entry);
        else {
          const detail = o?.output.map((l) => l.replaceAll(`${src}/${entry.pkg}/core.clj`, 'main.clj')) ?? [result.stderr || result.spawnError || 'the compiler did not report on this namespace'];
          prepared.set(entry.snippet, { failed: 'clojure compile failed', detail });
          if (o) failureCache.write(entry.classes, detail);
        }
      }
    }
    return prepared;
  },
};

/**
 * The client's libraries compiled ahead of time (its warmup namespace and all it requires), as a
 * jar, and a class-data sharing archive of loading them (a run then starts in about two thirds of
 * the CPU time; the JVM archives classes from jars only). Made on first use, cached.
 */
async function compiledLibraries(client: ClientDescriptor, java: string, jars: string, version: string, ctx: RunnerContext): Promise<{ jar: string; archive?: string }> {
  const source = client.verify.warmup;
  if (!source) return { jar: '' };
  const base = join(ctx.cacheDir, `lib-${client.client}-${sha256(Buffer.from(`${version}\0${jars}\0${source}`)).slice(0, 16)}`);
  const jar = `${base}.jar`;
  const archive = `${base}.jsa`;
  if (existsSync(jar)) return { jar, archive: existsSync(archive) ? archive : undefined };
  ctx.status(`clojure compile (${client.id} libraries)`);
  const src = join(ctx.workDir, `warmup-${client.client}`);
  const out = join(src, 'classes');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(src, 'warmup.clj'), source);
  writeFileSync(join(src, 'compile.clj'), DRIVER);
  const result = await ctx.exec(java, [`-Dsnipgen.out=${out}`, '-cp', [jars, src, out].join(':'), 'clojure.main', join(src, 'compile.clj'), 'warmup'], { cwd: src });
  if (result.code !== 0 || !parseDriver(result.stdout).get('warmup')?.ok) throw new Error(`cannot compile ${client.id}'s libraries ahead of time:\n${result.stdout}\n${result.stderr}`);
  mkdirSync(dirname(base), { recursive: true });
  const tempJar = join(src, 'lib.jar');
  const packed = await ctx.exec(which('jar') ?? 'jar', ['cf', tempJar, '-C', out, '.'], { cwd: src });
  if (packed.code !== 0) throw new Error(`cannot pack ${client.id}'s compiled libraries:\n${packed.stderr || packed.spawnError}`);
  // The archive is made with the jar at its final path: a run's class path must start with the archive's.
  renameSync(tempJar, jar);
  const tempArchive = `${archive}.${process.pid}.tmp`;
  const dump = await ctx.exec(java, [`-XX:ArchiveClassesAtExit=${tempArchive}`, '-cp', [jars, jar].join(':'), 'clojure.main', '-e', "(require 'warmup)"], { cwd: src });
  if (dump.code === 0 && existsSync(tempArchive)) renameSync(tempArchive, archive);
  return { jar, archive: existsSync(archive) ? archive : undefined };
}

/** The driver's report: `@@ ok <ns>` or `@@ failed <ns>`, then that namespace's error. */
function parseDriver(stdout: string): Map<string, { ok: boolean; output: string[] }> {
  const found = new Map<string, { ok: boolean; output: string[] }>();
  let current: { ok: boolean; output: string[] } | undefined;
  for (const line of stdout.split('\n')) {
    const m = /^@@ (ok|failed) (.*)$/.exec(line);
    if (m) found.set(m[2]!, (current = { ok: m[1] === 'ok', output: [] }));
    else if (current && line.trim()) current.output.push(line);
  }
  return found;
}

/** Moves one snippet's compiled package out of the batch output into its cache entry, in one rename. */
function publishPackage(out: string, { pkg, classes }: { pkg: string; classes: string }): void {
  const staging = `${classes}.${process.pid}.tmp`;
  mkdirSync(staging, { recursive: true });
  renameSync(join(out, pkg), join(staging, pkg));
  mkdirSync(dirname(classes), { recursive: true });
  try {
    renameSync(staging, classes);
  } catch {
    rmSync(staging, { recursive: true, force: true });
  }
}
