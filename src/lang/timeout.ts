/**
 * The config's `timeout` (seconds, > 0, may be fractional) in the units an API takes. The
 * template data has it as `options.timeout`, null when the config sets none; a whole number
 * read from a YAML config arrives as a bigint (the YAML reader keeps integers exact).
 */
export type Seconds = number | bigint;

export interface TimeoutOptions {
  options?: { timeout: Seconds | null };
}

/**
 * The timeout in whole milliseconds: rounded to the nearest one (seconds * 1000 is inexact in
 * binary: 1.1 gives 1100.0000000000002) and at least 1, since 0 means "no timeout" to libcurl.
 */
export function milliseconds(seconds: Seconds): number {
  return Math.max(1, Math.round(Number(seconds) * 1000));
}

/**
 * The timeout as a count of the coarsest unit that holds it exactly (2.5 s is 2500 ms), from
 * `units`, each [name, units per second], coarsest first; the finest unit rounds, to at least 1.
 */
export function inUnits<Unit extends string>(seconds: Seconds, units: ReadonlyArray<readonly [Unit, number]>): { count: number; unit: Unit } {
  const value = Number(seconds);
  for (const [unit, perSecond] of units) {
    const count = Math.round(value * perSecond);
    if (count / perSecond === value) return { count, unit };
  }
  const [unit, perSecond] = units[units.length - 1]!;
  return { count: Math.max(1, Math.round(value * perSecond)), unit };
}
