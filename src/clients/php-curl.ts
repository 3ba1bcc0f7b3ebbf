import type { ClientDescriptor } from './types.js';

export const phpCurl: ClientDescriptor = {
  id: 'php/curl',
  language: 'php',
  client: 'curl',
  title: 'PHP (cURL)',
  fence: 'php',
  extension: '.php',
  library: { name: 'ext-curl', version: '8', install: null },
  fixes: 'second PHP client, needing only the curl extension: reads the secret from the environment, throws on a transport error, prints status and body',
};
