import type { ClientDescriptor } from './types.js';

export const pythonRequests: ClientDescriptor = {
  id: 'python/requests',
  language: 'python',
  client: 'requests',
  title: 'Python (requests)',
  fence: 'python',
  extension: '.py',
  library: { name: 'requests', version: '2.28', install: 'pip install requests' },
  fixes: 'a complete script: reads the secret from the environment, sends text bodies as UTF-8 (http.client would encode a str as Latin-1), prints status and body',
};
