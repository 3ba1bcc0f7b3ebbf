import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The file is long because it holds the host, an R program, whole.
 *
 * The R fork host (see ForkHost): attaches the packages named on its command line, in their
 * order, as `library(x)` does, then forks a child per snippet that runs the file as
 * `Rscript --vanilla FILE` would, because R's own file reader runs it. R reads a --file program
 * one top-level expression at a time; this program is one such expression at the very end of its
 * file, and in a child it returns once the snippet's file has taken the descriptor R reads from.
 * So the snippet runs at the top level (no frames; visible values printed; warnings printed after
 * each expression; `scan()` reading the lines after it, as under Rscript) and exits as Rscript
 * does: 0 at the end of the file, n for `quit(status = n)`, 1 with R's `Error ...` message and
 * `Execution halted` for an uncaught error, `.Last` and exit finalizers run, a signal ending it by
 * that signal. The child also gets Rscript's `commandArgs()` (`--file=FILE`, then `--args` and
 * the run's arguments if it has any: the host runs only `Rscript --vanilla FILE [ARGS]`, the
 * options it was started with, and fails any other run with status 70), the run's working folder, the run's environment and no other variable but those R's
 * start adds (the front end's and R_HOME/etc/Renviron's, as the host's own start added them), the
 * locale that environment names (which R reads at its start), an empty stdin, stdout and stderr
 * in the run's files at the descriptor level (so what C code and child processes write lands
 * there too), a temporary folder of its own, a new random seed if loading the packages made one,
 * and a session of its own, whose process group the host ends at a kill and after the child
 * exits (a process that left the group lives until the host's PID namespace ends).
 *
 * Each child is a fresh fork, so whatever it changes (globals, options, the environment, attached
 * packages, the working folder, a package's functions) dies with it. The host leaves nothing of
 * its own for a snippet to find: no globals (it is one local()), no namespace but the packages it
 * was asked for (it calls parallel's C routines without parallel's namespace, whose mcfork would
 * also turn the byte-code compiler off in the child), no pending warning. What remains visible:
 * the parallel DLL in getLoadedDLLs(); four file connections in getAllConnections() (R holds a
 * descriptor only through a connection, and closeAllConnections() would close the run's output
 * and the file R reads); proc.time()'s elapsed time counts from the host's start; what loading
 * the packages printed or warned went once to the host's stderr, and require() of a preloaded
 * package prints no "Loading required package"; SIGUSR1 meets parallel's handler, which ignores
 * it, where R's own would save and quit.
 *
 * R cannot open a descriptor by number (a socket's /proc/self/fd entry cannot be opened) and
 * forkHosts starts a host as the interpreter, the program and its packages: the interpreter is a
 * launcher (writeRHostCommand) that puts the command and event channels on stdin and stdout, runs
 * Rscript --vanilla, and passes the environment it was given so the host knows what R's start
 * added. R has no setsid(), but .C() calls a C function that takes no argument. parallel reaps a
 * child without telling how it ended: the host reads the wait status from /proc while the child
 * is a zombie, and then has parallel reap it. Commands are read by a child of their own that
 * passes each line through parallel's pipe, so that one select() waits for both commands and the
 * children's ends.
 */
export const R_HOST = String.raw`# The R fork host (src/verify/runners/r-host.ts).
# R reads this file one top-level expression at a time and this local() is the last one: in a
# forked child it returns, and R's reader goes on to read the snippet, which has taken this
# file's descriptor. Nothing may follow its closing line.
local({
  packages <- commandArgs(trailingOnly = TRUE)

  # What R's start set in the environment (R_HOME, R_LIBS_USER, the front end's variables...):
  # what differs from the environment the launcher was given, which it passes as the hex of the
  # NUL-separated entries.
  given <- local({
    hex <- Sys.getenv("SNIPGEN_R_HOST_ENVIRON")
    if (!nzchar(hex)) stop("the fork host must be started by its launcher (writeRHostCommand)")
    Sys.unsetenv("SNIPGEN_R_HOST_ENVIRON")
    bytes <- as.raw(strtoi(substring(hex, seq(1L, nchar(hex), 2L), seq(2L, nchar(hex), 2L)), 16L))
    ends <- which(bytes == as.raw(0L))
    starts <- c(1L, ends[-length(ends)] + 1L)[seq_along(ends)]
    entries <- vapply(seq_along(ends), function(i) rawToChar(bytes[seq.int(starts[i], length.out = ends[i] - starts[i])]), "")
    at <- regexpr("=", entries, fixed = TRUE)
    structure(substring(entries, at + 1L), names = substring(entries, 1L, at - 1L))
  })
  now <- Sys.getenv()
  now <- structure(as.vector(now), names = names(now))
  startup <- now[is.na(given[names(now)]) | now != given[names(now)]]

  # parallel's C routines, without its namespace: loading it would show in loadedNamespaces(),
  # and its mcfork() turns the byte-code compiler off in the child.
  parallel <- dyn.load(file.path(system.file(package = "parallel"), "libs", .Platform$r_arch, paste0("parallel", .Platform$dynlib.ext)))
  routine <- function(name) getNativeSymbolInfo(name, parallel)
  fork <- routine("mc_fork")
  select_children <- routine("mc_select_children")
  read_child <- routine("mc_read_child")
  rm_child <- routine("mc_rm_child")
  send_master <- routine("mc_send_master")
  close_fds <- routine("mc_close_fds")
  kill <- routine("mc_kill")
  child_exit <- routine("mc_exit")
  # R has no setsid(), but .C() can call a C function that takes no argument.
  libc <- unique(sub("^.* ", "", grep("/libc(\\.so[.0-9]*|-[0-9.]+\\.so)$", readLines("/proc/self/maps"), value = TRUE)))[1L]
  if (is.na(libc)) stop("no C library in /proc/self/maps to call setsid() from")

  # The descriptor R reads this file from, which a child hands the snippet.
  program_fd <- local({
    fds <- list.files("/proc/self/fd")
    links <- vapply(file.path("/proc/self/fd", fds), Sys.readlink, "")
    self <- sub("^--file=", "", grep("^--file=", commandArgs(), value = TRUE))
    as.integer(fds[which(links == normalizePath(self))])
  })

  # Loading prints nothing on the events channel (this process's stdout), and what it warns goes
  # with its messages to the host's stderr: a child starts with no warning pending.
  sink(stderr())
  withCallingHandlers(
    for (name in packages) library(name, character.only = TRUE),
    warning = function(w) {
      message("Warning: ", conditionMessage(w))
      invokeRestart("muffleWarning")
    }
  )
  sink()
  # Each child makes a temporary folder of its own (tempdir(check = TRUE) makes a new one when
  # the folder is gone), which R's exit removes: the host's would be shared, and removed by the
  # first child to exit.
  unlink(tempdir(), recursive = TRUE)

  # The fields of /proc/PID/stat after the command's name (which may hold spaces and
  # parentheses): [1] is the state, [50] the wait status of a zombie.
  proc_stat <- function(pid) {
    text <- tryCatch(suppressWarnings(rawToChar(readBin(sprintf("/proc/%s/stat", pid), "raw", 4096L))), error = function(e) "")
    strsplit(sub("^.*\\) ", "", text), " ", fixed = TRUE)[[1L]]
  }
  kill_group <- function(pid) {
    tryCatch(.Call(kill, -pid, 9L), error = function(e) {
      # Not yet its own group: the child has not reached setsid.
      tryCatch(.Call(kill, pid, 9L), error = function(e) NULL)
    })
  }

  # Commands are JSON objects of strings, numbers, arrays and objects, as JSON.stringify writes them.
  # Strings stay bytes in the native encoding, as a process's environment and paths are.
  escapes <- c(b = "\b", f = "\f", n = "\n", r = "\r", t = "\t")
  unescape <- function(token) {
    bytes <- charToRaw(token)
    bytes <- bytes[-c(1L, length(bytes))]
    text <- rawToChar(bytes)
    at <- gregexpr("\\\\u[dD][89abAB][0-9a-fA-F]{2}\\\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\\\u[0-9a-fA-F]{4}|\\\\.", text, perl = TRUE, useBytes = TRUE)[[1L]]
    if (at[1L] < 0L) return(text)
    pieces <- list()
    from <- 1L
    for (i in seq_along(at)) {
      start <- at[i]
      end <- start + attr(at, "match.length")[i] - 1L
      escape <- rawToChar(bytes[start:end])
      char <- if (nchar(escape) == 12L) {
        high <- strtoi(substr(escape, 3L, 6L), 16L) - 0xD800L
        low <- strtoi(substr(escape, 9L, 12L), 16L) - 0xDC00L
        intToUtf8(0x10000L + high * 1024L + low)
      } else if (nchar(escape) == 6L) {
        code <- strtoi(substr(escape, 3L, 6L), 16L)
        # A lone surrogate has no UTF-8 form; Node's spawn writes U+FFFD for it too.
        intToUtf8(if (code >= 0xD800L && code <= 0xDFFFL) 0xFFFDL else code)
      } else {
        letter <- substr(escape, 2L, 2L)
        if (letter %in% names(escapes)) escapes[[letter]] else letter
      }
      pieces <- c(pieces, list(bytes[seq.int(from, length.out = start - from)], charToRaw(char)))
      from <- end + 1L
    }
    pieces <- c(pieces, list(bytes[seq.int(from, length.out = length(bytes) - from + 1L)]))
    rawToChar(do.call(c, pieces))
  }
  parse_json <- function(line) {
    bytes <- charToRaw(line)
    at <- gregexpr('"(?:[^"\\\\]|\\\\.)*"|-?[0-9][0-9.eE+-]*|true|false|null|[{}:,\\[\\]]', line, perl = TRUE, useBytes = TRUE)[[1L]]
    tokens <- vapply(seq_along(at), function(i) rawToChar(bytes[seq.int(at[i], length.out = attr(at, "match.length")[i])]), "")
    position <- 0L
    take <- function() {
      position <<- position + 1L
      tokens[position]
    }
    expect <- function(token) if (take() != token) stop("expected ", token, " in ", line)
    value <- function() {
      token <- take()
      if (token == "{") {
        object <- list()
        if (tokens[position + 1L] == "}") {
          take()
          return(object)
        }
        repeat {
          key <- value()
          expect(":")
          object[key] <- list(value())
          if (take() == "}") return(object)
          if (tokens[position] != ",") stop("expected , in ", line)
        }
      }
      if (token == "[") {
        items <- list()
        if (tokens[position + 1L] == "]") {
          take()
          return(items)
        }
        repeat {
          items <- c(items, list(value()))
          if (take() == "]") return(items)
          if (tokens[position] != ",") stop("expected , in ", line)
        }
      }
      if (startsWith(token, '"')) return(unescape(token))
      if (token %in% c("true", "false")) return(token == "true")
      if (token == "null") return(NULL)
      as.numeric(token)
    }
    value()
  }

  send <- function(text) {
    cat(text, "\n", sep = "")
    flush(stdout())
  }

  # Commands are read by a child of their own that blocks on them and passes each line through
  # parallel's pipe, so that one select() waits for both a command and a child's end.
  commands <- file("stdin", "r")
  reader <- .Call(fork, FALSE)[1L]
  if (reader == 0L) {
    .Call(close_fds, c(1L, program_fd))
    tryCatch(repeat {
      line <- readLines(commands, n = 1L, warn = FALSE)
      if (!length(line)) break
      if (nzchar(line)) .Call(send_master, charToRaw(line))
    }, error = function(e) NULL)
    # Leaves by _exit(), after the host lets it: R's own exit would run what the host registered.
    .Call(child_exit, 0L)
  }
  close(commands)

  # Serves until the commands end; in a child, returns its command.
  serve <- function() {
    running <- list()
    send('{"ready":true}')
    repeat {
      open <- Filter(function(r) r$open, running)
      # A child whose pipe closed is about to be a zombie: look again soon.
      timeout <- if (length(open) < length(running)) 0.005 else 0.5
      ready <- .Call(select_children, timeout, c(reader, vapply(open, function(r) r$pid, 0L)))
      for (pid in if (is.integer(ready)) ready else integer()) {
        if (pid != reader) {
          # The child's end of its pipe closed: it is exiting. Reading the pipe now would reap
          # it, and its status with it.
          running[[as.character(pid)]]$open <- FALSE
          outer <- running[[as.character(pid)]]$outer
          for (i in 1:20) if (identical(proc_stat(outer)[1L], "Z")) break else Sys.sleep(0.0005)
          next
        }
        message <- .Call(read_child, reader)
        if (is.integer(message)) {
          for (r in running) kill_group(r$pid)
          quit(save = "no")
        }
        job <- parse_json(rawToChar(message))
        if (!is.null(job$kill)) {
          for (r in running) if (r$id == job$kill) kill_group(r$pid)
          next
        }
        child <- .Call(fork, FALSE)
        if (child[1L] == 0L) return(c(job, master = child[2L]))
        # The child's first word is its pid under /proc, which is the system's even when the host
        # is the first process of a PID namespace of its own.
        outer <- .Call(read_child, child[1L])
        running[[as.character(child[1L])]] <- list(id = job$run, pid = child[1L], outer = if (is.raw(outer)) rawToChar(outer) else NA, open = is.raw(outer))
      }
      # parallel reaps a child without telling how it ended; /proc tells while it is a zombie.
      # What a run left running is ended with its group, once it has exited.
      for (r in running) {
        fields <- proc_stat(r$outer)
        if (!is.na(r$outer) && !identical(fields[1L], "Z")) next
        status <- if (is.na(r$outer)) 70L * 256L else as.integer(fields[50L])
        kill_group(r$pid)
        .Call(rm_child, r$pid)
        signal <- bitwAnd(status, 0x7FL)
        code <- if (signal == 0L) bitwAnd(bitwShiftR(status, 8L), 0xFFL) else -signal
        send(sprintf('{"exit":%.0f,"code":%d}', r$id, code))
        running[[as.character(r$pid)]] <- NULL
      }
    }
  }
  job <- suppressWarnings(serve())

  # The child. Everything up to the snippet is the host's doing: a failure there is status 70.
  tryCatch({
    .Call(send_master, charToRaw(Sys.readlink("/proc/self")))
    .Call(close_fds, setdiff(as.integer(list.files("/proc/self/fd")), c(0L, 1L, 2L, program_fd, job$master)))
    # Each is opened on the descriptor just closed, the lowest free one, so that what C code and
    # child processes write lands there too.
    .Call(close_fds, 0L)
    input <- file("/dev/null", "r")
    .Call(close_fds, 1L)
    output <- file(job$stdout, "w")
    .Call(close_fds, 2L)
    errors <- file(job$stderr, "w")
    .Call(close_fds, program_fd)
    program <- file(job$file, "r")
    if (!identical(Sys.readlink(sprintf("/proc/self/fd/%d", program_fd)), normalizePath(job$file))) stop("the file is not on R's input descriptor")
    # Loaded only for the call, so that getLoadedDLLs() does not list it.
    c_library <- dyn.load(libc)
    .C(getNativeSymbolInfo("setsid", c_library))
    dyn.unload(c_library[["path"]])
    # A connection no R object refers to is closed by the collector; R keeps a finalizer's
    # function as long as its object, and the global environment lives to the end.
    reg.finalizer(globalenv(), local({
      kept <- list(input, output, errors, program)
      function(e) kept
    }))
    setwd(job$cwd)

    env <- unlist(job$env)
    Sys.unsetenv(names(Sys.getenv()))
    if (length(env)) do.call(Sys.setenv, as.list(env))
    # R reads the locale from the environment at its start (never LC_NUMERIC).
    for (category in c("LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MESSAGES", "LC_MONETARY", "LC_PAPER", "LC_MEASUREMENT")) {
      suppressWarnings(Sys.setlocale(category, ""))
    }
    # R's start sets the same variables from the same input; one the run sets differently from
    # the host's environment keeps the run's value.
    same_input <- vapply(names(startup), function(name) identical(env[name], given[name]), TRUE)
    if (any(same_input)) do.call(Sys.setenv, as.list(startup[same_input]))
    # The shell in R's front end exports its working folder.
    if (!identical(tryCatch(normalizePath(env[["PWD"]]), error = function(e) NULL), getwd())) Sys.setenv(PWD = getwd())
    tempdir(check = TRUE)

    # The run's command line is Rscript's options, the file and its arguments; R's is R's own
    # options, the host's (the launcher's --vanilla among them), --file= and --args before any
    # argument. The host can only run the file with the options it was started with.
    line <- if (is.null(job$args)) c("--vanilla", job$file) else unlist(job$args)
    at <- match(job$file, line)
    if (is.na(at) || !identical(line[seq_len(at - 1L)], "--vanilla")) stop("the host runs Rscript --vanilla FILE [ARGS], not Rscript ", paste(line, collapse = " "))
    trailing <- line[-seq_len(at)]
    arguments <- commandArgs()
    arguments <- c(arguments[seq_len(grep("^--file=", arguments)[1L] - 1L)], paste0("--file=", job$file), if (length(trailing)) c("--args", trailing))
    replacement <- eval(bquote(function(trailingOnly = FALSE) {
      args <- .(arguments)
      if (trailingOnly) {
        m <- match("--args", args, 0L)
        if (m) args[-seq_len(m)] else character()
      } else args
    }), .BaseNamespaceEnv)
    unlockBinding("commandArgs", baseenv())
    assign("commandArgs", replacement, envir = baseenv())
    lockBinding("commandArgs", baseenv())
    # A seed loading the packages made would be the same in every child.
    if (exists(".Random.seed", globalenv(), inherits = FALSE)) set.seed(NULL)
  }, error = function(e) {
    try(cat("fork host: ", conditionMessage(e), "\n", sep = "", file = stderr()))
    quit(save = "no", status = 70L, runLast = FALSE)
  })
  invisible(NULL)
})
`;

/**
 * Writes the command a host is started with into `dir` (see R_HOST) and returns its path.
 * The environment it was given is its /proc environ, which od reads by the launcher's pid there
 * (its own would hold the shell's additions, PWD among them), as hex since a variable cannot
 * hold the NULs between entries.
 */
export function writeRHostCommand(dir: string, rscript: string): string {
  const file = join(dir, 'fork-host-rscript');
  writeFileSync(
    file,
    [
      '#!/bin/sh',
      'read -r launcher rest < /proc/self/stat',
      "SNIPGEN_R_HOST_ENVIRON=$(od -An -v -tx1 /proc/\"$launcher\"/environ | tr -d ' \\n')",
      'export SNIPGEN_R_HOST_ENVIRON',
      `exec ${shellQuote(rscript)} --vanilla "$@" <&3 >&4 3<&- 4>&-`,
      '',
    ].join('\n'),
  );
  chmodSync(file, 0o755);
  return file;
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}
