import { LineCounter, parseDocument, isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
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
    if (errors.length === 0) {
      const bomb = source.aliasBomb();
      if (bomb) errors.push(bomb);
    }
    return { source, errors };
  }

  /**
   * Aliases are fine (a spec may use one anchor hundreds of times), but nested ones can make a
   * small file expand into billions of values. The document's size with every alias expanded is
   * counted, each anchored value once, and the alias at which it passes MAX_EXPANDED_VALUES is
   * reported at its place.
   */
  private aliasBomb(): SnipgenError | undefined {
    const sizes = new Map<Node, number>();
    const sizeOf = (node: unknown): number => {
      if (isAlias(node)) {
        const target = node.resolve(this.doc);
        return target ? sizeOf(target) : 1;
      }
      if (!isMap(node) && !isSeq(node)) return 1;
      let size = sizes.get(node);
      if (size !== undefined) return size;
      size = 1;
      for (const item of node.items) size += isPair(item) ? sizeOf(item.key) + sizeOf(item.value) : sizeOf(item);
      // Capped, so a bomb's size stays a number, not Infinity.
      sizes.set(node, (size = Math.min(size, MAX_EXPANDED_VALUES + 1)));
      return size;
    };
    let total = 0;
    let found: SnipgenError | undefined;
    visit(this.doc, {
      Alias: (_key, node) => {
        total += sizeOf(node);
        if (total <= MAX_EXPANDED_VALUES) return undefined;
        found = new SnipgenError(
          `YAML: the aliases expand this file to more than ${MAX_EXPANDED_VALUES.toLocaleString('en')} values (nested anchors that multiply): refused as a resource-exhaustion pattern`,
          'input',
          this.at(node.range?.[0] ?? 0),
        );
        return visit.BREAK;
      },
    });
    return found;
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
    // parse() bounded what the aliases expand to (aliasBomb), by size rather than by count.
    return this.doc.toJS({ maxAliasCount: -1 });
  }
}

/** A million values: far beyond any API description, far below what exhausts memory. */
const MAX_EXPANDED_VALUES = 1_000_000;

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
