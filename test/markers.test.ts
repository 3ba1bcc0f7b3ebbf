import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SnipgenError } from '../src/errors.js';
import { parseMarkers } from '../src/output/markers.js';
import { runCli } from './cli-support.js';
import { ROOT, SHAPES } from './support.js';

function parse(text: string) {
  const errors: SnipgenError[] = [];
  const regions = parseMarkers('page.md', text, errors);
  return { endpoints: regions.map((r) => r.endpoint), errors: errors.map((e) => e.format()) };
}

const START = (id: string) => `<!-- snipgen:start endpoint=${id} -->`;
const END = '<!-- snipgen:end -->';

describe('docs markers', () => {
  // Each fence holds a line that looks like a fence but does not close it.
  it.each([
    ['a backtick fence', '```md', '~~~', '```'],
    ['a longer backtick fence, closed by a longer line', '````', '```', '`````'],
    ['a tilde fence', '~~~', '```', '~~~'],
    ['an indented tilde fence with an info string', '   ~~~~ markdown', '~~~', '  ~~~~'],
  ])('inside %s are an example, left alone', (_name, open, inner, close) => {
    const page = ['# Page', open, START('shown'), inner, END, close, START('real'), END, ''].join('\n');
    expect(parse(page)).toEqual({ endpoints: ['real'], errors: [] });
  });

  it('a fence that is never closed runs to the end of the page', () => {
    expect(parse([START('real'), END, '```', START('shown'), END].join('\n'))).toEqual({ endpoints: ['real'], errors: [] });
  });

  it('inside inline code they are text too; a blank line ends an unclosed span', () => {
    const page = `Write \`${START('shown')}\` and \`\`${END}\`\`.\n\nA lone \` here.\n\n${START('real')}\n${END}\n`;
    expect(parse(page)).toEqual({ endpoints: ['real'], errors: [] });
  });

  it('a stray end marker, an unclosed start and a start inside a region are errors at their place', () => {
    const page = ['x', END, START('a'), START('b'), END, '{/* snipgen:end */}', START('c')].join('\n');
    expect(parse(page)).toEqual({
      endpoints: ['b'],
      errors: [
        'page.md:2:1: snipgen:end marker without a snipgen:start before it',
        'page.md:3:1: snipgen:start marker has no matching snipgen:end',
        'page.md:6:1: snipgen:end marker without a snipgen:start before it',
        'page.md:7:1: snipgen:start marker has no matching snipgen:end',
      ],
    });
  });
});

describe('gen --docs on the README, which shows markers in code', () => {
  const work = mkdtempSync(join(tmpdir(), 'snipgen-markers-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('leaves every byte of it alone', async () => {
    copyFileSync(join(ROOT, 'README.md'), join(work, 'README.md'));
    const result = await runCli(['gen', join(SHAPES, 'method-get.yaml'), '-o', join(work, 'out'), '-c', 'shell/curl', '--docs', join(work, 'README.md')]);
    expect([result.exitCode, result.stderr]).toEqual([0, '']);
    expect(readFileSync(join(work, 'README.md'), 'utf8')).toBe(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  });
});

describe('a region naming a client that could not write its endpoint', () => {
  const work = mkdtempSync(join(tmpdir(), 'snipgen-markers-left-out-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('shows the other clients; gen has already said which one was left out and why', async () => {
    const page = join(work, 'page.md');
    writeFileSync(page, '<!-- snipgen:start endpoint=auth-api-key-cookie clients=javascript/xhr,shell/curl -->\n<!-- snipgen:end -->\n');
    const result = await runCli(['gen', join(SHAPES, 'auth-api-key-cookie.yaml'), '-o', join(work, 'out'), '-c', 'javascript/xhr,shell/curl', '--docs', page]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('left out: javascript/xhr cannot send a Cookie header');
    const filled = readFileSync(page, 'utf8');
    expect(filled).toContain('**Shell (curl)** with curl');
    expect(filled).not.toContain('XMLHttpRequest');
  });
});
