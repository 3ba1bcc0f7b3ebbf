import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findClients } from '../../src/clients/index.js';
import type { HostPool } from '../../src/verify/fork-host.js';
import { RUN_MARKER, runProcess } from '../../src/verify/process.js';
import { csharpRunner } from '../../src/verify/runners/csharp.js';
import { needsOwnDotnet } from '../../src/verify/runners/dotnet-host.js';
import type { Snippet, Step } from '../../src/verify/runners/types.js';
import { hostingContext } from './fork-host-support.js';

/**
 * The .NET host (src/verify/runners/dotnet-host.ts) runs many C# snippets in one runtime: each
 * must run as `dotnet Snippet.dll` runs it, and nothing one run changes may reach the next. Each
 * program is compiled as verify compiles a csharp/restsharp snippet (csharp.ts), and each
 * property is compared with `dotnet Snippet.dll` run as verify runs it (runProcess).
 */
const [restsharp] = findClients(['csharp/restsharp']);
const missing = await csharpRunner.unavailable(restsharp!);

/** Which process ran the code: its id in its PID namespace, and that namespace. */
const IDENTITY = 'Environment.ProcessId + " " + new FileInfo("/proc/self/ns/pid").LinkTarget';

const PROGRAMS = {
  basics: String.raw`using System.Collections;
using System.Globalization;
foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>().Order(StringComparer.Ordinal))
    Console.WriteLine(name == "SNIPGEN_VERIFY_RUN" ? name : name + "=" + Environment.GetEnvironmentVariable(name));
Console.WriteLine(string.Join("|", args) + " / " + string.Join("|", Environment.GetCommandLineArgs()));
Console.WriteLine(Environment.CurrentDirectory + " " + File.ReadAllText("beside.txt"));
Console.WriteLine(AppContext.BaseDirectory + " " + System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name + " " + AppDomain.CurrentDomain.FriendlyName);
Console.WriteLine(Console.IsInputRedirected + " " + Console.IsOutputRedirected + " " + Console.IsErrorRedirected + " [" + Console.In.ReadToEnd() + "] " + Console.OutputEncoding.WebName + " " + Console.InputEncoding.WebName);
Console.WriteLine(CultureInfo.CurrentCulture.Name + "|" + CultureInfo.CurrentUICulture.Name + "|" + TimeZoneInfo.Local.Id + "|" + Thread.CurrentThread.IsBackground + "|" + SynchronizationContext.Current);
Console.WriteLine("café 😀 \u2028 naïve");
Console.Out.Write('x');
Console.Out.Write(new[] { 'y', 'z' });
Console.Out.Write(3.5);
Console.Out.WriteLine();
Console.Error.WriteLine("to stderr ü");
await Task.Yield();
Console.WriteLine("after await");
`,
  encodingFirst: 'Console.OutputEncoding = System.Text.Encoding.Unicode;\nConsole.WriteLine("wide é " + Console.Out.Encoding.WebName + " " + Console.Out.Encoding.GetPreamble().Length);\n',
  encodingLater: 'Console.WriteLine("narrow é");\nConsole.OutputEncoding = System.Text.Encoding.Unicode;\nConsole.WriteLine("wide é");\nConsole.Error.WriteLine("wide error");\n',
  returns3: 'Console.WriteLine("three");\nreturn 3;\n',
  exitCode4: 'Console.WriteLine("four");\nEnvironment.ExitCode = 4;\n',
  returnBeatsExitCode: 'Environment.ExitCode = 7;\nreturn 5;\n',
  returns300: 'return 300;\n',
  returnsMinus1: 'return -1;\n',
  throws: 'Console.WriteLine("before");\nthrow new InvalidOperationException("boom ü", new Exception("inner"));\n',
  throwsAsync: 'Console.WriteLine("before");\nawait Task.Delay(1);\nthrow new HttpRequestException("async boom");\n',
  asyncMain: 'class Program\n{\n    static async Task<int> Main(string[] args)\n    {\n        await Task.Yield();\n        Console.WriteLine("async " + args.Length);\n        return 6;\n    }\n}\n',
  voidMain: 'class Program\n{\n    static void Main()\n    {\n        Console.WriteLine("void");\n        Environment.ExitCode = 9;\n    }\n}\n',
  poolThrows: 'Console.WriteLine("before");\nThreadPool.QueueUserWorkItem(_ => throw new InvalidOperationException("pool boom"));\nThread.Sleep(10_000);\nConsole.WriteLine("not reached");\n',
  statics: String.raw`using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using RestSharp;
#pragma warning disable SYSLIB0014
Console.WriteLine(string.Join("\n", new object?[] {
    Registry.Value, ContentType.Json, string.Join(",", ContentType.JsonAccept),
    CultureInfo.DefaultThreadCurrentCulture?.Name ?? "no default culture", CultureInfo.CurrentCulture.Name,
    HttpClient.DefaultProxy.GetType().Name, HttpClient.DefaultProxy.GetProxy(new Uri("http://example.com/")),
    ServicePointManager.Expect100Continue, ServicePointManager.DefaultConnectionLimit,
    Activity.DefaultIdFormat, Activity.ForceDefaultIdFormat, DistributedContextPropagator.Current.GetType().Name,
    Environment.GetEnvironmentVariable("LEFT") ?? "no LEFT", Environment.CurrentDirectory, TimeZoneInfo.Local.Id,
    Console.OutputEncoding.WebName, Console.Out.NewLine == "\n", Console.In.ReadToEnd(), Environment.ExitCode,
}));
Console.Error.WriteLine(${IDENTITY});
Registry.Value = "changed";
typeof(ContentType).GetField("_value", BindingFlags.Instance | BindingFlags.NonPublic)!.SetValue(ContentType.Json, "application/x-leaked");
ContentType.JsonAccept[0] = "application/x-leaked";
CultureInfo.DefaultThreadCurrentCulture = new CultureInfo("tr-TR");
CultureInfo.CurrentCulture = new CultureInfo("ja-JP");
HttpClient.DefaultProxy = new WebProxy("http://127.0.0.1:9");
ServicePointManager.Expect100Continue = false;
ServicePointManager.DefaultConnectionLimit = 1;
Activity.DefaultIdFormat = ActivityIdFormat.Hierarchical;
Activity.ForceDefaultIdFormat = true;
DistributedContextPropagator.Current = DistributedContextPropagator.CreateNoOutputPropagator();
Environment.SetEnvironmentVariable("LEFT", "yes");
Environment.SetEnvironmentVariable("TZ", "Asia/Tokyo");
Console.WriteLine(TimeZoneInfo.Local.Id);
Directory.SetCurrentDirectory("/");
Console.Out.NewLine = "\r\n";
Console.SetIn(new StringReader("left in stdin"));
Console.OutputEncoding = Encoding.Unicode;
Environment.ExitCode = 3;
return 0;

static class Registry
{
    public static string Value = "initial";
}
`,
  spin: `Console.Error.WriteLine(${IDENTITY});\nwhile (true) { }\n`,
  chatter: `Console.WriteLine(${IDENTITY});
_ = Task.Run(async () => { while (true) { Console.WriteLine("left behind"); await Task.Delay(5); } });
Left.Timer = new Timer(_ => Console.Error.WriteLine("timer left behind"), null, 0, 5);
await Task.Delay(100);

static class Left
{
    public static Timer? Timer;
}
`,
  quiet: `await Task.Delay(300);\nConsole.WriteLine("quiet");\nConsole.Error.WriteLine(${IDENTITY});\n`,
  sleeps: `Thread.Sleep(500);\nConsole.WriteLine(${IDENTITY});\n`,
  exits: 'Environment.Exit(2);\n',
  deep: 'Console.WriteLine(Depth(200_000));\n\nstatic int Depth(int n) => n == 0 ? 0 : 1 + Depth(n - 1);\n',
};
type Name = keyof typeof PROGRAMS;

describe.skipIf(missing)(`the .NET host${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const work = mkdtempSync(join(tmpdir(), 'snipgen-dotnet-host-'));
  const { ctx, started } = hostingContext(work, 300_000);
  const steps = new Map<Name, Step>();
  const dirs = new Map<Name, string>();
  beforeAll(async () => {
    mkdirSync(ctx.workDir, { recursive: true });
    const snippets = new Map<Snippet, Name>();
    for (const [name, code] of Object.entries(PROGRAMS) as Array<[Name, string]>) {
      const dir = join(work, name);
      mkdirSync(dir);
      writeFileSync(join(dir, 'beside.txt'), 'from the folder');
      dirs.set(name, dir);
      snippets.set({ client: restsharp!, style: 'runnable', endpoint: {}, code, dir, env: {} } as unknown as Snippet, name);
    }
    const prepared = await csharpRunner.prepare([...snippets.keys()], ctx);
    for (const [snippet, outcome] of prepared) {
      expect(outcome).toHaveProperty('steps');
      if ('steps' in outcome) steps.set(snippets.get(snippet)!, outcome.steps[0]!);
    }
  }, 300_000);
  afterAll(async () => {
    await Promise.all(started.map((h) => h.close()));
    rmSync(work, { recursive: true, force: true });
  });

  const ENV = { PATH: process.env.PATH!, [RUN_MARKER]: 'test' };
  const hosts = () => steps.get('basics')!.host as HostPool;
  const options = (name: Name, env: Record<string, string>, timeoutMs: number) => ({ cwd: dirs.get(name)!, env: { ...ENV, ...env }, timeoutMs });
  /** As verify runs a step: in the host, and as its own process. */
  const hosted = (name: Name, env: Record<string, string> = {}, timeoutMs = 20_000, args: string[] = []) =>
    hosts().run(steps.get(name)!.args.at(-1)!, { ...options(name, env, timeoutMs), args: [...steps.get(name)!.args, ...args] });
  const direct = (name: Name, env: Record<string, string> = {}, args: string[] = []) =>
    runProcess(steps.get(name)!.command, [...steps.get(name)!.args, ...args], { ...options(name, env, 20_000), wholeTree: true });
  const outcome = (r: { code: number | null; signal: string | null; stdout: string; stderr: string; timedOut: boolean }) => ({
    code: r.code,
    signal: r.signal,
    stdout: r.stdout,
    stderr: r.stderr,
    timedOut: r.timedOut,
  });

  it('runs on the framework the snippets run on, and gives the host to every snippet but those that need a process of their own', () => {
    const host = readdirSync(ctx.cacheDir).find((d) => d.startsWith('dotnet-host-'))!;
    const snippet = readFileSync(join(steps.get('basics')!.args[0]!, '..', 'Snippet.runtimeconfig.json'), 'utf8');
    expect(readFileSync(join(ctx.cacheDir, host, 'DotnetHost.runtimeconfig.json'), 'utf8')).toBe(snippet);
    expect(steps.get('basics')!.host).toBeDefined();
    expect(steps.get('exits')!.host).toBeUndefined();
  });

  it('runs the program as dotnet does: the environment exactly, arguments, working folder, command line, console, output bytes', async () => {
    const env = { TOKEN: 'a"b\\c\nd\u0001 é😀', EMPTY: '', TZ: 'Asia/Tokyo' };
    const args = ['one', '-two', 'th ree', 'ü'];
    const [h, d] = [await hosted('basics', env, 20_000, args), await direct('basics', env, args)];
    expect(d.stdout).toContain('TOKEN=a"b\\c\nd\u0001 é😀\n');
    expect(d.stdout).toContain('EMPTY=\n');
    expect(d.stdout).not.toContain('HOST_ONLY');
    expect(d.stdout).toContain('one|-two|th ree|ü');
    expect(d.stdout).toContain('|Asia/Tokyo|');
    expect(outcome(h)).toEqual(outcome(d));
  });

  it("writes in the encoding the run's environment and the program choose", async () => {
    for (const env of [{}, { LANG: 'en_US.ISO-8859-1' }, { LC_ALL: 'C.UTF-8' }]) {
      for (const name of ['encodingFirst', 'encodingLater'] as const) expect(outcome(await hosted(name, env))).toEqual(outcome(await direct(name, env)));
    }
  });

  it('exits as dotnet does: an int from Main, Environment.ExitCode, async Main, an exception nothing catches', async () => {
    const expected: Partial<Record<Name, number | string>> = {
      returns3: 3,
      exitCode4: 4,
      returnBeatsExitCode: 5,
      returns300: 44,
      returnsMinus1: 255,
      deep: 0,
      asyncMain: 6,
      voidMain: 9,
      throws: 'signal',
      throwsAsync: 'signal',
      poolThrows: 'signal',
    };
    for (const [name, code] of Object.entries(expected) as Array<[Name, number | string]>) {
      const d = await direct(name);
      const h = await hosted(name);
      if (code === 'signal') {
        expect(d.signal, name).not.toBeNull();
        expect(d.stderr, name).toMatch(/^Unhandled exception\. System\.[\w.]+Exception: (\w+ )?boom/);
      } else expect(d.code, name).toBe(code);
      if (name === 'poolThrows') {
        // The host's ExecutionContext (which run a work item belongs to) gives the thread pool's dispatch a frame more, under the program's.
        expect(outcome({ ...h, stderr: h.stderr.split('\n').slice(0, 2).join('\n') }), name).toEqual(outcome({ ...d, stderr: d.stderr.split('\n').slice(0, 2).join('\n') }));
      } else expect(outcome(h), name).toEqual(outcome(d));
      expect(h.ms, name).toBeLessThan(8_000);
    }
  });

  it("keeps nothing of one run for the next: static fields, RestSharp's defaults, the framework's settings, environment, folder, console; both runs in one host", async () => {
    const d = await direct('statics');
    const [first, second] = [await hosted('statics'), await hosted('statics')];
    expect(d.stdout.split('\n').slice(0, 5)).toEqual(['initial', 'application/json', 'application/json,text/json,text/x-json,text/javascript', 'no default culture', '']);
    expect(d.stdout).toMatch(/\nno LEFT\n/);
    expect(first.stdout).toBe(d.stdout);
    expect(second.stdout).toBe(d.stdout);
    expect(second.stderr).toBe(first.stderr);
    expect(first.code).toBe(0);
  });

  it('ends a killed run with its host, and the next run has a new host; what a run left running writes nowhere', async () => {
    const spin = await hosted('spin', {}, 2_000);
    expect(spin).toMatchObject({ timedOut: true, code: null, signal: 'SIGKILL' });
    const chatter = await hosted('chatter');
    expect(chatter.code).toBe(0);
    const [identity, ...rest] = chatter.stdout.split('\n');
    expect(identity).not.toBe(spin.stderr.trim());
    expect(rest.join('\n')).toMatch(/^(left behind\n)+$/);
    expect(chatter.stderr).toMatch(/^(timer left behind\n)+$/);
    const quiet = await hosted('quiet');
    expect(quiet).toMatchObject({ code: 0, stdout: 'quiet\n', stderr: `${identity}\n` });
  });

  it('runs side by side in as many hosts as there are runs at once', async () => {
    const runs = await Promise.all([hosted('sleeps'), hosted('sleeps')]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(new Set(runs.map((r) => r.stdout)).size).toBe(2);
  });
});

describe('which snippets need a dotnet process of their own', () => {
  const snippet = (code: string) => ({ code }) as unknown as Snippet;
  it('one that ends the process, sets what is read once, adds process-wide handlers, starts a thread or process, or calls native code', () => {
    expect(needsOwnDotnet(snippet('var client = new RestClient("http://x");\nThread.Sleep(10);\nawait Task.Run(() => 1);\nConsole.WriteLine(AppDomain.CurrentDomain.FriendlyName);'))).toBe(false);
    for (const code of [
      'Environment.Exit(1);',
      'Environment.FailFast("x");',
      'AppContext.SetSwitch("System.Net.Http.UseSocketsHttpHandler", false);',
      'AppDomain.CurrentDomain.ProcessExit += (_, _) => { };',
      'System.Diagnostics.Process.GetCurrentProcess().Kill();',
      'Process.Start("curl");',
      'new Thread(() => { }).Start();',
      'var t = new System.Threading.Thread(Work);',
      'ThreadPool.SetMinThreads(1, 1);',
      'Assembly.LoadFrom("Other.dll");',
      'Console.CancelKeyPress += (_, e) => e.Cancel = true;',
      'Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);',
      'using var l = new ActivityListener();',
      'DiagnosticListener.AllListeners.Subscribe(o);',
      'Console.OpenStandardOutput().Write(b);',
      '[DllImport("libc")] static extern int getpid();',
    ]) {
      expect(needsOwnDotnet(snippet(code)), code).toBe(true);
    }
  });
});
