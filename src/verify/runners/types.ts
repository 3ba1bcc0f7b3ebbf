import type { ClientDescriptor } from '../../clients/types.js';
import type { Endpoint, Style } from '../../model.js';
import type { ForkHost, HostPool } from '../fork-host.js';
import type { ProcessOptions, ProcessResult } from '../process.js';

/** One generated snippet on its way through a runner. */
export interface Snippet {
  client: ClientDescriptor;
  style: Style;
  endpoint: Endpoint;
  code: string;
  /** Its own working directory; the spec's files are already there at the paths the snippet opens. */
  dir: string;
  /** Environment variables the run gets on top of the verifier's own. */
  env: Record<string, string>;
}

/** A program to start; `run` is the one whose request is compared. */
export interface Step {
  stage: 'check' | 'run';
  command: string;
  args: string[];
  /** Defaults to the snippet's directory. */
  cwd?: string;
  /** Runs `command args` in a child forked from this host instead of a new process (a run step whose last argument is the file), or in one of a pool's hosts. */
  host?: ForkHost | HostPool;
}

export type Prepared =
  /**
   * `checkFailed`: a check that does not stop the program from being built (go vet): the snippet
   * still runs so its request is compared, and fails for the check if the request is right.
   */
  | { steps: Step[]; checkFailed?: { reason: string; detail: string[] } }
  | { failed: string; detail: string[] }
  | { skipped: string };

export interface RunnerContext {
  /** This language's folder for this run. */
  workDir: string;
  /** This language's persistent build cache (reused between runs). */
  cacheDir: string;
  /** Runs a program through the shared pool, so every language together stays within the core budget. */
  exec(command: string, args: readonly string[], options: Omit<ProcessOptions, 'timeoutMs'> & { timeoutMs?: number }): Promise<ProcessResult>;
  /** Tells the progress display what the runner is doing now. */
  status(message: string): void;
  /** A fork host started with the snippets' environment, ended once this language's snippets have run. */
  forkHost(command: string, args: readonly string[]): ForkHost;
}

export interface Runner {
  language: string;
  /**
   * A browser runner: the capture server answers the browser's own loads on each snippet's port
   * from the snippet's folder (capture.ts PAGE_PREFIX), so the page has the API's origin.
   */
  servesPages?: boolean;
  /**
   * Runs every snippet while preparing (one process runs them all and records each one's output
   * for its run step to replay): the capture server listens on all their ports through prepare,
   * where for the others it listens on a snippet's port during its run step only.
   */
  runsInPrepare?: boolean;
  /** Why this client cannot be verified on this machine (missing toolchain or library), or null. */
  unavailable(client: ClientDescriptor): Promise<string | null>;
  /**
   * Writes every snippet (a reference-style fragment wrapped in the smallest harness it needs)
   * and compiles or checks them in as few batches as the toolchain allows.
   */
  prepare(snippets: readonly Snippet[], ctx: RunnerContext): Promise<Map<Snippet, Prepared>>;
}
