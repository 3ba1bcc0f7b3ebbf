import type { ClientDescriptor } from './types.js';

export const phpCurl: ClientDescriptor = {
  id: 'php/curl',
  language: 'php',
  client: 'curl',
  title: 'PHP (cURL)',
  fence: 'php',
  extension: '.php',
  library: { name: 'ext-curl', version: '8', install: null },
  fixes: 'second PHP client: needs only the curl extension',
};
