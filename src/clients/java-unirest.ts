import type { ClientDescriptor } from './types.js';

export const javaUnirest: ClientDescriptor = {
  id: 'java/unirest',
  language: 'java',
  client: 'unirest',
  title: 'Java (Unirest)',
  fence: 'java',
  extension: '.java',
  // The version Debian ships (/usr/share/java/unirest-java.jar); it brings Apache HttpClient 4.5 with it.
  library: { name: 'com.mashape.unirest:unirest-java', version: '1.4.8', install: 'Maven: com.mashape.unirest:unirest-java:1.4.8' },
  fixes:
    'a complete program (class Main with imports and main) that reads secrets from the environment, prints status and body and shuts Unirest down so the JVM exits; what Unirest 1.x cannot send (custom methods, %2F in a path, multipart without files) goes through the Apache HttpClient it runs on',
};
