import type { MultipartField, MultipartFile } from '../model.js';
import { quoteParam } from './rust.js';

/** The Content-Disposition of a part, for bodies built by hand (ureq has no multipart). */
function disposition(part: MultipartField | MultipartFile): string {
  return `form-data; name="${quoteParam(part.name)}"${part.kind === 'file' ? `; filename="${quoteParam(part.filename)}"` : ''}`;
}

export const ureqHelpers = { disposition };
