import type { Io } from '../cli.js';
import { reportError } from '../cli.js';
import { findClients } from '../clients/index.js';
import { loadConfig } from '../config.js';
import { SnipgenError, SnipgenErrors, type SourceLocation } from '../errors.js';
import { availableClients } from '../generate.js';
import { curlRequest, type CurlWord } from '../input/curl.js';
import type { Style } from '../model.js';
import { Renderer } from '../render/index.js';
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
export function runConvert(words: readonly string[], options: ConvertOptions, io: Io): number {
  try {
    if (words[0] !== 'curl') throw new SnipgenError(`convert reads a curl command: snipgen convert -- curl https://... (got ${JSON.stringify(words[0] ?? '')})`, 'usage');
    const config = loadConfig(process.cwd(), options.config);
    let col = 1;
    const located: CurlWord[] = words.map((word) => {
      const loc: SourceLocation = { file: COMMAND_LINE, line: 1, col };
      col += word.length + 1;
      return { parts: [{ text: word }], loc };
    });
    const request = curlRequest(located, process.cwd());
    if (!request.raw || request.problems.length) throw new SnipgenErrors(request.problems.map((p) => new SnipgenError(p.message, 'input', p.loc)));
    const style = options.style ?? config.style ?? 'runnable';
    const errors: SnipgenError[] = [];
    const endpoint = normaliseEndpoint({ ...request.raw, id: 'curl' }, { file: 'curl', locate: () => located[0]!.loc }, [], { style, placeholders: config.placeholders }, errors);
    if (errors.length) throw new SnipgenErrors(errors);
    const templates = options.templates ?? config.templates;
    const clients = findClients(options.clients ?? config.clients, availableClients({ templates }), config.defaultClient);
    const renderer = new Renderer(clients, [style], { overrides: templates ? [templates] : [], clientOptions: config.clientOptions });
    for (const w of request.warnings) io.err(`warning: ${w}\n`);
    io.out(clients.map((client) => `### ${client.id}\n\n\`\`\`${client.fence}\n${renderer.render(client, endpoint)}\`\`\`\n`).join('\n'));
    return 0;
  } catch (e) {
    return reportError(e, io);
  }
}
