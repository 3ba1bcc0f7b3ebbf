import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256, uploads } from '../expected.js';
import { HostPool } from '../fork-host.js';
import { publish } from './shared.js';
import type { RunnerContext, Snippet } from './types.js';

/**
 * The file is long because it holds the host, a Java program, whole.
 *
 * The JVM host (a ForkHost program, see fork-host.ts) runs compiled snippets' `main` one after
 * another in one JVM, each as `java -cp CLASSPATH MAIN` would run it, instead of starting a JVM
 * for each: a JVM's start and the JDK's own classes, loaded and compiled once, were most of a
 * Java snippet's run.
 *
 * What a snippet could change for the next one, and why it cannot:
 * - its classes and its library's (their static state: Unirest's default headers, a client
 *   held in a static field) live in a class loader of its own over the run's class path, with
 *   the JDK's loader as its parent, dropped after the run;
 * - the environment `System.getenv` reads is the run's alone (the JDK's unmodifiable map of it
 *   is pointed at a map the host fills before each run);
 * - system properties, the default locale and time zone and the JDK's settable defaults
 *   (cookie handler, proxy selector, authenticator, response cache, redirects, TLS) are put back
 *   after each run;
 * - `System.exit` ends the run with its status, not the host (a security manager turns it into
 *   an error that unwinds the run), and what the run started and left running is stopped, as a
 *   JVM's exit would end it;
 * - its output goes to its own files; a thread it left behind writes nowhere.
 * What cannot be put back is state the JDK reads once, when its class is first used, from a
 * system property (`jdk.httpclient.allowRestrictedHeaders`, `http.agent`): a snippet that sets
 * one, and one that needs its folder's files (a JVM cannot change its working folder), runs as
 * a process of its own (`needsOwnJvm`).
 *
 * As with `java`, the JVM waits for the threads that are not daemons before the run ends, an
 * uncaught exception in `main` prints `Exception in thread "main"` and the trace with status 1,
 * and a class that cannot be loaded prints `Error: Could not find or load main class`.
 *
 * Runs are one at a time (the environment and properties are the JVM's), so verify gets a pool
 * of these hosts (HostPool) and each host holds one run. Command line: none. The run's `args`
 * are java's (`-cp CLASSPATH MAIN ARGS...`); other JVM flags in them are the host's own.
 */
const SOURCE = String.raw`
import java.io.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Permission;
import java.util.*;
import java.util.concurrent.*;
import javax.net.ssl.*;

public final class JvmHost {
    private static final PrintStream HOST_ERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
    /** The run a thread belongs to: inherited by every thread a run starts. */
    private static final InheritableThreadLocal<Run> OWNER = new InheritableThreadLocal<>();
    /** The run in progress, for the JDK's own threads, which inherit nothing. */
    private static volatile Run active;
    private static final Map<String, String> ENV = new HashMap<>();
    private static final Map<Long, Run> RUNS = new ConcurrentHashMap<>();
    private static final BlockingQueue<Run> QUEUE = new LinkedBlockingQueue<>();
    private static OutputStream events;

    public static void main(String[] args) throws Exception {
        events = new FileOutputStream(descriptor(4));
        useRunEnvironment();
        System.setIn(new ByteArrayInputStream(new byte[0]));
        // As the launcher makes them when output is not a terminal: the default charset, flushed at each line.
        System.setOut(new PrintStream(new Routed(false), true, Charset.defaultCharset().name()));
        System.setErr(new PrintStream(new Routed(true), true, Charset.defaultCharset().name()));
        System.setSecurityManager(new ExitGuard());
        Thread worker = new Thread(JvmHost::work, "jvm-host");
        worker.setDaemon(true);
        worker.start();
        send("{\"ready\":true}");
        BufferedReader commands = new BufferedReader(new InputStreamReader(new FileInputStream(descriptor(3)), StandardCharsets.UTF_8));
        for (String line; (line = commands.readLine()) != null; ) {
            Map<String, Object> command = Json.object(line);
            if (command.containsKey("kill")) {
                Run run = RUNS.get(((Number) command.get("kill")).longValue());
                if (run != null) run.finish(-9);
            } else {
                try {
                    Run run = new Run(command);
                    RUNS.put(run.id, run);
                    QUEUE.add(run);
                } catch (IOException | RuntimeException e) {
                    HOST_ERR.println("jvm host: cannot start run " + command.get("run") + ": " + e);
                    send("{\"exit\":" + ((Number) command.get("run")).longValue() + ",\"code\":70}");
                }
            }
        }
        Runtime.getRuntime().halt(0);
    }

    /** An inherited file descriptor: Node's pipes are sockets, which /proc/self/fd/N cannot open. */
    private static FileDescriptor descriptor(int number) throws ReflectiveOperationException {
        FileDescriptor descriptor = new FileDescriptor();
        Field fd = FileDescriptor.class.getDeclaredField("fd");
        fd.setAccessible(true);
        fd.setInt(descriptor, number);
        return descriptor;
    }

    /** System.getenv's map is unmodifiable and made once: its inner map becomes ENV. */
    private static void useRunEnvironment() throws ReflectiveOperationException {
        Field field = Class.forName("java.lang.ProcessEnvironment").getDeclaredField("theUnmodifiableEnvironment");
        field.setAccessible(true);
        Object unmodifiable = field.get(null);
        Field inner = Class.forName("java.util.Collections$UnmodifiableMap").getDeclaredField("m");
        inner.setAccessible(true);
        inner.set(unmodifiable, ENV);
        ENV.clear();
    }

    private static void work() {
        while (true) {
            Run run;
            try {
                run = QUEUE.take();
            } catch (InterruptedException e) {
                return;
            }
            if (!run.isFinished()) execute(run);
            run.closeOutput();
            RUNS.remove(run.id);
            send("{\"exit\":" + run.id + ",\"code\":" + run.code + "}");
        }
    }

    private static void execute(Run run) {
        Properties properties = (Properties) System.getProperties().clone();
        Defaults defaults = new Defaults();
        ENV.clear();
        ENV.putAll(run.env);
        RunGroup group = new RunGroup(run);
        try (URLClassLoader loader = new URLClassLoader(run.classpath, ClassLoader.getPlatformClassLoader())) {
            active = run;
            OWNER.set(run);
            Thread main = new Thread(group, () -> run.finish(callMain(loader, run)), "main");
            OWNER.remove();
            // Not a daemon, like the launcher's main, so that the threads it starts are not daemons either.
            main.setDaemon(false);
            main.setContextClassLoader(loader);
            main.start();
            run.awaitFinish();
            endThreads(group);
        } catch (IOException e) {
            HOST_ERR.println("jvm host: " + e);
        } finally {
            active = null;
            System.setProperties(properties);
            defaults.restore();
        }
    }

    /** What the java launcher does with the main class: its exit status. */
    private static int callMain(ClassLoader loader, Run run) {
        Method main;
        try {
            main = Class.forName(run.mainClass, false, loader).getMethod("main", String[].class);
            if (!Modifier.isStatic(main.getModifiers())) throw new NoSuchMethodException("main is not static");
        } catch (ReflectiveOperationException | LinkageError e) {
            System.err.println("Error: Could not find or load main class " + run.mainClass);
            System.err.println("Caused by: " + e);
            return 1;
        }
        int code = 0;
        try {
            main.invoke(null, (Object) run.programArgs);
        } catch (InvocationTargetException e) {
            code = uncaught(e.getCause());
        } catch (Throwable e) {
            code = uncaught(e);
        }
        try {
            awaitOtherThreads();
        } catch (Exit e) {
            return e.status;
        }
        return code;
    }

    private static int uncaught(Throwable e) {
        if (e instanceof Exit) return ((Exit) e).status;
        System.err.print("Exception in thread \"main\" ");
        e.printStackTrace();
        return 1;
    }

    /** The JVM exits once no thread but daemons is left. */
    private static void awaitOtherThreads() {
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        while (true) {
            Thread[] threads = new Thread[group.activeCount() + 16];
            int count = group.enumerate(threads, true);
            Thread other = null;
            for (int i = 0; i < count && other == null; i++) {
                if (threads[i] != Thread.currentThread() && !threads[i].isDaemon() && threads[i].isAlive()) other = threads[i];
            }
            if (other == null) return;
            try {
                other.join();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** What the run left running is ended, as the JVM's exit would end it. */
    @SuppressWarnings("deprecation")
    private static void endThreads(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 16];
        int count = group.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            threads[i].interrupt();
            try {
                threads[i].stop();
            } catch (UnsupportedOperationException e) {
                // Newer JDKs have no Thread.stop: the interrupt is all there is, and the output of a thread left running goes nowhere.
            }
        }
    }

    private static synchronized void send(String event) {
        try {
            events.write((event + "\n").getBytes(StandardCharsets.UTF_8));
            events.flush();
        } catch (IOException e) {
            HOST_ERR.println("jvm host: cannot send its event, ending: " + e);
            Runtime.getRuntime().halt(1);
        }
    }

    /** System.exit in a run: unwinds the run with its status. */
    static final class Exit extends Error {
        final int status;

        Exit(int status) {
            super("System.exit(" + status + ")", null, false, false);
            this.status = status;
        }
    }

    static final class ExitGuard extends SecurityManager {
        @Override
        public void checkPermission(Permission permission) {
        }

        @Override
        public void checkPermission(Permission permission, Object context) {
        }

        @Override
        public void checkExit(int status) {
            Run run = OWNER.get();
            if (run == null) return;
            // From another thread than main, the whole program ends: so does the run.
            run.finish(status);
            throw new Exit(status);
        }
    }

    /** A run's threads: an exception none of them catches is printed as the JVM prints it. */
    static final class RunGroup extends ThreadGroup {
        private final Run run;

        @SuppressWarnings("deprecation")
        RunGroup(Run run) {
            super("run-" + run.id);
            this.run = run;
            // Goes when its last thread ends, instead of staying in the host's tree.
            setDaemon(true);
        }

        @Override
        public void uncaughtException(Thread thread, Throwable e) {
            if (e instanceof Exit) run.finish(((Exit) e).status);
            else if (!run.isFinished()) super.uncaughtException(thread, e);
        }
    }

    /** System.out and System.err: the bytes go to the output of the run the writing thread belongs to. */
    static final class Routed extends OutputStream {
        private final boolean err;

        Routed(boolean err) {
            this.err = err;
        }

        private OutputStream target() {
            Run run = OWNER.get();
            if (run == null) run = active;
            if (run == null) return HOST_ERR;
            return run.output(err);
        }

        @Override
        public void write(int b) throws IOException {
            OutputStream out = target();
            if (out != null) out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            OutputStream out = target();
            if (out != null) out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            OutputStream out = target();
            if (out != null) out.flush();
        }
    }

    static final class Run {
        final long id;
        private static final Set<String> CLASS_PATH = Set.of("-cp", "-classpath", "--class-path");
        final String mainClass;
        final String[] programArgs;
        final URL[] classpath;
        final Map<String, String> env = new HashMap<>();
        private final OutputStream out;
        private final OutputStream err;
        private final CountDownLatch finished = new CountDownLatch(1);
        volatile int code;

        @SuppressWarnings("unchecked")
        Run(Map<String, Object> command) throws IOException {
            id = ((Number) command.get("run")).longValue();
            // java's command line: options (the class path's takes the next word), the main class, its arguments.
            List<Object> args = (List<Object>) command.get("args");
            String path = "";
            int at = 0;
            for (; at < args.size() && ((String) args.get(at)).startsWith("-"); at++) {
                if (CLASS_PATH.contains(args.get(at))) path = (String) args.get(++at);
            }
            mainClass = (String) args.get(at);
            programArgs = args.subList(at + 1, args.size()).toArray(new String[0]);
            List<URL> urls = new ArrayList<>();
            for (String entry : path.split(":")) if (!entry.isEmpty()) urls.add(new File(entry).toURI().toURL());
            classpath = urls.toArray(new URL[0]);
            for (Map.Entry<String, Object> e : ((Map<String, Object>) command.get("env")).entrySet()) env.put(e.getKey(), asJavaReadsIt((String) e.getValue()));
            out = new FileOutputStream((String) command.get("stdout"));
            err = new FileOutputStream((String) command.get("stderr"));
        }

        /**
         * A variable as System.getenv gives it: the process gets its bytes in UTF-8 (a lone
         * surrogate as U+FFFD, as Node writes it), and the JVM decodes them in its own charset.
         */
        private static String asJavaReadsIt(String value) {
            try {
                ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .replaceWith(new byte[] { (byte) 0xEF, (byte) 0xBF, (byte) 0xBD })
                    .encode(CharBuffer.wrap(value));
                return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).decode(bytes).toString();
            } catch (CharacterCodingException e) {
                return value;
            }
        }

        /** Null once the run is over: what a thread it left behind writes goes nowhere. */
        OutputStream output(boolean stderr) {
            return isFinished() ? null : stderr ? err : out;
        }

        /** The first status wins: the end of main, System.exit, or a kill. */
        synchronized void finish(int status) {
            if (isFinished()) return;
            code = status;
            finished.countDown();
        }

        boolean isFinished() {
            return finished.getCount() == 0;
        }

        void awaitFinish() {
            try {
                finished.await();
            } catch (InterruptedException e) {
                finish(-9);
            }
        }

        void closeOutput() {
            for (OutputStream stream : new OutputStream[] { out, err }) {
                try {
                    stream.close();
                } catch (IOException e) {
                    HOST_ERR.println("jvm host: " + e);
                }
            }
        }
    }

    /** The JDK's process-wide defaults a program may set, as they were before a run. */
    static final class Defaults {
        private final Locale locale = Locale.getDefault();
        private final Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        private final Locale format = Locale.getDefault(Locale.Category.FORMAT);
        private final TimeZone zone = TimeZone.getDefault();
        private final CookieHandler cookies = CookieHandler.getDefault();
        private final ProxySelector proxies = ProxySelector.getDefault();
        private final Authenticator authenticator = Authenticator.getDefault();
        private final ResponseCache cache = ResponseCache.getDefault();
        private final boolean redirects = HttpURLConnection.getFollowRedirects();
        private final HostnameVerifier verifier = HttpsURLConnection.getDefaultHostnameVerifier();
        private final SSLSocketFactory sockets = HttpsURLConnection.getDefaultSSLSocketFactory();
        private final Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();

        void restore() {
            Locale.setDefault(locale);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
            TimeZone.setDefault(zone);
            CookieHandler.setDefault(cookies);
            ProxySelector.setDefault(proxies);
            Authenticator.setDefault(authenticator);
            ResponseCache.setDefault(cache);
            HttpURLConnection.setFollowRedirects(redirects);
            HttpsURLConnection.setDefaultHostnameVerifier(verifier);
            HttpsURLConnection.setDefaultSSLSocketFactory(sockets);
            Thread.setDefaultUncaughtExceptionHandler(handler);
        }
    }

    /** Enough JSON for the host's commands: objects, arrays, strings, numbers. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(String line) {
            return (Map<String, Object>) new Json(line).value();
        }

        private Object value() {
            skipSpace();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                at++;
                skipSpace();
                if (text.charAt(at) == '}') {
                    at++;
                    return map;
                }
                while (true) {
                    skipSpace();
                    String key = string();
                    skipSpace();
                    expect(':');
                    map.put(key, value());
                    skipSpace();
                    if (text.charAt(at++) == '}') return map;
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                at++;
                skipSpace();
                if (text.charAt(at) == ']') {
                    at++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    skipSpace();
                    if (text.charAt(at++) == ']') return list;
                }
            }
            if (c == '"') return string();
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) at++;
            return Double.valueOf(text.substring(start, at));
        }

        private String string() {
            expect('"');
            StringBuilder s = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') return s.toString();
                if (c != '\\') {
                    s.append(c);
                    continue;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case 'b': s.append('\b'); break;
                    case 'f': s.append('\f'); break;
                    case 'n': s.append('\n'); break;
                    case 'r': s.append('\r'); break;
                    case 't': s.append('\t'); break;
                    case 'u': s.append((char) Integer.parseInt(text.substring(at, at + 4), 16)); at += 4; break;
                    default: s.append(e);
                }
            }
        }

        private void expect(char c) {
            if (text.charAt(at++) != c) throw new IllegalArgumentException("expected " + c + " at " + (at - 1) + " in " + text);
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        }
    }
}
`;

/**
 * Snippets the host cannot run as `java` would (see SOURCE): one that opens files from its
 * folder, since the JVM's working folder is the host's, and one that sets what the JDK reads
 * once and keeps (system and security properties, the URL and socket factories).
 */
export function needsOwnJvm(s: Snippet): boolean {
  return uploads(s.endpoint).length > 0 || /\b(?:System\s*[./]\s*(?:setProperty|setProperties|getProperties)|Security\s*[./]\s*setProperty|set(?:URLStreamHandler|ContentHandler|SocketImpl|DatagramSocketImpl)Factory)\b/.test(s.code);
}

/** Short-lived programs: the quick JIT tier, one compiler thread and the serial collector start fastest. */
export const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:CICompilerCount=1', '-XX:+UseSerialGC', '-XX:-UsePerfData'];

/**
 * Runs before a JVM host is replaced by a fresh one. A run's classes stay in the JVM as long as a
 * thread it started lives, and OkHttp 3's connection-pool thread outlives the stop the host gives
 * it (most likely the pool's executor replaces the stopped worker, and the new one idles for 60 s):
 * about 1 MB of class metadata per OkHttp run (1,000 runs: 1.15 GB resident). A JVM's start
 * (about 0.1 s) per 200 runs keeps a host under about 350 MB.
 */
const RUNS_PER_JVM = 200;

/** Opens of the JDK's internals the host needs: its command and event descriptors, useRunEnvironment. */
const HOST_FLAGS = ['--add-opens=java.base/java.io=ALL-UNNAMED', '--add-opens=java.base/java.lang=ALL-UNNAMED', '--add-opens=java.base/java.util=ALL-UNNAMED'];

/**
 * The pool of JVM hosts a language's snippets run from, the host compiled into the cache on
 * first use (by `javac`, keyed by its version and the host's source). Undefined, and each
 * snippet in a JVM of its own, on a JDK the host cannot use: before 11 (no --add-opens) and
 * from 24 (no security manager to catch System.exit, no Thread.stop).
 */
export async function jvmHosts(ctx: RunnerContext, java: string, javac: string, javacVersion: string): Promise<HostPool | undefined> {
  const major = Number(/\bjavac (?:1\.)?(\d+)/.exec(javacVersion)?.[1]);
  if (!(major >= 11 && major < 24)) return undefined;
  // From JDK 12 a security manager may be set at run time only when this says so; 11 takes it as a class name.
  const securityManager = major >= 12 ? ['-Djava.security.manager=allow'] : [];
  const dir = join(ctx.cacheDir, `jvm-host-${sha256(Buffer.from(`${javacVersion}\0${SOURCE}`)).slice(0, 16)}`);
  if (!existsSync(join(dir, 'JvmHost.class'))) {
    ctx.status('javac (JVM host)');
    const build = join(ctx.workDir, 'jvm-host');
    mkdirSync(build, { recursive: true });
    writeFileSync(join(build, 'JvmHost.java'), SOURCE);
    const result = await ctx.exec(javac, ['-nowarn', '-Xlint:none', '-d', build, join(build, 'JvmHost.java')], { cwd: build });
    if (result.code !== 0) throw new Error(`cannot compile the JVM host:\n${result.stderr}`);
    publish(build, dir);
  }
  return new HostPool(() => ctx.forkHost(java, [...JVM_FLAGS, ...HOST_FLAGS, ...securityManager, '-cp', dir, 'JvmHost']), RUNS_PER_JVM);
}
