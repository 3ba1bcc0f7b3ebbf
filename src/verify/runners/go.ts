import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../expected.js';
import { attribute, probe, requireTool, which } from '../toolchain.js';
import type { Prepared, Runner, Snippet } from './types.js';

/** Builds offline with the installed toolchain only, and without cgo so no C compiler is needed. */
const GO_ENV = { GOPROXY: 'off', GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local', GOWORK: 'off', CGO_ENABLED: '0' };

export const goRunner: Runner = {
  language: 'go',
  unavailable: () => requireTool('go', ['version'], 'Go toolchain'),

  /**
   * One module, one `package main` per snippet folder, one `go vet` and one `go build` for all.
   * Binaries are cached by the hash of toolchain and source, so an unchanged snippet is not
   * vetted, compiled or linked again.
   */
  async prepare(snippets, ctx) {
    const go = which('go')!;
    const version = (await probe(go, ['version'])).stdout.trim();
    const env = { ...process.env, ...GO_ENV };
    const binCache = join(ctx.cacheDir, 'bin');
    mkdirSync(binCache, { recursive: true });
    writeFileSync(join(ctx.workDir, 'go.mod'), goMod(snippets));

    const prepared = new Map<Snippet, Prepared>();
    const binary = new Map<Snippet, string>();
    const todo = new Map<string, Snippet>();
    // Vet's findings are cached with the binary: same toolchain and source, same findings.
    const vetFindings = new Map<Snippet, string[]>();
    for (const s of snippets) {
      writeFileSync(join(s.dir, 'main.go'), s.code);
      // A library's sources are part of what the binary is built from.
      const modules = s.client.verify.goModules?.length ? `${JSON.stringify(s.client.verify.goModules)}\0` : '';
      const cached = join(binCache, sha256(Buffer.from(`${version}\0${modules}${s.code}`)));
      binary.set(s, cached);
      if (!existsSync(cached)) todo.set(`./${folder(s)}`, s);
      else if (existsSync(`${cached}.vet`)) vetFindings.set(s, readFileSync(`${cached}.vet`, 'utf8').split('\n'));
    }

    const failed = new Set<Snippet>();
    const fail = (s: Snippet, what: string, detail: string[]) => {
      failed.add(s);
      prepared.set(s, { failed: `${what} failed`, detail });
    };
    // Errors name the file (`s001/main.go:3:2`) or the package (`# snipgenverify/s001`).
    const files = (list: Iterable<Snippet>) => new Map([...list].flatMap((s) => [[`${folder(s)}/main.go`, folder(s)], [`snipgenverify/${folder(s)}`, folder(s)]]) as Array<[string, string]>);
    const bySnippetFolder = new Map([...todo.values()].map((s) => [folder(s), s]));

    if (todo.size) {
      ctx.status(`go vet (${todo.size})`);
      const vet = await ctx.exec(go, ['vet', ...todo.keys()], { cwd: ctx.workDir, env });
      for (const [name, lines] of attribute(vet.stderr, files(todo.values()))) vetFindings.set(bySnippetFolder.get(name)!, lines.filter((l) => !l.startsWith('# ')));
      if (vet.code !== 0 && vetFindings.size === 0) throw new Error(`go vet failed:\n${vet.stderr || vet.spawnError}`);

      // Vet findings do not stop the build: the snippet still runs, so its request is compared too.
      const buildable = [...todo];
      if (buildable.length) {
        ctx.status(`go build (${buildable.length})`);
        const out = join(ctx.workDir, 'bin');
        const build = await ctx.exec(go, ['build', '-o', `${out}/`, ...buildable.map(([pkg]) => pkg)], { cwd: ctx.workDir, env });
        for (const [name, lines] of attribute(build.stderr, files(buildable.map(([, s]) => s)))) fail(bySnippetFolder.get(name)!, 'go build', lines);
        for (const [, s] of buildable) {
          if (failed.has(s)) continue;
          const built = join(out, folder(s));
          if (!existsSync(built)) {
            fail(s, 'go build', [build.stderr || build.spawnError || 'no binary was produced']);
            continue;
          }
          const target = binary.get(s)!;
          const findings = vetFindings.get(s);
          if (findings) writeFileSync(`${target}.vet`, findings.join('\n'));
          // Copied under a temporary name and renamed, so a concurrent verify never runs half a file.
          const temp = `${target}.${process.pid}.tmp`;
          copyFileSync(built, temp);
          renameSync(temp, target);
        }
      }
    }
    for (const s of snippets) {
      if (failed.has(s)) continue;
      const findings = vetFindings.get(s);
      prepared.set(s, { steps: [{ stage: 'run', command: binary.get(s)!, args: [] }], checkFailed: findings && { reason: 'go vet failed', detail: findings } });
    }
    return prepared;
  },
};

/**
 * The module every snippet is a package of. Libraries come from the folders the clients name
 * (verify.goModules), required and replaced by those folders, so nothing is downloaded.
 */
function goMod(snippets: readonly Snippet[]): string {
  const modules = new Map<string, { path: string; version: string; dir: string }>();
  for (const s of snippets) {
    for (const m of s.client.verify.goModules ?? []) {
      const known = modules.get(m.path);
      if (known && (known.dir !== m.dir || known.version !== m.version)) throw new Error(`two clients build ${m.path} from different sources (${known.dir}, ${m.dir})`);
      modules.set(m.path, m);
    }
  }
  const list = [...modules.values()];
  return ['module snipgenverify', '', 'go 1.19', ...list.map((m) => `require ${m.path} ${m.version}`), ...list.map((m) => `replace ${m.path} => ${m.dir}`)].join('\n') + '\n';
}

/** The snippet's folder name inside the module (`s001`), which is also its package path and binary name. */
function folder(s: Snippet): string {
  return s.dir.split('/').at(-1)!;
}
