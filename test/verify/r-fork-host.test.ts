import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ForkHost } from '../../src/verify/fork-host.js';
import { RUN_MARKER } from '../../src/verify/process.js';
import { preloadFor, rRunner } from '../../src/verify/runners/r.js';
import { R_HOST, writeRHostCommand } from '../../src/verify/runners/r-host.js';
import { which } from '../../src/verify/toolchain.js';
import { findClients, type ClientDescriptor } from '../../src/clients/index.js';
import { forkHostTestbed, recordingPrepare, type Program } from './fork-host-support.js';

/**
 * The R fork host (src/verify/runners/r-host.ts) must run each file as `Rscript --vanilla FILE`
 * would, and nothing one snippet does may reach the next: these are the properties verify's
 * results rest on. Where it can, each test compares with what Rscript itself does.
 */
const rscript = which('Rscript');
const missing =
  (await rRunner.unavailable(findClients(['r/httr2'])[0]!)) ??
  (spawnSync(rscript!, ['--vanilla', '-e', 'library(httr2)']).status === 0 ? undefined : 'R with httr2 (apt-get install r-cran-httr2)');
const bin = mkdtempSync(join(tmpdir(), 'snipgen-r-launcher-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));
const { work, folder, host, program } = forkHostTestbed('r-fork-host', {
  command: writeRHostCommand(bin, rscript ?? 'Rscript'),
  script: 'fork-host.R',
  source: R_HOST,
  main: 'main.R',
});

/** Runs the program as verify runs an R step: `Rscript --vanilla FILE`, with only PATH and `env` in its environment. */
function run(h: ForkHost, p: Program, env: Record<string, string> = {}, timeoutMs = 20_000) {
  return h.run(p.file, { cwd: p.dir, env: { PATH: process.env.PATH!, ...env }, timeoutMs, args: ['--vanilla', p.file] });
}

/** The locale the runner gives every run. */
const UTF8 = { LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };

/** What `Rscript --vanilla FILE` itself does with the program, given only PATH and `env`. */
function direct(p: Program, env: Record<string, string> = {}) {
  const result = spawnSync(rscript!, ['--vanilla', p.file], { cwd: p.dir, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

async function hosted(h: ForkHost, p: Program, env: Record<string, string> = {}) {
  const result = await run(h, p, env);
  return { code: result.code, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(missing)(`the R fork host${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const bare = missing ? undefined : host([]);
  const httr2 = missing ? undefined : host(['httr2']);

  it('runs a file as Rscript --vanilla FILE does: commandArgs, top level, working folder, only its environment and what R adds to it, locale, no stdin, a temporary folder of its own', async () => {
    // The marker the host adds to every run's environment is left out: Rscript gets none here.
    const p = program(
      [
        `env <- Sys.getenv(); env <- env[names(env) != "${RUN_MARKER}"]`,
        'print(commandArgs()); print(commandArgs(TRUE))',
        'print(c(sys.nframe(), length(sys.frames())))',
        'print(identical(getwd(), dirname(sub("^--file=", "", commandArgs()[5]))))',
        'print(readLines("stdin")); print(readLines(file("stdin")))',
        'print(interactive())',
        'print(names(env))',
        'print(env[names(env) != "R_SESSION_TMPDIR"])',
        'print(c(tempdir() == Sys.getenv("R_SESSION_TMPDIR"), dir.exists(tempdir()), dirname(tempdir())))',
        'print(Sys.getlocale()); print(l10n_info())',
        'print(ls(globalenv(), all.names = TRUE))',
        'print(Sys.getenv(c("HOST_ONLY", "ODD"), NA))',
        'message("to stderr")',
      ].join('\n'),
    );
    // Values reach the host as JSON, which it parses by hand.
    const odd = 'a"b\\c\nd\u0001\t é😀 \ud800';
    for (const env of [{ ODD: odd }, { ...UTF8, ODD: odd }]) {
      const result = await hosted(bare!, p, env);
      expect(result).toEqual(direct(p, env));
      expect(result.stdout).toContain(`"--file=${p.file}"`);
    }
  });

  it("gives the run's arguments as Rscript does, and refuses a command line other than Rscript --vanilla FILE", async () => {
    const p = program('print(commandArgs()); print(commandArgs(TRUE))');
    const args = ['--vanilla', p.file, 'a', 'b c', '--d'];
    const result = await bare!.run(p.file, { cwd: p.dir, env: { PATH: process.env.PATH! }, timeoutMs: 20_000, args });
    const rscriptItself = spawnSync(rscript!, args, { cwd: p.dir, env: { PATH: process.env.PATH }, encoding: 'utf8' });
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({ code: 0, stdout: rscriptItself.stdout, stderr: '' });
    expect(result.stdout).toContain('[1] "a"   "b c" "--d"');
    const refused = await bare!.run(p.file, { cwd: p.dir, env: { PATH: process.env.PATH! }, timeoutMs: 20_000, args: [p.file] });
    expect(refused).toMatchObject({ code: 70, stdout: '', stderr: `fork host: the host runs Rscript --vanilla FILE [ARGS], not Rscript ${p.file}\n` });
  });

  it('leaves nothing of its own for a snippet to see: the options, search path, namespaces and globals of Rscript FILE after the same library calls', async () => {
    const show = 'print(search()); print(sort(loadedNamespaces())); print(ls(globalenv(), all.names = TRUE)); str(options()[sort(names(options()))])';
    for (const [h, source] of [
      [bare!, show],
      [httr2!, `library(httr2)\n${show}`],
    ] as const) {
      const p = program(source);
      expect(await hosted(h, p, UTF8)).toEqual(direct(p, UTF8));
    }
  });

  it("exits as Rscript FILE does: the end, quit's status, an error's message and Execution halted, warnings, printing, .Last and exit finalizers, a parse error, a signal", async () => {
    const programs = [
      'cat("done\\n")',
      '',
      'cat("before\\n")\nquit(status = 3)\ncat("never\\n")',
      'q("no", 4, FALSE)',
      'stop("x")',
      'f <- function() stop("boom")\ng <- function() f()\ng()',
      'warning("first")\ncat("between\\n")\nf <- function() warning("second")\nf()\ncat("after\\n")',
      'x <- 1:3\nx\ninvisible(x)\n"visible"',
      // R's reader is the file's: scan() reads the line after it.
      'x <- scan(n = 1, quiet = TRUE)\n42\nprint(x)\nprint(readline())',
      '.Last <- function() cat("last\\n")\nreg.finalizer(environment(), function(e) cat("finalized\\n"), onexit = TRUE)\ncat("end\\n")',
      '.Last <- function() cat("last\\n")\nstop("halted")',
      'cat("before\\n")\ny <- c(1,\n  2 3)',
      'library(httr2)\nrequest(1)',
      'cat("buffered")\ntools::pskill(Sys.getpid(), tools::SIGTERM)\nSys.sleep(5)',
    ].map((source) => program(source));
    // Each on the host the runner would give it: attaching httr2 only for the file that does.
    for (const p of programs) {
      const h = preloadFor(readFileSync(p.file, 'utf8'), ['httr2']).length ? httr2! : bare!;
      expect(await hosted(h, p, UTF8), p.file).toEqual(direct(p, UTF8));
    }
  });

  it('writes what C code and child processes write to the run files too, non-ASCII as bytes, in the C locale as in UTF-8', async () => {
    const p = program('cat("é😀\\n")\nprint("é😀")\nsystem("echo from a child; echo to stderr >&2")\nmessage("ü")');
    for (const env of [{}, UTF8]) expect(await hosted(bare!, p, env)).toEqual(direct(p, env));
    expect((await hosted(bare!, p, UTF8)).stdout).toBe('é😀\n[1] "é😀"\nfrom a child\n');
  });

  it('gives every run a fresh copy of the host: what one snippet changes, the next does not see', async () => {
    const changed = await hosted(
      httr2!,
      program(
        [
          'library(httr2)',
          'leaked <- 1',
          'options(snipgen.leaked = 1)',
          'Sys.setenv(LEAKED = "1")',
          'library(tools)',
          'setwd("/")',
          'unlockBinding("request", asNamespace("httr2")); assign("request", function(...) "hacked", envir = asNamespace("httr2"))',
          'unlockBinding("commandArgs", baseenv()); assign("commandArgs", function(...) "hacked", envir = baseenv())',
          'set.seed(1)',
          'writeLines("x", file.path(tempdir(), "leaked"))',
          'cat(httr2::request("x"), getwd(), "\\n")',
          'cat(tempdir(), file = stderr())',
        ].join('\n'),
      ),
      UTF8,
    );
    expect(changed).toMatchObject({ code: 0, stdout: 'hacked / \n' });
    // R's exit removed the run's temporary folder, as Rscript's removes its own.
    expect(existsSync(changed.stderr)).toBe(false);
    const p = program(
      [
        'library(httr2)',
        'print(c(exists("leaked"), exists(".Random.seed"), is.null(getOption("snipgen.leaked")), Sys.getenv("LEAKED") == "", "package:tools" %in% search(), "tools" %in% loadedNamespaces()))',
        'print(class(httr2::request("http://x/")))',
        'print(getwd() == dirname(sub("^--file=", "", commandArgs()[5])))',
        'print(list.files(tempdir()))',
      ].join('\n'),
    );
    const next = await hosted(httr2!, p, UTF8);
    expect(next).toEqual(direct(p, UTF8));
    expect(next.stdout).toBe('[1] FALSE FALSE  TRUE  TRUE FALSE FALSE\n[1] "httr2_request"\n[1] TRUE\ncharacter(0)\n');
  });

  it('draws new random numbers in every run, as separate Rscript processes do, also when loading a package drew some', async () => {
    // A package whose loading draws a random number, which leaves a seed in the host.
    const library = folder();
    const source = folder();
    writeFileSync(join(source, 'DESCRIPTION'), 'Package: seeded\nVersion: 1.0\nTitle: Seeded\nDescription: Draws at load.\nLicense: MIT\nAuthor: snipgen\nMaintainer: snipgen <snipgen@example.com>\n');
    writeFileSync(join(source, 'NAMESPACE'), '');
    mkdirSync(join(source, 'R'));
    writeFileSync(join(source, 'R', 'zzz.R'), '.onLoad <- function(libname, pkgname) stats::runif(1)\n');
    const installed = spawnSync(rscript!.replace(/Rscript$/, 'R'), ['CMD', 'INSTALL', `--library=${library}`, source], { encoding: 'utf8' });
    expect(installed.status, installed.stderr).toBe(0);
    const env = { R_LIBS: library };
    const seeded = new ForkHost(writeRHostCommand(bin, rscript!), [join(work, 'fork-host.R'), 'seeded'], { PATH: process.env.PATH, ...env }, work);
    try {
      const p = program('library(seeded)\ncat(exists(".Random.seed"), sample.int(1e9, 1), "\\n")');
      const results = await Promise.all([1, 2, 3].map(() => hosted(seeded, p, env)));
      expect(results.map((r) => r.stdout.split(' ')[0])).toEqual(['TRUE', 'TRUE', 'TRUE']);
      expect(new Set(results.map((r) => r.stdout)).size).toBe(3);
      expect(direct(p, env).stdout).toMatch(/^TRUE \d+ \n$/);
    } finally {
      await seeded.close();
    }
  });

  it('runs snippets side by side, each with its own output and temporary folder', async () => {
    // A host none of whose runs has ended yet.
    const fresh = host([]);
    const started = Date.now();
    const source = (n: number) => `f <- file.path(tempdir(), "mine")\nwriteLines("x", f)\nSys.sleep(${n * 0.4})\ncat(${n}, file.exists(f), "\\n")`;
    const results = await Promise.all([1, 2, 3].map((n) => hosted(fresh, program(source(n)))));
    expect(results.map((r) => r.stdout)).toEqual(['1 TRUE \n', '2 TRUE \n', '3 TRUE \n']);
    // One after another, they would take 2.4 seconds, with the host's start.
    expect(Date.now() - started).toBeLessThan(2_300);
  });

  it('ends a run at its deadline with what it started, ends what a run started once it exits, and goes on serving', async () => {
    const late = join(work, 'written-by-a-leftover');
    const stuck = await run(bare!, program(`system("sh -c 'sleep 1; touch ${late}-stuck'", wait = FALSE)\nrepeat {}`), {}, 1_000);
    expect(stuck).toMatchObject({ timedOut: true, code: null, signal: 'SIGKILL' });
    // What a snippet leaves running would write this file half a second after the snippet ended.
    const left = await run(bare!, program(`system("sh -c 'sleep 0.5; touch ${late}'", wait = FALSE)\ncat("left\\n")`));
    expect(left).toMatchObject({ code: 0, stdout: 'left\n' });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect([existsSync(late), existsSync(`${late}-stuck`)]).toEqual([false, false]);
    expect((await run(bare!, program('cat("still serving\\n")'))).stdout).toBe('still serving\n');
  });

  it('reports a host that cannot start as the reason each of its runs failed', async () => {
    const broken = host(['no.such.package.anywhere']);
    const result = await run(broken, program('cat("never\\n")'));
    expect(result.code).toBeNull();
    expect(result.spawnError).toMatch(/fork host ended/);
    expect(result.spawnError).toMatch(/there is no package called .no\.such\.package\.anywhere./);
  });
});

describe('what an R fork host attaches for a snippet', () => {
  const preload = ['httr', 'httr2', 'jsonlite'];

  it('is the packages the library and require calls opening the file attach, in its order, up to the first one not in preload', () => {
    expect(preloadFor('#!/usr/bin/env Rscript\n# a comment\n\nlibrary(httr2)\n\nrequire("jsonlite") # why not\nx <- 1\n', preload)).toEqual(['httr2', 'jsonlite']);
    expect(preloadFor("suppressPackageStartupMessages(library('httr'))\nsuppressPackageStartupMessages(require(httr2));\n", preload)).toEqual(['httr', 'httr2']);
    expect(preloadFor('library(httr2)\nlibrary(httr2)\n', preload)).toEqual(['httr2']);
    expect(preloadFor('library(tools)\nlibrary(httr2)\n', preload)).toEqual([]);
    expect(preloadFor('library(httr)\nlibrary(tools)\nlibrary(jsonlite)\n', preload)).toEqual(['httr']);
  });

  it('is nothing the file attaches only after its first other statement, conditionally, or by a name it computes', () => {
    expect(preloadFor('library(httr2)\nx <- 1\nlibrary(jsonlite)\n', preload)).toEqual(['httr2']);
    expect(preloadFor('if (TRUE) library(httr2)\nlibrary(jsonlite)\n', preload)).toEqual([]);
    expect(preloadFor('library(httr2, character.only = TRUE)\n', preload)).toEqual([]);
    expect(preloadFor('library(httr2); x <- 1\n', preload)).toEqual([]);
    expect(preloadFor('suppressPackageStartupMessages(library(httr2)\n)\n', preload)).toEqual([]);
    expect(preloadFor('requireNamespace("httr2")\n', preload)).toEqual([]);
  });

  it("is one host's for every snippet that opens with the same packages, and no host's for a client without preload", async () => {
    const base = findClients(['r/httr2'])[0]!;
    const client: ClientDescriptor = { ...base, verify: { ...base.verify, preload } };
    const withoutPreload: ClientDescriptor = { ...base, verify: { ...base.verify, preload: undefined } };
    const { ctx, started, snippet } = recordingPrepare(folder(), work, folder);
    const snippets = [
      snippet(client, 'library(httr)\nlibrary(jsonlite)\n'),
      snippet(client, 'library(httr2)\n'),
      snippet(client, 'library(httr)\nlibrary(jsonlite)\ncat(1)\n'),
      snippet(client, 'library(tools)\n'),
      snippet(withoutPreload, 'library(httr2)\n'),
    ];
    const prepared = await rRunner.prepare(snippets, ctx);
    const steps = snippets.map((s) => {
      const p = prepared.get(s)!;
      return 'steps' in p ? p.steps.map((step) => ({ args: step.args.slice(0, 1), host: (step.host as unknown as { args: string[] } | undefined)?.args.slice(1) })) : p;
    });
    expect(steps).toEqual([
      [{ args: ['--vanilla'], host: ['httr', 'jsonlite'] }],
      [{ args: ['--vanilla'], host: ['httr2'] }],
      [{ args: ['--vanilla'], host: ['httr', 'jsonlite'] }],
      [{ args: ['--vanilla'], host: [] }],
      [{ args: ['--vanilla'], host: undefined }],
    ]);
    // Every host is started by the launcher, which runs Rscript --vanilla on the host program.
    const launcher = join(ctx.workDir, 'fork-host-rscript');
    // Each host: the launcher, the host program (left out here), then the packages it attaches.
    expect(started.map(([command, , ...packages]) => [command, ...packages])).toEqual([
      [launcher, 'httr', 'jsonlite'],
      [launcher, 'httr2'],
      [launcher],
    ]);
  });
});
