import type { Endpoint } from '../model.js';
import { addValueImports, importLines } from './java.js';
import { bodyContentType, nonAsciiHeaders, okhttpEmptyBody, okhttpFormBody } from './jvm-http.js';
import type { TimeoutOptions } from './timeout.js';

/** java/okhttp (OkHttp 3.13): only its import list is its own; kotlin/okhttp shares the rest through jvm-http.ts. */

/** The imports an OkHttp 3 program needs. */
function okhttpImports(endpoint: Endpoint & TimeoutOptions): string {
  const imports = new Set(['okhttp3.OkHttpClient', 'okhttp3.Request', 'okhttp3.Response']);
  const { body } = endpoint;
  if (endpoint.options?.timeout) imports.add('java.util.concurrent.TimeUnit');
  if (nonAsciiHeaders(endpoint)) imports.add('okhttp3.Headers');
  if (body || okhttpEmptyBody(endpoint)) imports.add('okhttp3.RequestBody');
  if (bodyContentType(endpoint) !== null && !okhttpFormBody(endpoint)) imports.add('okhttp3.MediaType');
  if (body?.kind === 'multipart') {
    if (body.parts.length === 0) imports.add('okhttp3.MediaType').add('java.nio.charset.StandardCharsets').add('java.util.UUID');
    else imports.add('okhttp3.MultipartBody');
    if (body.parts.some((p) => p.kind === 'file')) imports.add('okhttp3.MediaType').add('java.io.File');
  } else if (body?.kind === 'file') imports.add('java.io.File');
  else if (okhttpFormBody(endpoint)) imports.add('okhttp3.FormBody');
  else if (body) imports.add('java.nio.charset.StandardCharsets');
  addValueImports(imports, [endpoint.url, ...endpoint.headers.map((h) => h.value), ...(endpoint.cookieHeader ? [endpoint.cookieHeader] : [])]);
  return importLines(imports);
}

export const okhttpHelpers = { okhttpImports };
