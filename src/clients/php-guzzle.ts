import type { ClientDescriptor } from './types.js';

export const phpGuzzle: ClientDescriptor = {
  id: 'php/guzzle',
  language: 'php',
  client: 'guzzle',
  title: 'PHP (Guzzle)',
  fence: 'php',
  extension: '.php',
  library: { name: 'guzzlehttp/guzzle', version: '7.4', install: 'composer require guzzlehttp/guzzle' },
  fixes:
    'loads the Composer autoloader, reads the secret from the environment, keeps repeated query names, form fields and headers, prints status and body even for a 4xx',
};
