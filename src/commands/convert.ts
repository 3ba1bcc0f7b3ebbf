import { availableClients, findClients } from '../clients/index.js';
import { SnipgenError, SnipgenErrors, type SourceLocation } from '../errors.js';
import type { Io } from '../exit.js';
import { curlRequest, type CurlWord } from '../input/curl.js';
import type { Style } from '../model.js';
import { fence } from '../output/pages.js';
import { rendererFor, resolveRunOptions } from '../pipeline.js';
import { normaliseEndpoint } from '../spec/normalise.js';

export interface ConvertOptions {
  clients?: string[];
  style?: Style;
  templates?: string;
  config?: string;
}

/** Where messages place the words of the command: its text as one line, as a shell shows it. */
const COMMAND_LINE = 'command line';

/**
 * `snipgen convert -- curl ...`: the request of one curl command, its words as the shell passed
 * them, as every client's snippet on stdout (a Markdown section per client, for pasting into docs).
 */
export function runConvert(words: readonly string[], flags: ConvertOptions, io: Io): number {
  if (words[0] !== 'curl') throw new SnipgenError(`convert reads a curl command: snipgen convert -- curl https://... (got ${JSON.stringify(words[0] ?? '')})`, 'usage');
  const options = resolveRunOptions([], flags);
  let col = 1;
  const located: CurlWord[] = words.map((word) => {
    const loc: SourceLocation = { file: COMMAND_LINE, line: 1, col };
    col += word.length + 1;
    return { parts: [{ text: word }], loc };
  });
  const request = curlRequest(located, process.cwd());
  if (!request.raw || request.problems.length) throw new SnipgenErrors(request.problems.map((p) => new SnipgenError(p.message, 'input', p.loc)));
  const errors: SnipgenError[] = [];
  const endpoint = normaliseEndpoint({ ...request.raw, id: 'curl' }, { file: 'curl', locate: () => located[0]!.loc }, [], { style: options.style, placeholders: options.placeholders }, errors);
  if (errors.length) throw new SnipgenErrors(errors);
  const clients = findClients(options.clients, availableClients(options.templates), options.defaultClient);
  const renderer = rendererFor(options, clients, [options.style]);
  for (const w of request.warnings) io.err(`warning: ${w}\n`);
  io.out(clients.map((client) => `### ${client.id}\n\n${fence(client.fence, renderer.render(client, endpoint))}\n`).join('\n'));
  return 0;
}
