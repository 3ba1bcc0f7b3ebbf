import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import { SnipgenError, type SourceLocation } from '../errors.js';

/** A parsed YAML file that can still say where each value came from. */
export class YamlSource {
  private constructor(
    readonly file: string,
    readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  /** Parses `text`; syntax errors come back as located SnipgenErrors, never thrown. */
  static parse(file: string, text: string): { source: YamlSource; errors: SnipgenError[] } {
    const lines = new LineCounter();
    // Integers as bigint so a value beyond 2^53 survives to the generated JSON exactly.
    const doc = parseDocument(text, { lineCounter: lines, intAsBigInt: true, prettyErrors: false, uniqueKeys: true });
    const source = new YamlSource(file, doc, lines);
    const errors = doc.errors.map((e) => new SnipgenError(`YAML: ${firstLine(e.message)}`, 'input', source.at(e.pos[0])));
    return { source, errors };
  }

  at(offset: number): SourceLocation {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, col };
  }

  /** The location of the value at `path`, or of its nearest existing ancestor. */
  locate(path: readonly (string | number)[]): SourceLocation {
    for (let n = path.length; n >= 0; n--) {
      const node = this.doc.getIn(path.slice(0, n), true) as Node | undefined;
      if (node && (node as Node).range) return this.at((node as Node).range![0]);
    }
    return { file: this.file, line: 1, col: 1 };
  }

  /** The location of the key `key` in the map at `path` (for unknown-field errors). */
  locateKey(path: readonly (string | number)[], key: string): SourceLocation {
    const parent = path.length ? this.doc.getIn(path, true) : this.doc.contents;
    if (isMap(parent)) {
      for (const item of parent.items) {
        if (isPair(item) && isScalar(item.key) && String(item.key.value) === key && item.key.range) {
          return this.at(item.key.range[0]);
        }
      }
    }
    return this.locate(path);
  }

  toJS(): unknown {
    return this.doc.toJS({ maxAliasCount: 100 });
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
