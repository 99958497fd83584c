import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text files worth compressing; images and fonts Vite emits are compressed already. */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|webmanifest)$/;
/** Below this a compressed copy saves less than the extra header and lookup cost. */
const MIN_BYTES = 1024;

/**
 * Writes a .br and a .gz twin next to every compressible file under `dir`, made once at build time
 * at the highest levels (too slow per request), so the server can send them as they are
 * (@fastify/static preCompressed). A twin that is not smaller is left out: the server then sends the file itself.
 */
export async function precompressDirectory(dir: string): Promise<{ file: string; bytes: number; br?: number; gz?: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && COMPRESSIBLE.test(e.name)).map((e) => path.join(e.parentPath, e.name));
  return Promise.all(
    files.map(async (file) => {
      const body = await readFile(file);
      const result: { file: string; bytes: number; br?: number; gz?: number } = { file: path.relative(dir, file), bytes: body.length };
      if (body.length < MIN_BYTES) return result;
      const [br, gz] = await Promise.all([
        brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
        gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      if (br.length < body.length) {
        await writeFile(`${file}.br`, br);
        result.br = br.length;
      }
      if (gz.length < body.length) {
        await writeFile(`${file}.gz`, gz);
        result.gz = gz.length;
      }
      return result;
    }),
  );
}
