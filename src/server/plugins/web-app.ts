import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';

/**
 * Serves the built single-page app; unknown non-API paths get index.html so client-side routes
 * work on reload. Hashed assets are cached for long, index.html never. The build made brotli and
 * gzip twins of each file (src/build/precompress.ts): sent when the browser accepts them.
 */
export default fp<{ root: string }>(async (app, opts) => {
  if (!existsSync(path.join(opts.root, 'index.html'))) {
    app.log.warn({ root: opts.root }, 'web app not built: run `npm run build`');
    return;
  }
  await app.register(fastifyStatic, {
    root: opts.root,
    wildcard: false,
    preCompressed: true,
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // The staff's pages without an account (surveys, knowledge checks, the breach report form) are their own small page, quick on a phone.
  app.get('/s/*', (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('respond.html'));
  app.get('/k/*', (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('respond.html'));
  app.get('/melden/*', (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('respond.html'));
  // The team's preview of a survey (/voorbeeld/<programme>/<survey>): the same small page, shown in a
  // phone-sized frame on the app's own page, so only our own origin may frame it.
  app.get('/voorbeeld/*', (_request, reply) => {
    const policy = reply.getHeader('content-security-policy');
    if (typeof policy === 'string') reply.header('content-security-policy', policy.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
    return reply.header('x-frame-options', 'SAMEORIGIN').header('cache-control', 'no-cache').sendFile('respond.html');
  });
  // The login page's own code is preloaded there (src/build/login-html.ts); a build without it sends index.html.
  const loginHtml = existsSync(path.join(opts.root, 'login.html')) ? 'login.html' : 'index.html';
  app.get('/login', (_request, reply) => reply.header('cache-control', 'no-cache').sendFile(loginHtml));
  app.get('/*', (request, reply) => {
    // A file the build does not have (an old tab asking for a replaced one) is not the app's page.
    if (request.url.startsWith('/api/') || request.url.startsWith('/assets/')) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
});
