import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { LoggedIn } from '#contract/auth.js';
import { OrganisationExport } from '#contract/organisation.js';
import type { RouteContext } from '../../context.js';
import { requireActor, setSessionCookie } from '../../plugins/sessions.js';
import { sessionView } from '../auth/service.js';
import { SETUP_TOKEN_HEADER } from '../setup/service.js';
import { ImportBody, readImportBody, validateImportBody } from './import-body.js';

/** An organisation with years of survey answers and worksheets is far more than the usual 256 kB. */
const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

/** The header an import's set-up token goes in (for API clients). */
export { SETUP_TOKEN_HEADER };

export const transferRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { transfer, setup } = ctx.services;

  app.get('/api/organisation/export', { schema: { response: { 200: OrganisationExport } } }, async (request, reply) => {
    const document = await transfer.export(requireActor(request));
    const day = document.exportedAt.slice(0, 10);
    return reply.header('content-disposition', `attachment; filename="wegwijs-organisatie-${day}.json"`).send(document);
  });

  // On a new installation, instead of POST /api/setup: the set-up token is the permission.
  await app.register(async (scope) => {
    // This route's own JSON parser: large bodies are parsed and checked off the event loop.
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, async (_request: unknown, body: Buffer) => readImportBody(body));
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/organisation/import',
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: { body: ImportBody, response: { 201: LoggedIn } },
        // A body is checked against ImportBody as it is parsed (above), not a second time here.
        validatorCompiler: () => validateImportBody,
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
        // After the rate limit (onRequest), before a byte of the body is read: 409 once set up, 403 without a usable token.
        preParsing: async (request, _reply, payload) => {
          await setup.assertMaySetUp(request.headers[SETUP_TOKEN_HEADER] as string | undefined);
          return payload;
        },
      },
      async (request, reply) => {
        const { token, session } = await transfer.import({ ...request.body, token: request.headers[SETUP_TOKEN_HEADER] as string });
        setSessionCookie(reply, token, ctx.cookie);
        return reply.status(201).send(sessionView(session));
      },
    );
  });
};
