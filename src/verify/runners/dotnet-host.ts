import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../expected.js';
import { HostPool } from '../fork-host.js';
import { publish } from './shared.js';
import type { RunnerContext, Snippet } from './types.js';

/**
 * The file is long because it holds the host, a C# program, whole.
 *
 * The .NET host (a ForkHost program, see fork-host.ts) runs compiled C# snippets one after
 * another in one runtime, each as `dotnet Snippet.dll` would run it, instead of starting a runtime
 * for each: the runtime's start and its first compilation of HttpClient were most of a C#
 * snippet's run (about 80 ms, 105 with RestSharp; in a host 3 to 5 ms, and 20 to 30 with
 * RestSharp, which each run loads and compiles again).
 *
 * What a snippet could change for the next one, and why it cannot:
 * - its assemblies (Snippet.dll and the libraries copied beside it: RestSharp and its static
 *   state) are loaded in an AssemblyLoadContext of its own; only the framework's are shared;
 * - the environment is the run's alone (every variable cleared, the run's set, the host's put
 *   back), and so are the working folder, the command line, Environment.ExitCode,
 *   AppContext.BaseDirectory and the entry assembly;
 * - the framework's static fields a program may set are put back as they were before any run:
 *   Console's writers, reader and encodings, HttpClient.DefaultProxy (not yet made, so each run's
 *   comes from its own environment), WebRequest's and HttpWebRequest's defaults,
 *   ServicePointManager's settings, tracing's id format and propagator (which decide the headers
 *   HttpClient adds), and the default thread cultures; the cached local time zone is dropped;
 * - its output goes to its own files through writers that take a write only from the run's own
 *   threads, tasks and timers (an AsyncLocal the ExecutionContext carries) until the run ends,
 *   so what a run left running writes nowhere.
 * What cannot be put back or kept to one run (ending the process, AppContext switches the
 * framework reads once, process-wide events and listeners, a thread that would keep dotnet
 * alive, child processes, native code) makes a snippet run as `dotnet Snippet.dll`
 * (`needsOwnDotnet`).
 *
 * As with `dotnet`: the entry point (void or int Main, async or top-level statements) gets the
 * arguments; the status is Main's int or Environment.ExitCode (as the OS keeps it, 0 to 255); an
 * exception nothing catches, in Main or another thread of the run, is printed as `Unhandled
 * exception. ` and the exception, and the run ends as dotnet's abort ends it. A kill ends the
 * host (a .NET thread cannot be stopped), and the pool starts another.
 *
 * What still differs: the process (its id, the main thread's id, the memory and the compiled
 * code of earlier runs), the frames of the host under Main in Environment.StackTrace, a frame more
 * in the trace of an exception a thread-pool work item lets out (its ExecutionContext is not the
 * default one), and what is read once from the environment for the whole process: the default
 * culture (LANG, LC_ALL), the runtime's own settings, HttpClient's (DOTNET_SYSTEM_NET_HTTP_*) and
 * native code's view of the environment are the host's, which verify starts with the snippets'
 * environment less their own variables. Work a run leaves running (dotnet would end it at its
 * exit) goes on in the host; an exception it lets out later ends the host, and the run then in
 * progress fails with the host.
 *
 * Runs are one at a time (the environment and working folder are the process's), so verify gets
 * a pool of these hosts (HostPool). Command line: none. A run's `args` are dotnet's (Snippet.dll
 * ARGS...).
 */
const SOURCE = String.raw`
using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;

#pragma warning disable SYSLIB0014 // WebRequest and ServicePointManager are obsolete, but a snippet may still set them.

namespace SnipgenDotnetHost;

static class Host
{
    const BindingFlags Statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
    /** The run a thread, task or timer belongs to: the ExecutionContext carries it into whatever the run starts. */
    static readonly AsyncLocal<Run?> Owner = new();
    static volatile Run? active;
    static readonly FileStream Events = new(new SafeFileHandle(4, false), FileAccess.Write, 0);
    static readonly MethodInfo CreateOutputWriter = typeof(Console).GetMethod("CreateOutputWriter", Statics)!;
    static readonly FieldInfo CommandLine = typeof(Environment).GetField("s_commandLineArgs", Statics)!;
    /** As the runtime starts them, which is how the host finds them: each run starts from these. */
    static readonly (FieldInfo Field, object? Value)[] Pristine = new[] {
        typeof(Console), typeof(Environment), typeof(HttpClient), typeof(WebRequest), typeof(HttpWebRequest), typeof(ServicePointManager),
        typeof(Activity), typeof(DistributedContextPropagator),
    }.SelectMany(t => t.GetFields(Statics)).Where(f => !f.IsInitOnly && !f.IsLiteral && !f.IsDefined(typeof(ThreadStaticAttribute)))
     .Select(f => (f, f.GetValue(null))).ToArray();
    static readonly Dictionary<string, string> HostEnvironment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    static readonly string HostDirectory = Environment.CurrentDirectory;
    static readonly object? HostBase = AppContext.GetData("APP_CONTEXT_BASE_DIRECTORY");

    static void Main()
    {
        AppDomain.CurrentDomain.UnhandledException += (_, e) => Crashed((Exception)e.ExceptionObject);
        Send("{\"ready\":true}");
        using var commands = new StreamReader(new FileStream(new SafeFileHandle(3, false), FileAccess.Read, 1), new UTF8Encoding(false));
        while (commands.ReadLine() is { } line)
        {
            var command = JsonDocument.Parse(line).RootElement;
            if (command.TryGetProperty("kill", out var kill))
            {
                // A .NET thread cannot be stopped: the run ends with the host, at once (Environment.Exit runs handlers first).
                Send("{\"exit\":" + kill.GetInt64() + ",\"code\":-9,\"last\":true}");
                try
                {
                    _exit(137);
                }
                catch (DllNotFoundException)
                {
                    Environment.Exit(137);
                }
            }
            new Thread(() => Execute(command)).Start();
        }
        Environment.Exit(0);
    }

    static void Execute(JsonElement command)
    {
        var run = new Run(command.GetProperty("run").GetInt64(), Output(command, "stdout"), Output(command, "stderr"));
        int code;
        try
        {
            code = Start(run, command);
        }
        catch (Exception e)
        {
            Console.Error.WriteLine("dotnet host: run " + run.Id + ": " + e);
            code = 70;
        }
        run.End(code, last: false);
    }

    static int Start(Run run, JsonElement command)
    {
        string[] args = command.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToArray();
        string dll = Path.GetFullPath(args[0]);
        string dir = Path.GetDirectoryName(dll)!;
        var context = new SnippetContext(dir);
        try
        {
            UseEnvironment(command.GetProperty("env").EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString()!)));
            Environment.CurrentDirectory = command.GetProperty("cwd").GetString()!;
            Console.SetOut(new Gate(run, run.Stdout));
            Console.SetError(new Gate(run, run.Stderr));
            CommandLine.SetValue(null, (string[])[dll, .. args[1..]]);
            AppContext.SetData("APP_CONTEXT_BASE_DIRECTORY", dir + "/");
            Environment.ExitCode = 0;
            // TimeZoneInfo.Local is read again, from the run's TZ.
            TimeZoneInfo.ClearCachedData();
            active = run;
            Owner.Value = run;
            var assembly = context.LoadFromAssemblyPath(dll);
            Assembly.SetEntryAssembly(assembly);
            return Call(run, assembly.EntryPoint!, args[1..]);
        }
        finally
        {
            Owner.Value = null;
            run.Close();
            active = null;
            Assembly.SetEntryAssembly(typeof(Host).Assembly);
            AppContext.SetData("APP_CONTEXT_BASE_DIRECTORY", HostBase);
            foreach (var (field, value) in Pristine) field.SetValue(null, value);
            CultureInfo.DefaultThreadCurrentCulture = null;
            CultureInfo.DefaultThreadCurrentUICulture = null;
            UseEnvironment(HostEnvironment);
            Environment.CurrentDirectory = HostDirectory;
            Environment.ExitCode = 0;
        }
    }

    /** The entry point, called through a delegate: no frame of the host's lies between it and what it throws. */
    static int Call(Run run, MethodInfo main, string[] args)
    {
        try
        {
            bool takesArgs = main.GetParameters().Length == 1;
            if (main.ReturnType == typeof(int))
                return (takesArgs ? main.CreateDelegate<Func<string[], int>>()(args) : main.CreateDelegate<Func<int>>()()) & 0xFF;
            if (takesArgs) main.CreateDelegate<Action<string[]>>()(args);
            else main.CreateDelegate<Action>()();
            return Environment.ExitCode & 0xFF;
        }
        catch (Exception e)
        {
            run.Unhandled(e);
            return AbortCode;
        }
    }

    /**
     * dotnet aborts on an exception nothing caught. abort() cannot end a PID namespace's first
     * process (verify runs each snippet as one): glibc then halts, which faults on x86 (SIGSEGV).
     */
    static int AbortCode => Environment.ProcessId != 1 ? -6
        : RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.X86 ? -11 : 127;

    /** An exception nothing caught on another thread of the run ends the run, as it ends dotnet, and the host with it. */
    static void Crashed(Exception e)
    {
        var run = active;
        if (run == null || Owner.Value != run) return;
        run.Unhandled(e);
        run.Close();
        run.End(AbortCode, last: true);
    }

    static FileStream Output(JsonElement command, string name) =>
        new(command.GetProperty(name).GetString()!, FileMode.Create, FileAccess.Write, FileShare.ReadWrite, 0);

    static void UseEnvironment(IEnumerable<KeyValuePair<string, string>> variables)
    {
        foreach (DictionaryEntry e in Environment.GetEnvironmentVariables()) Environment.SetEnvironmentVariable((string)e.Key, null);
        foreach (var (name, value) in variables) Environment.SetEnvironmentVariable(name, value);
    }

    [DllImport("libc")]
    static extern void _exit(int status);

    static void Send(string line)
    {
        lock (Events) Events.Write(Encoding.UTF8.GetBytes(line + "\n"));
    }

    sealed class Run(long id, FileStream stdout, FileStream stderr)
    {
        public readonly long Id = id;
        public readonly FileStream Stdout = stdout, Stderr = stderr;
        public bool Over;
        int ended;

        /** The runtime's report, without the host's frames under Main. */
        public void Unhandled(Exception e)
        {
            var lines = e.ToString().Split('\n').ToList();
            while (lines.Count > 0 && lines[^1].StartsWith("   at SnipgenDotnetHost.")) lines.RemoveAt(lines.Count - 1);
            lock (this) if (!Over) Stderr.Write(Encoding.UTF8.GetBytes("Unhandled exception. " + string.Join('\n', lines) + "\n"));
        }

        /** From now on the run's output goes nowhere. */
        public void Close()
        {
            lock (this)
            {
                Over = true;
                Stdout.Dispose();
                Stderr.Dispose();
            }
        }

        public void End(int code, bool last)
        {
            if (Interlocked.Exchange(ref ended, 1) == 0) Send("{\"exit\":" + Id + ",\"code\":" + code + (last ? ",\"last\":true}" : "}"));
        }
    }

    /**
     * The snippet's own assemblies (Snippet.dll, RestSharp beside it) are loaded for its run alone;
     * the framework's are shared. Not collectible: the runtime compiles a collectible assembly's
     * methods fully optimized at once, without tiers (a RestSharp run took 65 to 80 ms of CPU
     * instead of 17), and RestSharp's undisposed HttpClient kept each context alive anyway (none
     * was unloaded in 150 runs, with a full collection after each). The pool retires a host instead.
     */
    sealed class SnippetContext(string dir) : AssemblyLoadContext(isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            string file = Path.Combine(dir, name.Name + ".dll");
            return File.Exists(file) ? LoadFromAssemblyPath(file) : null;
        }
    }

    /**
     * Console.Out or Console.Error of a run: the writer dotnet makes for a redirected stream, made
     * again after Console.OutputEncoding changes, as dotnet does. A write from another run's
     * thread or task, or after the run, goes nowhere.
     */
    sealed class Gate(Run run, Stream stream) : TextWriter
    {
        TextWriter? writer;
        Encoding? made;

        void Use(Action<TextWriter> write)
        {
            lock (run)
            {
                if (run.Over || Owner.Value != run) return;
                var encoding = Console.OutputEncoding;
                if (writer == null || made != encoding)
                {
                    writer?.Flush();
                    writer = (TextWriter)CreateOutputWriter.Invoke(null, [stream])!;
                    made = encoding;
                }
                write(writer);
            }
        }

        public override Encoding Encoding
        {
            get
            {
                Encoding? encoding = null;
                Use(w => encoding = w.Encoding);
                return encoding ?? Console.OutputEncoding;
            }
        }
        public override void Write(char value) => Use(w => w.Write(value));
        public override void Write(char[] buffer, int index, int count) => Use(w => w.Write(buffer, index, count));
        public override void Write(string? value) => Use(w => w.Write(value));
        public override void Flush() => Use(w => w.Flush());
    }
}
`;

/**
 * Snippets the host cannot run as `dotnet` would (see SOURCE): one that ends the process, sets
 * what the framework reads once (AppContext switches, encoding providers, thread-pool limits),
 * adds process-wide handlers or listeners (AppDomain events, tracing listeners, signals),
 * starts a thread (it would keep dotnet alive) or a process, or calls native code.
 */
export function needsOwnDotnet(s: Snippet): boolean {
  return (
    /\b(?:Environment\s*\.\s*(?:Exit|FailFast)|AppContext\s*\.\s*Set(?:Switch|Data)|AppDomain\s*\.\s*CurrentDomain\s*\.\s*SetData|AssemblyLoadContext|Assembly\s*\.\s*Load|Process\s*\.|new\s+Process\b|ProcessStartInfo|ThreadPool\s*\.\s*Set|Encoding\s*\.\s*RegisterProvider|PosixSignalRegistration|Console\s*\.\s*OpenStandard|ActivityListener|DiagnosticListener|EventListener|NativeLibrary|DllImport|LibraryImport)/.test(s.code) ||
    /\b(?:ProcessExit|UnhandledException|FirstChanceException|AssemblyResolve|TypeResolve|ResourceResolve|AssemblyLoad|CancelKeyPress)\s*\+=|\bnew\s+(?:System\s*\.\s*Threading\s*\.\s*)?Thread\s*\(/.test(s.code)
  );
}

/**
 * Runs before a host is replaced by a fresh one. Assemblies are not unloaded (see SnippetContext):
 * measured over 500 runs of one snippet, a host grew from 48 MB to 284 MB resident with RestSharp
 * (0.47 MB a run) and from 45 MB to 77 MB with HttpClient alone. A new host's first run costs
 * about 120 ms more; 100 runs keep a host near 100 MB.
 */
const RUNS_PER_HOST = 100;

/**
 * The pool of .NET hosts C# snippets run from, the host built into the cache on first use, keyed
 * by the SDK's version, the project's properties (the snippets' own, so the host runs on the
 * framework they run on, with the same runtime settings) and the host's source.
 */
export async function dotnetHosts(ctx: RunnerContext, dotnet: string, sdkVersion: string, properties: string, env: NodeJS.ProcessEnv): Promise<HostPool> {
  const project = `<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n${properties}\n  </PropertyGroup>\n</Project>\n`;
  const dir = join(ctx.cacheDir, `dotnet-host-${sha256(Buffer.from(`${sdkVersion}\0${project}\0${SOURCE}`)).slice(0, 16)}`);
  if (!existsSync(join(dir, 'DotnetHost.dll'))) {
    ctx.status('dotnet build (host)');
    const build = join(ctx.workDir, 'dotnet-host');
    const out = join(build, 'out');
    mkdirSync(build, { recursive: true });
    writeFileSync(join(build, 'DotnetHost.csproj'), project);
    writeFileSync(join(build, 'Program.cs'), SOURCE);
    const result = await ctx.exec(dotnet, ['build', join(build, 'DotnetHost.csproj'), '-nologo', '-v:q', '-clp:NoSummary', '-tl:off', '-nr:false', '-o', out], { cwd: build, env });
    if (!existsSync(join(out, 'DotnetHost.dll'))) throw new Error(`cannot build the .NET host:\n${result.stdout}${result.stderr}`);
    publish(out, dir);
  }
  return new HostPool(() => ctx.forkHost(dotnet, [join(dir, 'DotnetHost.dll')]), RUNS_PER_HOST);
}
