import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execa } from 'execa';
import { ROOT } from './support.js';

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the real bin script, as a user would, and returns its status and both streams. */
export async function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const result = await execa(process.execPath, [join(ROOT, 'bin', 'snipgen.cjs'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { NO_COLOR: '1', ...options.env },
    reject: false,
    stripFinalNewline: false,
  });
  return { exitCode: result.exitCode ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** A hash of every file (path and bytes) under `dir`, to prove a failed run wrote nothing. */
export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  if (!existsSync(dir)) return 'absent';
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(d, entry.name);
      hash.update(relative(dir, full) + '\0');
      // A link is hashed as where it points: following it could leave the folder (or loop).
      if (entry.isSymbolicLink()) hash.update(`-> ${readlinkSync(full)}`);
      else if (entry.isDirectory()) walk(full);
      else hash.update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}
