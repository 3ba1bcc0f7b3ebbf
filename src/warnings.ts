import type { Io } from './exit.js';
import { byLocation, formatLocation, type SnipgenError } from './errors.js';

/** How `gen` tells its warnings: lines on stderr, or one JSON document on stdout for CI. */
export type WarningsFormat = 'text' | 'json';

export const WARNINGS_FORMATS: readonly WarningsFormat[] = ['text', 'json'];

/**
 * Prints the warnings in the order of their places. Text: `file:line:col: warning: message` on
 * stderr. JSON: `{"warnings": [{file, line, col, pointer, message}], "count": N}` on stdout, so
 * that stdout holds nothing else (the caller sends its summary to stderr then).
 */
export function reportWarnings(warnings: readonly SnipgenError[], format: WarningsFormat, io: Io): void {
  const sorted = [...warnings].sort(byLocation);
  if (format === 'json') {
    const list = sorted.map((w) => ({ file: w.loc?.file ?? null, line: w.loc?.line ?? null, col: w.loc?.col ?? null, pointer: pointerOf(w.message), message: w.message }));
    io.out(`${JSON.stringify({ warnings: list, count: list.length }, null, 2)}\n`);
    return;
  }
  for (const w of sorted) io.err(`${w.loc ? `${formatLocation(w.loc)}: ` : ''}warning: ${w.message}\n`);
}

/** `, N warnings` for a summary line; empty when there are none. */
export function warningCount(warnings: readonly SnipgenError[]): string {
  return warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '';
}

/** The JSON pointer a message ends with, `(at #/paths/~1pets/get)` or `(at other.yaml#/x)`, else null. */
function pointerOf(message: string): string | null {
  return /\(at [^()#]*(#[^()]*)\)$/.exec(message)?.[1] ?? null;
}
