import type { ClientDescriptor } from './types.js';

export const pythonRequests: ClientDescriptor = {
  id: 'python/requests',
  language: 'python',
  client: 'requests',
  title: 'Python (requests)',
  fence: 'python',
  extension: '.py',
  library: { name: 'requests', version: '2.28', install: 'pip install requests' },
  fixes: 'reads the secret from the environment, checks the status and prints status and body',
};
