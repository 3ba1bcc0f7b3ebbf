import type { ClientDescriptor } from './types.js';

export const javaUnirest: ClientDescriptor = {
  id: 'java/unirest',
  language: 'java',
  client: 'unirest',
  title: 'Java (Unirest)',
  fence: 'java',
  extension: '.java',
  library: { name: 'com.mashape.unirest:unirest-java', version: '1.4.8', install: 'Maven: com.mashape.unirest:unirest-java:1.4.8' },
  fixes: 'a complete program: imports, a class and main, and it prints the response',
};
