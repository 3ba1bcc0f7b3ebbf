import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lua } from '../../src/lang/lua.js';
import type { Part, Value } from '../../src/model.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

const LUA = 'lua5.4';
const luaAvailable = hasCommand(LUA, ['-v']);
const socketAvailable = luaAvailable && hasCommand(LUA, ['-e', 'require("socket.url"); require("mime")']);

/** Runs one Lua file (as a snippet is) printing every expression's bytes as hex, one per line. */
function evaluate(expressions: string[], env: Record<string, string> = {}): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-lua-'));
  try {
    const file = join(dir, 'values.lua');
    const requires = socketAvailable ? 'local url = require("socket.url")\nlocal mime = require("mime")\n' : '';
    const hex = 'local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end\n';
    writeFileSync(file, `${requires}${hex}local values = {\n${expressions.join(',\n')}\n}\nfor _, v in ipairs(values) do print(hex(v)) end\n`);
    return fromHexLines(execFileSync(LUA, [file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

printerSuite('lua', {
  unavailable: () => (luaAvailable ? undefined : `${LUA} is not installed`),
  evaluate,
  unrepresentable: (s) => /\p{Cs}/u.test(s),
});

describe('lua printers beyond str', () => {
  const lit = (text: string): Part => ({ kind: 'literal', text });
  const env = (fallback: string, urlEncode = false): Part => ({ kind: 'env', name: 'SNIPGEN_TEST_VALUE', fallback, urlEncode });
  const value = (...parts: Part[]): Value => ({ text: '', parts, isLiteral: false });

  it('writes bytes as three-digit decimal escapes, so a digit after one stays a digit', () => {
    expect(lua.str('\u0000' + '1')).toBe('"\\0001"');
    expect(lua.str('\u2028')).toBe('"\\226\\128\\168"');
    expect(lua.str('é😀')).toBe('"é😀"');
  });

  it('refuses a lone surrogate, which has no UTF-8 bytes', () => {
    expect(() => lua.str('\ud800')).toThrow(expect.objectContaining({ code: 'unsupported' }));
  });

  it.skipIf(!socketAvailable)('expr joins literals and environment lookups, percent-encodes and base64-encodes at run time (skipped without lua5.4 and lua-socket)', () => {
    const strings = [...HOSTILE_STRINGS];
    const printed = strings.map((s) => lua.expr(value(lit(s), env(s))));
    expect(evaluate(printed)).toEqual(strings.map((s) => s + s));
    expect(evaluate(printed, { SNIPGEN_TEST_VALUE: 'v' })).toEqual(strings.map((s) => `${s}v`));
    const basic = value({ kind: 'base64', parts: [lit('ü:'), env('😀 "x"')] });
    expect(evaluate([lua.expr(basic), lua.expr(value(env('a b&c/_', true)))])).toEqual([Buffer.from('ü:😀 "x"').toString('base64'), 'a%20b%26c%2f_']);
  });
});
