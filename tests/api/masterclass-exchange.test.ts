import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, programmeWithTeam } from '../fixtures.js';
import { startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/** A published intervention as a duo types it: context, and its own 0- and 1-meting. */
const publication = (changes: Record<string, unknown> = {}) => ({
  title: 'Vergrendelen met één toets',
  setting: 'hospital',
  targetBehaviour: 'screen-locking',
  behaviour: 'Verpleegkundigen vergrendelen hun scherm bij het weglopen',
  barrier: 'C-phy',
  whatWeDid: 'Een sticker met Windows+L op elk toetsenbord, en een week uitleg op de afdeling.',
  functions: ['education', 'environmentalRestructuring'],
  effort: 'low',
  effect: { measure: 'Vergrendelde schermen bij de steekproef', before: 40, after: 75, unit: '%' },
  ...changes,
});

/** The cohort's exchange: publishing is sharing with the cohort; copying lands in the own library; figures only over five organisations. */
describe.sequential('masterclass exchange: publish, read, copy, withdraw, figures', () => {
  let t: TestApp;
  let school: TestOrganisation;
  /** Participants: a and b publish first, c reads and copies; d, e, f and g fill up the figures. */
  let [a, b, c, d, e, f, g]: TestOrganisation[] = [];
  let outsider: TestOrganisation;
  let elsewhere: TestOrganisation;
  let cohortId: string;
  let otherCohortId: string;
  let itemA: string;
  let itemB: string;
  const exchange = () => `/api/cohorts/${cohortId}/exchange`;

  /** Joins `org` with a programme of its own and a duo of its coordinator and member. */
  async function join(org: TestOrganisation, code: string) {
    const programmeId = await programmeWithTeam(org, 'Schermvergrendeling');
    ok(await org.as.admin.post('/api/cohorts/join', { code, programmeId, participantIds: [org.userIds.coordinator, org.userIds.member] }), 201);
  }
  const codeOf = async (id: string) => ok(await school.as.trainer.get(`/api/cohorts/${id}`)).code as string;
  const list = async (org: TestOrganisation) => ok(await (org === school ? org.as.trainer : org.as.member).get(exchange()));
  const item = async (org: TestOrganisation, id: string) => (await list(org)).items.find((i: { id: string }) => i.id === id);
  const phy = async (org: TestOrganisation) => (await list(org)).figures.barriers.find((x: { barrier: string }) => x.barrier === 'C-phy');
  /** Cross-organisation reads in `org`'s audit log, as "who: items". */
  const readsIn = async (org: TestOrganisation) =>
    ok(await org.as.admin.get('/api/audit?entity=cohort_share&action=cohort.read&limit=200')).entries.map(
      (x: { actorName: string; after: { items: string[] } }) => `${x.actorName}: ${x.after.items.join(',')}`,
    ) as string[];

  beforeAll(async () => {
    t = await startTestApp();
    school = await t.organisation('Opleider');
    [a, b, c, d, e, f, g] = [
      await t.organisation('Ziekenhuis Noord'),
      await t.organisation('Zorg Oost'),
      await t.organisation('Ggz West'),
      await t.organisation('Vvt Zuid'),
      await t.organisation('Kliniek Midden'),
      await t.organisation('Zorg Centraal'),
      await t.organisation('Revalidatie Noord'),
    ];
    [outsider, elsewhere] = [await t.organisation('Buitenstaander'), await t.organisation('Andere masterclass')];
    cohortId = ok(await school.as.trainer.post('/api/cohorts', { name: 'Masterclass voorjaar' }), 201).id;
    otherCohortId = ok(await school.as.trainer.post('/api/cohorts', { name: 'Masterclass najaar' }), 201).id;
    const code = await codeOf(cohortId);
    for (const org of [a!, b!, c!, d!, e!, f!, g!]) await join(org, code);
    await join(elsewhere, await codeOf(otherCohortId));
  });
  afterAll(() => t.close());

  it('lets the duos of two organisations publish, logged in the publishing organisation', async () => {
    itemA = ok(await a!.as.member.post(exchange(), publication()), 201).id;
    itemB = ok(await b!.as.coordinator.post(exchange(), publication({ title: 'Posters bij de printer', barrier: 'M-ref', effect: null })), 201).id;
    const log = JSON.stringify(ok(await a!.as.admin.get('/api/audit?entity=cohort_share')));
    expect(log).toContain('cohort.exchange.publish');
    expect(log).toContain(itemA);
    expect(JSON.stringify(ok(await b!.as.admin.get('/api/audit?entity=cohort_share')))).not.toContain(itemA);
  });

  it('lets only the duo publish: not the admin alone, not the trainer, and hides the cohort from others', async () => {
    expect((await a!.as.admin.post(exchange(), publication())).status).toBe(403);
    expect((await school.as.trainer.post(exchange(), publication())).status).toBe(403);
    expect((await a!.as.viewer.post(exchange(), publication())).status).toBe(404);
    expect((await outsider.as.admin.post(exchange(), publication())).status).toBe(404);
  });

  it('shows a third organisation what was published, under the publishing name, with the effect as published', async () => {
    const read = await list(c!);
    expect([read.publishingSharesWithCohort, read.minOrganisations, read.canPublish, read.canCopy]).toEqual([true, 5, true, true]);
    expect(read.items.map((i: { id: string }) => i.id)).toEqual([itemB, itemA]);
    const published = read.items.find((i: { id: string }) => i.id === itemA);
    expect(published).toEqual({
      id: itemA,
      organisationName: 'Ziekenhuis Noord',
      ...publication(),
      publishedAt: expect.any(String),
      mine: false,
      copiedByMe: false,
      copiedBy: null,
      canWithdraw: false,
    });
    expect(read.figures.organisations).toBeNull();
    expect(read.figures.barriers.every((x: { organisations: unknown; measured: unknown }) => x.organisations === null && x.measured === null)).toBe(true);
    const own = await item(a!, itemA);
    expect([own.mine, own.canWithdraw]).toEqual([true, true]);
  });

  it('lets the trainers read the exchange, copy nothing, and logs their read in each publishing organisation', async () => {
    const read = ok(await school.as.trainer.get(exchange()));
    expect([read.items.length, read.canPublish, read.canCopy]).toEqual([2, false, false]);
    expect(await readsIn(b!)).toContain('trainer Opleider (Opleider): exchange');
    expect((await school.as.trainer.post(`${exchange()}/${itemA}/copy`)).status).toBe(403);
  });

  it('logs a participant’s read in each other publishing organisation, never in its own', async () => {
    await list(c!);
    for (const org of [a!, b!]) expect(await readsIn(org)).toContain('member Ggz West (Ggz West): exchange');
    expect(await readsIn(c!)).toEqual([]);
    await list(a!);
    expect((await readsIn(a!)).some((r) => r.startsWith('member Ziekenhuis Noord'))).toBe(false);
    expect(await readsIn(b!)).toContain('member Ziekenhuis Noord (Ziekenhuis Noord): exchange');
  });

  it('copies into the own library once: a second time is a 409 naming the item, the own one a 400', async () => {
    const copy = ok(await c!.as.member.post(`${exchange()}/${itemA}/copy`), 201);
    expect(copy.itemId).toBe(itemA);
    const library = ok(await c!.as.member.get('/api/interventions/library')).interventions;
    expect(library.find((i: { id: string }) => i.id === copy.interventionId)).toMatchObject({
      source: 'own',
      title: 'Vergrendelen met één toets',
      description: publication().whatWeDid,
      example: `${publication().behaviour} (Ziekenhuis Noord)`,
      factors: ['C-phy'],
      fits: ['screen-locking'],
    });
    expect((await item(c!, itemA)).copiedByMe).toBe(true);
    const before = await t.snapshot();
    const again = await c!.as.admin.post(`${exchange()}/${itemA}/copy`);
    expect([again.status, again.body.error, again.body.fields[0].field]).toEqual([409, 'exchangeCopiedBefore', 'itemId']);
    const own = await a!.as.member.post(`${exchange()}/${itemA}/copy`);
    expect([own.status, own.body.error, own.body.fields[0].field]).toEqual([400, 'exchangeCopyOwn', 'itemId']);
    expect(await t.snapshot()).toEqual(before);
  });

  it('lets the admin of a participating organisation copy, not its viewer; logs the copy only in the copying organisation', async () => {
    ok(await c!.as.admin.post(`${exchange()}/${itemB}/copy`), 201);
    expect((await c!.as.viewer.post(`${exchange()}/${itemA}/copy`)).status).toBe(404);
    expect(JSON.stringify(ok(await c!.as.admin.get('/api/audit?entity=cohort_share')))).toContain('cohort.exchange.copy');
    expect(JSON.stringify(ok(await b!.as.admin.get('/api/audit?entity=cohort_share')))).not.toContain('cohort.exchange.copy');
  });

  it('answers 404 to an organisation outside the cohort and to a participant of another cohort', async () => {
    for (const org of [outsider, elsewhere]) {
      expect((await org.as.admin.get(exchange())).status).toBe(404);
      expect((await org.as.member.post(`${exchange()}/${itemA}/copy`)).status).toBe(404);
      expect((await org.as.admin.delete(`${exchange()}/${itemA}`)).status).toBe(404);
    }
    expect((await elsewhere.as.member.get(`/api/cohorts/${otherCohortId}/exchange`)).body.items).toEqual([]);
    expect((await elsewhere.as.member.post(`/api/cohorts/${otherCohortId}/exchange/${itemA}/copy`)).status).toBe(404);
  });

  it('counts organisations, not items: four organisations with many items on a barrier show nothing, five show 5', async () => {
    for (const org of [c!, d!]) ok(await org.as.member.post(exchange(), publication({ title: `Vergrendelen bij ${org.id}` })), 201);
    ok(await a!.as.member.post(exchange(), publication({ title: 'Nog een keer vergrendelen' })), 201);
    ok(await b!.as.member.post(exchange(), publication({ title: 'Ook vergrendelen', effect: null })), 201);
    expect(await phy(c!)).toEqual({ barrier: 'C-phy', organisations: null, measured: null });
    expect((await list(c!)).figures.organisations).toBeNull();
    ok(await e!.as.member.post(exchange(), publication({ title: 'Vergrendelen in de kliniek', effect: null })), 201);
    expect(await phy(c!)).toEqual({ barrier: 'C-phy', organisations: 5, measured: null });
    expect((await list(c!)).figures.organisations).toBe(5);
    ok(await f!.as.member.post(exchange(), publication({ title: 'Vergrendelen centraal' })), 201);
    expect(await phy(school)).toEqual({ barrier: 'C-phy', organisations: 6, measured: null });
  });

  it('logs one read per publishing organisation per read, however many items it has', async () => {
    const count = async () => (await readsIn(a!)).filter((r) => r === 'coordinator Vvt Zuid (Vvt Zuid): exchange').length;
    const before = await count();
    ok(await d!.as.coordinator.get(exchange()));
    expect((await list(d!)).items.filter((i: { organisationName: string }) => i.organisationName === 'Ziekenhuis Noord')).toHaveLength(2);
    expect(await count()).toBe(before + 1);
  });

  it('shows how many organisations copied an item only from five, and then in steps of five, never the exact number', async () => {
    for (const org of [d!, e!, f!]) ok(await org.as.member.post(`${exchange()}/${itemA}/copy`), 201);
    expect((await item(b!, itemA)).copiedBy).toBeNull();
    expect((await item(a!, itemA)).copiedBy).toBeNull();
    ok(await b!.as.member.post(`${exchange()}/${itemA}/copy`), 201);
    expect((await item(a!, itemA)).copiedBy).toBe(5);
    // A sixth copy does not show: the figure stays "5 or more", so no +1 points at who copied.
    ok(await g!.as.member.post(`${exchange()}/${itemA}/copy`), 201);
    expect((await item(a!, itemA)).copiedBy).toBe(5);
    expect((await item(school, itemA)).copiedBy).toBe(5);
    expect((await item(c!, itemB)).copiedBy).toBeNull();
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await t.snapshot();
    const cases: [Record<string, unknown>, string][] = [
      [{ barrier: 'C-soc' }, 'barrier'],
      [{ functions: [] }, 'functions'],
      [{ effect: { measure: 'Vergrendeld', before: Number.NaN, after: 75, unit: '%' } }, 'effect.before'],
      [{ effect: { measure: 'Vergrendeld', before: 40, after: 1e12, unit: '%' } }, 'effect.after'],
      [{ title: 'x'.repeat(301) }, 'title'],
      [{ setting: 'school' }, 'setting'],
    ];
    for (const [changes, field] of cases) {
      const reply = await a!.as.member.post(exchange(), publication(changes));
      expect([reply.status, reply.body.fields?.[0]?.field], JSON.stringify(changes)).toEqual([400, field]);
    }
    expect(await t.snapshot()).toEqual(before);
  });

  it('lets only the publishing organisation withdraw: someone of another organisation gets a 404', async () => {
    const before = await t.snapshot();
    expect((await c!.as.member.delete(`${exchange()}/${itemB}`)).status).toBe(404);
    expect((await c!.as.admin.delete(`${exchange()}/${itemB}`)).status).toBe(404);
    expect((await school.as.trainer.delete(`${exchange()}/${itemB}`)).status).toBe(404);
    expect(await t.snapshot()).toEqual(before);
    expect((await b!.as.admin.delete(`${exchange()}/${itemB}`)).status).toBe(204);
    expect(await item(c!, itemB)).toBeUndefined();
    const library = ok(await c!.as.member.get('/api/interventions/library')).interventions;
    expect(library.some((i: { title: string }) => i.title === 'Posters bij de printer')).toBe(true);
    expect(JSON.stringify(ok(await b!.as.admin.get('/api/audit?entity=cohort_share')))).toContain('cohort.exchange.withdraw');
  });

  it('after closing: refuses publishing, keeps the exchange readable and the copies in the own library', async () => {
    expect((await school.as.trainer.post(`/api/cohorts/${cohortId}/close`)).status).toBe(204);
    const before = await t.snapshot();
    const refused = await a!.as.member.post(exchange(), publication());
    expect([refused.status, refused.body.error]).toEqual([409, 'cohortClosed']);
    expect(await t.snapshot()).toEqual(before);
    const read = await list(c!);
    expect([read.canPublish, read.items.length]).toEqual([false, 7]);
    const library = ok(await c!.as.member.get('/api/interventions/library')).interventions;
    expect(library.filter((i: { source: string }) => i.source === 'own').map((i: { title: string }) => i.title)).toEqual(
      expect.arrayContaining(['Vergrendelen met één toets', 'Posters bij de printer']),
    );
  });
});
