import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';

/** The OpenAPI description at /api/docs: generated from the routes' Zod schemas, complete. */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

/** Fastify's `/api/programmes/:id` as OpenAPI writes it: `/api/programmes/{id}`. */
const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

describe('OpenAPI description', () => {
  it('is OpenAPI 3 and describes a route with its body schema', async () => {
    const reply = await t.client().get('/api/docs/openapi.json');
    expect(reply.status).toBe(200);
    expect(reply.body.openapi).toMatch(/^3\./);
    const create = reply.body.paths['/api/programmes'].post;
    const body = create.requestBody.content['application/json'].schema;
    expect(body.type).toBe('object');
    expect(body.required).toContain('title');
    expect(body.properties.title.type).toBe('string');
    const params = reply.body.paths['/api/programmes/{id}'].get.parameters;
    expect(params).toContainEqual(expect.objectContaining({ in: 'path', name: 'id', required: true }));
  });

  it('lists every route the app registered', async () => {
    const { paths } = (await t.client().get('/api/docs/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const described = new Set(Object.entries(paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
    const registered = t.routes.filter((r) => r.method !== 'HEAD').map((r) => `${r.method} ${openApiPath(r.url)}`);
    expect(registered.length).toBeGreaterThan(50);
    expect(registered.filter((r) => !described.has(r))).toEqual([]);
  });

  it('has a page for people that works under the strict Content-Security-Policy (no scripts)', async () => {
    const reply = await t.client().get('/api/docs');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^text\/html/);
    expect(reply.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(reply.body).not.toMatch(/<script/i);
    expect(reply.body).toContain('href="/api/docs/openapi.json"');
    expect(reply.body).toContain('<code>/api/programmes/{id}</code>');
  });
});
