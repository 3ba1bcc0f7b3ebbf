import type { ClientDescriptor } from './types.js';

export const goNetHttp: ClientDescriptor = {
  id: 'go/net-http',
  language: 'go',
  client: 'net-http',
  title: 'Go (net/http)',
  fence: 'go',
  extension: '.go',
  library: { name: 'net/http', version: '1.19', install: null },
  fixes:
    'checks every error instead of discarding it (the reference reads res before knowing the request succeeded), reads secrets from the environment, prints the status code instead of the whole response struct',
};
