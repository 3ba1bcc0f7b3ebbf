import type { ClientDescriptor } from './types.js';

export const csharpHttpclient: ClientDescriptor = {
  id: 'csharp/httpclient',
  language: 'csharp',
  client: 'httpclient',
  title: 'C# (HttpClient)',
  fence: 'csharp',
  extension: '.cs',
  library: { name: 'System.Net.Http', version: '8', install: null },
  fixes:
    'second C# client, needs nothing beyond the .NET SDK; prints status and body even on an error status, reads secrets from the environment, keeps repeated form keys and the exact Content-Type',
};
