import type { ClientDescriptor } from './types.js';

export const shellCurl: ClientDescriptor = {
  id: 'shell/curl',
  language: 'shell',
  client: 'curl',
  title: 'Shell (curl)',
  fence: 'bash',
  extension: '.sh',
  library: { name: 'curl', version: '7.68', install: null },
  fixes: 'reads the secret from the environment; quoting safe for any value',
};
