import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENTS, type ClientDescriptor } from '../src/clients/index.js';
import { SnipgenError } from '../src/errors.js';
import type { Style } from '../src/model.js';
import { ROOT, STYLES, UNSUPPORTED_GOLDEN, fixtureEndpoint, goldenPath, matchGolden, shapeFixtures, rendererFor, stylesOf } from './support.js';

/** The snippet, or the message of a refusal as unsupported (a library that cannot send the shape): both are goldens. */
function renderOrRefusal(client: ClientDescriptor, fixture: string, style: Style): string {
  try {
    return rendererFor(client).render(client, fixtureEndpoint(fixture, style));
  } catch (e) {
    if (e instanceof SnipgenError && e.code === 'unsupported') return `${UNSUPPORTED_GOLDEN}${e.message}\n`;
    throw e;
  }
}

// One test per client x style x fixture. A render error fails the test with the error itself:
// a crash is never reported as a missing golden.
describe.each(STYLES)('%s style', (style) => {
  describe.each(CLIENTS.filter((c) => stylesOf(c).includes(style)).map((c) => [c.id, c] as const))('%s', (_id, client) => {
    it.each(shapeFixtures())('%s', (fixture) => {
      const code = renderOrRefusal(client, fixture, style);
      const file = goldenPath(client, style, fixture);
      const { expected, actual } = matchGolden(file, code);
      expect(expected, `missing golden ${relative(ROOT, file)}: run npm run goldens and review the new file`).toBeDefined();
      expect(actual).toBe(expected);
    });
  });
});
