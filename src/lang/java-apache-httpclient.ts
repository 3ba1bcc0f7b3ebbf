import type { Endpoint } from '../model.js';
import { addValueImports, importLines } from './java.js';
import { apacheContentType, nonAsciiHeaders } from './jvm-http.js';
import type { TimeoutOptions } from './timeout.js';

/** java/apache-httpclient (HttpClient 5.2, classic API): its import list; its template decisions are in jvm-http.ts beside OkHttp's, which they mirror. */

/** The imports an Apache HttpClient 5 program needs. */
function apacheImports(endpoint: Endpoint & TimeoutOptions): string {
  const imports = new Set([
    'org.apache.hc.client5.http.impl.classic.CloseableHttpClient',
    'org.apache.hc.client5.http.impl.classic.HttpClients',
    'org.apache.hc.core5.http.ClassicHttpRequest',
    'org.apache.hc.core5.http.io.entity.EntityUtils',
    'org.apache.hc.core5.http.io.support.ClassicRequestBuilder',
  ]);
  const { body } = endpoint;
  const custom = nonAsciiHeaders(endpoint) || Boolean(endpoint.options?.timeout);
  if (custom) imports.add('org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder');
  if (nonAsciiHeaders(endpoint)) {
    for (const name of ['java.nio.charset.StandardCharsets', 'org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory', 'org.apache.hc.core5.http.config.CharCodingConfig']) imports.add(name);
  }
  if (endpoint.options?.timeout) imports.add('org.apache.hc.client5.http.config.ConnectionConfig').add('org.apache.hc.core5.util.Timeout');
  if (apacheContentType(endpoint) !== null) imports.add('org.apache.hc.core5.http.ContentType');
  if (body?.kind === 'multipart') {
    for (const name of ['java.nio.charset.StandardCharsets', 'java.util.UUID', 'org.apache.hc.client5.http.entity.mime.HttpMultipartMode', 'org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder']) imports.add(name);
    if (body.parts.some((p) => p.kind === 'file')) imports.add('java.io.File');
    if (body.parts.length) imports.add('org.apache.hc.core5.http.ContentType');
  } else if (body?.kind === 'file') imports.add('java.io.File').add('org.apache.hc.core5.http.io.entity.FileEntity');
  else if (body?.kind === 'form') {
    for (const name of ['java.nio.charset.StandardCharsets', 'java.util.List', 'org.apache.hc.client5.http.entity.UrlEncodedFormEntity', 'org.apache.hc.core5.http.message.BasicNameValuePair']) imports.add(name);
  } else if (body) imports.add('java.nio.charset.StandardCharsets').add('org.apache.hc.core5.http.io.entity.ByteArrayEntity');
  addValueImports(imports, [endpoint.url, ...endpoint.headers.map((h) => h.value), ...(endpoint.cookieHeader ? [endpoint.cookieHeader] : [])]);
  return importLines(imports);
}

export const apacheHelpers = { apacheImports };
