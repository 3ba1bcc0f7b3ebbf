import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientDescriptor } from '../../clients/types.js';
import { sha256 } from '../expected.js';
import { probe, requireTool, which } from '../toolchain.js';
import { failureCache, indent, knownToBuildCache } from './shared.js';
import type { Prepared, Runner, RunnerContext, Snippet } from './types.js';

/** Debian's jars (libunirest-java-java and what it depends on), the real Unirest 1.4. */
const JARS: Record<string, string[]> = {
  unirest: ['unirest-java', 'httpclient', 'httpcore', 'httpasyncclient', 'httpcore-nio', 'httpmime', 'commons-logging', 'com.android.json'].map(
    (name) => `/usr/share/java/${name}.jar`,
  ),
  httpclient: [],
};

/** Imports a reference-style fragment may lean on; the fragment itself has none. */
const HARNESS_IMPORTS: Record<string, string[]> = {
  common: ['java.io.*', 'java.net.URI', 'java.nio.charset.StandardCharsets', 'java.nio.file.*', 'java.util.*'],
  httpclient: ['java.net.http.*'],
  unirest: [
    'com.mashape.unirest.http.Unirest',
    'org.apache.http.client.methods.*',
    'org.apache.http.config.*',
    'org.apache.http.entity.*',
    'org.apache.http.entity.mime.*',
    'org.apache.http.entity.mime.content.*',
    'org.apache.http.impl.client.*',
    'org.apache.http.util.*',
    'com.mashape.unirest.http.utils.*',
  ],
};

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

/** Short-lived programs: the quick JIT tier, one compiler thread and the serial collector start fastest. */
const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:CICompilerCount=1', '-XX:+UseSerialGC', '-XX:-UsePerfData'];

/**
 * Exercises the client's classes once, so the JVM can archive them (AppCDS) for every later run:
 * about 30% less CPU per snippet (measured: 0.70 s to 0.49 s for a Unirest request). Port 9 is
 * closed on loopback; only class loading matters here.
 */
const WARMUP: Record<string, string> = {
  unirest: `public class Warmup {
    public static void main(String[] args) throws Exception {
        try { com.mashape.unirest.http.Unirest.post("http://127.0.0.1:9/").header("a", "b").body("{}").asString(); } catch (Exception e) { }
        try { com.mashape.unirest.http.Unirest.post("http://127.0.0.1:9/").field("a", "b").field("f", new java.io.File("Warmup.java"), "text/plain").asString(); } catch (Exception e) { }
        com.mashape.unirest.http.Unirest.shutdown();
    }
}
`,
  httpclient: `public class Warmup {
    public static void main(String[] args) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:9/"))
            .header("a", "b").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build();
        try { java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString()); } catch (Exception e) { }
    }
}
`,
};

export const javaRunner: Runner = {
  language: 'java',
  async unavailable(client: ClientDescriptor) {
    const jdk = (await requireTool('javac', ['-version'], 'JDK (javac)')) ?? (await requireTool('java', ['-version'], 'Java runtime'));
    if (jdk) return jdk;
    const missing = (JARS[client.client] ?? []).filter((jar) => !existsSync(jar));
    return missing.length ? `no ${client.library.name} jars (${missing.join(', ')} not found: install libunirest-java-java)` : null;
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

    const archives = new Map<string, string | undefined>();
    for (const client of new Set(snippets.map((s) => s.client.client))) archives.set(client, await classArchive(client, java, version, ctx));

    const prepared = new Map<Snippet, Prepared>();
    const jobs: string[] = [];
    const pending = new Map<string, { snippet: Snippet; out: string; classes: string }>();
    for (const s of snippets) {
      const { className, source } = harness(s);
      const file = join(s.dir, `${className}.java`);
      writeFileSync(file, source);
      const classpath = (JARS[s.client.client] ?? []).join(':');
      const classes = join(ctx.cacheDir, 'classes', sha256(Buffer.from(`${version}\0${classpath}\0${source}`)));
      const archive = archives.get(s.client.client);
      // The jars first: the archive holds their classes and its class path must be a prefix of the run's.
      const cp = [classpath, classes].filter(Boolean).join(':');
      const run = { stage: 'run' as const, command: java, args: [...JVM_FLAGS, ...(archive ? [`-XX:SharedArchiveFile=${archive}`] : []), '-cp', cp, className] };
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
async function classArchive(client: string, java: string, version: string, ctx: RunnerContext): Promise<string | undefined> {
  const source = WARMUP[client];
  if (!source) return undefined;
  const classpath = (JARS[client] ?? []).join(':');
  const archive = join(ctx.cacheDir, `cds-${client}-${sha256(Buffer.from(`${version}\0${classpath}\0${source}`)).slice(0, 16)}.jsa`);
  if (existsSync(archive)) return archive;
  ctx.status(`class archive (${client})`);
  const dir = join(ctx.workDir, `warmup-${client}`);
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
 * gets the imports its client's API needs, a `Main` class and a `main` that may throw; Unirest
 * also needs shutting down, or its background threads keep the JVM alive.
 */
function harness(s: Snippet): { className: string; source: string } {
  const declared = /^\s*public\s+(?:final\s+)?class\s+(\w+)/m.exec(s.code);
  if (declared) return { className: declared[1]!, source: s.code };
  // Both Unirest and Apache HttpClient (Unirest's lower level) have an HttpResponse: Unirest's is generic.
  const response = s.client.client !== 'unirest' ? [] : /\bHttpResponse</.test(s.code) ? ['com.mashape.unirest.http.HttpResponse'] : ['org.apache.http.HttpResponse'];
  const imports = [...HARNESS_IMPORTS.common!, ...(HARNESS_IMPORTS[s.client.client] ?? []), ...response].map((i) => `import ${i};`);
  const shutdown = s.client.client === 'unirest' ? ['        Unirest.shutdown();'] : [];
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

/** Moves a finished build into the cache under its final name in one step; a concurrent verify may have won the race, which is fine. */
function publish(from: string, to: string): void {
  mkdirSync(join(to, '..'), { recursive: true });
  try {
    renameSync(from, to);
  } catch {
    rmSync(from, { recursive: true, force: true });
  }
}
