import { SnipgenError } from '../errors.js';
import { loadRun, type Run, type RunOptions } from '../pipeline.js';
import { parseFormats, DEFAULT_FORMATS } from './formats/index.js';
import { planDocsPages, type DocsPageUpdate } from './markers.js';
import { planOutput, type OutputFile, type Plan, type PlanOptions } from './plan.js';

export interface RunOutput {
  files: OutputFile[];
  /** The authors' docs pages with their marker regions filled (`after`), next to what is on disk (`before`). */
  docs: DocsPageUpdate[];
  /** Every endpoint with its snippets. */
  rendered: Plan['rendered'];
}

/**
 * Everything `gen` writes and `check` compares, in memory; throws on bad input before anything
 * is written. Zero endpoints is refused unless allowed: a mistyped input folder must not turn
 * into a run that removes every file an earlier one wrote.
 */
export function planRunOutput(run: Run, { allowEmpty = false, onRendered }: { allowEmpty?: boolean; onRendered?: PlanOptions['onRendered'] } = {}): RunOutput {
  if (run.endpoints.length === 0 && !allowEmpty) {
    throw new SnipgenError(`no endpoints in ${run.options.inputs.join(', ')}: nothing to generate (pass --allow-empty to generate nothing and remove what an earlier run wrote)`, 'usage');
  }
  const plan = planOutput(run.endpoints, run.clients, run.renderer, { formats: parseFormats(run.options.formats ?? DEFAULT_FORMATS), warnings: run.warnings, strict: run.options.strict, onRendered });
  const docs = run.options.docs?.length ? planDocsPages(run.options.docs, plan.rendered, run.clients) : [];
  return { files: plan.files, docs, rendered: plan.rendered };
}

/** The whole of a gen run in memory, writing nothing: for programs and tests that want the files. */
export function generate(options: Partial<RunOptions> & Pick<RunOptions, 'inputs'>): RunOutput & { run: Run; warnings: SnipgenError[] } {
  const run = loadRun({ out: 'generated', style: 'runnable', ...options });
  const output = planRunOutput(run);
  return { ...output, run, warnings: run.warnings };
}
