import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HostPool } from '../../src/verify/fork-host.js';
import { RUN_MARKER } from '../../src/verify/process.js';
import { JVM_FLAGS, jvmHosts, needsOwnJvm } from '../../src/verify/runners/jvm-host.js';
import type { Snippet } from '../../src/verify/runners/types.js';
import { requireTool, which } from '../../src/verify/toolchain.js';
import { hostingContext } from './fork-host-support.js';

/**
 * The JVM host (src/verify/runners/jvm-host.ts) runs many snippets' `main` in one JVM: each must
 * run as `java -cp CLASSPATH Main` runs it, and nothing one run changes may reach the next.
 * Each property is compared with `java` itself.
 */
const missing = (await requireTool('javac', ['-version'], 'JDK (javac)')) ?? (await requireTool('java', ['-version'], 'Java runtime'));

describe.skipIf(missing)(`the JVM host${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const work = mkdtempSync(join(tmpdir(), 'snipgen-jvm-host-'));
  const { ctx, started: hosts } = hostingContext(work, 120_000);
  afterAll(async () => {
    await Promise.all(hosts.map((h) => h.close()));
    rmSync(work, { recursive: true, force: true });
  });
  const java = which('java')!;
  const javac = which('javac')!;
  mkdirSync(ctx.workDir, { recursive: true });
  let pool: Promise<HostPool> | undefined;
  const hostPool = () => (pool ??= jvmHosts(ctx, java, javac, spawnSync(javac, ['-version'], { encoding: 'utf8' }).stdout.trim()));

  let programs = 0;
  /** Compiles `sources` (file name to text) into a class folder of its own; `lib` is put on the class path. */
  function compile(sources: Record<string, string>, lib?: string): { dir: string; classpath: string } {
    const dir = join(work, `p${++programs}`);
    mkdirSync(dir);
    for (const [name, text] of Object.entries(sources)) writeFileSync(join(dir, name), text);
    const classpath = [lib, dir].filter(Boolean).join(':');
    const built = spawnSync(javac, ['-nowarn', '-d', dir, '-cp', classpath, ...Object.keys(sources).map((n) => join(dir, n))], { encoding: 'utf8' });
    expect(built.stderr).toBe('');
    return { dir, classpath };
  }
  /** Which JVM ran the code: its process id in its PID namespace, and that namespace. */
  const JVM_IDENTITY = 'ProcessHandle.current().pid() + " " + java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/ns/pid"))';
  const ENV = { PATH: process.env.PATH!, [RUN_MARKER]: 'test' };
  const args = (classpath: string, main = 'Main') => [...JVM_FLAGS, '-cp', classpath, main];

  /** The program run in the host, and by `java` itself. */
  async function both(p: { dir: string; classpath: string }, env: Record<string, string> = {}, main = 'Main') {
    const hosted = await (await hostPool()).run(main, { cwd: p.dir, env: { ...ENV, ...env }, timeoutMs: 20_000, args: args(p.classpath, main) });
    const direct = spawnSync(java, args(p.classpath, main), { cwd: p.dir, env: { ...ENV, ...env }, encoding: 'utf8', timeout: 20_000 });
    return { hosted, direct: { code: direct.status, stdout: direct.stdout, stderr: direct.stderr } };
  }

  it('runs main as java does: no arguments, an empty stdin, only the run its environment, output in the default charset', async () => {
    const p = compile({
      'Main.java': `import java.util.*;
public class Main {
    public static void main(String[] args) throws Exception {
        System.out.println(args.length + " " + System.in.read());
        Set<String> names = new TreeSet<>(System.getenv().keySet());
        names.remove("PATH");
        System.out.println(System.getenv("TOKEN") + " " + System.getenv("HOST_ONLY") + " " + names);
        System.out.println("caf\\u00e9 \\ud83d\\ude00 " + Thread.currentThread().getName());
        System.err.println("to stderr");
    }
}
`,
    });
    const { hosted, direct } = await both(p, { TOKEN: 'a"b\\c\nd\u0001 é😀' });
    expect(direct.stdout).toContain('a"b\\c\nd\u0001');
    expect(hosted).toMatchObject({ code: 0, signal: null, timedOut: false, stdout: direct.stdout, stderr: direct.stderr });
  });

  it('exits as java does: System.exit from main or from another thread, an uncaught exception, a main class that is not there', async () => {
    const p = compile({
      'Exit.java': 'public class Exit { public static void main(String[] a) { System.out.println("before"); System.exit(3); } }',
      'ExitThread.java': `public class ExitThread {
    public static void main(String[] a) throws Exception {
        Thread t = new Thread(() -> System.exit(4));
        t.start();
        t.join();
        Thread.sleep(10_000);
        System.out.println("not reached");
    }
}`,
      'Throws.java': 'public class Throws { public static void main(String[] a) { throw new IllegalStateException("boom"); } }',
    });
    for (const [main, code] of [['Exit', 3], ['ExitThread', 4], ['Throws', 1], ['Nowhere', 1]] as const) {
      const { hosted, direct } = await both(p, {}, main);
      expect(direct.code).toBe(code);
      expect(hosted.code).toBe(code);
      expect(hosted.stdout).toBe(direct.stdout);
      expect(hosted.stderr.split('\n')[0]).toBe(direct.stderr.split('\n')[0]);
      expect(hosted.ms).toBeLessThan(8_000);
    }
  });

  it("takes java's command line: options, the class path, the main class and its arguments", async () => {
    const p = compile({ 'Main.java': 'public class Main { public static void main(String[] a) { System.out.println(String.join("|", a)); } }' });
    const line = ['-XX:+UseSerialGC', '-classpath', p.classpath, 'Main', 'one', '-two', 'th ree'];
    const hosted = await (await hostPool()).run('th ree', { cwd: p.dir, env: ENV, timeoutMs: 20_000, args: line });
    const direct = spawnSync(java, line, { cwd: p.dir, env: ENV, encoding: 'utf8' });
    expect(direct.stdout).toBe('one|-two|th ree\n');
    expect(hosted).toMatchObject({ code: 0, stdout: direct.stdout });
  });

  it('waits, as the JVM does, for the threads that are not daemons', async () => {
    const p = compile({
      'Main.java': `public class Main {
    public static void main(String[] args) {
        new Thread(() -> {
            try { Thread.sleep(300); } catch (InterruptedException e) { }
            System.out.println("late");
        }).start();
        System.out.println("main done");
    }
}`,
    });
    const { hosted, direct } = await both(p);
    expect(direct.stdout).toBe('main done\nlate\n');
    expect(hosted).toMatchObject({ code: 0, stdout: direct.stdout });
  });

  it("keeps nothing of one run for the next: a library's static state, system properties, JDK defaults; both runs in one JVM", async () => {
    const lib = compile({ 'Registry.java': 'public class Registry { public static String value = "initial"; }' });
    const p = compile(
      {
        'Main.java': `import java.net.*;
import java.util.*;
public class Main {
    public static void main(String[] args) throws Exception {
        System.out.println(Registry.value + " " + System.getProperty("snipgen.left") + " " + Locale.getDefault() + " " + TimeZone.getDefault().getID()
            + " " + CookieHandler.getDefault() + " " + HttpURLConnection.getFollowRedirects());
        System.err.println(${JVM_IDENTITY});
        Registry.value = "changed";
        System.setProperty("snipgen.left", "yes");
        Locale.setDefault(Locale.JAPAN);
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
        CookieHandler.setDefault(new CookieManager());
        HttpURLConnection.setFollowRedirects(false);
    }
}`,
      },
      lib.dir,
    );
    const first = await both(p);
    const second = await both(p);
    expect(first.direct.stdout).toMatch(/^initial null \S+ \S+ null true\n$/);
    expect(first.hosted.stdout).toBe(first.direct.stdout);
    expect(second.hosted.stdout).toBe(first.direct.stdout);
    expect(second.hosted.stderr).toBe(first.hosted.stderr);
  });

  it('ends a run at its deadline, stops what it left running, and goes on serving in the same JVM', async () => {
    const p = compile({
      'Spin.java': `public class Spin { public static void main(String[] a) throws Exception { System.err.println(${JVM_IDENTITY}); while (true) { } } }`,
      'Chatter.java': `public class Chatter {
    public static void main(String[] a) throws Exception {
        Thread t = new Thread(() -> { while (true) { System.out.println("left behind"); try { Thread.sleep(5); } catch (InterruptedException e) { } } }, "chatter");
        t.setDaemon(true);
        t.start();
        Thread.sleep(50);
    }
}`,
      'Quiet.java': `public class Quiet { public static void main(String[] a) throws Exception { Thread.sleep(200); System.out.println("quiet, chatter alive: " + Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("chatter"))); System.err.println(${JVM_IDENTITY}); } }`,
    });
    const hosts = await hostPool();
    const spin = await hosts.run('Spin', { cwd: p.dir, env: ENV, timeoutMs: 1_500, args: args(p.classpath, 'Spin') });
    expect(spin).toMatchObject({ timedOut: true, code: null, signal: 'SIGKILL' });
    const chatter = await hosts.run('Chatter', { cwd: p.dir, env: ENV, timeoutMs: 20_000, args: args(p.classpath, 'Chatter') });
    expect(chatter.code).toBe(0);
    expect(chatter.stdout).toMatch(/^(left behind\n)+$/);
    const quiet = await hosts.run('Quiet', { cwd: p.dir, env: ENV, timeoutMs: 20_000, args: args(p.classpath, 'Quiet') });
    expect(quiet).toMatchObject({ code: 0, stdout: 'quiet, chatter alive: false\n', stderr: spin.stderr });
  });

  it('runs side by side in as many JVMs as there are runs at once', async () => {
    const p = compile({ 'Main.java': `public class Main { public static void main(String[] a) throws Exception { Thread.sleep(500); System.out.println(${JVM_IDENTITY}); } }` });
    const hosts = await hostPool();
    const runs = await Promise.all([1, 2].map(() => hosts.run('Main', { cwd: p.dir, env: ENV, timeoutMs: 20_000, args: args(p.classpath) })));
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(new Set(runs.map((r) => r.stdout)).size).toBe(2);
  });
});

describe('which snippets need a JVM of their own', () => {
  const snippet = (code: string, body?: Snippet['endpoint']['body']) => ({ code, endpoint: { body } }) as unknown as Snippet;
  it('one that opens files from its folder, or sets what the JDK reads once', () => {
    expect(needsOwnJvm(snippet('class Main {}'))).toBe(false);
    expect(needsOwnJvm(snippet('class Main {}', { kind: 'json' } as Snippet['endpoint']['body']))).toBe(false);
    expect(needsOwnJvm(snippet('class Main {}', { kind: 'file', path: 'a.png' } as Snippet['endpoint']['body']))).toBe(true);
    expect(needsOwnJvm(snippet('class Main {}', { kind: 'multipart', parts: [{ kind: 'text' }, { kind: 'file' }] } as Snippet['endpoint']['body']))).toBe(true);
    expect(needsOwnJvm(snippet('System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");'))).toBe(true);
    expect(needsOwnJvm(snippet('java.security.Security.setProperty("networkaddress.cache.ttl", "0");'))).toBe(true);
    expect(needsOwnJvm(snippet('URL.setURLStreamHandlerFactory(f);'))).toBe(true);
  });
});
