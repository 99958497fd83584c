import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompressDirectory } from './src/build/precompress.js';
import { loginPageHtml } from './src/build/login-html.js';
import { mantineStylesPerComponent } from './src/build/mantine-styles.js';
import { respondOnPreact } from './src/build/respond-preact.js';
import { substepTitlesOnly } from './src/build/substep-titles.js';

// WEGWIJS_WEB_OUT lets parallel work build elsewhere (serve it with WEB_ROOT pointing there).
const outDir = process.env.WEGWIJS_WEB_OUT ?? fileURLToPath(new URL('./dist/web', import.meta.url));
const respondDir = fileURLToPath(new URL('./src/web/respond', import.meta.url));

// The SPA lives in src/web and is served by the Fastify server from dist/web. The anonymous survey
// pages (/s/*, /k/*, /melden/*) are a second, small entry: no Mantine, no router, and Preact for
// React (src/build/respond-preact.ts), so they load fast on a phone.
export default defineConfig({
  root: 'src/web',
  plugins: [
    // Preact has no React Fast Refresh: the public pages reload whole in development.
    react({ refreshExclude: [/\/node_modules\//, /\/src\/web\/respond\//] }),
    respondOnPreact(respondDir),
    mantineStylesPerComponent(),
    substepTitlesOnly(),
    loginPageHtml([
      fileURLToPath(new URL('./src/web/routes/auth/LoginPage.tsx', import.meta.url)),
      fileURLToPath(new URL('./src/web/i18n/nl/auth.ts', import.meta.url)),
    ]),
    // Brotli and gzip twins of the built files, sent as they are by the server (issue 18: nothing was compressed).
    { name: 'wegwijs-precompress', apply: 'build', closeBundle: { order: 'post', handler: async () => void (await precompressDirectory(outDir)) } },
  ],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    // The polyfill of <link rel="modulepreload"> is 0.5 kB of gzip on every page; Chromium has the
    // real thing since version 66, Firefox since 115, Safari since 17. Older ones only preload less.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./src/web/index.html', import.meta.url)),
        respond: fileURLToPath(new URL('./src/web/respond.html', import.meta.url)),
      },
      // React in a chunk of its own: it changes less often than our code, so a browser keeps it
      // cached across releases.
      output: {
        codeSplitting: { groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] },
      },
    },
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
