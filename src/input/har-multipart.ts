import { posix } from 'node:path';
import type { RawPart as Part } from './common.js';

/**
 * A file part. The snippet opens the file name as the HAR gives it, folders included, when that
 * is a plain relative path; otherwise (absolute, `..`, a drive) the name alone.
 */
export function filePart(name: string, fileName: string, contentType: unknown): Part {
  return { name, file: uploadPath(fileName), filename: fileName, ...(typeof contentType === 'string' && contentType ? { contentType } : {}) };
}

function uploadPath(fileName: string): string {
  const path = fileName.replace(/\\/g, '/');
  const segments = path.split('/');
  const plain = !path.startsWith('/') && !/^[A-Za-z]:/.test(path) && segments.every((s) => s !== '' && s !== '.' && s !== '..' && !/[\0-\x1f]/.test(s));
  if (plain) return posix.normalize(path);
  const base = segments.filter(Boolean).pop() ?? '';
  return base.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '') || 'upload.bin';
}

/**
 * Captured files are written beside the snippet under their own names, so two with one name and
 * different bytes (`a/x.txt` and `b/x.txt`, or one name uploaded twice) would share one file and
 * the first would be sent with the second's bytes: a later one takes `x-2.txt`. The filename the
 * request carries stays as captured.
 */
export function distinctUploads(parts: Part[]): Part[] {
  const written = new Map<string, string>();
  return parts.map((part) => {
    if (part.file === undefined || part.content === undefined) return part;
    let file = part.file;
    const dot = file.lastIndexOf('.') > file.lastIndexOf('/') + 1 ? file.lastIndexOf('.') : file.length;
    for (let n = 2; written.has(file) && written.get(file) !== part.content; n++) file = `${part.file.slice(0, dot)}-${n}${part.file.slice(dot)}`;
    written.set(file, part.content);
    return file === part.file ? part : { ...part, file };
  });
}

/** The parts of a captured multipart/form-data body; undefined when it is not one. */
export function parseMultipart(text: string, boundary: string): Part[] | undefined {
  const chunks = text.split(`--${boundary}`);
  if (chunks.length < 3) return undefined;
  const parts: Part[] = [];
  for (const chunk of chunks.slice(1, -1)) {
    const body = chunk.replace(/^\r?\n/, '');
    const split = /\r?\n\r?\n/.exec(body);
    if (!split) return undefined;
    const head = body.slice(0, split.index);
    const content = body.slice(split.index + split[0].length).replace(/\r?\n$/, '');
    const disposition = /^content-disposition:(.*)$/im.exec(head)?.[1] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined) return undefined;
    const fileName = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    const contentType = /^content-type:\s*(.*?)\s*$/im.exec(head)?.[1];
    // Browsers leave a file's bytes out of the captured text: an empty part holds nothing to send.
    parts.push(fileName ? { ...filePart(name, fileName, contentType), ...(content ? { content } : {}) } : { name, value: content });
  }
  return parts;
}
