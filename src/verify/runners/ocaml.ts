import { probe, requireTool, which } from '../toolchain.js';
import { buildInSlots } from './compiled.js';
import type { Runner } from './types.js';

/** The findlib packages a snippet links against. */
const PACKAGES = 'cohttp-lwt-unix';

export const ocamlRunner: Runner = {
  language: 'ocaml',
  unavailable: () => requireTool('ocamlfind', ['query', PACKAGES], 'OCaml with cohttp-lwt-unix (apt-get install ocaml-findlib libcohttp-lwt-unix-ocaml-dev)'),

  /**
   * The parse-only pass (`-stop-after parsing`) and the build run as one command per snippet:
   * ocamlopt builds one executable per invocation, so snippets build two at a time (about 2 s
   * each), cached by content.
   */
  async prepare(snippets, ctx) {
    const ocamlfind = which('ocamlfind')!;
    const version = [(await probe(ocamlfind, ['ocamlopt', '-version'])).stdout.trim(), (await probe(ocamlfind, ['list'])).stdout].join('\n');
    return buildInSlots(snippets, ctx, {
      what: 'ocamlfind ocamlopt',
      version,
      source: 'main.ml',
      slots: 2,
      command: (dir, out) => ({
        command: '/bin/sh',
        args: ['-c', 'ocamlfind ocamlc -stop-after parsing -c "$1" && ocamlfind ocamlopt -thread -package "$2" -linkpkg -o "$3" "$1"', 'build', `${dir}/main.ml`, PACKAGES, out],
      }),
    });
  },
};
