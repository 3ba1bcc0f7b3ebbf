import { AsyncLocalStorage } from 'node:async_hooks';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { runProcess, type ProcessResult } from './process.js';

/** The absolute path of a program on PATH, or null. */
export function which(name: string): string | null {
  if (name.includes('/')) return executable(name) ? name : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const probes = new Map<string, Promise<ProcessResult>>();

/**
 * Runs a quick detection command once per verify run (versions, `import requests`). Keyed by the
 * program's path, so an availability check that names `kotlinc` and a runner that asks the
 * resolved path for the same version share one run (kotlinc's takes about a second).
 */
export function probe(command: string, args: readonly string[]): Promise<ProcessResult> {
  const program = which(command) ?? command;
  const key = [program, ...args].join('\0');
  let result = probes.get(key);
  if (!result) probes.set(key, (result = runProcess(program, args, { cwd: process.cwd(), timeoutMs: 60_000 })));
  return result;
}

/** The probes made while a fingerprint is taken, with what they printed. */
const seen = new AsyncLocalStorage<string[]>();

/**
 * What the probes `decide` makes print (a version line, a library import), as one string: a
 * client's availability check names exactly the toolchain and library it runs with, so their
 * output identifies them.
 */
export async function probesOf(decide: () => Promise<unknown>): Promise<string> {
  const log: string[] = [];
  await seen.run(log, decide);
  return log.sort().join('\n');
}

/** null when the command exists and the probe succeeds, else the reason to skip. */
export async function requireTool(command: string, args: readonly string[], what: string): Promise<string | null> {
  const path = which(command);
  if (!path) return `no ${what} (${command} not found)`;
  const result = await probe(command, args);
  seen.getStore()?.push([path, ...args, result.code, result.stdout.trim(), result.stderr.trim()].join('\0'));
  if (result.code === 0) return null;
  const why = (result.spawnError ?? result.stderr.trim().split('\n').at(-1) ?? '').slice(0, 200);
  return `no ${what} (${[command, ...args].join(' ')} failed${why ? `: ${why}` : ''})`;
}

/**
 * Splits a batch tool's output into the part about each file: a line naming a file starts that
 * file's block, and the lines after it belong to it until another file is named.
 */
export function attribute(output: string, files: ReadonlyMap<string, string>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  let current: string | undefined;
  for (const line of output.split('\n')) {
    for (const [file, key] of files) {
      if (line.includes(file)) {
        current = key;
        break;
      }
    }
    if (current !== undefined && line.trim()) found.set(current, [...(found.get(current) ?? []), line]);
  }
  return found;
}
