/**
 * Builds the server into one JavaScript file, dist/server/main.js, which `npm start`, `npm run serve`
 * and the Docker image run with plain Node. Run from the TypeScript sources through tsx the server
 * took about twice the CPU to start and 70 MB more memory, for tsx's loader thread and a
 * transform-cache lookup per module (issue 19). Packages stay in node_modules (PGlite finds its
 * WebAssembly files there, native modules their binaries); the migrations are copied beside the
 * file, where src/server/db/client.ts looks for them. `npm run dev:server` runs the sources as before.
 *
 * Run: `tsx src/build/server.ts [outDir]` (default dist/server). The output must lie inside this
 * project, so that Node finds node_modules from it.
 */
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function buildServer(outDir = path.join(root, 'dist/server')) {
  await rm(outDir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: {
      main: 'src/server/main.ts',
      // Started by import-body.ts for a large import, from beside main.js.
      'import-body.worker': 'src/server/modules/transfer/import-body.worker.ts',
    },
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Code loaded on first use (the Word and PDF writers, the QR code, mail) stays in chunks of its
    // own: bundled into one file, esbuild would import docx and pdfkit at start (issue 19).
    splitting: true,
    // Readable stack frames in the logs without source maps: names and lines as written.
    minify: false,
    logLevel: 'warning',
  });
  await cp(path.join(root, 'src/server/db/migrations'), path.join(outDir, 'migrations'), { recursive: true });
  return outDir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const outDir = await buildServer(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(`server built: ${path.relative(process.cwd(), outDir) || '.'}/main.js`);
}
