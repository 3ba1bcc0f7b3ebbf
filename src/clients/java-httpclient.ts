import type { ClientDescriptor } from './types.js';

export const javaHttpclient: ClientDescriptor = {
  id: 'java/httpclient',
  language: 'java',
  client: 'httpclient',
  title: 'Java (java.net.http)',
  fence: 'java',
  extension: '.java',
  library: { name: 'java.net.http', version: '11', install: null },
  fixes: 'second Java client: needs nothing beyond the JDK',
};
