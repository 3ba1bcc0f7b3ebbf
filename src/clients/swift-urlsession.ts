import type { ClientDescriptor } from './types.js';

export const swiftUrlsession: ClientDescriptor = {
  id: 'swift/urlsession',
  language: 'swift',
  client: 'urlsession',
  title: 'Swift (URLSession)',
  fence: 'swift',
  extension: '.swift',
  library: { name: 'Foundation URLSession', version: '5.9', install: null },
  fixes: 'imports FoundationNetworking on Linux, sends the JSON as its exact text (no untried JSONSerialization), reads the secret from the environment, waits for the response with async/await and prints status and body',
};
