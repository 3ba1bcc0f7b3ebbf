import type { ClientDescriptor } from './types.js';

export const swiftUrlsession: ClientDescriptor = {
  id: 'swift/urlsession',
  language: 'swift',
  client: 'urlsession',
  title: 'Swift (URLSession)',
  fence: 'swift',
  extension: '.swift',
  library: { name: 'Foundation URLSession', version: '5.9', install: null },
  fixes: 'try on JSONSerialization, import FoundationNetworking on Linux, waits for the response with async/await',
};
