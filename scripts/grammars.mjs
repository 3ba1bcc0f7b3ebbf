// Part of `npm run build`, after tsc: keeps the tree-sitter grammars snipgen uses (src/grammars.ts)
// out of their build-time packages (44 MB of @cursorless/tree-sitter-wasms and more), brotli-compressed
// into dist/grammars/, which the package ships instead of the whole grammar collections. A grammar already written from the same
// source is left alone, so a rebuild costs nothing here.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const { GRAMMAR_FILES, grammarPath } = await import(join(ROOT, 'dist', 'src', 'grammars.js'));
const require = createRequire(import.meta.url);

for (const file of new Set(Object.values(GRAMMAR_FILES))) {
  const source = require.resolve(file);
  const target = join(ROOT, grammarPath(file));
  const built = statSync(target, { throwIfNoEntry: false });
  if (built && built.mtimeMs >= statSync(source).mtimeMs) continue;
  mkdirSync(dirname(target), { recursive: true });
  const packed = brotliCompressSync(readFileSync(source), { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
  writeFileSync(`${target}.tmp`, packed);
  // Renamed into place so a build stopped halfway never leaves a truncated grammar behind.
  renameSync(`${target}.tmp`, target);
}
