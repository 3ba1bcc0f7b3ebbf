import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT, processIo, reportError, type Io } from './exit.js';
import { packageRoot } from './paths.js';
import type { RunFlags } from './pipeline.js';
import { baseUrlProblem } from './spec/url.js';
import { WARNINGS_FORMATS } from './warnings.js';
import { FORMATS } from './output/formats/index.js';

/** A comma-separated list; one naming nothing (`-c ','`) is a usage error, as it would silently mean "all". */
const csv = (value: string) => {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (list.length === 0) throw new InvalidArgumentError('It names nothing.');
  return list;
};

/**
 * An empty value (`-c ''`, `-o ''`) is a usage error for every option that takes one, before its
 * own parser runs: it would otherwise mean "all clients", "the current folder", or crash.
 */
function refuseEmptyValues(command: Command): void {
  for (const option of command.options) {
    if (!option.required && !option.optional) continue;
    const parse = option.parseArg;
    option.argParser((value: string, previous: unknown) => {
      if (value.trim() === '') throw new InvalidArgumentError('It cannot be empty.');
      return parse ? parse(value, previous) : value;
    });
  }
  command.commands.forEach(refuseEmptyValues);
}

/** `--base-url` is checked like a spec's baseUrl: a URL clients would send differently is a usage error. */
const baseUrl = (value: string) => {
  const problem = baseUrlProblem(value);
  if (problem) throw new InvalidArgumentError(`The URL ${problem}.`);
  return value;
};

/**
 * Parses argv and runs one command. Returns the exit code; only bin/snipgen.cjs exits the process.
 * Commands throw; errors become messages and exit codes in one place (reportError).
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('snipgen')
    .description('Turn API endpoint descriptions into code samples in many languages, and prove every sample works.')
    .version(JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version, '-v, --version')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');

  /**
   * The options `gen` and `check` share: they must compute exactly the same output. `preview`
   * takes them too, except the ones about files it does not write (formats, docs pages).
   */
  const withRunOptions = (command: Command, { outputs = true } = {}) => {
    command
      .argument('[inputs...]', 'spec files or folders (default: the config\'s inputs, else specs)')
      .option('-o, --out <dir>', 'output folder (default: generated)')
      .option('-c, --clients <ids>', 'comma-separated client ids (see `snipgen list`)', csv)
      .addOption(new Option('-s, --style <style>', 'snippet style (default: runnable)').choices(['runnable', 'reference']))
      .option('--base-url <url>', "replace every endpoint's base URL", baseUrl)
      .option('--overrides <file>', 'YAML or JSON file pinning values per imported OpenAPI operation or HAR entry')
      .option('--strict', 'refuse an input for any problem in it (default: warn about what changes no request, skip what cannot be sent)')
      .option('--allow-ref-root <dirs>', "comma-separated folders an OpenAPI document's $refs may read besides its own", csv)
      .option('--postman-env <files>', 'comma-separated Postman environment files whose values fill {{variables}}', csv)
    if (outputs) command.option('--docs <paths>', 'comma-separated Markdown/MDX pages or folders whose snipgen:start/end regions are filled', csv);
    command
      .option('--templates <dir>', 'folder of template overrides and added clients (default: the config\'s templates)')
      .option('--config <file>', `config file (default: ./snipgen.config.yaml, else "snipgen" in ./package.json)`);
    if (outputs) {
      command
        .option('--format <formats>', `comma-separated output formats: ${FORMATS.join(', ')} (default: the config's formats, else markdown)`, csv)
        .option('--allow-empty', 'accept inputs with no endpoints (and remove what an earlier run wrote)');
    }
    return command
      .option('--only <ids>', 'comma-separated endpoint ids or globs: only these endpoints', csv)
      .option('--sample <n>', 'N endpoints chosen by --seed')
      .option('--seed <seed>', 'which endpoints --sample chooses (default 1)');
  };
  /** Flags win over the config; the config wins over the built-in defaults. */
  const runOptions = async (inputs: string[], opts: RunFlags & { format?: string[]; allowEmpty?: boolean }) => {
    const { resolveRunOptions } = await import('./pipeline.js');
    return { ...resolveRunOptions(inputs, { ...opts, formats: opts.format }), allowEmpty: opts.allowEmpty };
  };

  withRunOptions(program.command('gen').description('generate snippets, docs pages and a manifest from endpoint specs'))
    .option('-w, --watch', 'regenerate whenever a spec, template, docs page or the config changes')
    .option('--debug-model <endpoint>', 'print the exact data each chosen client\'s template receives for ENDPOINT, as JSON, and write nothing')
    .addOption(new Option('--warnings <format>', 'how warnings are told: text lines on stderr, or one JSON document on stdout').choices(WARNINGS_FORMATS))
    .action(async (inputs: string[], opts) => {
      if (opts.watch) {
        const { runWatch } = await import('./commands/watch.js');
        code = await runWatch(() => runOptions(inputs, opts), io);
      } else if (opts.debugModel) {
        const { runDebugModel } = await import('./commands/debug-model.js');
        code = runDebugModel(await runOptions(inputs, opts), opts.debugModel, io);
      } else {
        const { runGen } = await import('./commands/gen.js');
        code = await runGen({ ...(await runOptions(inputs, opts)), progress: process.stderr }, io);
      }
    });

  withRunOptions(program.command('check').description('regenerate in memory and report drift from the files on disk (never writes)'))
    .addOption(new Option('--report <kind>', 'how drift is reported').choices(['text', 'json']).default('text'))
    .action(async (inputs: string[], opts) => {
      const { runCheck } = await import('./commands/check.js');
      code = await runCheck(
        { ...(await runOptions(inputs, opts)), report: opts.report, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, fixCommand: genCommand(argv) },
        io,
      );
    });

  withRunOptions(program.command('preview').description('write one self-contained HTML page with every endpoint and client: <out>/preview.html'), { outputs: false })
    .option('--verify-report <file>', 'the verify record whose results the page shows (default: .snipgen-cache/last-verify.json, when there)')
    .option('--open', 'open the page with the system\'s opener (xdg-open, open, start)')
    .option('--serve [port]', 'serve the page on 127.0.0.1 (default port 4680; 0 for any free port) until Ctrl-C')
    .option('-w, --watch', 'with --serve: rebuild when a spec, template, the config or the verify record changes, and reload the page')
    .addOption(new Option('--warnings <format>', 'how warnings are told: text lines on stderr, or one JSON document on stdout').choices(WARNINGS_FORMATS))
    .action(async (inputs: string[], opts) => {
      const { runPreview } = await import('./commands/preview.js');
      code = await runPreview(async () => ({ ...(await runOptions(inputs, opts)), verifyReport: opts.verifyReport, open: opts.open, serve: opts.serve, watch: opts.watch }), io);
    });

  program
    .command('verify')
    .description('compile and run every snippet against a local capture server and compare each request with its spec')
    .argument('[inputs...]', 'spec files or folders (default: the config\'s inputs, else test/fixtures/shapes and specs)')
    .option('-c, --clients <ids>', 'comma-separated client ids (see `snipgen list`)', csv)
    .addOption(new Option('-s, --style <style>', 'snippet style').choices(['runnable', 'reference', 'both']).default('both'))
    .option('--shard <i/n>', 'run only the i-th of n parts of equal measured cost (for parallel CI jobs)')
    .option('--junit <file>', 'also write a JUnit XML report')
    .option('-j, --jobs <n>', 'programs to run at once (default: up to 2 cores)')
    .option('--timeout <seconds>', 'time limit of one snippet run', '30')
    .option('--cache-dir <dir>', 'build caches and remembered passes, kept between runs', '.snipgen-cache')
    .option('--no-cache', 'run every snippet, even one that passed in an earlier run with the same code, request and toolchain')
    .option('--keep', 'keep the working folder with every snippet, harness and build output')
    .option('--templates <dir>', 'folder of template overrides and added clients (default: the config\'s templates)')
    .option('--config <file>', `config file (default: ./snipgen.config.yaml, else "snipgen" in ./package.json)`)
    .option('--strict', 'refuse an input for any problem in it')
    .option('--allow-ref-root <dirs>', "comma-separated folders an OpenAPI document's $refs may read besides its own", csv)
    .option('--postman-env <files>', 'comma-separated Postman environment files whose values fill {{variables}}', csv)
    .option('--only <ids>', 'comma-separated endpoint ids or globs: verify only these', csv)
    .option('--sample <n>', 'verify N endpoints chosen by --seed')
    .option('--seed <seed>', 'which endpoints --sample chooses (default 1)')
    .option('--changed-since <ref>', 'verify only the endpoints whose input changed since this git revision (all when a template, client or the config changed)')
    .action(async (inputs: string[], opts) => {
      const { runVerify } = await import('./commands/verify.js');
      code = await runVerify({ inputs, ...opts, progress: process.stderr }, io);
    });

  program
    .command('convert')
    .description('print every client\'s snippet for one curl command: snipgen convert -- curl -X POST https://...')
    .argument('<command...>', 'the curl command, after --')
    .option('-c, --clients <ids>', 'comma-separated client ids (see `snipgen list`)', csv)
    .addOption(new Option('-s, --style <style>', 'snippet style (default: runnable)').choices(['runnable', 'reference']))
    .option('--templates <dir>', 'folder of template overrides and added clients (default: the config\'s templates)')
    .option('--config <file>', 'config file')
    .action(async (words: string[], opts) => {
      const { runConvert } = await import('./commands/convert.js');
      code = runConvert(words, opts, io);
    });

  program
    .command('init')
    .description('write a commented snipgen.config.yaml and one example spec')
    .action(async () => {
      const { runInit } = await import('./commands/init.js');
      code = runInit(io);
    });

  const templates = program.command('templates').description('see and copy the templates behind each client');
  const templatesFolder = async (opts: { templates?: string; config?: string }) =>
    opts.templates ?? (await import('./config.js')).loadConfig(process.cwd(), opts.config).templates;
  templates
    .command('list')
    .description('every client\'s templates, marking the ones your templates folder overrides')
    .option('--templates <dir>', 'folder of template overrides (default: the config\'s templates)')
    .option('--config <file>', 'config file')
    .action(async (opts) => {
      const { runTemplatesList } = await import('./commands/templates.js');
      code = runTemplatesList(await templatesFolder(opts), io);
    });
  templates
    .command('eject')
    .description('copy a built-in client\'s templates (and its language\'s partials) into your templates folder')
    .argument('<client>', 'client id, e.g. python/requests')
    .option('--templates <dir>', 'destination folder (default: the config\'s templates, else templates)')
    .option('--config <file>', 'config file')
    .action(async (id: string, opts) => {
      const { runTemplatesEject } = await import('./commands/templates.js');
      code = runTemplatesEject(id, (await templatesFolder(opts)) ?? 'templates', io);
    });

  program
    .command('list')
    .description('list every client with its title, language and the library version it targets')
    .option('--markdown', 'print the README\'s Markdown table instead of text')
    .option('--shapes', 'list the request shapes a client.yaml can refuse')
    .option('--templates <dir>', 'folder of template overrides and added clients (default: the config\'s templates)')
    .option('--config <file>', 'config file')
    .action(async (opts) => {
      const { runList } = await import('./commands/list.js');
      code = runList(io, { markdown: opts.markdown, shapes: opts.shapes }, await templatesFolder(opts));
    });

  refuseEmptyValues(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.ok : EXIT.input;
    }
    return reportError(e, io);
  }
  return code;
}

/** The `gen` command that fixes what `check` found: the user's own arguments, as they would type them. */
function genCommand(argv: readonly string[]): string {
  const args: string[] = [];
  for (let i = argv.indexOf('check') + 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--report') i++;
    else if (!arg.startsWith('--report=')) args.push(arg);
  }
  return ['npx snipgen gen', ...args.map(shellWord)].join(' ');
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
