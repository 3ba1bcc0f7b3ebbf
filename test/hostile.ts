/**
 * The shared corpus of hostile strings: every language's printers are tested on it, the
 * hostile fixture puts it everywhere a value can go, and the property tests draw from it.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  "'",
  '"',
  '\\',
  '\n',
  '\r\n',
  '\t',
  '\0',
  '$',
  '${x}',
  '#{x}',
  '\\(x)',
  '%s',
  '{{x}}',
  '`',
  '*/',
  '?>',
  '"""',
  '\u2028',
  // Invisible: a right-to-left override, a BOM, a zero-width space, a no-break space, a tag
  // character (outside the BMP), a Hangul filler, a C1 control; and bidirectional isolates
  // around text, as a "Trojan Source" literal holds them.
  '\u202e',
  'a\ufeffb\u200bc\u00a0d\u{e0041}e\u3164f\u0085g',
  '\u2066x\u2069 \u200e\u200f\u061c',
  '😀',
  'x'.repeat(10_000),
  // Long text of multibyte characters: readers that take source in blocks must not split one.
  'é'.repeat(3000) + '😀'.repeat(500),
  `it's a "mix" of \\ $HOME \${x} #{x} \\(x) %s {{x}} \`cmd\` */ ?> """ \u2028 😀 é`,
];

/**
 * A hostile string made sendable as a header value: HTTP forbids CR, LF and NUL, and strips
 * leading and trailing spaces and tabs. Every other hostile character must survive.
 */
export const headerSafe = (s: string) => s.replace(/[\r\n\0]/g, '').replace(/^[ \t]+|[ \t]+$/g, '');
