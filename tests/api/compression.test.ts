import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestOrganisation } from './harness.js';

let t: TestApp;
let org: TestOrganisation;
beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Compressie');
});
afterAll(() => t.close());

/** A raw GET as the admin, so the body is seen as it crossed the wire (fetch would unpack it). */
function rawGet(path: string, acceptEncoding?: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const headers: Record<string, string> = { cookie: org.as.admin.cookie!, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) };
  return new Promise((resolve, reject) => {
    httpRequest(`${t.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

/** Issue 18 (weight): API answers above 1 KiB travel compressed to a browser that accepts it. */
describe('compressed API answers', () => {
  it('a large JSON answer goes as brotli or gzip when accepted, and as it is when not', async () => {
    const plain = await rawGet('/api/interventions/library');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(10_000);
    const json = JSON.parse(plain.body.toString());

    const br = await rawGet('/api/interventions/library', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('no-store');
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(json);

    const gz = await rawGet('/api/interventions/library', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.body).toString())).toEqual(json);
  });

  it('a small answer is not worth compressing', async () => {
    const reply = await rawGet('/api/cohorts', 'br');
    expect(reply.body.length).toBeLessThan(1024);
    expect(reply.headers['content-encoding']).toBeUndefined();
  });

  it('an answer that carries the CSRF token is never compressed, however long (BREACH)', async () => {
    const long = (word: string) => `${word} `.repeat(20).trim();
    const update = await org.as.admin.patch('/api/organisation', {
      name: long('Zorggroep').slice(0, 160),
      apDetails: { address: long('Straat'), sector: long('Zorg'), contactName: long('Contact'), dpoName: long('Functionaris') },
    });
    expect(update.status, JSON.stringify(update.body)).toBe(200);
    const session = await rawGet('/api/auth/session', 'gzip, deflate, br');
    expect(session.body.length).toBeGreaterThan(1024);
    expect(session.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(session.body.toString()).csrfToken).toEqual(expect.any(String));
  });
});
