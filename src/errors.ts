/** A place in an input file, 1-based, for `file:line:col` messages. */
export interface SourceLocation {
  file: string;
  line: number;
  col: number;
}

export type ErrorCode = 'input' | 'template' | 'usage' | 'io' | 'unsupported';

export class SnipgenError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode = 'input',
    readonly loc?: SourceLocation,
  ) {
    super(message);
    this.name = 'SnipgenError';
  }

  format(): string {
    return this.loc ? `${formatLocation(this.loc)}: ${this.message}` : this.message;
  }
}

/** Several input problems reported together, so authors fix them all in one pass. */
export class SnipgenErrors extends Error {
  constructor(readonly errors: SnipgenError[]) {
    super(errors.map((e) => e.format()).join('\n'));
    this.name = 'SnipgenErrors';
  }
}

export function formatLocation(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.col}`;
}

export function byLocation(a: SnipgenError, b: SnipgenError): number {
  const la = a.loc;
  const lb = b.loc;
  if (!la || !lb) return la ? -1 : lb ? 1 : 0;
  return la.file.localeCompare(lb.file) || la.line - lb.line || la.col - lb.col;
}
