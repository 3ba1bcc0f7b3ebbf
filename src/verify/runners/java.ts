import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientDescriptor } from '../../clients/types.js';
import { sha256 } from '../expected.js';
import { probe, requireTool, which } from '../toolchain.js';
import { JVM_FLAGS, jvmHosts, needsOwnJvm } from './jvm-host.js';
import { failureCache, indent, knownToBuildCache, publish } from './shared.js';
import type { Prepared, Runner, RunnerContext, Snippet } from './types.js';

/** Imports every reference-style fragment may lean on; each client adds its own (verify.harnessImports). */
const COMMON_IMPORTS = ['java.io.*', 'java.net.URI', 'java.nio.charset.StandardCharsets', 'java.nio.file.*', 'java.util.*'];

/**
 * javac compiles every snippet in one JVM through the compiler API, each into its own output
 * folder (every snippet is a `public class Main`, so they cannot share one javac invocation).
 */
const DRIVER = `
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

public class JavacBatch {
    public static void main(String[] args) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        boolean all = true;
        for (String line : Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8)) {
            String[] job = line.split("\\t", -1);
            StringWriter out = new StringWriter();
            List<String> options = List.of("-d", job[1], "-cp", job[2], "-encoding", "UTF-8", "-proc:none", "-implicit:none");
            boolean ok = javac.getTask(out, files, null, options, null, files.getJavaFileObjects(job[0])).call();
            System.out.println((ok ? "@@ ok " : "@@ failed ") + job[0]);
            System.out.print(out);
            all &= ok;
        }
        System.exit(all ? 0 : 1);
    }
}
`;

export const javaRunner: Runner = {
  language: 'java',
  async unavailable(client: ClientDescriptor) {
    const jdk = (await requireTool('javac', ['-version'], 'JDK (javac)')) ?? (await requireTool('java', ['-version'], 'Java runtime'));
    if (jdk) return jdk;
    const missing = (client.verify.classpath ?? []).filter((jar) => !existsSync(jar));
    return missing.length ? `no ${client.library.name} jars (${missing.join(', ')} not found)` : null;
  },

  async prepare(snippets, ctx) {
    const javac = which('javac')!;
    const java = which('java')!;
    const version = (await probe(javac, ['-version'])).stdout.trim();
    const driverDir = join(ctx.cacheDir, `driver-${sha256(Buffer.from(`${version}\0${DRIVER}`)).slice(0, 16)}`);
    if (!existsSync(join(driverDir, 'JavacBatch.class'))) {
      ctx.status('javac (driver)');
      const build = join(ctx.workDir, 'driver');
      mkdirSync(build, { recursive: true });
      writeFileSync(join(build, 'JavacBatch.java'), DRIVER);
      const result = await ctx.exec(javac, ['-d', build, join(build, 'JavacBatch.java')], { cwd: build });
      if (result.code !== 0) throw new Error(`cannot compile the javac driver:\n${result.stderr}`);
      publish(build, driverDir);
    }

    const archives = new Map<ClientDescriptor, string | undefined>();
    for (const client of new Set(snippets.map((s) => s.client))) archives.set(client, await classArchive(client, java, version, ctx));

    const hosts = await jvmHosts(ctx, java, javac, version);
    const prepared = new Map<Snippet, Prepared>();
    const jobs: string[] = [];
    const pending = new Map<string, { snippet: Snippet; out: string; classes: string }>();
    for (const s of snippets) {
      const { className, source } = harness(s);
      const file = join(s.dir, `${className}.java`);
      writeFileSync(file, source);
      const classpath = (s.client.verify.classpath ?? []).join(':');
      const classes = join(ctx.cacheDir, 'classes', sha256(Buffer.from(`${version}\0${classpath}\0${source}`)));
      const archive = archives.get(s.client);
      // The jars first: the archive holds their classes and its class path must be a prefix of the run's.
      const cp = [classpath, classes].filter(Boolean).join(':');
      const run = { stage: 'run' as const, command: java, args: [...JVM_FLAGS, ...(archive ? [`-XX:SharedArchiveFile=${archive}`] : []), '-cp', cp, className], host: needsOwnJvm(s) ? undefined : hosts };
      if (knownToBuildCache(prepared, s, { steps: [run] }, classes, classes, 'javac failed')) continue;
      const out = join(s.dir, 'classes');
      mkdirSync(out, { recursive: true });
      jobs.push([file, out, classpath].join('\t'));
      pending.set(file, { snippet: s, out, classes });
    }
    if (jobs.length === 0) return prepared;

    ctx.status(`javac (${jobs.length})`);
    const jobFile = join(ctx.workDir, 'javac-jobs.txt');
    writeFileSync(jobFile, jobs.join('\n') + '\n');
    const result = await ctx.exec(java, ['-cp', driverDir, 'JavacBatch', jobFile], { cwd: ctx.workDir });
    const outcome = parseDriver(result.stdout);
    for (const [file, { snippet, out, classes }] of pending) {
      const o = outcome.get(file);
      if (o?.ok) publish(out, classes);
      else {
        const detail = o?.output.map((l) => l.replaceAll(`${snippet.dir}/`, '')) ?? [result.stderr || result.spawnError || 'javac did not report on this file'];
        prepared.set(snippet, { failed: 'javac failed', detail });
        if (o) failureCache.write(classes, detail);
      }
    }
    return prepared;
  },
};

/** The client's class archive, made on first use; undefined when the JVM cannot make one (runs then go without). */
async function classArchive(client: ClientDescriptor, java: string, version: string, ctx: RunnerContext): Promise<string | undefined> {
  const source = client.verify.warmup;
  if (!source) return undefined;
  const classpath = (client.verify.classpath ?? []).join(':');
  const archive = join(ctx.cacheDir, `cds-${client.client}-${sha256(Buffer.from(`${version}\0${classpath}\0${source}`)).slice(0, 16)}.jsa`);
  if (existsSync(archive)) return archive;
  ctx.status(`class archive (${client.id})`);
  const dir = join(ctx.workDir, `warmup-${client.client}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'Warmup.java'), source);
  const temp = `${archive}.${process.pid}.tmp`;
  const result = await ctx.exec(java, [`-XX:ArchiveClassesAtExit=${temp}`, ...(classpath ? ['-cp', classpath] : []), 'Warmup.java'], { cwd: dir });
  if (result.code !== 0 || !existsSync(temp)) return undefined;
  renameSync(temp, archive);
  return archive;
}

/**
 * A runnable snippet is a complete program. A reference-style fragment is a method body: it
 * gets the imports its client's API needs (verify.harnessImports; `X if Y` imports X when the
 * fragment mentions Y), a `Main` class, a `main` that may throw, and the client's closing lines
 * (verify.harnessEnd: Unirest's background threads keep the JVM alive until it is shut down).
 */
function harness(s: Snippet): { className: string; source: string } {
  const declared = /^\s*public\s+(?:final\s+)?class\s+(\w+)/m.exec(s.code);
  if (declared) return { className: declared[1]!, source: s.code };
  const chosen = (s.client.verify.harnessImports ?? []).flatMap((entry) => {
    const [name, condition] = entry.split(' if ');
    if (condition === undefined) return [name!];
    const negated = condition.startsWith('not ');
    return s.code.includes(negated ? condition.slice(4) : condition) !== negated ? [name!] : [];
  });
  const imports = [...COMMON_IMPORTS, ...chosen].map((i) => `import ${i};`);
  const shutdown = (s.client.verify.harnessEnd ?? []).map((line) => `        ${line}`);
  const source = [...imports, '', 'public class Main {', '    public static void main(String[] args) throws Exception {', indent(s.code, '        '), ...shutdown, '    }', '}', ''];
  return { className: 'Main', source: source.join('\n') };
}

/** The driver's report: `@@ ok <file>` or `@@ failed <file>`, then that file's diagnostics. */
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
