import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ClientDescriptor } from '../../clients/types.js';
import { sha256 } from '../expected.js';
import { probe, requireTool, which } from '../toolchain.js';
import { JVM_FLAGS } from './java.js';
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
 * source took 8.3 s of CPU, from the compiled classes 2.0 s.
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
      const lib = await compiledLibraries(client, java, jars, version, ctx);
      const pending = new Map<string, { snippet: Snippet; pkg: string; classes: string }>();
      const src = join(ctx.workDir, `src-${client.client}`);
      for (const s of list) {
        writeFileSync(join(s.dir, 'main.clj'), s.code);
        const key = sha256(Buffer.from(`${version}\0${jars}\0${lib}\0${s.code}`));
        const pkg = `k${key.slice(0, 16)}`;
        const classes = join(ctx.cacheDir, 'classes', key);
        const cp = [jars, lib, classes].filter(Boolean).join(':');
        const run = { stage: 'run' as const, command: java, args: [...JVM_FLAGS, '-cp', cp, 'clojure.main', '-m', `${pkg}.core`] };
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

/** The client's libraries compiled ahead of time (its warmup namespace and all it requires), made on first use. */
async function compiledLibraries(client: ClientDescriptor, java: string, jars: string, version: string, ctx: RunnerContext): Promise<string> {
  const source = client.verify.warmup;
  if (!source) return '';
  const dir = join(ctx.cacheDir, `lib-${client.client}-${sha256(Buffer.from(`${version}\0${jars}\0${source}`)).slice(0, 16)}`);
  if (existsSync(dir)) return dir;
  ctx.status(`clojure compile (${client.id} libraries)`);
  const src = join(ctx.workDir, `warmup-${client.client}`);
  const out = join(src, 'classes');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(src, 'warmup.clj'), source);
  writeFileSync(join(src, 'compile.clj'), DRIVER);
  const result = await ctx.exec(java, [`-Dsnipgen.out=${out}`, '-cp', [jars, src, out].join(':'), 'clojure.main', join(src, 'compile.clj'), 'warmup'], { cwd: src });
  if (result.code !== 0 || !parseDriver(result.stdout).get('warmup')?.ok) throw new Error(`cannot compile ${client.id}'s libraries ahead of time:\n${result.stdout}\n${result.stderr}`);
  mkdirSync(dirname(dir), { recursive: true });
  try {
    renameSync(out, dir);
  } catch {
    rmSync(out, { recursive: true, force: true });
  }
  return dir;
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
