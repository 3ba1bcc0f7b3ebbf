import { SnipgenError, SnipgenErrors } from './errors.js';

/** Where a command writes; tests pass their own to read what a user would see. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * The exit codes, as the README documents them. `drift` is only ever a finding (check's drift,
 * verify's failures): a crash must never look like one, so it has a code of its own.
 */
export const EXIT = { ok: 0, drift: 1, input: 2, internal: 3 } as const;

/** Errors the operating system reports about a path: a problem of the environment, not a bug. */
const SYSTEM_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a path component is not a folder',
  EISDIR: 'is a folder, not a file',
  EEXIST: 'already exists',
  ENOENT: 'no such file or folder',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
  ELOOP: 'too many levels of symbolic links',
};

/**
 * The one place errors become messages and exit codes. Commands throw; this prints every known
 * problem on its own line (`file:line:col: message`) and returns 2, reports an operating-system
 * error on a path as one line and 2, and anything else as an internal error with 3 (its stack
 * only with SNIPGEN_DEBUG=1).
 */
export function reportError(e: unknown, io: Io): number {
  if (e instanceof SnipgenErrors) {
    for (const error of e.errors) io.err(`${error.format()}\n`);
    io.err(`snipgen: ${e.errors.length} problem${e.errors.length === 1 ? '' : 's'} found; nothing was written\n`);
    return EXIT.input;
  }
  if (e instanceof SnipgenError) {
    io.err(`${e.format()}\n`);
    return EXIT.input;
  }
  const system = e as NodeJS.ErrnoException & { dest?: string };
  if (system && typeof system.code === 'string' && system.code in SYSTEM_ERRORS) {
    const path = system.path ?? system.dest;
    io.err(`snipgen: ${path ? `${path}: ` : ''}${SYSTEM_ERRORS[system.code]} (${system.code}${system.syscall ? ` on ${system.syscall}` : ''})\n`);
    return EXIT.input;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.err(`snipgen: internal error: ${message.split('\n')[0]} (a bug in snipgen: please report it with the command that caused it; SNIPGEN_DEBUG=1 shows the stack)\n`);
  if (process.env.SNIPGEN_DEBUG && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
  return EXIT.internal;
}
