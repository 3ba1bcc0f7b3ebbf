import { describe, expect, it } from 'vitest';
import { CLIENTS } from '../src/clients/index.js';
import { fixtureEndpoint, rendererFor, shapeFixtures } from './support.js';

// The renderer writes the template data out field by field (quicker in V8 than a spread): every
// field of the endpoint must still reach the templates, with the same values, in the same order.
describe('template data', () => {
  const client = CLIENTS[0]!;
  const renderer = rendererFor(client);
  for (const fixture of shapeFixtures()) {
    it(`holds every field of the ${fixture} endpoint, then client and options`, () => {
      const endpoint = fixtureEndpoint(fixture, 'runnable');
      const data = renderer.data(client, endpoint);
      expect(Object.keys(data)).toEqual([...Object.keys(endpoint), 'client', 'options']);
      for (const key of Object.keys(endpoint) as (keyof typeof endpoint)[]) expect(data[key]).toBe(endpoint[key]);
      expect(data.client.id).toBe(client.id);
    });
  }

  it('a query parameter, header or cookie is its name and value only, however it was made (an API key too)', () => {
    for (const fixture of shapeFixtures()) {
      const endpoint = fixtureEndpoint(fixture, 'runnable');
      for (const param of [...endpoint.query, ...endpoint.headers, ...endpoint.headerMap, ...endpoint.cookies]) {
        expect(Object.keys(param), `${fixture}: ${param.name}`).toEqual(['name', 'value']);
      }
    }
  });
});
