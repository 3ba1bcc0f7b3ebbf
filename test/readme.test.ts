import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientsMarkdown, fixesMarkdown } from '../src/commands/list.js';
import { ROOT } from './support.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const region = (name: string) => new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)<!-- ${name}:end -->`).exec(readme)?.[1];

describe('README', () => {
  it('clients table matches the registry (refresh: npm run build && node scripts/update-readme.mjs)', () => {
    expect(region('clients-table')).toBe(clientsMarkdown());
  });

  it('runnable-style fixes list matches the registry', () => {
    expect(region('fixes-table')).toBe(fixesMarkdown());
  });

  it('names the test command that CI runs', () => {
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    expect(readme).toContain('npm test ');
    expect(ci).toMatch(/^npm test$/m);
  });
});
