import type { Io } from '../cli.js';
import { reportError } from '../cli.js';
import { generate } from '../generate.js';
import type { Style } from '../model.js';
import { writeOutput } from '../output/write.js';

export interface GenOptions {
  inputs: string[];
  out: string;
  clients?: string[];
  style: Style;
  baseUrl?: string;
}

export function runGen(options: GenOptions, io: Io): number {
  try {
    const { files, endpoints, clients } = generate(options);
    const report = writeOutput(options.out, files);
    io.out(
      `snipgen: ${endpoints.length} endpoint${endpoints.length === 1 ? '' : 's'} x ${clients.length} clients (${options.style}) -> ${options.out}: ` +
        `${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed\n`,
    );
    return 0;
  } catch (e) {
    return reportError(e, io);
  }
}
