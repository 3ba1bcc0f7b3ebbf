import type { ClientDescriptor } from './types.js';

export const csharpHttpclient: ClientDescriptor = {
  id: 'csharp/httpclient',
  language: 'csharp',
  client: 'httpclient',
  title: 'C# (HttpClient)',
  fence: 'csharp',
  extension: '.cs',
  library: { name: 'System.Net.Http', version: '8', install: null },
  fixes: 'second C# client: needs nothing beyond the .NET SDK',
};
