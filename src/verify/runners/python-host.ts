/**
 * The Python fork host (see ForkHost): imports the modules named on its command line, then forks
 * a child per snippet that runs the file as `python3 FILE` would: `__name__ == "__main__"`,
 * `sys.argv == [FILE]`, the file's folder first on `sys.path`, the run's own working folder and
 * environment, and what the interpreter's own exit does that a program can see (non-daemon
 * threads joined, atexit handlers, an uncaught exception printed by `sys.excepthook` with status
 * 1, `sys.exit("message")` printed with status 1).
 *
 * The loop is single-threaded on purpose: forking a process with other threads can leave the
 * child holding a lock no thread will release. Child exits arrive as SIGCHLD through a wakeup
 * pipe, so one `select` waits for both commands and exits.
 */
export const PYTHON_HOST = String.raw`
import atexit, gc, json, os, runpy, select, signal, sys

COMMANDS, EVENTS = 3, 4

def send(event):
    data = (json.dumps(event) + "\n").encode()
    while data:
        data = data[os.write(EVENTS, data):]

def child(job, wakeup):
    try:
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        os.setsid()
        for fd in (COMMANDS, EVENTS) + wakeup:
            os.close(fd)
        for target, path, flags in ((0, os.devnull, os.O_RDONLY), (1, job["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC), (2, job["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)):
            fd = os.open(path, flags, 0o600)
            os.dup2(fd, target)
            os.close(fd)
        os.chdir(job["cwd"])
        os.environ.clear()
        os.environ.update(job["env"])
        sys.argv = [job["file"]]
        sys.path[0] = os.path.dirname(os.path.abspath(job["file"]))
    except BaseException:
        os._exit(70)
    try:
        runpy.run_path(job["file"], run_name="__main__")
        code = 0
    except SystemExit as e:
        code = exit_status(e.code)
    except BaseException:
        sys.excepthook(*sys.exc_info())
        code = 1
    finish(code)

def exit_status(code):
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1

# What the interpreter's own exit does that a program can see (Py_FinalizeEx: threads joined,
# atexit handlers, buffered output written), then os._exit: tearing down every object the host
# imported, in a forked copy whose pages are shared until written, costs ten times the fork.
def finish(code):
    threading = sys.modules.get("threading")
    for step in (threading and threading._shutdown, atexit._run_exitfuncs, sys.stdout.flush, sys.stderr.flush):
        try:
            if step:
                step()
        except BaseException:
            pass
    os._exit(code)

def main():
    for name in sys.argv[1:]:
        __import__(name)
    # The collector then leaves the imported objects alone, so a child does not copy their pages.
    gc.freeze()
    wakeup = os.pipe()
    for fd in wakeup:
        os.set_blocking(fd, False)
    signal.set_wakeup_fd(wakeup[1])
    signal.signal(signal.SIGCHLD, lambda *_: None)
    running = {}
    pending = b""
    send({"ready": True})
    while True:
        readable = select.select([COMMANDS, wakeup[0]], [], [])[0]
        if wakeup[0] in readable:
            try:
                while os.read(wakeup[0], 512):
                    pass
            except BlockingIOError:
                pass
        # Also reaps what a snippet left behind, which the host inherits as its namespace's init.
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            if pid in running:
                try:
                    os.killpg(pid, signal.SIGKILL)
                except OSError:
                    pass
                send({"exit": running.pop(pid), "code": -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)})
        if COMMANDS not in readable:
            continue
        chunk = os.read(COMMANDS, 65536)
        if not chunk:
            for pid in running:
                try:
                    os.killpg(pid, signal.SIGKILL)
                except OSError:
                    pass
            return
        pending += chunk
        while b"\n" in pending:
            line, pending = pending.split(b"\n", 1)
            job = json.loads(line)
            if "kill" in job:
                for pid, id in running.items():
                    if id == job["kill"]:
                        try:
                            os.killpg(pid, signal.SIGKILL)
                        except OSError:
                            os.kill(pid, signal.SIGKILL)
                continue
            pid = os.fork()
            if pid == 0:
                child(job, wakeup)
            running[pid] = job["run"]

main()
`;
