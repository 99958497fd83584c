import fp from 'fastify-plugin';
import { localeFromAcceptLanguage, type Locale } from '#core/locale.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language for messages: the Accept-Language the web app sends (its language switch). */
    locale: Locale;
  }
}

export default fp(async (app) => {
  app.decorateRequest('locale', 'nl');
  app.addHook('onRequest', async (request) => {
    request.locale = localeFromAcceptLanguage(request.headers['accept-language']);
  });
});
