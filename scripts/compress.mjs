// The one way Leerpad compresses its files: brotli at quality 11 and gzip at level 9. The build
// writes these copies next to each file (nginx sends them as they are); `make size` measures them.
import { writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const brotli = (data) =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });

export const gzip = (data) => gzipSync(data, { level: 9 });

/** Writes `<path>.br` and `<path>.gz` for the contents `data` of `path`. */
export function writeCompressedCopies(path, data) {
  writeFileSync(`${path}.br`, brotli(data));
  writeFileSync(`${path}.gz`, gzip(data));
}
