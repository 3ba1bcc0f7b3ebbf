import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ForkHost } from '../../src/verify/fork-host.js';
import { RUN_MARKER, runProcess } from '../../src/verify/process.js';
import { perlRunner, preloadFor } from '../../src/verify/runners/perl.js';
import { PERL_HOST } from '../../src/verify/runners/perl-host.js';
import type { Prepared } from '../../src/verify/runners/types.js';
import { which } from '../../src/verify/toolchain.js';
import { findClients, type ClientDescriptor } from '../../src/clients/index.js';
import { forkHostTestbed, recordingPrepare, type Program } from './fork-host-support.js';

/**
 * The Perl fork host (src/verify/runners/perl-host.ts) must run each file as `perl FILE` would,
 * and nothing one snippet does may reach the next; its check must fail a file as `perl -c FILE`
 * does, each file on its own: these are the properties verify's results rest on. Each test
 * compares with what perl itself does.
 */
const perl = which('perl');
const lwp = findClients(['perl/lwp'])[0]!;
const missing =
  (await perlRunner.unavailable(lwp)) ??
  (spawnSync(perl!, ['-MLWP::UserAgent', '-e', '0']).status === 0 ? undefined : 'Perl with LWP::UserAgent (apt-get install libwww-perl)');
const { work, folder, host, program } = forkHostTestbed('perl-fork-host', { command: perl ?? 'perl', script: 'fork-host.pl', source: PERL_HOST, main: 'main.pl' });

/** The modules the LWP snippets open with. */
const LWP_MODULES = ['strict', 'warnings', 'HTTP::Request', 'LWP::UserAgent', 'URI'];

/** Runs the program as verify runs a Perl step, `perl FILE [ARGS]`, with only PATH and `env` in its environment. */
function run(h: ForkHost, p: Program, env: Record<string, string> = {}, timeoutMs = 20_000, args: string[] = []) {
  return h.run(p.file, { cwd: p.dir, env: { PATH: process.env.PATH!, ...env }, timeoutMs, args: [p.file, ...args] });
}

async function hosted(h: ForkHost, p: Program, env: Record<string, string> = {}, args: string[] = []) {
  const result = await run(h, p, env, 20_000, args);
  return { code: result.code, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** What `perl FILE [ARGS]` itself does with the program, given only PATH and `env`. */
function direct(p: Program, env: Record<string, string> = {}, args: string[] = []) {
  const result = spawnSync(perl!, [p.file, ...args], { cwd: p.dir, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(missing)(`the Perl fork host${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const bare = missing ? undefined : host([]);
  const shared = missing ? undefined : host(LWP_MODULES);

  it('runs a file as perl FILE does: $0, @ARGV, __FILE__, its working folder, exactly its environment, no stdin, __DATA__, default signal handlers', async () => {
    // The marker the host adds to every run's environment is left out: perl FILE gets none here.
    const p = program(
      [
        'use strict;',
        'use warnings;',
        'use Cwd ();',
        'print join("|", $0, __FILE__, __LINE__, scalar(@ARGV), @ARGV), "\\n";',
        'print Cwd::getcwd() eq (__FILE__ =~ s{/[^/]*$}{}r) ? "in its folder\\n" : "elsewhere\\n";',
        `print map { "$_=$ENV{$_}\\n" } sort grep { $_ ne '${RUN_MARKER}' } keys %ENV;`,
        'print defined(<STDIN>) ? "stdin had a line\\n" : "stdin empty\\n";',
        'print "signals: ", join(",", grep { defined $SIG{$_} } sort keys %SIG), "\\n";',
        'system("true"); print "child status $?\\n";',
        'print "data: $_" while <DATA>;',
        'warn "to stderr";',
        '__DATA__',
        'first line',
        'second line',
      ].join('\n'),
    );
    // Values reach the host as JSON, which it parses by hand.
    const env = { TOKEN: 't-1', ODD: 'a"b\\c\nd\u0001\t é😀 \ud800 \\u0041' };
    const args = ['a', 'b c', '--d', ''];
    const result = await hosted(bare!, p, env, args);
    expect(result).toEqual(direct(p, env, args));
    expect(result.stdout).toContain(`${p.file}|${p.file}|4|4|a|b c|--d|\n`);
    expect(result.stdout).toContain('ODD=a"b\\c\nd\u0001\t é😀 \ufffd \\u0041\n');
    expect(result.stdout).not.toContain('HOST_ONLY');
  });

  it('refuses a command line other than perl FILE [ARGS]', async () => {
    const p = program('print "never\\n";');
    const refused = await bare!.run(p.file, { cwd: p.dir, env: { PATH: process.env.PATH! }, timeoutMs: 20_000, args: ['-w', p.file] });
    expect(refused).toMatchObject({ code: 70, stdout: '', stderr: `fork host: the host runs perl FILE [ARGS], not perl -w ${p.file}\n` });
  });

  it('leads a session of its own, as verify starts perl FILE', async () => {
    // /proc/self/stat: the pid, the command, its state, its parent, its group and its session.
    const p = program('open(my $f, "<", "/proc/self/stat");\nmy ($pid, @stat) = split " ", <$f> =~ s/ \\(.*\\)//r;\nprint join(",", getpgrp() == $$, $stat[3] == $pid), "\\n";');
    expect((await hosted(bare!, p)).stdout).toBe('1,1\n');
  });

  it('leaves nothing of its own for a snippet to see: the packages, names, %INC and @INC of perl FILE after the same use lines', async () => {
    // The names of special variables (%SIG, $2...) are left out: the host's code names some.
    const show = [
      'print join(" ", sort keys %INC), "\\n";',
      'print join(" ", @INC), "\\n";',
      'print join(" ", sort grep { /^\\w+(?:::)?$/ && !/^(?:SIG|__ANON__|\\d+)$/ } keys %main::), "\\n";',
      'print defined $1 ? "match: $1\\n" : "no match\\n";',
      'print "[$_]" for $@, $!+0, $?, $., $/, $,, $\\, $;, $|, $^W, $^S;',
    ].join('\n');
    for (const [h, source] of [
      [bare!, show],
      [shared!, `use strict;\nuse warnings;\nuse HTTP::Request;\nuse LWP::UserAgent;\nuse URI;\n${show}`],
    ] as const) {
      const p = program(source);
      const result = await hosted(h, p);
      // $^S is 1 at a file's top level under do (perl-host.ts): the one difference printed here.
      expect(result).toEqual({ ...direct(p), stdout: direct(p).stdout.replace(/\[0\]$/, '[1]') });
    }
  });

  it("exits as perl FILE does: the end, exit's status, die's message and status from $! and $?, die in eval, END blocks and $?, warnings, a __DIE__ hook, a signal, a missing file", async () => {
    const programs = [
      'print "done\\n";',
      '',
      'print "before\\n";\nexit 3;\nprint "never\\n";',
      'die "plain\\n";',
      'print "out\\n";\ndie "with its location"',
      'open(my $f, "<", "/nonexistent/file") or die "cannot open: $!";',
      'system("sh", "-c", "exit 3");\n$! = 0;\ndie "after a child that failed\\n";',
      'package Failure { use overload q("") => sub { "an object\\n" } }\ndie bless {}, "Failure";',
      'eval { die "caught\\n" };\nprint "after eval: $@";',
      'END { print "end saw $?\\n"; $? = 4 }\nprint "main\\n";',
      'END { print STDERR "end saw $?\\n" }\ndie "dying\\n";',
      'END { print "end after exit $?\\n" }\nsub leave { exit 5 }\nleave();',
      '$SIG{__DIE__} = sub { print STDERR "hook: $_[0]" };\ndie "hooked\\n";',
      'use strict;\nuse warnings;\nmy $x;\nprint "x is $x\\n";\nwarn "careful";\n$x->method;',
      'package Noisy { sub DESTROY { print "destroyed\\n" } }\nour $kept = bless {}, "Noisy";\nprint "main\\n";',
      '$| = 0;\nprint "buffered";\nkill "TERM", $$;\nsleep 5;',
      'print STDERR "unbuffered";\nkill "KILL", $$;',
      'END { print "never\\n" }\nBEGIN { die "early\\n" }',
      'END { print "never\\n" }\nuse No::Such::Module;',
    ].map((source) => program(source));
    const dir = folder();
    programs.push({ file: join(dir, 'missing.pl'), dir });
    for (const p of programs) expect(await hosted(bare!, p), p.file).toEqual(direct(p));
  });

  it("fails a file that does not compile when it runs as perl FILE does, but for perl's closing line", async () => {
    const p = program('BEGIN { print "begun\\n" }\nEND { print "never\\n" }\nmy $x = 1 +;\n');
    const itself = direct(p);
    expect(itself.stderr).toContain(`Execution of ${p.file} aborted due to compilation errors.\n`);
    expect(await hosted(bare!, p)).toEqual({ ...itself, stderr: itself.stderr.replace(/Execution of .*\n$/, '') });
  });

  it('writes large output whole, and what child processes write to the run files too', async () => {
    const p = program('print "$_ " . ("x" x 100) . "\\n" for 1 .. 2000;\nprint STDERR "$_ " . ("y" x 100) . "\\n" for 1 .. 1000;\nsystem("echo from a child; echo to stderr >&2");\nprint "last\\n";');
    const result = await hosted(shared!, p);
    expect(result).toEqual(direct(p));
    expect(result.stdout.length).toBeGreaterThan(200_000);
    expect(result.stdout.endsWith('from a child\nlast\n')).toBe(true);
  });

  it('gives every run a fresh copy of the host: what one snippet changes in LWP, its globals or its process, the next does not see', async () => {
    const opening = 'use strict;\nuse warnings;\nuse HTTP::Request;\nuse LWP::UserAgent;\nuse URI;\n';
    const changed = await hosted(
      shared!,
      program(
        `${opening}no warnings 'redefine';\n` +
          [
            '*LWP::UserAgent::_agent = sub { "hacked" };',
            '$HTTP::Headers::TRANSLATE_UNDERSCORE = 0;',
            '$main::leaked = 1;',
            '$ENV{LEAKED} = 1;',
            'push @INC, "/leaked";',
            '$SIG{TERM} = "IGNORE";',
            '$/ = undef;',
            'require File::Temp;',
            'chdir "/";',
            'srand(1);',
            'print LWP::UserAgent->new->agent, "\\n";',
          ].join('\n'),
      ),
    );
    expect(changed).toMatchObject({ code: 0, stdout: 'hacked\n' });
    // A second later, so that a start time left at the host's would show.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const p = program(
      `${opening}no warnings 'once';\n` +
        [
          'print LWP::UserAgent->new->agent, "\\n";',
          'print join(",", $HTTP::Headers::TRANSLATE_UNDERSCORE, $main::leaked // "undef", $ENV{LEAKED} // "undef", (grep { $_ eq "/leaked" } @INC) ? "leaked" : "clean", $SIG{TERM} // "undef", defined $/ ? "newline" : "undef", $INC{"File/Temp.pm"} ? "loaded" : "not loaded"), "\\n";',
          'print -M $0 >= 0 ? "started after its file was written\\n" : "started before its file was written\\n";',
        ].join('\n'),
    );
    const next = await hosted(shared!, p);
    expect(next).toEqual(direct(p));
    expect(next.stdout).toBe(`libwww-perl/${spawnSync(perl!, ['-MLWP', '-e', 'print $LWP::VERSION']).stdout}\n1,undef,undef,clean,undef,newline,not loaded\nstarted after its file was written\n`);
  });

  it('draws new random numbers in every run, as separate perl processes do, also when loading a module drew some', async () => {
    // A module whose loading draws a random number, which seeds the host's generator.
    const lib = folder();
    writeFileSync(join(lib, 'Seeded.pm'), 'package Seeded;\nour $drawn = rand();\n1;\n');
    const env = { PERL5LIB: lib };
    const seeded = new ForkHost(perl!, [join(work, 'fork-host.pl'), 'Seeded'], { PATH: process.env.PATH, ...env }, work);
    try {
      const p = program('use Seeded;\nprint int(rand(1e9)), "\\n";');
      const draws = await Promise.all([1, 2, 3].map(() => hosted(seeded, p, env)));
      expect(draws.map((d) => d.code)).toEqual([0, 0, 0]);
      expect(new Set(draws.map((d) => d.stdout)).size).toBe(3);
      expect(direct(p, env).stdout).toMatch(/^\d+\n$/);
    } finally {
      await seeded.close();
    }
  });

  it('runs snippets side by side, each with its own output', async () => {
    // A host none of whose runs has ended yet.
    const fresh = host([]);
    // Each run marks that it started, then waits for the other two's marks: run one after another, the first would wait in vain.
    const marks = join(work, 'side-by-side');
    const wait = (n: number) =>
      `open(my $mark, '>', '${marks}-${n}') or die;\nclose $mark;\nmy $waited = 0;\n$waited++, select(undef, undef, undef, 0.05) until $waited > 200 || 3 == grep { -e "${marks}-$_" } 1 .. 3;\nprint $waited > 200 ? "alone\\n" : "${n}\\n";`;
    const results = await Promise.all([1, 2, 3].map((n) => hosted(fresh, program(wait(n)))));
    expect(results.map((r) => r.stdout)).toEqual(['1\n', '2\n', '3\n']);
  });

  it('ends a run at its deadline with what it started, ends what a run started once it exits, and goes on serving', async () => {
    const late = join(work, 'written-by-a-leftover');
    const stuck = await run(bare!, program(`system("sh -c 'sleep 1; touch ${late}-stuck' &");\n1 while 1;`), {}, 1_000);
    expect(stuck).toMatchObject({ timedOut: true, code: null, signal: 'SIGKILL' });
    // What a snippet leaves running would write this file half a second after the snippet ended.
    const left = await run(bare!, program(`system("sh -c 'sleep 0.5; touch ${late}' &");\nprint "left\\n";`));
    expect(left).toMatchObject({ code: 0, stdout: 'left\n' });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect([existsSync(late), existsSync(`${late}-stuck`)]).toEqual([false, false]);
    expect((await run(bare!, program('print "still serving\\n";'))).stdout).toBe('still serving\n');
  });

  it('reports a host that cannot start as the reason each of its runs failed', async () => {
    const broken = host(['No::Such::Module']);
    const result = await run(broken, program('print "never\\n";'));
    expect(result.code).toBeNull();
    expect(result.spawnError).toMatch(/fork host ended/);
    expect(result.spawnError).toMatch(/Can't locate No\/Such\/Module\.pm in @INC/);
  });
});

describe.skipIf(missing)(`the Perl syntax check${missing ? ` (skipped: ${missing})` : ''}`, () => {
  /** The runner's prepare with programs that really run: the checks are real, the hosts recorded. */
  async function prepare(sources: string[]) {
    const { ctx, snippet } = recordingPrepare(folder(), work, folder);
    ctx.exec = (command, args, options) => runProcess(command, args, { timeoutMs: 60_000, ...options });
    const snippets = sources.map((source) => snippet(lwp, source));
    const prepared = await perlRunner.prepare(snippets, ctx);
    return snippets.map((s) => ({ file: join(s.dir, 'main.pl'), prepared: prepared.get(s)! }));
  }
  const failed = (p: Prepared) => ('failed' in p ? p : undefined);

  it("fails a broken file with perl -c's own message, after its path, and passes the rest, warnings and all", async () => {
    const opening = 'use strict;\nuse warnings;\nuse HTTP::Request;\nuse LWP::UserAgent;\nuse URI;\n';
    const checked = await prepare([
      `${opening}my $x = 1 +;\n`,
      `${opening}print "fine\\n";\n`,
      'use strict;\nuse No::Such::Module;\n',
      'BEGIN { die "early\\n" }\n',
      `${opening}my $x = 1;\nmy $x = 2;\nprint $x;\n`,
      `${opening}sub f {\n`,
    ]);
    for (const { file, prepared } of checked) {
      const itself = spawnSync(perl!, ['-c', file], { encoding: 'utf8' });
      if (itself.status === 0) {
        expect(prepared, file).toMatchObject({ steps: [{ stage: 'run', args: [file] }] });
        continue;
      }
      // perl -c closes with "FILE had compilation errors." after queued errors; the message is Perl's.
      const message = itself.stderr.replace(/^.* had compilation errors\.\n$/m, '');
      expect(failed(prepared), file).toEqual({ failed: 'perl -c failed', detail: `${file}: ${message}`.trimEnd().split('\n') });
    }
    expect(checked.map(({ prepared }) => 'failed' in prepared)).toEqual([true, false, true, true, false, true]);
  });

  it('compiles each file on its own, and runs neither its code nor its END blocks', async () => {
    const dir = folder();
    const checked = await prepare([
      `sub helper { 1 }\nBEGIN { $ENV{CHECKED} = 1 }\nsystem("touch ${dir}/ran");\nEND { system("touch ${dir}/ended") }\n`,
      // Passes only if the first file's sub or BEGIN block reached it (neither opens with a
      // preloaded module, so one check compiles both).
      'BEGIN { die "saw the other file\\n" if $ENV{CHECKED} }\nuse strict;\nmy $x = helper;\n',
    ]);
    const [first, second] = checked;
    expect(first!.prepared).toMatchObject({ steps: [{ stage: 'run' }] });
    const itself = spawnSync(perl!, ['-c', second!.file], { encoding: 'utf8' });
    expect(failed(second!.prepared)?.detail.join('\n')).toBe(`${second!.file}: ${itself.stderr.replace(/^.* had compilation errors\.\n$/m, '').trimEnd()}`);
    expect(itself.stderr).toContain('Bareword "helper" not allowed');
    expect([existsSync(join(dir, 'ran')), existsSync(join(dir, 'ended'))]).toEqual([false, false]);
  });
});

describe('what a Perl fork host preloads for a snippet', () => {
  const preload = ['strict', 'warnings', 'HTTP::Request', 'HTTP::Request::Common', 'LWP::UserAgent', 'URI'];

  it('is the modules of the use lines that open the file, in its order, up to the first one not in preload', () => {
    expect(preloadFor('#!/usr/bin/perl\n# a comment\nuse strict;\nuse warnings;\n\nuse HTTP::Request::Common qw(POST);\nuse URI; # why not\nmy $x = 1;\n', preload)).toEqual([
      'strict',
      'warnings',
      'HTTP::Request::Common',
      'URI',
    ]);
    expect(preloadFor('use strict;\nuse strict;\nuse LWP::UserAgent 6.68;\n', preload)).toEqual(['strict', 'LWP::UserAgent']);
    expect(preloadFor('use strict;\nuse MIME::Base64 qw(encode_base64);\nuse URI;\n', preload)).toEqual(['strict']);
    expect(preloadFor('use v5.36;\nuse URI;\n', preload)).toEqual([]);
  });

  it('is nothing the file uses only after its first other line, conditionally, or over several lines', () => {
    expect(preloadFor('use strict;\nmy $x = 1;\nuse URI;\n', preload)).toEqual(['strict']);
    expect(preloadFor('use if $ENV{X}, "URI";\nuse strict;\n', preload)).toEqual([]);
    expect(preloadFor('use strict; use URI;\n', preload)).toEqual([]);
    expect(preloadFor('use HTTP::Request::Common qw(\n  POST\n);\nuse URI;\n', preload)).toEqual([]);
    expect(preloadFor('=pod\n\nuse URI;\n\n=cut\n', preload)).toEqual([]);
    expect(preloadFor('no warnings;\nuse URI;\n', preload)).toEqual([]);
  });

  it("is one host's for every snippet that opens with the same use lines, and no host's for a client without preload", async () => {
    const client: ClientDescriptor = { ...lwp, verify: { ...lwp.verify, preload } };
    const withoutPreload: ClientDescriptor = { ...lwp, verify: { ...lwp.verify, preload: undefined } };
    const { ctx, started, snippet } = recordingPrepare(folder(), work, folder);
    const checks: string[][] = [];
    ctx.exec = async (command, args) => (checks.push(args.slice(3)), { code: 0, signal: null, stdout: '', stderr: '', timedOut: false, ms: 0 });
    const snippets = [
      snippet(client, 'use strict;\nuse URI;\n'),
      snippet(client, 'use LWP::UserAgent;\n'),
      snippet(client, 'use strict;\nuse URI;\nprint 1;\n'),
      snippet(client, 'use Data::Dumper;\n'),
      snippet(withoutPreload, 'use strict;\nuse URI;\n'),
    ];
    const prepared = await perlRunner.prepare(snippets, ctx);
    const hostArgs = snippets.map((s) => {
      const p = prepared.get(s)!;
      return 'steps' in p ? (p.steps[0]!.host as unknown as { args: string[] } | undefined)?.args.slice(1) : p;
    });
    expect(hostArgs).toEqual([['strict', 'URI'], ['LWP::UserAgent'], ['strict', 'URI'], [], undefined]);
    // Each host: perl, the host program, then the modules it loads.
    expect(started.map((line) => line.slice(2))).toEqual([['strict', 'URI'], ['LWP::UserAgent'], []]);
    // One check per list of modules, which it loads before the files that follow --.
    const file = (i: number) => join(snippets[i]!.dir, 'main.pl');
    expect(checks.sort()).toEqual([['--', file(3), file(4)], ['LWP::UserAgent', '--', file(1)], ['strict', 'URI', '--', file(0), file(2)]].sort());
  });
});
