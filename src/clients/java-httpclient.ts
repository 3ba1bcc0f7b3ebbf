import type { ClientDescriptor } from './types.js';

export const javaHttpclient: ClientDescriptor = {
  id: 'java/httpclient',
  language: 'java',
  client: 'httpclient',
  title: 'Java (java.net.http)',
  fence: 'java',
  extension: '.java',
  library: { name: 'java.net.http', version: '11', install: null },
  fixes:
    'a complete program on the JDK alone (class Main with imports and main): reads secrets from the environment, builds multipart bodies by hand (java.net.http has none), prints status and body',
};
