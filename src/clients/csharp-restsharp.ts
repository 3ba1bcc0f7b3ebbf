import type { ClientDescriptor } from './types.js';

export const csharpRestsharp: ClientDescriptor = {
  id: 'csharp/restsharp',
  language: 'csharp',
  client: 'restsharp',
  title: 'C# (RestSharp)',
  fence: 'csharp',
  extension: '.cs',
  library: { name: 'RestSharp', version: '112.1.0', install: 'dotnet add package RestSharp --version 112.1.0' },
  fixes: 'uses the RestSharp 107+ API (Method.Post, RestResponse, ExecuteAsync); the reference uses the API removed in v107',
};
