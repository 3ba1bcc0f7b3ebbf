import type { SyntaxProblem } from './index.js';

/** A request message read from a snippet file: its head's lines and its body's bytes. */
export interface HttpMessage {
  method: string;
  target: string;
  /** [name, value] in order, values without their edge whitespace. */
  headers: Array<[string, string]>;
  body: Buffer;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Parses a snippet of the `http` language (there is no tree-sitter grammar for it): the request
 * line, header lines up to a blank line, and a body of exactly Content-Length bytes, after which
 * the file may hold only its final line break. Lines end in LF in a file; CR is an error.
 */
export function parseHttpMessage(code: string): { message?: HttpMessage; problems: SyntaxProblem[] } {
  const problems: SyntaxProblem[] = [];
  const bytes = Buffer.from(code, 'utf8');
  const blank = bytes.indexOf('\n\n');
  const headEnd = blank === -1 ? bytes.length : blank;
  const lines = bytes.subarray(0, headEnd).toString('utf8').replace(/\n$/, '').split('\n');
  const problem = (line: number, message: string) => problems.push({ line, col: 1, message });

  const requestLine = /^([^ ]+) ([^ ]+) HTTP\/1\.1$/.exec(lines[0] ?? '');
  if (!requestLine || !TOKEN.test(requestLine[1]!)) problem(1, `not a request line: ${JSON.stringify((lines[0] ?? '').slice(0, 40))}`);
  const headers: Array<[string, string]> = [];
  lines.slice(1).forEach((line, i) => {
    const colon = line.indexOf(':');
    const name = colon === -1 ? '' : line.slice(0, colon);
    if (!TOKEN.test(name)) return problem(i + 2, `not a header line: ${JSON.stringify(line.slice(0, 40))}`);
    const value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
    if (/[\0-\x08\x0a-\x1f\x7f]/.test(value)) return problem(i + 2, `control character in the value of ${name}`);
    headers.push([name, value]);
  });
  if (!headers.some(([n]) => n.toLowerCase() === 'host')) problem(1, 'no Host header');

  const lengths = headers.filter(([n]) => n.toLowerCase() === 'content-length');
  const rest = blank === -1 ? Buffer.alloc(0) : bytes.subarray(blank + 2);
  const bodyLine = lines.length + 2;
  let body = Buffer.alloc(0);
  if (lengths.length > 1) problem(bodyLine, 'more than one Content-Length');
  else if (lengths.length === 1) {
    const length = /^\d+$/.test(lengths[0]![1]) ? Number(lengths[0]![1]) : NaN;
    if (!Number.isSafeInteger(length)) problem(bodyLine, `Content-Length is not a number: ${JSON.stringify(lengths[0]![1])}`);
    else {
      body = rest.subarray(0, length);
      const after = rest.subarray(length).toString('utf8');
      if (body.length < length) problem(bodyLine, `Content-Length is ${length} but the body has ${body.length} bytes`);
      else if (after !== '' && after !== '\n') problem(bodyLine, `Content-Length is ${length} but the body has ${length + Buffer.byteLength(after) - (after.endsWith('\n') ? 1 : 0)} bytes`);
    }
  } else if (rest.toString('utf8').replace(/\n$/, '') !== '') problem(bodyLine, 'a body without Content-Length');
  if (bytes.includes('\r')) problem(1, 'a carriage return (a snippet file ends its lines with LF; the head is sent with CRLF)');

  if (problems.length || !requestLine) return { problems };
  return { message: { method: requestLine[1]!, target: requestLine[2]!, headers, body }, problems };
}

/** The bytes that go on the wire: the head's lines ended with CRLF, then the body as it is. */
export function wireBytes(code: string): Buffer {
  const bytes = Buffer.from(code, 'utf8');
  const blank = bytes.indexOf('\n\n');
  const head = bytes.subarray(0, blank === -1 ? bytes.length : blank).toString('utf8').replace(/\n$/, '');
  const { message } = parseHttpMessage(code);
  return Buffer.concat([Buffer.from(`${head.split('\n').join('\r\n')}\r\n\r\n`, 'utf8'), message?.body ?? Buffer.alloc(0)]);
}
