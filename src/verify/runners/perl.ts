import { requireTool, which } from '../toolchain.js';
import { PERL_HOST } from './perl-host.js';
import { checkThenRun, forkHosts, writeSnippets } from './shared.js';
import type { Runner, Snippet } from './types.js';

/**
 * `perl -c` for many files in one process: the modules named before `--` are required once (those
 * the files' runs preload, so that a check does not load the library again), then each file
 * compiles in a child of its own, since compiling runs BEGIN blocks and imports, which must not
 * reach the next file. `$^C` is set, as -c sets it: BEGIN code sees it, and no process runs END
 * blocks. The file compiles as the fork host compiles it (perl-host.ts), behind a `return` that
 * keeps its code from running; a broken file's output (warnings and Perl's errors, which name the
 * file and line) is printed after its path, a compiled file's not at all (a warning fails no file,
 * as it fails no `perl -c`).
 */
const CHECK = String.raw`
$^C = 1;
while (@ARGV && (my $module = shift @ARGV) ne '--') {
  (my $path = "$module.pm") =~ s{::}{/}g;
  require $path;
}
my $bad = 0;
for my $file (@ARGV) {
  my $pid = open(my $output, '-|') // die "fork: $!\n";
  if (!$pid) {
    open(STDERR, '>&', \*STDOUT) or die "stderr: $!\n";
    open(my $source, '<', $file) or die qq{Can't open perl script "$file": $!\n};
    unshift @INC, sub {
      return if $_[1] ne 'snipgen-check';
      shift @INC;
      (\qq{return;\n#line 1 "$file"\n}, $source);
    };
    my $called = \$INC[0];
    do 'snipgen-check';
    print $@;
    exit(length $@ ? 1 : 0);
  }
  my $printed = '';
  1 while sysread($output, $printed, 65536, length $printed);
  next if close($output);
  $bad = 1;
  print STDERR "$file: ", length $printed ? $printed : "perl -c exited with status " . ($? >> 8) . "\n";
}
exit $bad;
`;

/** `use Module ...;` alone on its line: the module's name as `require` takes it. */
const USE = /^\s*use\s+([A-Za-z_]\w*(?:::\w+)*)(?:\s[^;#]*)?;\s*(?:#.*)?$/;

/**
 * What a fork host may load for this snippet: the modules of the `use` lines that open the file
 * (after blank and comment lines), in its order, up to the first other line or a module not in
 * `preload`. A package is global, so a module loaded that the file does not use (a template that
 * forgot `use URI`) would let it pass here and fail under `perl FILE`; loaded in another order,
 * a module that looks at what is already loaded could behave differently. Pragmas (strict,
 * warnings) are lexical: loading them does nothing to a file until its own `use` imports them,
 * so they may be in `preload` to let the modules after them be loaded too.
 */
export function preloadFor(code: string, preload: readonly string[]): string[] {
  const loaded: string[] = [];
  for (const line of code.split('\n')) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const name = USE.exec(line)?.[1];
    if (!name || !preload.includes(name)) break;
    if (!loaded.includes(name)) loaded.push(name);
  }
  return loaded;
}

export const perlRunner: Runner = {
  language: 'perl',
  unavailable: () => requireTool('perl', ['-e', '0'], 'Perl (apt-get install perl)'),

  async prepare(snippets, ctx) {
    const perl = which('perl')!;
    const files = writeSnippets(snippets, () => 'main.pl');
    // A client that names its modules in verify.preload runs from fork hosts (fork-host.ts), one
    // per list of modules its snippets open with; the check loads the same list once per list.
    const hostFor = forkHosts(ctx, perl, { file: 'fork-host.pl', source: PERL_HOST }, preloadFor);
    const groups = new Map<string, Map<string, Snippet>>();
    for (const [file, s] of files) {
      const modules = preloadFor(s.code, s.client.verify.preload ?? []).join(' ');
      groups.set(modules, (groups.get(modules) ?? new Map()).set(file, s));
    }
    // perl takes the first -- as the end of its own switches; the second ends the modules.
    const checked = await Promise.all(
      [...groups].map(([modules, group]) =>
        checkThenRun(group, { what: 'perl -c', command: perl, args: ['-e', CHECK, '--', ...modules.split(' ').filter(Boolean), '--'] }, ctx, (s, file) => [
          { stage: 'run', command: perl, args: [file], host: hostFor(s) },
        ]),
      ),
    );
    return new Map(checked.flatMap((prepared) => [...prepared]));
  },
};
