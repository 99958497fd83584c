import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '#server/app.js';
import { freshDatabase, startTestApp, type TestApp } from './harness.js';

/**
 * The API contract (src/contract): every route declares what it answers, Fastify encodes each
 * answer with that schema, and the web takes its types from the same schemas.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

/** Routes of the API and the health checks; the web app's pages and files are not part of the contract. */
const isApi = (url: string) => url.startsWith('/api/') || url === '/healthz' || url === '/readyz';

describe('the API contract', () => {
  it('has a response schema on every route', () => {
    const api = t.routes.filter((r) => r.method !== 'HEAD' && isApi(r.url));
    expect(api.length).toBeGreaterThan(100);
    expect(api.filter((r) => r.responses.length === 0).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('shows the response schemas in the OpenAPI description', async () => {
    const { paths } = (await t.client().get('/api/docs/openapi.json')).body;
    const list = paths['/api/programmes/{id}/surveys'].get.responses['200'].content['application/json'].schema;
    expect(list.properties.surveys.type).toBe('array');
    expect(paths['/api/programmes/{id}/surveys/{surveyId}/results.csv'].get.responses['200'].content).toHaveProperty(['text/csv']);
  });

  describe('an answer that does not match its schema', () => {
    let url: string;
    let close: () => Promise<void>;
    beforeAll(async () => {
      const { database, drop } = await freshDatabase();
      const { app } = await buildApp({ database, sessionSecret: randomBytes(32).toString('hex'), logger: false });
      const Answer = z.object({ name: z.string() });
      app.get('/api/contract-check/drifted', { schema: { response: { 200: Answer } } }, async () => ({ name: 42 }) as unknown as { name: string });
      app.get('/api/contract-check/extra', { schema: { response: { 200: Answer } } }, async () => ({ name: 'Anna', passwordHash: 'secret' }));
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      close = async () => {
        await app.close();
        await database.close();
        await drop();
      };
    });
    afterAll(() => close?.());

    it('is not sent: the client gets a 500 without the data', async () => {
      const reply = await fetch(`${url}/api/contract-check/drifted`);
      expect(reply.status).toBe(500);
      expect(await reply.text()).not.toContain('42');
    });

    it('never carries fields its schema does not name', async () => {
      const reply = await fetch(`${url}/api/contract-check/extra`);
      expect(reply.status).toBe(200);
      expect(await reply.json()).toEqual({ name: 'Anna' });
    });
  });
});
