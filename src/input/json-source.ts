import type { SourceLocation } from '../errors.js';

type Segment = string | number;

/**
 * Positions in a JSON file by JSON pointer, without building a tree: the yaml package takes
 * half a minute and 600 MB on GitHub's 13 MB description, while this scanner only walks down
 * the one path asked for. Pointers up to `indexDepth` are indexed in a single pass on first
 * use, so locating every operation of a large document stays linear.
 */
export class JsonSource {
  private lineStarts: number[] | undefined;
  private index: Map<string, number> | undefined;

  constructor(
    readonly file: string,
    private readonly text: string,
    private readonly indexDepth = 3,
  ) {}

  /** The location of the value at `path`, or of its nearest existing ancestor. */
  locate(path: readonly Segment[]): SourceLocation {
    return this.at(this.offsetOf(path));
  }

  at(offset: number): SourceLocation {
    const starts = (this.lineStarts ??= lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { file: this.file, line: lo + 1, col: offset - starts[lo]! + 1 };
  }

  private offsetOf(path: readonly Segment[]): number {
    const index = (this.index ??= this.buildIndex());
    let depth = Math.min(path.length, this.indexDepth);
    let start: number | undefined;
    for (; depth >= 0; depth--) {
      start = index.get(key(path.slice(0, depth)));
      if (start !== undefined) break;
    }
    if (start === undefined) return 0;
    let offset = start;
    for (const segment of path.slice(depth)) {
      const child = this.child(offset, segment);
      if (child === undefined) break;
      offset = child;
    }
    return offset;
  }

  private buildIndex(): Map<string, number> {
    const index = new Map<string, number>();
    const visit = (offset: number, path: Segment[]) => {
      index.set(key(path), offset);
      if (path.length >= this.indexDepth) return;
      this.eachChild(offset, (segment, child) => {
        visit(child, [...path, segment]);
        return false;
      });
    };
    visit(this.skipSpace(0), []);
    return index;
  }

  /** The offset of the value under `segment` in the object or array starting at `offset`. */
  private child(offset: number, segment: Segment): number | undefined {
    let found: number | undefined;
    this.eachChild(offset, (name, child) => {
      if (String(name) !== String(segment)) return false;
      found = child;
      return true;
    });
    return found;
  }

  /** Calls `visit` with each member's key (or index) and value offset until it returns true. */
  private eachChild(offset: number, visit: (segment: Segment, offset: number) => boolean): void {
    const text = this.text;
    const open = text.charCodeAt(offset);
    if (open !== OPEN_BRACE && open !== OPEN_BRACKET) return;
    let i = this.skipSpace(offset + 1);
    let n = 0;
    for (let c = text.charCodeAt(i); i < text.length && c !== CLOSE_BRACE && c !== CLOSE_BRACKET; c = text.charCodeAt(i)) {
      let segment: Segment = n++;
      if (open === OPEN_BRACE) {
        const end = this.skipString(i);
        const name = text.slice(i + 1, end - 1);
        // Only a key with an escape needs JSON.parse; a HAR or OpenAPI file has thousands without one.
        segment = name.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : name;
        i = this.skipSpace(end);
        i = this.skipSpace(i + 1); // the colon
      }
      if (visit(segment, i)) return;
      i = this.skipSpace(this.skipValue(i));
      if (text.charCodeAt(i) === COMMA) i = this.skipSpace(i + 1);
    }
  }

  private skipValue(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === QUOTE) return this.skipString(i);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      // From one quote or bracket to the next by a regex: a loop per character runs interpreted on
      // a cold start, and took 60-90 ms over a 330 KB HAR where this takes a few.
      let depth = 0;
      for (;;) {
        UNTIL_STRUCTURE.lastIndex = i;
        UNTIL_STRUCTURE.test(text);
        i = UNTIL_STRUCTURE.lastIndex;
        if (i >= text.length) return text.length;
        const d = text.charCodeAt(i);
        if (d === QUOTE) {
          i = this.skipString(i);
          continue;
        }
        if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
        else if (--depth === 0) return i + 1;
        i++;
      }
    }
    // A number, true, false or null: up to the next delimiter (a regex test per character cost a sixth of a HAR import).
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isJsonSpace(code)) break;
    }
    return i;
  }

  /** The offset just past the string starting at `i`: the next quote not escaped by an odd run of backslashes. */
  private skipString(i: number): number {
    const text = this.text;
    for (let quote = text.indexOf('"', i + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
    }
    return text.length;
  }

  private skipSpace(i: number): number {
    while (i < this.text.length && isJsonSpace(this.text.charCodeAt(i))) i++;
    return i;
  }
}

/** Everything up to the next quote or bracket (sticky: matches from lastIndex, possibly nothing). */
const UNTIL_STRUCTURE = /[^"[\]{}]*/y;
const QUOTE = 0x22;
const COMMA = 0x2c;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** JSON's four whitespace characters (RFC 8259): space, tab, line feed, carriage return. */
function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function key(path: readonly Segment[]): string {
  let key = '';
  for (const segment of path) {
    const text = String(segment);
    key += '/' + (text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text);
  }
  return key;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
