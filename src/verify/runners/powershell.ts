import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireTool, which } from '../toolchain.js';
import { writeSnippets } from './shared.js';
import type { Prepared, Runner, Step } from './types.js';

/** Where the brief's install line puts PowerShell when it is not on PATH (a .NET tool, not a Debian package). */
const TOOL_PATH = '/opt/pwsh-7.6.10/pwsh';
const INSTALL = 'dotnet tool install PowerShell --version 7.6.10 --tool-path /opt/pwsh-7.6.10';

function pwsh(): string | null {
  return which('pwsh') ?? which(TOOL_PATH);
}

/**
 * pwsh takes a second or more to start (five under load), a snippet a fraction of that: one
 * process parses every snippet with PowerShell's own parser and runs each that parses in a
 * runspace of its own (fresh session state: no variable, function or location of one snippet
 * reaches the next), in its folder, with its environment variables set for it alone. Each
 * snippet's output and exit status are written next to it; its run step replays them.
 */
const DRIVER = `
param([string]$Manifest, [int]$TimeoutMs)
foreach ($job in (Get-Content -Raw -LiteralPath $Manifest | ConvertFrom-Json)) {
    $tokens = $null
    $errors = $null
    [void][System.Management.Automation.Language.Parser]::ParseFile($job.file, [ref]$tokens, [ref]$errors)
    if ($errors.Count) {
        foreach ($e in $errors) { "$($job.file):$($e.Extent.StartLineNumber): $($e.Message)" }
        continue
    }
    $saved = @{}
    foreach ($p in $job.env.PSObject.Properties) {
        $saved[$p.Name] = [Environment]::GetEnvironmentVariable($p.Name)
        [Environment]::SetEnvironmentVariable($p.Name, $p.Value)
    }
    $cwd = [Environment]::CurrentDirectory
    [Environment]::CurrentDirectory = $job.dir
    $ps = [PowerShell]::Create([System.Management.Automation.RunspaceMode]::NewRunspace)
    [void]$ps.AddScript('param($Dir, $File) Set-Location -LiteralPath $Dir; & $File').AddArgument($job.dir).AddArgument($job.file)
    $code = 0
    $output = ''
    try {
        $handle = $ps.BeginInvoke()
        if ($handle.AsyncWaitHandle.WaitOne($TimeoutMs)) {
            $output = $ps.EndInvoke($handle) | Out-String -Width 200
            # A non-terminating error fails the snippet too: a sample that errors is not a working sample.
            if ($ps.Streams.Error.Count) { $code = 1; $output += $ps.Streams.Error | Out-String -Width 200 }
        } else {
            $ps.Stop()
            $code = 124
            $output = "timed out after $TimeoutMs ms"
        }
    } catch {
        $code = 1
        $output += $_ | Out-String -Width 200
    } finally {
        $ps.Runspace.Dispose()
        $ps.Dispose()
        [Environment]::CurrentDirectory = $cwd
        foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
    }
    Set-Content -LiteralPath $job.out -Value $output -NoNewline
    Set-Content -LiteralPath $job.code -Value $code
}
`;

/** Prints a snippet's recorded output and exits with its recorded status. */
const REPLAY = 'cat -- "$0"; exit "$(cat -- "$1")"';

/** Telemetry and the update check would reach the network at every start. */
const QUIET = { POWERSHELL_TELEMETRY_OPTOUT: '1', POWERSHELL_UPDATECHECK: 'Off', DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' };
/** Settings that would send a loopback request anywhere but the capture server (as for every snippet run). */
const PROXY_VARIABLES = ['http_proxy', 'https_proxy', 'all_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY'];

export const powershellRunner: Runner = {
  language: 'powershell',
  runsInPrepare: true,
  // The version line is also what identifies the toolchain in a remembered pass: without a probe, no pass was remembered.
  unavailable: async () => {
    const program = pwsh();
    return program ? requireTool(program, ['--version'], 'PowerShell 7') : `no PowerShell 7 (pwsh not found on PATH or at ${TOOL_PATH}; ${INSTALL})`;
  },

  async prepare(snippets, ctx) {
    const program = pwsh()!;
    const files = writeSnippets(snippets, () => 'main.ps1');
    const jobs = [...files].map(([file, s]) => ({ file, dir: s.dir, env: s.env, out: join(s.dir, 'run.out'), code: join(s.dir, 'run.code') }));
    const driver = join(ctx.workDir, 'driver.ps1');
    const manifest = join(ctx.workDir, 'jobs.json');
    writeFileSync(driver, DRIVER);
    writeFileSync(manifest, JSON.stringify(jobs));
    const env: NodeJS.ProcessEnv = { ...process.env, ...QUIET, NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost' };
    for (const name of PROXY_VARIABLES) delete env[name];
    ctx.status('parse and run');
    const result = await ctx.exec(program, ['-NoProfile', '-NonInteractive', '-File', driver, manifest, '30000'], { cwd: ctx.workDir, env, wholeTree: true });
    const output = `${result.stdout}\n${result.stderr}`;
    const prepared = new Map<import('./types.js').Snippet, Prepared>();
    for (const job of jobs) {
      const s = files.get(job.file)!;
      const errors = output.split('\n').filter((line) => line.startsWith(`${job.file}:`));
      if (errors.length) prepared.set(s, { failed: 'PowerShell parse failed', detail: errors });
      else if (existsSync(job.code) && readFileSync(job.code, 'utf8').trim() !== '') prepared.set(s, { steps: [{ stage: 'run', command: 'sh', args: ['-c', REPLAY, job.out, job.code] }] });
      else {
        // The driver stopped before this snippet: it runs in a pwsh of its own.
        Object.assign(s.env, QUIET);
        const run: Step = { stage: 'run', command: program, args: ['-NoProfile', '-NonInteractive', '-File', job.file] };
        prepared.set(s, { steps: [run] });
      }
    }
    return prepared;
  },
};
