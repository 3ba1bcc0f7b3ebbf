/**
 * The Perl fork host (see ForkHost): requires the modules named on its command line, in their
 * order, then forks a child per snippet that runs the file as `perl FILE [ARGS]` would: `$0` the
 * file, `@ARGV` the run's arguments (any other command line, such as a switch before the file,
 * fails with status 70), `__FILE__`, warnings and `die` naming the file and its lines, `__DATA__`,
 * the run's working folder and exactly its environment, an empty stdin (the host's, which
 * ForkHost opens on /dev/null), stdout and stderr in the run's files at descriptors 1 and 2 (so
 * what child processes write lands there too), `$^T` its own start, a new random seed, default
 * signal handlers, a session of its own, and Perl's own exit: END blocks run with `$?`, `exit N`,
 * an uncaught `die` printed by Perl with the status Perl takes from `$!` and `$?` (255 if both are
 * 0), a signal ending it by that signal.
 *
 * The host leaves nothing a snippet could lean on: no pragma and no module of its own (its
 * commands are parsed by hand, and setsid(), which only POSIX offers, is called by its syscall
 * number, read from syscall.ph in a child of its own), no named sub or package variable (its
 * state is in lexicals at the file's level, which a file run with `do` cannot see; the main
 * package holds only the globs of the special variables its code names, such as %SIG and $2,
 * empty or magical as they are once any code names them), no match variables, no last-read
 * filehandle (it reads with sysread), and nothing in %INC or @INC (an @INC hook gives perl the
 * file, and takes itself out). A module is loaded with `require`, not `use`: its import, which
 * is what puts names into the snippet's package, runs when the snippet's own `use` does.
 *
 * What still differs from `perl FILE`, since Perl runs a file it did not start with only as `do`
 * runs it:
 * - `caller` at the file's top level returns the host's `do` frame where a main program's returns
 *   nothing (so a modulino's `main() unless caller` does not run), `$^S` is 1 there (in a
 *   `$SIG{__DIE__}` hook too), and a Carp backtrace ends with that frame.
 * - `__END__` does not open DATA (`__DATA__` does), as in any file loaded by do or require.
 * - The file's own lexicals are freed when it ends, before the END blocks, where a main
 *   program's live until global destruction after them: a DESTROY runs earlier, and an uncaught
 *   die's status is read from `$!` after those DESTROYs.
 * - A file that fails to compile when it runs (the check compiled it before) prints Perl's
 *   messages without the closing "Execution of FILE aborted due to compilation errors."
 * - What Perl reads when it starts comes from the host's start: switches on the `#!` line (-w,
 *   -T), PERL5OPT, PERL5LIB, PERLIO, PERL_UNICODE, PERL_HASH_SEED, the locale, and the hash seed
 *   (every run of one host has the same); a preloaded module read the host's environment when it
 *   loaded (URI its URI_HAS_RESERVED_SQUARE_BRACKETS, HTTP::Message its PERL_HTTP_URI_CLASS),
 *   which is the verifier's, as the runs' is with the snippet's secrets added.
 *
 * The loop is single-threaded, so a fork copies no other thread. A child's exit arrives as
 * SIGCHLD, whose handler writes to a pipe that the loop's select waits on beside the commands.
 * Perl runs a handler between ops, not when the signal arrives: one that arrives after the last
 * reap and before select blocks would wait for the next event, so select also wakes every 50 ms
 * while a child runs.
 */
export const PERL_HOST = String.raw`# The Perl fork host (src/verify/runners/perl-host.ts).
my $loader = 'snipgen-fork-host-run';

# Started before the modules load, so that the probe's exit runs none of their END blocks.
my $probe_pid = open(my $probe, '-|');
if (defined $probe_pid && !$probe_pid) {
  print eval { require 'syscall.ph'; &{'SYS_setsid'}() } // '';
  exit 0;
}

for my $module (@ARGV) {
  (my $path = "$module.pm") =~ s{::}{/}g;
  require $path;
}
@ARGV = ();

my $setsid = '';
if ($probe_pid) {
  1 while sysread($probe, $setsid, 64, length $setsid);
  close $probe;
}

open(my $commands, '<&=', 3) or die "fork host: fd 3: $!\n";
open(my $events, '>&=', 4) or die "fork host: fd 4: $!\n";
pipe(my $wake_r, my $wake_w) or die "fork host: pipe: $!\n";
$SIG{CHLD} = sub { syswrite($wake_w, '.') };

my $send = sub {
  my $line = "$_[0]\n";
  while (length $line) {
    my $written = syswrite($events, $line) // die "fork host: fd 4: $!\n";
    substr($line, 0, $written) = '';
  }
};
# A child that has not reached setsid has no group of its own yet: then it alone is killed.
my $kill_group = sub { kill(-9, $_[0]) or kill(9, $_[0]) };

# The commands are JSON objects of strings, numbers, arrays and objects, as JSON.stringify writes
# them; strings stay bytes (UTF-8), as a process's environment and paths are.
my %escapes = (b => "\b", f => "\f", n => "\n", r => "\r", t => "\t");
my $json;
$json = sub {
  my ($text) = @_;
  $$text =~ /\G\s*/gc;
  if ($$text =~ /\G([\[{])\s*/gc) {
    my ($object, $close) = $1 eq '{' ? ({}, '}') : ([], ']');
    return $object if $$text =~ /\G\Q$close/gc;
    while (1) {
      if (ref $object eq 'HASH') {
        my $key = $json->($text);
        $$text =~ /\G\s*:/gc or die "fork host: expected : at " . pos($$text) . "\n";
        $object->{$key} = $json->($text);
      } else {
        push @$object, $json->($text);
      }
      $$text =~ /\G\s*([,\]}])/gc or die "fork host: expected , or $close at " . pos($$text) . "\n";
      return $object if $1 eq $close;
    }
  }
  # A lone surrogate has no UTF-8 form; Node's spawn writes U+FFFD for it too.
  if ($$text =~ /\G"((?:[^"\\]+|\\.)*)"/gcs) {
    (my $string = $1) =~ s{\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\(.)}{
      my $char = defined $1 ? chr(0x10000 + ((hex($1) - 0xD800) << 10) + hex($2) - 0xDC00)
        : defined $3 ? (hex($3) >= 0xD800 && hex($3) <= 0xDFFF ? "\x{FFFD}" : chr(hex $3))
        : $escapes{$4} // $4;
      utf8::encode($char);
      $char;
    }gse;
    return $string;
  }
  $$text =~ /\G(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)/gc or die "fork host: bad value at " . pos($$text) . "\n";
  return $1 eq 'true' ? 1 : $1 eq 'false' ? 0 : $1 eq 'null' ? undef : $1 + 0;
};

# Serves until the commands end; in a child, returns its command.
my $serve = sub {
  my %running;
  my $pending = '';
  my $watched = '';
  vec($watched, fileno($_), 1) = 1 for $commands, $wake_r;
  $send->('{"ready":true}');
  while (1) {
    my $ready = select(my $readable = $watched, undef, undef, %running ? 0.05 : undef);
    # Also reaps what a snippet left behind, which the host inherits as its namespace's first process.
    while ((my $pid = waitpid(-1, 1)) > 0) {
      my $id = delete $running{$pid};
      next unless defined $id;
      $kill_group->($pid);
      $send->(qq({"exit":$id,"code":) . (($? & 127) ? -($? & 127) : $? >> 8) . '}');
    }
    next if $ready <= 0;
    sysread($wake_r, my $drained, 512) if vec($readable, fileno($wake_r), 1);
    next unless vec($readable, fileno($commands), 1);
    my $read = sysread($commands, $pending, 65536, length $pending) // next;
    if (!$read) {
      $kill_group->($_) for keys %running;
      exit 0;
    }
    while ((my $newline = index($pending, "\n")) >= 0) {
      my $line = substr($pending, 0, $newline + 1, '');
      my $command = $json->(\$line);
      if (exists $command->{kill}) {
        $running{$_} == $command->{kill} and $kill_group->($_) for keys %running;
        next;
      }
      my $pid = fork // die "fork host: fork: $!\n";
      return $command unless $pid;
      $running{$pid} = $command->{run};
    }
  }
};
my $job = $serve->();

# The child. Everything up to the snippet is the host's doing: a failure there is status 70.
eval {
  # undef, as perl FILE starts with it ('DEFAULT' would show in %SIG).
  $SIG{CHLD} = undef;
  close $_ for $commands, $events, $wake_r, $wake_w;
  ($setsid ? syscall($setsid) : setpgrp(0, 0)) >= 0 or die "setsid: $!\n";
  open(STDOUT, '>', $job->{stdout}) or die "$job->{stdout}: $!\n";
  open(STDERR, '>', $job->{stderr}) or die "$job->{stderr}: $!\n";
  chdir($job->{cwd}) or die "$job->{cwd}: $!\n";
  %ENV = %{$job->{env}};
  my @line = $job->{args} ? @{$job->{args}} : ($job->{file});
  die "the host runs perl FILE [ARGS], not perl @line\n" unless $line[0] eq $job->{file};
  @ARGV = @line[1 .. $#line];
  $0 = $job->{file};
  $^T = time;
  # The host's state is every child's: a seed a module drew at its load would repeat in each.
  srand();
  1;
} or do {
  print STDERR "fork host: $@";
  exit 70;
};

# A file that cannot be read fails as perl FILE fails, without the END blocks of the modules.
open(my $source, '<', $job->{file}) or do {
  $^C = 1;
  die qq{Can't open perl script "$job->{file}": $!\n};
};
# do compiles the file as its own unit, from the filehandle an @INC hook gives it, after a BEGIN
# block that takes the hook's entry out of %INC (and its own name out of the package) and a line
# that names the file in every message. The hook leaves @INC before the file compiles (a message
# of the file's may list @INC); perl goes on using the element it called, which $called keeps.
unshift @INC, sub {
  return if $_[1] ne $loader;
  shift @INC;
  (\qq{BEGIN { delete \$INC{'$loader'}; delete \$main::{BEGIN} }\n#line 1 "$job->{file}"\n}, $source);
};
my $called = \$INC[0];
$! = 0;
$? = 0;
do $loader;
# do catches a die that perl FILE would not: thrown again at the top level, it is printed and
# ends the process as Perl ends it, with the snippet's own __DIE__ hook not called twice.
if (ref $@ || length $@) {
  local $SIG{__DIE__};
  die $@;
}
`;
