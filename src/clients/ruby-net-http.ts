import type { ClientDescriptor } from './types.js';

export const rubyNetHttp: ClientDescriptor = {
  id: 'ruby/net-http',
  language: 'ruby',
  client: 'net-http',
  title: 'Ruby (Net::HTTP)',
  fence: 'ruby',
  extension: '.rb',
  library: { name: 'net/http', version: '3.1', install: null },
  fixes: 'prints the status, reads the secret from the environment',
};
