import type { ClientDescriptor } from './types.js';

export const swiftUrlsession: ClientDescriptor = {
  id: 'swift/urlsession',
  language: 'swift',
  client: 'urlsession',
  title: 'Swift (URLSession)',
  fence: 'swift',
  extension: '.swift',
  library: { name: 'Foundation URLSession', version: '5.9', install: null },
  fixes:
    'imports FoundationNetworking on Linux, sends the JSON body as its exact text (the reference calls the throwing JSONSerialization without try), reads the secret from the environment, waits for the response with async/await (the reference exits before it arrives), prints status and body. Syntax-checked only: there is no Swift toolchain to compile or run it here',
};
