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
    const open = text[offset];
    if (open !== '{' && open !== '[') return;
    let i = this.skipSpace(offset + 1);
    let n = 0;
    while (i < text.length && text[i] !== '}' && text[i] !== ']') {
      let segment: Segment = n++;
      if (open === '{') {
        const end = this.skipString(i);
        segment = JSON.parse(text.slice(i, end)) as string;
        i = this.skipSpace(end);
        i = this.skipSpace(i + 1); // the colon
      }
      if (visit(segment, i)) return;
      i = this.skipSpace(this.skipValue(i));
      if (text[i] === ',') i = this.skipSpace(i + 1);
    }
  }

  private skipValue(i: number): number {
    const text = this.text;
    const c = text[i];
    if (c === '"') return this.skipString(i);
    if (c === '{' || c === '[') {
      let depth = 0;
      for (; i < text.length; i++) {
        const d = text[i];
        if (d === '"') i = this.skipString(i) - 1;
        else if (d === '{' || d === '[') depth++;
        else if (d === '}' || d === ']') {
          if (--depth === 0) return i + 1;
        }
      }
      return i;
    }
    // A number, true, false or null: up to the next delimiter (a regex test per character cost a sixth of a HAR import).
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x2c || code === 0x7d || code === 0x5d || isJsonSpace(code)) break;
    }
    return i;
  }

  private skipString(i: number): number {
    const text = this.text;
    for (i++; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '"') return i + 1;
    }
    return i;
  }

  private skipSpace(i: number): number {
    while (i < this.text.length && isJsonSpace(this.text.charCodeAt(i))) i++;
    return i;
  }
}

/** JSON's four whitespace characters (RFC 8259): space, tab, line feed, carriage return. */
function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function key(path: readonly Segment[]): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
