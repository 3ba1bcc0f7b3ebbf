import type { ClientDescriptor } from './types.js';

export const shellCurl: ClientDescriptor = {
  id: 'shell/curl',
  language: 'shell',
  client: 'curl',
  title: 'Shell (curl)',
  fence: 'bash',
  extension: '.sh',
  // --url-query, which percent-encodes query values (secrets from the environment too), is new in curl 7.87.
  library: { name: 'curl', version: '7.88', install: null },
  fixes:
    'reads secrets from the environment, quotes every value safely, passes query values through --url-query and text fields through --form-string, and prints the status',
};
