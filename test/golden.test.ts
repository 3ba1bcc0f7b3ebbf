import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENTS } from '../src/clients/index.js';
import { ROOT, STYLES, fixtureEndpoint, goldenPath, matchGolden, shapeFixtures, rendererFor } from './support.js';

// One test per client x style x fixture. A render error fails the test with the error itself:
// a crash is never reported as a missing golden.
describe.each(STYLES)('%s style', (style) => {
  describe.each(CLIENTS.map((c) => [c.id, c] as const))('%s', (_id, client) => {
    it.each(shapeFixtures())('%s', (fixture) => {
      const code = rendererFor(client).render(client, fixtureEndpoint(fixture, style));
      const file = goldenPath(client, style, fixture);
      const { expected, actual } = matchGolden(file, code);
      expect(expected, `missing golden ${relative(ROOT, file)}: run UPDATE_GOLDENS=1 npx vitest run test/golden.test.ts and review the new file`).toBeDefined();
      expect(actual).toBe(expected);
    });
  });
});
