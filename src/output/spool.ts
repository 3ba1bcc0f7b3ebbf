import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Text held in memory before it goes to a file: small runs (most APIs) never touch the disk. */
const IN_MEMORY = 1 << 18;
const READ_CHUNK = 1 << 16;

/**
 * Text appended in order and read back in chunks, any number of times: what a run would
 * otherwise keep per output file (the manifest's entries, the paths staged for renaming) goes
 * here, so memory stays the same however large the API. Past `inMemory` characters the text goes
 * to a private temporary file (a BlockFile: nothing is left behind however the run ends).
 */
export class Spool {
  private pending: string[] = [];
  private pendingLength = 0;
  private file: BlockFile | undefined;
  private empty = true;

  constructor(private readonly inMemory = IN_MEMORY) {}

  get isEmpty(): boolean {
    return this.empty;
  }

  append(text: string): void {
    if (!text) return;
    this.empty = false;
    this.pending.push(text);
    this.pendingLength += text.length;
    // Joined now and then: a long list of small concatenated strings costs several times its text.
    if (this.pending.length >= 1024) this.pending = [this.pending.join('')];
    if (this.pendingLength >= this.inMemory) this.flush();
  }

  /** The text appended so far, in chunks of at most about 64 KB (a UTF-8 sequence is never split). */
  *chunks(): Generator<string> {
    if (this.file === undefined) {
      yield* this.pending;
      return;
    }
    this.flush();
    // Each chunk is decoded up to its last whole code point and the rest carried over: Node 20's
    // TextDecoder takes a slow path when streaming, which cost a run of (b) 30 ms for its manifest.
    let carry: Buffer | undefined;
    for (let offset = 0; offset < this.file.size; offset += READ_CHUNK) {
      const read = this.file.read({ offset, length: Math.min(READ_CHUNK, this.file.size - offset) });
      const bytes = carry ? Buffer.concat([carry, read]) : read;
      const end = wholeCodePoints(bytes);
      if (end) yield bytes.toString('utf8', 0, end);
      carry = end < bytes.length ? bytes.subarray(end) : undefined;
    }
    // The file holds whole strings, so nothing is left over; were it cut short, toString shows U+FFFD as TextDecoder did.
    if (carry) yield carry.toString('utf8');
  }

  /** The entries appended with `separator` after each, one at a time. */
  *entries(separator = '\0'): Generator<string> {
    let carry = '';
    for (const chunk of this.chunks()) {
      const parts = (carry + chunk).split(separator);
      carry = parts.pop()!;
      yield* parts;
    }
    if (carry) yield carry;
  }

  dispose(): void {
    this.pending = [];
    this.pendingLength = 0;
    this.file?.close();
    this.file = undefined;
    this.empty = true;
  }

  private flush(): void {
    this.file ??= new BlockFile();
    if (this.pending.length) this.file.append(Buffer.from(this.pending.join('')));
    this.pending = [];
    this.pendingLength = 0;
  }
}

/** The length of the longest prefix of UTF-8 `bytes` that ends with a whole code point. */
function wholeCodePoints(bytes: Buffer): number {
  // Back over at most three continuation bytes (10xxxxxx) to the lead byte of the last sequence.
  let lead = bytes.length - 1;
  while (lead > 0 && bytes.length - lead < 4 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  const first = bytes[lead]!;
  const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return lead + length <= bytes.length ? bytes.length : lead;
}

/** Writes all of `text` (writeSync may write less than it was given). */
export function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

/**
 * Byte blocks appended and read back by where they were put, from a temporary file that is
 * unlinked as soon as it is open (where the system allows), so nothing is left behind however the
 * run ends.
 */
export class BlockFile {
  private fd: number | undefined;
  size = 0;

  append(block: Uint8Array): { offset: number; length: number } {
    if (this.fd === undefined) {
      const dir = mkdtempSync(join(tmpdir(), 'snipgen-blocks-'));
      this.fd = openSync(join(dir, 'blocks'), 'w+');
      try {
        rmSync(dir, { recursive: true, force: true });
      } catch {
        // Left for the system's temporary-file cleanup where an open file cannot be removed.
      }
    }
    const offset = this.size;
    for (let done = 0; done < block.length; ) done += writeSync(this.fd, block, done, block.length - done, offset + done);
    this.size += block.length;
    return { offset, length: block.length };
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.size = 0;
  }

  read(at: { offset: number; length: number }): Buffer {
    const block = Buffer.allocUnsafe(at.length);
    for (let done = 0; done < at.length; ) {
      const read = readSync(this.fd!, block, done, at.length - done, at.offset + done);
      if (read === 0) throw new Error('snipgen: a temporary file was cut short');
      done += read;
    }
    return block;
  }
}
