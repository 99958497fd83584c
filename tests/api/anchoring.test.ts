import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STANDARD_AREAS } from '#core/anchoring/checklist.js';
import { programmeWithTeam, startProgramme } from '../fixtures.js';
import { startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/** Step 6.2 over HTTP: the anchoring checklist, its standard items, and what it means for "done". */

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
let id: string;
const P = () => `/api/programmes/${id}`;
const item = (over: Record<string, unknown> = {}) => ({
  area: 'other',
  description: 'Vaste rubriek op het intranet',
  owner: { userId: null, name: 'Communicatieadviseur' },
  due: '2027-09-01',
  status: 'todo',
  note: '',
  ...over,
});
type Item = { id: string; area: string; description: string; owner: { userId: string | null; name: string }; due: string | null; status: string; note: string };
const list = async () => (await org.as.viewer.get(`${P()}/anchoring`)).body as { items: Item[]; progress: Record<string, number> };
const substep = async () => (await org.as.member.get(`${P()}/substeps/6.2`)).body;
/** The item as PUT wants it: without its id. */
const body = ({ id: _id, ...rest }: Item, over: Partial<Omit<Item, 'id'>> = {}) => ({ ...rest, ...over });

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Verankering');
  other = await t.organisation('Zorggroep Elders');
  id = await programmeWithTeam(org, 'Phishing melden');
});
afterAll(() => t?.close());

describe.sequential('the anchoring checklist', () => {
  it('starts empty, with every standard area missing for "done"', async () => {
    expect(await list()).toEqual({ items: [], progress: { total: 0, done: 0, notApplicable: 0, settled: 0 } });
    const s = await substep();
    expect(s.checked).toBe(true);
    expect(s.missing).toEqual(STANDARD_AREAS.map((area) => ({ code: 'anchoringAreaEmpty', field: 'area', params: { area } })));
  });

  it('adds an item with an owner who has an account, or only a name', async () => {
    const mine = await org.as.member.post(`${P()}/anchoring`, item({ owner: { userId: org.userIds.member, name: 'Kernteamlid' } }));
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ id: expect.any(String), area: 'other', owner: { userId: org.userIds.member, name: 'Kernteamlid' }, status: 'todo' });
    const byName = await org.as.member.post(`${P()}/anchoring`, item({ description: 'Tip in de nieuwsbrief' }));
    expect(byName.status).toBe(201);
    expect((await list()).items.map((i) => i.description)).toEqual(['Vaste rubriek op het intranet', 'Tip in de nieuwsbrief']);
  });

  it('refuses an owner who is not an active user of the organisation, naming owner.userId', async () => {
    const stranger = await org.as.member.post(`${P()}/anchoring`, item({ owner: { userId: other.userIds.member, name: 'Buitenstaander' } }));
    expect([stranger.status, stranger.body.error, stranger.body.fields[0].field]).toEqual([400, 'anchoringOwnerUnknown', 'owner.userId']);
  });

  it('needs a reason for "not applicable", naming the note, in Dutch and in English', async () => {
    const nl = await org.as.member.post(`${P()}/anchoring`, item({ status: 'notApplicable', note: '' }));
    expect(nl.status).toBe(400);
    expect(nl.body.fields).toEqual([{ field: 'note', message: 'Geef aan waarom dit niet van toepassing is.' }]);
    const en = await org.as.member.clone({ locale: 'en' }).post(`${P()}/anchoring`, item({ status: 'notApplicable', note: ' ' }));
    expect(en.status).toBe(400);
    expect(en.body.fields).toEqual([{ field: 'note', message: 'Say why this does not apply.' }]);
    expect((await list()).items).toHaveLength(2);
  });

  it('adds one standard item per empty area, in the caller’s language, and only once', async () => {
    await org.as.member.post(`${P()}/anchoring`, item({ area: 'policy', description: 'Al in het beleid opgenomen' }));
    const first = await org.as.member.clone({ locale: 'en' }).post(`${P()}/anchoring/standard`);
    expect(first.status).toBe(200);
    expect(first.body.added).toBe(STANDARD_AREAS.length - 1);
    const added = first.body.items.filter((i: Item) => i.area !== 'other' && i.area !== 'policy');
    expect(added.map((i: Item) => i.area).sort()).toEqual(STANDARD_AREAS.filter((a) => a !== 'policy').sort());
    expect(added.find((i: Item) => i.area === 'onboarding')).toMatchObject({
      description: 'Include in the onboarding programme for new staff',
      owner: { userId: null, name: '' },
      due: null,
      status: 'todo',
      note: '',
    });
    expect(first.body.items.filter((i: Item) => i.area === 'policy').map((i: Item) => i.description)).toEqual(['Al in het beleid opgenomen']);

    const again = await org.as.member.post(`${P()}/anchoring/standard`);
    expect([again.status, again.body.added, again.body.items.length]).toEqual([200, 0, first.body.items.length]);
    expect((await list()).progress).toEqual({ total: 7, done: 0, notApplicable: 0, settled: 0 });
  });

  it('refuses "done" for 6.2 with the missing list, then accepts it once every item has an owner and is settled', async () => {
    const refused = await org.as.member.put(`${P()}/substeps/6.2/status`, { status: 'done' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('worksheetIncomplete');
    const codes = refused.body.missing.map((m: { code: string }) => m.code);
    expect(codes.filter((c: string) => c === 'anchoringOwnerMissing')).toHaveLength(4);
    expect(codes.filter((c: string) => c === 'anchoringOpen')).toHaveLength(7);
    expect(codes).not.toContain('anchoringAreaEmpty');

    for (const i of (await list()).items) {
      const settled =
        i.area === 'onboarding'
          ? body(i, { owner: { userId: null, name: 'HR' }, status: 'notApplicable', note: 'De introductiedag regelt de moederorganisatie.' })
          : body(i, { owner: i.owner.name ? i.owner : { userId: org.userIds.member, name: 'Kernteamlid' }, status: 'done', note: 'Vastgelegd' });
      expect((await org.as.member.put(`${P()}/anchoring/${i.id}`, settled)).status).toBe(200);
    }
    expect((await substep()).missing).toEqual([]);
    expect((await list()).progress).toEqual({ total: 7, done: 6, notApplicable: 1, settled: 7 });
    expect((await org.as.member.put(`${P()}/substeps/6.2/status`, { status: 'done' })).status).toBe(200);
  });

  it('goes back to "in progress" when an item is reopened, and again when a new open item is added', async () => {
    const training = (await list()).items.find((i) => i.area === 'training')!;
    const reopened = await org.as.member.put(`${P()}/anchoring/${training.id}`, body(training, { status: 'todo' }));
    expect(reopened.body.status).toBe('todo');
    const s = await substep();
    expect([s.status, s.missing]).toEqual(['in_progress', [{ code: 'anchoringOpen', field: 'status', params: { description: training.description } }]]);

    await org.as.member.put(`${P()}/anchoring/${training.id}`, body(training, { status: 'done' }));
    expect((await org.as.member.put(`${P()}/substeps/6.2/status`, { status: 'done' })).status).toBe(200);
    const extra = (await org.as.member.post(`${P()}/anchoring`, item({ description: 'Terugkomdag' }))).body;
    expect((await substep()).status).toBe('in_progress');
    // Removing the open item makes the list complete again, but "done" stays the team's own call.
    expect((await org.as.member.delete(`${P()}/anchoring/${extra.id}`)).status).toBe(204);
    expect(await substep()).toMatchObject({ status: 'in_progress', missing: [] });
  });

  it('goes back to "in progress" when the only item of a standard area is removed', async () => {
    expect((await org.as.member.put(`${P()}/substeps/6.2/status`, { status: 'done' })).status).toBe(200);
    const review = (await list()).items.find((i) => i.area === 'managementReview')!;
    expect((await org.as.member.delete(`${P()}/anchoring/${review.id}`)).status).toBe(204);
    expect(await substep()).toMatchObject({
      status: 'in_progress',
      missing: [{ code: 'anchoringAreaEmpty', field: 'area', params: { area: 'managementReview' } }],
    });
  });

  it('logs every change', async () => {
    const entries = (await org.as.admin.get('/api/audit?entity=anchoring_item&limit=200')).body.entries as { action: string; actor: unknown }[];
    expect(new Set(entries.map((e) => e.action))).toEqual(new Set(['anchoring.create', 'anchoring.update', 'anchoring.delete']));
    // Two own items, the policy item, four standard items and the extra one.
    expect(entries.filter((e) => e.action === 'anchoring.create')).toHaveLength(8);
    const statusLog = (await org.as.admin.get('/api/audit?entity=substep&limit=200')).body.entries.map((e: { action: string }) => e.action);
    expect(statusLog).toContain('substep.status');
  });

  it('lets a viewer read but not change it', async () => {
    const first = (await list()).items[0]!;
    expect((await org.as.viewer.get(`${P()}/anchoring`)).status).toBe(200);
    expect((await org.as.viewer.post(`${P()}/anchoring`, item())).status).toBe(403);
    expect((await org.as.viewer.put(`${P()}/anchoring/${first.id}`, body(first))).status).toBe(403);
    expect((await org.as.viewer.delete(`${P()}/anchoring/${first.id}`)).status).toBe(403);
    expect((await org.as.viewer.post(`${P()}/anchoring/standard`)).status).toBe(403);
  });

  it('is closed to another organisation', async () => {
    const before = await list();
    const first = before.items[0]!;
    expect((await other.as.admin.get(`${P()}/anchoring`)).status).toBe(404);
    expect((await other.as.admin.post(`${P()}/anchoring`, item())).status).toBe(404);
    expect((await other.as.admin.post(`${P()}/anchoring/standard`)).status).toBe(404);
    expect((await other.as.admin.put(`${P()}/anchoring/${first.id}`, body(first, { description: 'Overgenomen' }))).status).toBe(404);
    expect((await other.as.admin.delete(`${P()}/anchoring/${first.id}`)).status).toBe(404);
    // Not even through a programme of their own.
    const theirs = await startProgramme(other.as.coordinator, 'Eigen traject');
    expect((await other.as.coordinator.put(`/api/programmes/${theirs}/anchoring/${first.id}`, body(first))).status).toBe(404);
    expect((await other.as.coordinator.delete(`/api/programmes/${theirs}/anchoring/${first.id}`)).status).toBe(404);
    expect(await list()).toEqual(before);
  });
});
