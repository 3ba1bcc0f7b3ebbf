import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ClientDescriptor } from '../../clients/types.js';
import { sha256 } from '../expected.js';
import { attribute, probe, requireTool, which } from '../toolchain.js';
import { dotnetHosts, needsOwnDotnet } from './dotnet-host.js';
import { failureCache, knownToBuildCache, publish } from './shared.js';
import type { Prepared, Runner, Snippet } from './types.js';

/** What `dotnet new console` targets with this SDK; snippets are built as such a project would build them. */
const TARGET_FRAMEWORK = 'net10.0';

/** A `dotnet new console` project's properties: the snippets' build and the .NET host's (same framework, same runtime settings). */
const CONSOLE_PROPERTIES = `    <OutputType>Exe</OutputType>
    <TargetFramework>${TARGET_FRAMEWORK}</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <SatelliteResourceLanguages>en</SatelliteResourceLanguages>`;

/** MSBuild and the compiler server run for this build only; nothing lingers or is shared with other builds. */
const DOTNET_ENV = {
  DOTNET_CLI_TELEMETRY_OPTOUT: '1',
  DOTNET_NOLOGO: '1',
  DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1',
  MSBUILDDISABLENODEREUSE: '1',
};

/**
 * One `dotnet build` of a host console project that restores every package the clients name
 * (verify.packages, at their versions) and resolves the framework as `dotnet new console` would,
 * then compiles every snippet into its own assembly with the SDK's Csc task, batched per snippet:
 * one restore, one MSBuild evaluation and one warm compiler server for all snippets, instead of
 * a project each (bench/README.md has the cost). Top-level statements allow one program per
 * compilation, hence one assembly per snippet. Every snippet compiles against the framework and
 * every package restored: a reference it does not use changes nothing it does.
 */
function hostProject(packages: ReadonlyMap<string, string>, snippets: Array<{ source: string; out: string; extra: string }>, compilerId: string): string {
  const items = snippets.map((s) => `    <Snippet Include="${xml(s.source)}" Out="${xml(s.out)}" Extra="${xml(s.extra)}" />`).join('\n');
  const references = [...packages].map(([name, version]) => `    <PackageReference Include="${xml(name)}" Version="${xml(version)}" />`).join('\n');
  return `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
${CONSOLE_PROPERTIES}
    <SnipgenCompilerId>${compilerId}</SnipgenCompilerId>
  </PropertyGroup>
  <ItemGroup>
${references}
  </ItemGroup>
  <ItemGroup>
${items}
  </ItemGroup>
  <Target Name="CompileSnippets" AfterTargets="Build" Inputs="@(Snippet)" Outputs="%(Snippet.Out)">
    <Csc Sources="%(Snippet.Identity);$(GeneratedGlobalUsingsFile);%(Snippet.Extra)"
         References="@(ReferencePathWithRefAssemblies)"
         OutputAssembly="%(Snippet.Out)" TargetType="exe" TargetFramework="$(TargetFramework)"
         NoStandardLib="true" NoConfig="true" NoLogo="true" Nullable="$(Nullable)" LangVersion="$(LangVersion)"
         DisabledWarnings="$(NoWarn)" DefineConstants="$(DefineConstants)" Deterministic="true" Optimize="false" EmitDebugInformation="false"
         Utf8Output="true" UseSharedCompilation="true" SharedCompilationId="$(SnipgenCompilerId)" ToolExe="$(CscToolExe)" ToolPath="$(CscToolPath)"
         ContinueOnError="ErrorAndContinue" />
  </Target>
</Project>
`;
}

export const csharpRunner: Runner = {
  language: 'csharp',
  async unavailable(client: ClientDescriptor) {
    const sdk = await requireTool('dotnet', ['--version'], '.NET SDK');
    if (sdk) return sdk;
    // Verify restores nothing itself (a run must not depend on the network): the packages are restored beforehand, as .ci/run does.
    const missing = (client.verify.packages ?? []).find((p) => !existsSync(join(nugetPackages(), p.name.toLowerCase(), p.version.toLowerCase(), 'lib')));
    return missing
      ? `${missing.name} ${missing.version} is not in the NuGet packages folder (${nugetPackages()}): run \`dotnet restore\` on a project referencing it (see .ci/run)`
      : null;
  },

  async prepare(snippets, ctx) {
    const dotnet = which('dotnet')!;
    const sdkVersion = (await probe(dotnet, ['--version'])).stdout.trim();
    const env = { ...process.env, ...DOTNET_ENV };
    const host = join(ctx.workDir, 'host');
    mkdirSync(host, { recursive: true });
    const packages = new Map(snippets.flatMap((s) => (s.client.verify.packages ?? []).map((p) => [p.name, p.version] as const)));
    const packageKey = [...packages].map(([name, version]) => `${name}@${version}`).sort().join(',');
    const hosts = await dotnetHosts(ctx, dotnet, sdkVersion, CONSOLE_PROPERTIES, env);
    // Reference-style fragments have no using directives: each client's harness adds the namespaces its API lives in.
    const harness = new Map<string, string>();
    for (const client of new Set(snippets.map((s) => s.client))) {
      const file = join(host, `ReferenceUsings.${client.client}.cs`);
      writeFileSync(file, (client.verify.harnessImports ?? []).map((n) => `global using ${n};\n`).join(''));
      harness.set(client.id, file);
    }

    const prepared = new Map<Snippet, Prepared>();
    const todo: Array<{ snippet: Snippet; source: string; out: string; cached: string; extra: string }> = [];
    for (const s of snippets) {
      const source = join(s.dir, 'Program.cs');
      writeFileSync(source, s.code);
      const extra = s.style === 'reference' ? harness.get(s.client.id)! : '';
      const usings = s.style === 'reference' ? (s.client.verify.harnessImports ?? []).join(',') : '';
      const key = sha256(Buffer.from([sdkVersion, TARGET_FRAMEWORK, packageKey, usings, s.code].join('\0')));
      const cached = join(ctx.cacheDir, 'bin', key);
      const run: Prepared = { steps: [{ stage: 'run', command: dotnet, args: [join(cached, 'Snippet.dll')], host: needsOwnDotnet(s) ? undefined : hosts }] };
      if (knownToBuildCache(prepared, s, run, cached, join(cached, 'Snippet.dll'), 'C# compilation failed')) continue;
      mkdirSync(join(s.dir, 'bin'), { recursive: true });
      todo.push({ snippet: s, source, out: join(s.dir, 'bin', 'Snippet.dll'), cached, extra });
    }
    if (todo.length === 0) return prepared;

    writeFileSync(join(host, 'Host.csproj'), hostProject(packages, todo, `snipgen-verify-${process.pid}`));
    writeFileSync(join(host, 'Program.cs'), 'return;\n');
    ctx.status(`dotnet build (${todo.length})`);
    const build = await ctx.exec(dotnet, ['build', join(host, 'Host.csproj'), '-nologo', '-v:m', '-clp:NoSummary', '-tl:off', '-nr:false', '-p:UseSharedCompilation=true'], { cwd: host, env });
    const output = `${build.stdout}\n${build.stderr}`;
    const errors = attribute(output, new Map(todo.map((t) => [t.source, t.source])));
    const hostBin = join(host, 'bin', 'Debug', TARGET_FRAMEWORK);
    if (!existsSync(join(hostBin, 'Host.runtimeconfig.json'))) throw new Error(`dotnet build of the host project failed:\n${output.trim().split('\n').slice(-30).join('\n')}`);
    const libraries = readdirSync(hostBin).filter((f) => f.endsWith('.dll') && f !== 'Host.dll');

    for (const t of todo) {
      if (!existsSync(t.out)) {
        const attributed = errors.get(t.source);
        const detail = [...new Set((attributed ?? [output.trim()]).map((l) => shorten(l).replaceAll(`${t.snippet.dir}/`, '')))];
        prepared.set(t.snippet, { failed: 'C# compilation failed', detail });
        if (attributed) failureCache.write(t.cached, detail);
        continue;
      }
      const dir = join(t.snippet.dir, 'bin');
      copyFileSync(join(hostBin, 'Host.runtimeconfig.json'), join(dir, 'Snippet.runtimeconfig.json'));
      if (t.snippet.client.verify.packages?.length) for (const lib of libraries) copyFileSync(join(hostBin, lib), join(dir, lib));
      publish(dir, t.cached);
    }
    return prepared;
  },
};

/** MSBuild appends the project path to every message; it says nothing about the snippet. */
function shorten(line: string): string {
  return line.replace(/\s*\[[^\]]*Host\.csproj\]$/, '');
}

function nugetPackages(): string {
  return process.env.NUGET_PACKAGES ?? join(homedir(), '.nuget', 'packages');
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
