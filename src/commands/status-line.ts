type Terminal = Pick<NodeJS.WriteStream, 'write' | 'columns'>;

/**
 * Redraws the one status line gen and verify keep on a terminal, cut to its width so it never
 * wraps (a wrapped line cannot be redrawn in place). A terminal that reports no width gets 100.
 */
export function redrawStatus(terminal: Terminal, text: string): void {
  terminal.write(`${CLEAR}${text.slice(0, (terminal.columns || 100) - 1)}`);
}

/** Clears the status line, so what follows starts on a clean one. */
export function clearStatus(terminal: Terminal): void {
  terminal.write(CLEAR);
}

const CLEAR = '\r\x1b[2K';
