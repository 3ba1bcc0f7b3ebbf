import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../expected.js';
import { attribute, probe, requireTool, which } from '../toolchain.js';
import { failureCache, knownToBuildCache } from './shared.js';
import type { Prepared, Runner, Snippet } from './types.js';

/** Debian packages its crates as a directory source; the build never reaches crates.io. */
const CARGO_CONFIG = `[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "/usr/share/cargo/registry"

[net]
offline = true
`;

/**
 * The versions the clients name, exact. Debian's reqwest is built without a TLS backend here
 * (default features off): snippets talk plain HTTP to the capture server.
 */
const DEPENDENCIES = `[dependencies]
reqwest = { version = "=0.11.13", default-features = false, features = ["blocking", "multipart"] }
ureq = { version = "=2.6.2", default-features = false }
base64 = "=0.13.0"
`;

/** A cold build of the shared dependencies takes minutes on two busy cores. */
const CARGO_TIMEOUT_MS = 30 * 60_000;

export const rustRunner: Runner = {
  language: 'rust',
  async unavailable() {
    const cargo = await requireTool('cargo', ['--version'], 'Rust toolchain (cargo)');
    if (cargo) return cargo;
    return existsSync('/usr/share/cargo/registry/reqwest-0.11.13') ? null : 'no Debian crate registry with reqwest 0.11.13 (/usr/share/cargo/registry)';
  },

  /**
   * One cargo package in the cache folder, every snippet a bin target named by the hash of
   * toolchain and source: the shared dependencies build once and stay built, an unchanged
   * snippet is not compiled again, and one `cargo build --keep-going` builds the new ones.
   */
  async prepare(snippets, ctx) {
    const cargo = which('cargo')!;
    const version = (await probe('rustc', ['--version'])).stdout.trim();
    const workspace = join(ctx.cacheDir, 'workspace');
    mkdirSync(join(workspace, '.cargo'), { recursive: true });
    mkdirSync(join(workspace, 'src', 'bin'), { recursive: true });
    writeFileSync(join(workspace, '.cargo', 'config.toml'), CARGO_CONFIG);

    const prepared = new Map<Snippet, Prepared>();
    const todo = new Map<string, Snippet>();
    const names = new Map<Snippet, string>();
    for (const s of snippets) {
      writeFileSync(join(s.dir, 'main.rs'), s.code);
      const name = `s${sha256(Buffer.from(`${version}\0${DEPENDENCIES}\0${s.code}`)).slice(0, 24)}`;
      names.set(s, name);
      const binary = join(workspace, 'target', 'debug', name);
      if (!knownToBuildCache(prepared, s, { steps: [{ stage: 'run', command: binary, args: [] }] }, join(ctx.cacheDir, 'failed', name), binary, 'cargo build failed')) {
        todo.set(name, s);
        writeFileSync(join(workspace, 'src', 'bin', `${name}.rs`), s.code);
      }
    }
    if (!todo.size) return prepared;

    // Only this run's new bins are listed: cargo would otherwise check every snippet ever seen.
    const bins = [...todo.keys()].map((name) => `\n[[bin]]\nname = "${name}"\npath = "src/bin/${name}.rs"\n`).join('');
    writeFileSync(
      join(workspace, 'Cargo.toml'),
      `[package]\nname = "snipgen-verify"\nversion = "0.0.0"\nedition = "2021"\npublish = false\nautobins = false\n\n${DEPENDENCIES}\n[profile.dev]\ndebug = false\n${bins}`,
    );
    // --keep-going is stable from cargo 1.74; Debian's cargo (1.65) lists it in its help but
    // refuses it as unstable, and stops at the first snippet that does not compile: then the
    // bins not yet built are built again without the broken ones.
    const [, major, minor] = /cargo (\d+)\.(\d+)/.exec((await probe(cargo, ['--version'])).stdout) ?? [];
    const keepGoing = Number(major) > 1 || (Number(major) === 1 && Number(minor) >= 74);
    const left = new Set(todo.keys());
    const built = (name: string) => existsSync(join(workspace, 'target', 'debug', name));
    while (left.size) {
      ctx.status(`cargo build (${left.size})`);
      const build = await ctx.exec(cargo, ['build', '--offline', '-j2', ...(keepGoing ? ['--keep-going'] : []), '--message-format', 'short', ...[...left].flatMap((name) => ['--bin', name])], {
        cwd: workspace,
        env: { ...process.env, CARGO_TERM_COLOR: 'never' },
        timeoutMs: CARGO_TIMEOUT_MS,
      });
      const errors = attribute(build.stderr, new Map([...left].map((name) => [`src/bin/${name}.rs`, name])));
      for (const name of [...left]) {
        if (built(name)) left.delete(name);
        else if (errors.has(name)) {
          // Only a compiler error is cached: a timeout or a broken registry must be retried.
          failureCache.write(join(ctx.cacheDir, 'failed', name), errors.get(name)!);
          prepared.set(todo.get(name)!, { failed: 'cargo build failed', detail: errors.get(name)! });
          left.delete(name);
        }
      }
      if (errors.size === 0 || keepGoing) {
        const detail = [build.spawnError ?? '', build.stderr.split('\n').slice(-30).join('\n')].filter(Boolean);
        for (const name of left) prepared.set(todo.get(name)!, { failed: 'cargo build failed', detail });
        break;
      }
    }
    return prepared;
  },
};
