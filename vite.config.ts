import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompressDirectory } from './src/build/precompress.js';

const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

// The SPA lives in src/web and is served by the Fastify server from dist/web. The anonymous survey
// page (/s/*) is a second, small entry: no Mantine, no router, so it loads fast on a phone.
export default defineConfig({
  root: 'src/web',
  plugins: [
    react(),
    // Brotli and gzip twins of the built files, sent as they are by the server (issue 18: nothing was compressed).
    { name: 'wegwijs-precompress', apply: 'build', closeBundle: { order: 'post', handler: async () => void (await precompressDirectory(outDir)) } },
  ],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./src/web/index.html', import.meta.url)),
        respond: fileURLToPath(new URL('./src/web/respond.html', import.meta.url)),
      },
      // React is all the two entries share that is big: its own long-cached chunk, so the survey
      // page loads React plus its own few kB and nothing of the main app.
      output: {
        codeSplitting: { groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] },
      },
    },
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
