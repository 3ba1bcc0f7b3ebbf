/**
 * The `indent` client option. Templates and printers are written in their language's own unit
 * (four spaces for Python, a tab for Go, ...); a house style replaces that unit where it stands
 * for nesting: at the start of each template line, and in the literals the printers lay out.
 * Rewriting the rendered snippet instead would also change text inside multi-line string
 * literals (PHP, Swift and Go JSON bodies), which is data, not layout.
 */

/** The indent an `indent` option asks for, or undefined when the template's own unit stays. */
export function indentUnit(option: number | 'tab' | undefined): string | undefined {
  if (option === undefined) return undefined;
  return option === 'tab' ? '\t' : ' '.repeat(option);
}

/** `text` with each line's leading run of whole `from` units replaced by as many `to` units; the remainder (alignment) stays. */
export function reindent(text: string, from: string, to: string): string {
  if (from === to) return text;
  return text
    .split('\n')
    .map((line) => {
      let units = 0;
      while (line.startsWith(from, units * from.length)) units++;
      return units ? to.repeat(units) + line.slice(units * from.length) : line;
    })
    .join('\n');
}
