import { describe, expect, it } from 'vitest';
import { SnipgenError } from '../../src/errors.js';
import { swift } from '../../src/lang/swift.js';
import { urlsessionHelpers } from '../../src/lang/swift-urlsession.js';
import type { Endpoint, Value } from '../../src/model.js';
import { checkSyntax } from '../../src/syntax/index.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { printerSuite } from './suite.js';

// There is no Swift toolchain on this machine and none can be installed: Swift literals get the
// shared checks, the escape-rule model below and the tree-sitter syntax check, never a compiler.
printerSuite('swift', undefined, 'no Swift toolchain');

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', "'": "'", n: '\n', r: '\r', t: '\t', '0': '\0' };

/**
 * The value of a Swift string literal under the language reference's escape rules (the only
 * evaluation possible without a compiler): a raw line break or a `\(` interpolation is an error;
 * a multi-line literal's raw `"""` is an error and its lines keep their text as written.
 */
function swiftValue(literal: string): string {
  const multi = literal.startsWith('"""\n');
  const body = multi ? literal.slice(4, -4) : literal.slice(1, -1);
  if (multi ? !literal.endsWith('\n"""') : !literal.endsWith('"') || literal.length < 2) throw new Error(`not a literal: ${literal}`);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const next = body[++i]!;
      if (next === 'u') {
        const m = /^\{([0-9a-fA-F]{1,8})\}/.exec(body.slice(i + 1));
        if (!m) throw new Error(`bad \\u escape in ${literal}`);
        out += String.fromCodePoint(parseInt(m[1]!, 16));
        i += m[0].length;
      } else if (next in ESCAPES) out += ESCAPES[next];
      else throw new Error(`\\${next} is not a Swift escape (interpolation?)`);
    } else if (!multi && (c === '"' || c === '\n' || c === '\r')) throw new Error(`raw ${JSON.stringify(c)} in ${literal}`);
    else if (multi && (c === '\r' || body.startsWith('"""', i))) throw new Error(`raw ${JSON.stringify(c)} in multi-line ${literal}`);
    else out += c;
  }
  return out;
}

describe('swift str', () => {
  it('escapes interpolation, quotes, backslashes and controls the Swift way', () => {
    expect(swift.str('\\(x)')).toBe('"\\\\(x)"');
    expect(swift.str('"\\\n\r\t\0')).toBe('"\\"\\\\\\n\\r\\t\\0"');
    expect(swift.str('\u2028\u2029\u007f\u0085\ufeff')).toBe('"\\u{2028}\\u{2029}\\u{7f}\\u{85}\\u{feff}"');
    expect(swift.str("it's $x ${x} #{x} 😀 é")).toBe('"it\'s $x ${x} #{x} 😀 é"');
  });

  it('evaluates back to every hostile string', () => {
    for (const s of HOSTILE_STRINGS) expect(swiftValue(swift.str(s))).toBe(s);
  });

  it('prints literals tree-sitter-swift parses', async () => {
    for (const s of HOSTILE_STRINGS) expect(await checkSyntax('swift', `let s = ${swift.str(s)}\n`), swift.str(s).slice(0, 60)).toEqual([]);
  });

  it('refuses a lone surrogate, which no Swift string can hold', () => {
    expect(() => swift.str('a\ud800b')).toThrow(SnipgenError);
  });
});

describe('swift multiline', () => {
  const multiline = swift.helpers!.multiline as (text: string) => string;

  it('prints JSON text one line per line', () => {
    expect(multiline('{\n  "a": "b\\"c"\n}')).toBe('"""\n{\n  "a": "b\\\\"c"\n}\n"""');
  });

  it('evaluates back to every hostile string, and to runs of quotes, trailing spaces and final newlines', async () => {
    for (const s of [...HOSTILE_STRINGS, '""""""', 'a """ b', 'x \ny\t\n', '\n', '', ' ']) {
      const literal = multiline(s);
      expect(swiftValue(literal)).toBe(s);
      expect(await checkSyntax('swift', `let s = ${literal}\n`), literal.slice(0, 60)).toEqual([]);
    }
  });
});

describe('swift lit', () => {
  it('prints JSONSerialization values like httpsnippet, typing nested collections', () => {
    expect(swift.lit({ name: 'k', limit: 50, on: true })).toBe('[\n  "name": "k",\n  "limit": 50,\n  "on": true\n]');
    expect(swift.lit({ a: [1, 'two', null, 2.5, 9007199254740993n], b: {}, c: [], d: { e: 1 } })).toBe(
      '[\n  "a": [1, "two", NSNull(), 2.5, 9007199254740993] as [Any],\n  "b": [:] as [String : Any],\n  "c": [] as [Any],\n  "d": ["e": 1] as [String : Any]\n]',
    );
    expect(swift.lit([{ a: 1, b: 2 }, 'x'])).toBe('[\n  [\n    "a": 1,\n    "b": 2\n  ] as [String : Any],\n  "x"\n]');
  });

  it('sends JSON as text when a literal cannot hold it', () => {
    const fits = swift.helpers!.fitsLiteral as (v: unknown) => boolean;
    expect(fits({ a: 9223372036854775807n })).toBe(true);
    expect(fits({ a: [-9223372036854775809n] })).toBe(false);
    expect(fits('scalar')).toBe(false);
  });
});

describe('swift expr', () => {
  const env = (name: string, fallback: string, urlEncode = false) => ({ kind: 'env' as const, name, fallback, urlEncode });
  const value = (...parts: Value['parts']): Value => ({ text: '', parts, isLiteral: false });

  it('reads secrets from the environment with the placeholder as fallback', () => {
    expect(swift.expr(value(env('TOKEN', '<token>')))).toBe('ProcessInfo.processInfo.environment["TOKEN"] ?? "<token>"');
  });

  it('parenthesises `??` inside concatenation and before .utf8', () => {
    expect(swift.expr(value({ kind: 'literal', text: 'Bearer ' }, env('T', 't')))).toBe('"Bearer " + (ProcessInfo.processInfo.environment["T"] ?? "t")');
    expect(swift.expr(value({ kind: 'base64', parts: [env('U', 'u'), { kind: 'literal', text: ':' }, env('P', 'p')] }))).toBe(
      'Data(((ProcessInfo.processInfo.environment["U"] ?? "u") + ":" + (ProcessInfo.processInfo.environment["P"] ?? "p")).utf8).base64EncodedString()',
    );
  });

  it('percent-encodes a secret that lands in the query', () => {
    expect(swift.expr(value({ kind: 'literal', text: 'https://x/?k=' }, env('K', '<k>', true)))).toBe(
      '"https://x/?k=" + (ProcessInfo.processInfo.environment["K"] ?? "<k>").addingPercentEncoding(withAllowedCharacters: unreserved)!',
    );
  });
});

describe('swift/urlsession helpers', () => {
  it('percent-encodes quotes and line breaks in multipart names and filenames', () => {
    const partText = urlsessionHelpers.partText as (part: unknown, style: string) => string;
    const file = { kind: 'file', name: 'a"b', path: 'f', absPath: '/f', filename: 'x\r\n"y".txt', contentType: 'text/plain' };
    expect(swiftValue(partText(file, 'reference'))).toBe(
      '-----011000010111000001101001\r\nContent-Disposition: form-data; name="a%22b"; filename="x%0D%0A%22y%22.txt"\r\nContent-Type: text/plain\r\n\r\n',
    );
    expect(partText({ kind: 'field', name: 'n', value: '\\(v)' }, 'runnable')).toBe(
      '"--\\(boundary)\\r\\nContent-Disposition: form-data; name=\\"n\\"\\r\\n\\r\\n\\\\(v)\\r\\n"',
    );
  });

  it('refuses a body on GET, which URLSession will not send', () => {
    const checkBody = urlsessionHelpers.checkBody as (e: Partial<Endpoint>) => string;
    expect(() => checkBody({ method: 'GET', body: { kind: 'text', contentType: 'text/plain', text: 'x' } })).toThrow(/GET request with a body/);
    expect(checkBody({ method: 'POST', body: { kind: 'text', contentType: 'text/plain', text: 'x' } })).toBe('');
  });
});
