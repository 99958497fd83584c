import compress from '@fastify/compress';
import fp from 'fastify-plugin';

/** Below this an answer gains less from compression than it costs (the same bound as the build's, src/build/precompress.ts). */
const THRESHOLD_BYTES = 1024;

/**
 * Compresses answers above 1 KiB for a browser that accepts it (issue 18, weight): API JSON above
 * all, and text downloads (CSV, ICS). Brotli at quality 4 (@fastify/compress's default: fast enough
 * per request), else gzip. What is compressed already is sent as it is: the built files come with
 * their Content-Encoding (web-app.ts), and PDF, DOCX and images are not of a compressible type.
 * Compressed request bodies are not accepted: nothing sends them, and a small one could unpack big.
 *
 * BREACH: an attacker who can add text to an answer that also holds a secret, and can see the
 * compressed sizes, can guess the secret a character at a time. The CSRF token is the secret that
 * matters most here, and it travels only in the session answers (auth/service.ts sessionView),
 * which echo nothing from the request; the session cookie is SameSite=Lax, so another site's page
 * cannot fetch them with it anyway. To be sure, an answer that carries the token is never compressed.
 */
export default fp(async (app) => {
  await app.register(compress, { threshold: THRESHOLD_BYTES, encodings: ['br', 'gzip'], globalDecompression: false });
  // App hooks run before the route hooks @fastify/compress adds, so this comes first.
  app.addHook('onSend', async (request, _reply, payload) => {
    // The header is @fastify/compress's own way to leave one answer as it is.
    if (typeof payload === 'string' && payload.includes('"csrfToken"')) request.headers['x-no-compression'] = 'csrf-token';
    return payload;
  });
});
