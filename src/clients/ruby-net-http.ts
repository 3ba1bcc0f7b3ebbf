import type { ClientDescriptor } from './types.js';

export const rubyNetHttp: ClientDescriptor = {
  id: 'ruby/net-http',
  language: 'ruby',
  client: 'net-http',
  title: 'Ruby (Net::HTTP)',
  fence: 'ruby',
  extension: '.rb',
  library: { name: 'net/http', version: '3.1', install: null },
  fixes: 'reads secrets from the environment, opens the connection for http and https alike, prints the status code as well as the body',
};
