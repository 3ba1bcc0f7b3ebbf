import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SnipgenError } from '../../src/errors.js';
import { httpieHelpers } from '../../src/lang/shell-httpie.js';
import type { Param } from '../../src/model.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { fromHexLines, hasCommand } from './suite.js';

/** HTTPie's own item parser, from Debian's python3 (the one the `http` command runs on). */
const PYTHON = '/usr/bin/python3';
const httpieAvailable = hasCommand(PYTHON, ['-c', 'import httpie.cli.argtypes']);

const PARSE = `
import json, sys
from httpie.cli.argtypes import KeyValueArgType
from httpie.cli.constants import SEPARATOR_GROUP_ALL_ITEMS
items = KeyValueArgType(*SEPARATOR_GROUP_ALL_ITEMS)
for arg in sys.argv[1:]:
    item = items(arg)
    print(json.dumps([item.key, item.sep, item.value], ensure_ascii=False).encode().hex())
`;

/** Has bash expand each word and HTTPie's KeyValueArgType split it, as `http` does with its request items. */
function parse(words: string[]): Array<[string, string, string]> {
  const script = `${PYTHON} -c "$PARSE" ${words.map((w) => `\\\n  ${w}`).join(' ')}\n`;
  const out = execFileSync('bash', ['-c', script], { env: { PATH: process.env.PATH, PARSE }, encoding: 'utf8', maxBuffer: 1 << 26 });
  return fromHexLines(out).map((line) => JSON.parse(line));
}

const literal = (text: string): Param['value'] => ({ text, parts: [{ kind: 'literal', text }], isLiteral: true });

/** Every hostile string HTTPie can be given at all: no NUL (argv) and no lone surrogate (not UTF-8). */
const strings = [
  ...HOSTILE_STRINGS.filter((s) => !s.includes('\0') && !/[\ud800-\udfff]/u.test(s)),
  // HTTPie's separators, alone, doubled, leading and escaped.
  ...['a=b', 'a:b', 'x==y', '@file', 'a;b', ':=', ':=@x', '=@x', '==@', ';type=x', '\\', 'a\\b', 'a\\:b', 'a\\', 'a\\\\=b'],
];

/** The items of `s` that the helpers write, or undefined where they refuse `s` as unsupported. */
function attempt<T>(build: () => T): T | undefined {
  try {
    return build();
  } catch (e) {
    if (e instanceof SnipgenError && e.code === 'unsupported') return undefined;
    throw e;
  }
}

describe.skipIf(!httpieAvailable)('shell/httpie request items through HTTPie\'s own parser', () => {
  const cases = strings.flatMap((s) => [
    [attempt(() => httpieHelpers.httpieHeader({ name: 'X-T', value: literal(s) })), s === '' ? ['X-T', ';', ''] : ['X-T', ':', s]],
    [attempt(() => httpieHelpers.httpieQuery({ name: s, value: literal(s) })), [s, '==', s]],
    [attempt(() => httpieHelpers.httpieField({ name: s, value: s })), [s, '=', s]],
    [attempt(() => httpieHelpers.httpieBodyFile(`files/${s}`)), ['', '@', `files/${s}`]],
  ]) as Array<[string | undefined, [string, string, string]]>;

  it('splits every item it is given into exactly the key, separator and value written', () => {
    const written = cases.filter(([word]) => word !== undefined);
    expect(parse(written.map(([word]) => word!))).toEqual(written.map(([, expected]) => expected));
  });

  it('refuses only what HTTPie cannot be told: a backslash before a separator character, or ending a key', () => {
    const refused = cases.filter(([word]) => word === undefined).map(([, [key, , value]]) => `${key}\u0000${value}`);
    for (const text of refused) expect(text).toMatch(/\\[:;@=]|\\\u0000/);
  });
});
