import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('smoke', () => {
  it('logs in and creates a programme', async () => {
    const org = await t.organisation('Smoke');
    const created = await org.as.coordinator.post('/api/programmes', { title: 'Datalekken melden', problem: 'Te weinig meldingen' });
    expect(created.status).toBe(201);
    const list = await org.as.coordinator.get('/api/programmes');
    expect(list.body.programmes).toHaveLength(1);
    const detail = await org.as.coordinator.get(`/api/programmes/${created.body.programme.id}`);
    expect(detail.body.programme.permissions).toEqual({ work: true, manage: true });
  });
});
