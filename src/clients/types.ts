/** A language id: the name of a folder under clients/ (python, javascript, go, kotlin, ...). */
export type Language = string;

/** A request shape the client's library cannot send exactly, and why (see src/render/shapes.ts). */
export interface Refusal {
  shape: string;
  because: string;
}

/** How `snipgen verify` checks a client's snippets (schema/client.schema.json describes each field). */
export interface VerifyRecipe {
  /** The toolchain runner: src/verify/runners/<runner>.ts. */
  runner: string;
  requires: Array<{ run?: string[]; file?: string; missing: string }>;
  check?: string[];
  run?: string[];
  classpath?: string[];
  /** python, ruby and r runners: modules (libraries, packages) their fork hosts import (require, attach) once (src/verify/fork-host.ts). */
  preload?: string[];
  harnessImports?: string[];
  harnessEnd?: string[];
  autoload?: string[];
  /** go runner: modules built offline from a folder of sources (a require and a replace line each). */
  goModules?: Array<{ path: string; version: string; dir: string }>;
  addedHeaders?: string[];
  warmup?: string;
  /** Measured seconds one snippet takes to verify, relative weight for balancing `--shard` parts. */
  cost?: number;
  /** Debian packages CI installs for this client (.ci/run collects them). */
  apt?: string[];
  packages?: Array<{ name: string; version: string }>;
}

/** Everything snipgen knows about one client: its folder's client.yaml, read and checked. */
export interface ClientDescriptor {
  /** `language/client`, the one spelling used in flags, paths and docs. */
  id: string;
  language: Language;
  client: string;
  title: string;
  /** The Markdown fence tag (and manifest `lang`). */
  fence: string;
  /** File extension including the dot. */
  extension: string;
  /** Whose literal printers the templates use: the language's own unless the descriptor names another. */
  printers: string;
  /** Where it comes on docs pages and in lists, lower first. */
  order: number;
  /** One of the reference page's eight clients. */
  referencePage: boolean;
  /** The library and version the runnable style targets, and how a user installs it. */
  library: { name: string; version: string; install: string | null };
  /** What the runnable style fixes in the reference style, for the README and docs. */
  fixes: string;
  notes: string;
  refuses: Refusal[];
  formatter?: 'prettier' | 'gofmt';
  verify: VerifyRecipe;
  /** The client's folder: client.yaml, runnable.hbs, reference.hbs (built-in clients: golden/ too). */
  dir: string;
  /** False for a runnable-only client: its reference style renders the runnable template. */
  hasReference: boolean;
  /** Shipped with snipgen, rather than added in a user's templates folder. */
  builtin: boolean;
}
