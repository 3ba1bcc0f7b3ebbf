/**
 * The Ruby fork host (see ForkHost): requires the libraries named on its command line, then
 * forks a child per snippet that runs the file as `ruby FILE` would: `$0 == __FILE__`, an empty
 * ARGV, `require_relative` from the file's folder, `<main>` frames in backtraces, the run's own
 * working folder and environment, and Ruby's own exit (at_exit handlers, `exit n`, `abort`, an
 * uncaught exception printed as Ruby prints it with status 1, an uncaught signal ending the
 * process by that signal).
 *
 * The host leaves no trace a snippet could lean on: no constants, no methods (its helpers are
 * lambdas in locals the snippet's top level cannot see) and no library of its own (its commands
 * are parsed by hand, since `require "json"` would give every snippet JSON and #to_json).
 * A Ruby constant is global, so a snippet would also see a preloaded library it never required:
 * the runner gives each snippet a host that preloads only what the snippet requires (ruby.ts).
 *
 * The loop is single-threaded so that a fork copies no other thread; child exits arrive as
 * SIGCHLD through a self-pipe, so one IO.select waits for both commands and exits.
 */
export const RUBY_HOST = String.raw`
host_pid = Process.pid
host_script = __FILE__
main_error = nil
finalizers = {}

# Ruby's own exit walks the whole heap to free it, which in a forked copy writes the pages it
# shares with the host: measured, a run took two to four times as long (rest-client preloaded:
# 112 ms a run against 30, where ruby FILE takes 410). Registered before any library is loaded,
# this runs after every at_exit handler ruby FILE would run (the libraries' and the snippet's),
# does what the rest of Ruby's exit does that a program can see, and leaves with exit!.
at_exit do
  next if Process.pid == host_pid
  error = $!
  code = error.is_a?(SystemExit) ? error.status : error ? 1 : 0
  signo = nil
  if error && error.equal?(main_error) && !error.is_a?(SystemExit)
    # Without the host's frames below the program's, in the exception and in what caused it.
    seen = []
    cause = error
    while cause && !seen.include?(cause)
      seen << cause
      trace = cause.backtrace || []
      cut = trace.index { |frame| frame.start_with?("#{host_script}:") }
      cause.set_backtrace(trace[0, cut]) if cut
      cause = cause.cause
    end
    # Ruby prints no message for a bare SignalException, only for its subclasses (Interrupt).
    $stderr.write(error.full_message(highlight: false, order: :top)) unless error.instance_of?(SignalException)
    signo = error.signo if error.is_a?(SignalException)
  elsif error && !error.is_a?(SystemExit) && main_error.is_a?(SystemExit)
    # An at_exit handler raised (Ruby has printed it): the program's own exit status stands.
    code = main_error.status
  end
  # Then Ruby ends the other threads, running their ensure clauses, and runs the finalizers
  # (Tempfile removes its file from one).
  (Thread.list - [Thread.current]).each do |thread|
    thread.kill
    begin
      thread.join
    rescue Exception
    end
  end
  finalizers.to_a.each do |id, callables|
    callables.dup.each do |callable|
      begin
        callable.call(id)
      rescue Exception
      end
    end
  end
  [$stdout, $stderr, STDOUT, STDERR].each do |io|
    begin
      io.flush
    rescue Exception
    end
  end
  if signo
    begin
      trap(signo, 'SYSTEM_DEFAULT')
      Process.kill(signo, Process.pid)
      sleep 1
    rescue Exception
    end
  end
  exit!(code)
end

# Finalizers still registered at exit, which Ruby's exit would run. The proc given to Ruby is
# made out here, where it cannot hold the object (which would then never become garbage), and
# forgets the finalizer once the collector has run it.
forget_when_run = lambda do |id, callable|
  proc do |*args|
    finalizers[id]&.delete(callable)
    callable.call(*args)
  end
end
ObjectSpace.singleton_class.prepend(Module.new do
  define_method(:define_finalizer) do |object, callable = nil, &block|
    callable ||= block
    id = object.object_id
    raise ArgumentError, "wrong type argument #{callable.class} (should be callable)" unless callable.respond_to?(:call)
    super(object, forget_when_run.(id, callable))
    (finalizers[id] ||= []) << callable
    [0, callable]
  end
  define_method(:undefine_finalizer) do |object|
    finalizers.delete(object.object_id)
    super(object)
  end
end)

ARGV.each { |name| require name }
ARGV.clear

commands = IO.for_fd(3, 'rb', autoclose: false)
events = IO.for_fd(4, 'wb', autoclose: false)
events.sync = true
wake_r, wake_w = IO.pipe
trap('CHLD') { wake_w.write_nonblock('.', exception: false) }

send_event = ->(text) { events.write("#{text}\n") }
kill_group = lambda do |pid|
  begin
    Process.kill(:KILL, -pid)
  rescue SystemCallError
    # Not yet its own group: the child has not reached setsid.
    begin
      Process.kill(:KILL, pid)
    rescue SystemCallError
    end
  end
end

# The commands are JSON objects of strings, numbers, arrays and objects, as JSON.stringify writes them.
json_escapes = { 'b' => "\b", 'f' => "\f", 'n' => "\n", 'r' => "\r", 't' => "\t" }
parse_json = lambda do |text|
  at = 0
  skip = -> { at = text.index(/\S|\z/, at) }
  value = nil
  value = lambda do
    skip.()
    case text[at]
    when '{'
      object = {}
      at += 1
      skip.()
      if text[at] == '}'
        at += 1
        return object
      end
      loop do
        key = value.()
        skip.()
        raise "expected : at #{at}" unless text[at] == ':'
        at += 1
        object[key] = value.()
        skip.()
        at += 1
        return object if text[at - 1] == '}'
        raise "expected , at #{at - 1}" unless text[at - 1] == ','
      end
    when '['
      array = []
      at += 1
      skip.()
      if text[at] == ']'
        at += 1
        return array
      end
      loop do
        array << value.()
        skip.()
        at += 1
        return array if text[at - 1] == ']'
        raise "expected , at #{at - 1}" unless text[at - 1] == ','
      end
    when '"'
      raw = text.match(/\G"((?:[^"\\]++|\\.)*+)"/m, at) or raise "bad string at #{at}"
      at += raw[0].length
      raw[1].gsub(/\\u([dD][89abAB]\h\h)\\u([dD][c-fC-F]\h\h)|\\u(\h{4})|\\(.)/m) do
        if $1
          (0x10000 + ((($1.hex - 0xD800) << 10) | ($2.hex - 0xDC00))).chr(Encoding::UTF_8)
        elsif $3
          # A lone surrogate has no UTF-8 form; Node's spawn writes U+FFFD for it too.
          (0xD800..0xDFFF).cover?($3.hex) ? "\uFFFD" : $3.hex.chr(Encoding::UTF_8)
        else
          json_escapes.fetch($4, $4)
        end
      end
    else
      word = text.match(/\G(?:-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)/, at) or raise "bad value at #{at}"
      at += word[0].length
      case word[0]
      when 'true' then true
      when 'false' then false
      when 'null' then nil
      else word[0].match?(/[.eE]/) ? word[0].to_f : word[0].to_i
      end
    end
  end
  value.()
end

running = {}
pending = ''.b
job = nil
send_event.('{"ready":true}')
while job.nil?
  readable, = IO.select([commands, wake_r])
  if readable.include?(wake_r)
    nil while wake_r.read_nonblock(512, exception: false).is_a?(String)
  end
  # Also reaps what a snippet left behind, which the host inherits as its namespace's init.
  loop do
    pid, status = begin
      Process.waitpid2(-1, Process::WNOHANG)
    rescue Errno::ECHILD
      nil
    end
    break unless pid
    id = running.delete(pid)
    next unless id
    kill_group.(pid)
    send_event.(%({"exit":#{id},"code":#{status.signaled? ? -status.termsig : status.exitstatus}}))
  end
  next unless readable.include?(commands)
  chunk = commands.read_nonblock(65536, exception: false)
  next if chunk == :wait_readable
  if chunk.nil?
    running.each_key { |pid| kill_group.(pid) }
    exit!(0)
  end
  pending << chunk
  while job.nil? && (newline = pending.index("\n"))
    command = parse_json.(pending.slice!(0, newline + 1).force_encoding(Encoding::UTF_8))
    if command.key?('kill')
      running.each { |pid, id| kill_group.(pid) if id == command['kill'] }
      next
    end
    pid = Process.fork
    if pid
      running[pid] = command['run']
    else
      job = command
    end
  end
end

# The child. Everything up to the snippet is the host's doing: a failure there is status 70.
begin
  trap('CHLD', 'DEFAULT')
  [commands, events, wake_r, wake_w].each(&:close)
  Process.setsid
  STDIN.reopen(File::NULL)
  [[STDOUT, job['stdout']], [STDERR, job['stderr']]].each do |io, path|
    File.open(path, File::WRONLY | File::CREAT | File::TRUNC, 0o600) { |file| io.reopen(file) }
  end
  Dir.chdir(job['cwd'])
  ENV.replace(job['env'])
  $0 = job['file']
rescue Exception => e
  begin
    STDERR.write("fork host: #{e.full_message(highlight: false)}")
  rescue Exception
  end
  exit!(70)
end
# ruby FILE compiles the file as <main> (load would name its frames <top (required)>).
begin
  RubyVM::InstructionSequence.compile_file(job['file']).eval
rescue Exception => e
  main_error = e
  raise
end
`;
