import { createRequire } from 'node:module';
import { grammarBytes } from '../grammars.js';
import { runWorkerSync } from './sync-worker.js';

/** A piece of a shell word: literal text, or a variable the shell would expand (`$NAME`, `${NAME}`). */
export type WordPart = { text: string } | { variable: string };

/** One shell word as the shell would pass it to the command, with its 0-based place. */
export interface ShellWord {
  parts: WordPart[];
  row: number;
  col: number;
}

export interface ShellCommand {
  words: ShellWord[];
  /** What the shell would compute inside this command (its value cannot be known). */
  problems: ShellProblem[];
  /** What the script does with the command's output (a pipe, a redirection): left out, told. */
  notes: string[];
  row: number;
  col: number;
}

export interface ShellProblem {
  message: string;
  row: number;
  col: number;
}

export interface ShellScript {
  commands: ShellCommand[];
  problems: ShellProblem[];
}

// Runs in the worker as a CommonJS script. Quoting follows bash: '...' is literal; "..." keeps
// its text but for \\ \" \$ \` and a backslash-newline; $'...' decodes C escapes; an unquoted
// backslash quotes the next character. Anything whose value only the shell knows at run time
// (command substitution, arithmetic, ${x:-y}) is a problem at its place. Glob characters are
// kept: docs write URLs with ? unquoted, and bash passes a pattern that matches no file as it is.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { port, signal, text, library, grammar } = workerData;
const problems = [];
// A problem inside a command belongs to that command (it can be skipped alone); others to the script.
let current = problems;
const problem = (node, message) => current.push({ message, row: node.startPosition.row, col: node.startPosition.column });
const C_ESCAPES = { a: '\\x07', b: '\\b', e: '\\x1b', E: '\\x1b', f: '\\f', n: '\\n', r: '\\r', t: '\\t', v: '\\v', '\\\\': '\\\\', "'": "'", '"': '"', '?': '?' };
function ansiC(body) {
  return body.replace(/\\\\(x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|[0-7]{1,3}|c.|.)/gs, (all, e) => {
    if (/^[xuU]/.test(e)) return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    if (e[0] === 'c') return String.fromCharCode(e.charCodeAt(1) & 31);
    return C_ESCAPES[e] !== undefined ? C_ESCAPES[e] : all;
  });
}
function variable(node) {
  const name = node.type === 'simple_expansion' ? node.text.slice(1) : /^\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}$/.exec(node.text)?.[1];
  if (name && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return [{ variable: name }];
  problem(node, 'the shell computes ' + JSON.stringify(node.text) + ' when it runs: write the value instead');
  return [];
}
function parts(node) {
  switch (node.type) {
    case 'word':
    case 'number':
      return [{ text: node.text.replace(/\\\\\\n/g, '').replace(/\\\\(.)/gs, '$1') }];
    case 'raw_string':
      return [{ text: node.text.slice(1, -1) }];
    case 'ansi_c_string':
      return [{ text: ansiC(node.text.slice(2, -1)) }];
    case 'string': {
      const out = [];
      for (const child of node.children) {
        if (child.type === '"') continue;
        // A lone $ inside double quotes (before a quote, a space or $'...') is itself.
        if (child.type === '$') {
          out.push({ text: '$' });
          continue;
        }
        if (child.type === 'string_content') out.push({ text: child.text.replace(/\\\\\\n/g, '').replace(/\\\\([\\\\"$\`])/g, '$1') });
        else if (child.type === 'simple_expansion' || child.type === 'expansion') out.push(...variable(child));
        else problem(child, 'the shell computes ' + JSON.stringify(child.text) + ' when it runs: write the value instead');
      }
      return out;
    }
    case 'concatenation':
      return node.children.flatMap(parts);
    case 'simple_expansion':
    case 'expansion':
      return variable(node);
    default:
      problem(node, 'the shell computes ' + JSON.stringify(node.text) + ' when it runs: write the value instead');
      return [];
  }
}
(async () => {
  let result;
  try {
    const { Parser, Language } = require(library);
    await Parser.init();
    const parser = new Parser();
    parser.setLanguage(await Language.load(grammar));
    const tree = parser.parse(text);
    const commands = [];
    // Commands joined by ; && || (as docs write them: "curl ...;") are read one by one.
    const SEPARATORS = [';', '&&', '||'];
    const statements = [];
    (function flatten(nodes) {
      for (const node of nodes) {
        if (node.type === 'list' && !node.hasError) flatten(node.children);
        else if (!SEPARATORS.includes(node.type)) statements.push(node);
      }
    })(tree.rootNode.children);
    for (let node of statements) {
      if (node.type === 'comment') continue;
      if (node.hasError) {
        const bad = (function find(n) { if (n.isError || n.isMissing) return n; for (const c of n.children) { const f = find(c); if (f) return f; } return n; })(node);
        problem(bad, bad.isMissing ? 'the command is cut short: ' + bad.type + ' is missing' : 'the shell cannot read ' + JSON.stringify(bad.text.split('\\n')[0].slice(0, 40)));
        continue;
      }
      // curl ... | jq .  and  curl ... > out.json  only do something with the answer: the command is
      // read, and what is done with its output is left out. Input from a file or a here-document
      // is not: it may be the body.
      let command = node;
      const notes = [];
      if (node.type === 'pipeline' && node.firstNamedChild && node.firstNamedChild.type === 'command') {
        command = node.firstNamedChild;
        notes.push('the output piped to ' + JSON.stringify(node.text.slice(command.endIndex - node.startIndex).replace(/^\\s*\\|&?\\s*/, '').split('\\n')[0].slice(0, 40)) + ' is left out');
      } else if (node.type === 'redirected_statement' && node.firstNamedChild && node.firstNamedChild.type === 'command') {
        const redirects = node.namedChildren.slice(1);
        if (redirects.every((r) => r.type === 'file_redirect' && /^(\\d*|&)>/.test(r.text))) {
          command = node.firstNamedChild;
          notes.push('the redirection ' + JSON.stringify(redirects.map((r) => r.text).join(' ')) + ' of the output is left out');
        }
      }
      if (['declaration_command', 'variable_assignment', 'variable_assignments'].includes(node.type)) {
        // export TOKEN=...: no request; the reader skips it as a command other than curl, told.
        const keyword = ['export', 'declare', 'local', 'readonly', 'typeset'].includes(node.firstChild.type) ? node.firstChild.text : node.text.split('=')[0] + '=';
        const at = { row: node.startPosition.row, col: node.startPosition.column };
        commands.push({ words: [{ parts: [{ text: keyword }], ...at }], problems: [], notes: [], ...at });
        continue;
      }
      if (command.type !== 'command') {
        problem(node, 'only plain commands can be read (no input redirections or background jobs): ' + JSON.stringify(node.text.split('\\n')[0].slice(0, 40)));
        continue;
      }
      node = command;
      const words = [];
      current = [];
      for (const child of node.children) {
        const target = child.type === 'command_name' ? child.firstChild : child;
        if (child.type === 'variable_assignment' || child.type.endsWith('redirect')) {
          problem(child, 'only plain commands can be read (no variables set or redirections): ' + JSON.stringify(child.text));
          continue;
        }
        words.push({ parts: parts(target), row: target.startPosition.row, col: target.startPosition.column });
      }
      commands.push({ words, problems: current, notes, row: node.startPosition.row, col: node.startPosition.column });
      current = problems;
    }
    tree.delete();
    result = { commands, problems };
  } catch (e) {
    result = { commands: [], problems: [{ message: 'the shell grammar failed: ' + (e && e.message ? e.message : e), row: 0, col: 0 }] };
  }
  port.postMessage(result);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
})();
`;

/**
 * The commands of a shell script, each as the words the shell would pass, parsed with the
 * tree-sitter bash grammar (the one snipgen checks its shell snippets with).
 */
export function parseShellSync(text: string): ShellScript {
  const require = createRequire(import.meta.url);
  const data = { text, library: require.resolve('web-tree-sitter'), grammar: grammarBytes('shell') };
  const result = runWorkerSync<ShellScript>(WORKER_SOURCE, data, 60_000, 'the shell parser');
  return 'failed' in result ? { commands: [], problems: [{ message: result.failed, row: 0, col: 0 }] } : result;
}
