import type { ClientDescriptor } from './types.js';

export const csharpRestsharp: ClientDescriptor = {
  id: 'csharp/restsharp',
  language: 'csharp',
  client: 'restsharp',
  title: 'C# (RestSharp)',
  fence: 'csharp',
  extension: '.cs',
  library: { name: 'RestSharp', version: '112.1.0', install: 'dotnet add package RestSharp --version 112.1.0' },
  fixes:
    'compiles against current RestSharp (Method.Post, ExecuteAsync; the reference uses the API removed in v107), is a complete program that prints status and body, reads secrets from the environment, sends the exact Content-Type',
};
