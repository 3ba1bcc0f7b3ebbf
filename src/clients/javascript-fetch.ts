import type { ClientDescriptor } from './types.js';

export const javascriptFetch: ClientDescriptor = {
  id: 'javascript/fetch',
  language: 'javascript',
  client: 'fetch',
  title: 'JavaScript (fetch)',
  fence: 'javascript',
  extension: '.mjs',
  library: { name: 'fetch (Node.js 18+)', version: '18', install: null },
  fixes: 'prints the status, reads the secret from the environment',
};
