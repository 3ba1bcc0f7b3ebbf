import type { HelperDelegate } from 'handlebars';

/** Logic-free helpers every language environment shares; they never print quotes or escapes. */
export const commonHelpers: Record<string, HelperDelegate> = {
  eq: (a: unknown, b: unknown) => a === b,
  ne: (a: unknown, b: unknown) => a !== b,
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  not: (a: unknown) => !a,
  lower: (s: unknown) => String(s).toLowerCase(),
  upper: (s: unknown) => String(s).toUpperCase(),
  /** `Post` from `POST`: the spelling of method shortcuts in several libraries. */
  capitalize: (s: unknown) => String(s).charAt(0).toUpperCase() + String(s).slice(1).toLowerCase(),
  /** True when a list of {name} has an entry with this name, ignoring case (header lookups). */
  hasName: (list: Array<{ name: string }>, name: string) => list.some((p) => p.name.toLowerCase() === String(name).toLowerCase()),
};
