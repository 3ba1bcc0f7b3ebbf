import type { ClientDescriptor } from './types.js';

export const javascriptFetch: ClientDescriptor = {
  id: 'javascript/fetch',
  language: 'javascript',
  client: 'fetch',
  title: 'JavaScript (fetch)',
  fence: 'javascript',
  extension: '.mjs',
  library: { name: 'fetch in Node.js', version: '18+', install: null },
  fixes:
    'reads the secret from the environment, prints the status and the body as text (response.json() throws on an empty body), and sends header values and multipart text fields byte for byte',
};
