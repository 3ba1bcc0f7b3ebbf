import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_MARKER } from '../../src/verify/process.js';
import { preloadFor, rubyRunner } from '../../src/verify/runners/ruby.js';
import { RUBY_HOST } from '../../src/verify/runners/ruby-host.js';
import { which } from '../../src/verify/toolchain.js';
import { findClients, type ClientDescriptor } from '../../src/clients/index.js';
import { forkHostTestbed, recordingPrepare, type Program } from './fork-host-support.js';

/**
 * The Ruby fork host (src/verify/fork-host.ts) must run each file as `ruby FILE` would, and
 * nothing one snippet does may reach the next: these are the properties verify's results rest on.
 */
const missing = await rubyRunner.unavailable(findClients(['ruby/net-http'])[0]!);
const { work, folder, host, program, run } = forkHostTestbed('ruby-fork-host', { command: which('ruby') ?? 'ruby', script: 'fork-host.rb', source: RUBY_HOST, main: 'main.rb' });

/** What `ruby FILE` itself does with the program. */
function direct(p: Program) {
  const result = spawnSync('ruby', [p.file], { cwd: p.dir, env: { PATH: process.env.PATH }, encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(missing)(`the Ruby fork host${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const shared = missing ? undefined : host(['net/http']);

  it('runs a file as ruby FILE does: $0, ARGV, require_relative, its working folder, only its environment, no stdin, and nothing the host loaded for itself', async () => {
    const p = program(
      [
        "require_relative 'helper'",
        'puts [$0 == __FILE__, $PROGRAM_NAME == __FILE__, ARGV, helper, Dir.pwd == __dir__, STDIN.read, caller_locations(0, 1)[0].label].inspect',
        `puts [ENV['TOKEN'], ENV['HOST_ONLY'], ENV.keys.sort - ['PATH', '${RUN_MARKER}']].inspect`,
        "print ENV['ODD'], \"\\n\"",
        'puts [defined?(Net::HTTP), defined?(JSON), "".respond_to?(:to_json)].inspect',
        "warn 'to stderr'",
      ].join('\n'),
      { 'helper.rb': "def helper = 'helped'\n" },
    );
    // Env values reach the host as JSON, which it parses by hand.
    const result = await run(shared!, p, { TOKEN: 't-1', ODD: 'a"b\\c\nd\u0001\t é😀 \ud800' });
    expect(result).toMatchObject({
      code: 0,
      signal: null,
      timedOut: false,
      stdout: '[true, true, [], "helped", true, "", "<main>"]\n["t-1", nil, ["ODD", "TOKEN"]]\na"b\\c\nd\u0001\t é😀 \ufffd\n["constant", nil, false]\n',
      stderr: 'to stderr\n',
    });
  });

  it('leaves nothing of its own for a snippet to see: the constants, methods and globals of ruby FILE after the same requires', async () => {
    const p = program("require 'net/http'\np Object.constants.sort, Object.private_instance_methods.sort, Object.instance_methods.sort, global_variables.sort, ObjectSpace.respond_to?(:define_finalizer)");
    const result = await run(shared!, p);
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({ code: 0, stdout: direct(p).stdout, stderr: '' });
  });

  it("exits as ruby FILE does: exit's status, abort's message, an uncaught exception's message and backtrace, at_exit handlers, threads' ensure clauses, a signal", async () => {
    const programs = [
      'exit 3',
      'abort "no luck"',
      'def f = raise(ArgumentError, "boom")\n[1].each { f }',
      "require 'net/http'\nNet::HTTP.get(URI('http://127.0.0.1:1/'))",
      'nosuch_method_call',
      'at_exit { puts "first registered, last run" }\nat_exit { puts "atexit ran"; exit 4 }\nprint "main done"',
      'at_exit { warn "atexit saw #{$!.inspect}" }\nraise "late"',
      'Thread.new { begin; sleep; ensure; puts "thread ensure"; end }\nsleep 0.1\nputs "main done"',
      "require 'tempfile'\nt = Tempfile.new('snipgen')\nFile.write(File.join(__dir__, \"tempfile-of-#{$$}\"), t.path)\nt.close",
      'STDOUT.sync = false\nprint "buffered"\nProcess.kill(:TERM, Process.pid)\nsleep 5',
      'print "buffered"\nraise Interrupt',
    ].map((source) => program(source));
    for (const p of programs) {
      const result = await run(shared!, p);
      expect({ code: result.code, signal: result.signal, stdout: result.stdout, stderr: result.stderr }, p.file).toEqual(direct(p));
    }
    // Each run of the Tempfile program left its file to Tempfile's finalizer, which removed it.
    const tempfiles = programs.flatMap((p) => readdirSync(p.dir).filter((f) => f.startsWith('tempfile-of-')).map((f) => readFileSync(join(p.dir, f), 'utf8')));
    expect(tempfiles).toHaveLength(2);
    expect(tempfiles.filter((f) => existsSync(f))).toEqual([]);
  });

  it('gives every run a fresh copy of the preloaded library: what one snippet changes, the next does not see', async () => {
    const changed = await run(shared!, program("require 'net/http'\nNet::HTTP.singleton_class.remove_method(:get)\nclass Net::HTTP; LEAKED = 1; end\nENV['LEAKED'] = '1'\n$leaked = 1\nputs 'changed'"));
    expect(changed.stdout).toBe('changed\n');
    const next = await run(shared!, program("require 'net/http'\nputs [Net::HTTP.respond_to?(:get), defined?(Net::HTTP::LEAKED), ENV['LEAKED'], $leaked].inspect"));
    expect(next.stdout).toBe('[true, nil, nil, nil]\n');
  });

  it('runs snippets side by side, each with its own output', async () => {
    const results = await Promise.all([1, 2, 3].map((n) => run(shared!, program(`sleep 0.3\nputs ${n}`))));
    expect(results.map((r) => r.stdout)).toEqual(['1\n', '2\n', '3\n']);
  });

  it('ends a run at its deadline and what it started once it exits, and goes on serving', async () => {
    const stuck = await run(shared!, program('loop {}'), {}, 500);
    expect(stuck).toMatchObject({ timedOut: true, code: null, signal: 'SIGKILL' });
    // What a snippet leaves running would write this file half a second after the snippet ended.
    const late = join(work, 'written-by-a-leftover');
    const left = await run(shared!, program(`spawn('sh', '-c', 'sleep 0.5; touch ${late}')\nputs 'left'`));
    expect(left.stdout).toBe('left\n');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(existsSync(late)).toBe(false);
    expect((await run(shared!, program('puts "still serving"'))).stdout).toBe('still serving\n');
  });

  it('reports a host that cannot start as the reason each of its runs failed', async () => {
    const broken = host(['no_such_library_anywhere']);
    const result = await run(broken, program('puts "never"'));
    expect(result.code).toBeNull();
    expect(result.spawnError).toMatch(/fork host ended/);
    expect(result.spawnError).toMatch(/cannot load such file -- no_such_library_anywhere \(LoadError\)/);
  });
});

describe('what a Ruby fork host preloads for a snippet', () => {
  const preload = ['json', 'uri', 'net/http'];

  it('is the requires that open the file, in its order, up to the first one not in preload', () => {
    expect(preloadFor("# frozen_string_literal: true\nrequire 'json'\n\nrequire \"net/http\"\n\nputs 1\n", preload)).toEqual(['json', 'net/http']);
    expect(preloadFor("require 'net/http'\nrequire('json') # why not\n", preload)).toEqual(['net/http', 'json']);
    expect(preloadFor("require 'set'\nrequire 'json'\n", preload)).toEqual([]);
    expect(preloadFor("require 'uri'\nrequire 'set'\nrequire 'json'\n", preload)).toEqual(['uri']);
  });

  it('is nothing the file requires only after its first other line, or conditionally', () => {
    expect(preloadFor("require 'net/http'\nputs 1\nrequire 'json'\n", preload)).toEqual(['net/http']);
    expect(preloadFor("require 'json' if ENV['X']\nrequire 'net/http'\n", preload)).toEqual([]);
    expect(preloadFor("=begin\nrequire 'json'\n=end\n", preload)).toEqual([]);
  });

  it("is one host's for every snippet that opens with the same requires, and no host's for a client without preload", async () => {
    const netHttp = findClients(['ruby/net-http'])[0]!;
    const client: ClientDescriptor = { ...netHttp, verify: { ...netHttp.verify, preload } };
    const withoutPreload: ClientDescriptor = { ...netHttp, verify: { ...netHttp.verify, preload: undefined } };
    const { ctx, started, snippet } = recordingPrepare(work, work, folder);
    const snippets = [
      snippet(client, "require 'json'\nrequire 'net/http'\n"),
      snippet(client, "require 'net/http'\n"),
      snippet(client, "require 'json'\nrequire 'net/http'\nputs 1\n"),
      snippet(client, "require 'set'\n"),
      snippet(withoutPreload, "require 'json'\nrequire 'net/http'\n"),
    ];
    const prepared = await rubyRunner.prepare(snippets, ctx);
    const hostArgs = snippets.map((s) => {
      const p = prepared.get(s)!;
      return 'steps' in p ? (p.steps[0]!.host as unknown as { args: string[] } | undefined)?.args.slice(1) : p;
    });
    expect(hostArgs).toEqual([['json', 'net/http'], ['net/http'], ['json', 'net/http'], [], undefined]);
    // Each host: ruby, the host program, then the libraries it loads.
    expect(started.map((line) => line.slice(2))).toEqual([['json', 'net/http'], ['net/http'], []]);
  });
});
