import { eq, sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cohorts, cohortSubgroupMembers, cohortSubgroups, cohortSubmissions, roleplayRounds } from '#server/db/schema.js';
import { demoSurveyDefinition } from '#server/modules/setup/demo-survey.js';
import { ok, openSurvey, programmeWithTeam, rowsOf } from '../fixtures.js';
import { FILLED, fillProgramme } from './full-programme.js';
import { startTestApp, type Client, type TestApp, type TestOrganisation } from './harness.js';

/**
 * What a participating organisation shares with a masterclass besides progress, check-ins and
 * worksheets (issue 21, points 2 and 7): the plan van aanpak draft, the diagnosis, the chosen
 * interventions, KPI outcomes and released survey results; each only for the audience it is shared
 * with, without names, every read in the organisation's audit log; after closing from the snapshot,
 * deleted when the retention ends; and the cohort report for the trainers.
 */

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const SCOPES = { plan: 'plan.docx', interventions: 'interventions', kpis: 'kpis', surveyResults: 'survey-results' } as const;
type Scope = keyof typeof SCOPES;
const ALL_SCOPES = Object.keys(SCOPES) as Scope[];
const nothing = { scopes: [], worksheets: [] };

const oneLine = (s: string) => s.replace(/\s+/g, ' ');
const docxText = async (body: Buffer) =>
  oneLine(
    (await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string'))
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&apos;/g, "'"),
  );
/** What the core team (1.2) and the stakeholders (1.3) say about people, hours included: none of it is in a shared plan. */
const TEAM = {
  roles: ['Aandachtsvelder privacy', 'Praktijkopleider longziekten', 'Adviseur informatiebeveiliging', 'Sponsor uit de directie'],
  departments: ['Afdeling Hartbewaking', 'Polikliniek Longziekten', 'Dienst Digitale Zorg', 'Staf Raad van Bestuur'],
  tasks: ['Bewaakt de planning van het traject', 'Geeft de klinische lessen', 'Toetst de maatregelen op techniek', 'Maakt tijd vrij voor de teams'],
  hours: [13.5, 2.25, 3.5, 0.5],
  leadTask: 'Voortgang rapporteren aan de raad van bestuur',
  stakeholder: { name: 'Ondernemingsraad Zorggroep Delen', interest: 'Let op de werkdruk van de teams', involvement: 'Meelezen met de conceptplannen' },
};
const pdfText = async (body: Buffer) => oneLine((await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true })).text);

describe.sequential('masterclass: the shared items, after the course, the cohort report', () => {
  let t: TestApp;
  let school: TestOrganisation;
  let care: TestOrganisation;
  let peer: TestOrganisation;
  let outsider: TestOrganisation;
  let cohortId: string;
  let programmeId: string;
  let participationId: string;
  let assignmentId: string;
  let names: string[];

  const path = (scope: Scope) => `/api/cohorts/${cohortId}/participations/${participationId}/${SCOPES[scope]}`;
  const statuses = async (client: Client) => Promise.all(ALL_SCOPES.map(async (scope) => (await client.get(path(scope))).status));
  const share = async (trainers: object, cohort: object = nothing) => ok(await care.as.admin.put(`/api/cohorts/${cohortId}/sharing`, { trainers, cohort }));
  const download = async (client: Client, url: string) => {
    const reply = await fetch(`${t.url}${url}`, { headers: { cookie: client.cookie!, 'accept-language': client.locale } });
    return { status: reply.status, type: reply.headers.get('content-type'), body: Buffer.from(await reply.arrayBuffer()) };
  };
  const worksheetPath = (key: string) => `/api/cohorts/${cohortId}/participations/${participationId}/worksheets/${key}`;
  const auditEntries = async (): Promise<{ after: { items?: string[] } }[]> =>
    ok(await care.as.admin.get('/api/audit?entity=cohort_share&action=cohort.read&limit=200')).entries;
  const auditedItems = async () => new Set((await auditEntries()).flatMap((e) => e.after.items ?? []));
  const expectNoNames = (value: unknown) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    for (const name of names) expect(text, name).not.toContain(name);
  };

  /** Fills in 1.2 (roles, departments, tasks and hours of the team, a lead task) and 1.3 (a stakeholder). */
  const describeTeam = async () => {
    const P = `/api/programmes/${programmeId}`;
    const versionOf = async (key: string) => ok(await care.as.coordinator.get(`${P}/substeps/${key}`)).worksheet?.version ?? 0;
    const members = ok(await care.as.coordinator.get(P)).programme.team.map(({ email: _, ...row }: { email: unknown }, i: number) => ({
      ...row,
      role: TEAM.roles[i],
      department: TEAM.departments[i],
      tasks: TEAM.tasks[i],
      hoursPerWeek: TEAM.hours[i],
    }));
    // fillProgramme's team of four.
    expect(members).toHaveLength(4);
    const save = async (key: string, fields: object) =>
      ok(await care.as.coordinator.put(`${P}/substeps/${key}/worksheet`, { baseVersion: await versionOf(key), notes: '', fields }));
    await save('1.2', { members, leadTasks: [{ id: 'lt-1', task: TEAM.leadTask, ownerId: null }] });
    await save('1.3', { stakeholders: [{ id: 's-or', ...TEAM.stakeholder, interestLevel: 4, influenceLevel: 3, when: 'Elk kwartaal' }] });
  };
  const teamTexts = () => [
    ...TEAM.roles,
    ...TEAM.departments,
    ...TEAM.tasks,
    '13,5',
    'Samen 19,75 uur per week.',
    'Uren per week',
    TEAM.leadTask,
    ...Object.values(TEAM.stakeholder),
  ];

  beforeAll(async () => {
    t = await startTestApp();
    [school, care, peer, outsider] = [
      await t.organisation('Opleider Delen'),
      await t.organisation('Zorggroep Delen'),
      await t.organisation('Zorg Peer'),
      await t.organisation('Zorg Buiten'),
    ];
    names = ['coordinator Zorggroep Delen', 'member Zorggroep Delen', 'Teammanager Interne'];
    ({ id: programmeId } = await fillProgramme(t, care));
    // A KPI the team counts itself, with a measurement: the one KPI that may be shared.
    const kpi = ok(
      await care.as.member.post(`/api/programmes/${programmeId}/kpis`, {
        name: 'Vergrendelde schermen',
        unit: '%',
        indicator: 'unlockedScreens',
        factor: null,
        candidateId: null,
        direction: 'increase',
        baseline: 40,
        baselineDate: '2027-01-10',
        target: 90,
        targetDate: '2027-12-31',
        notes: '',
      }),
      201,
    );
    ok(
      await care.as.member.post(`/api/programmes/${programmeId}/kpis/${kpi.id}/measurements`, {
        date: '2027-03-10',
        value: 55,
        note: 'Ronde door coordinator Zorggroep Delen',
      }),
      201,
    );
    // A survey still open: never shared, not even its count.
    await openSurvey(care.as.member, programmeId, { title: 'Loopt nog', definition: demoSurveyDefinition });

    cohortId = ok(await school.as.trainer.post('/api/cohorts', { name: 'Masterclass najaar', retentionDays: 30 }), 201).id;
    const start = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const session = ok(await school.as.trainer.post(`/api/cohorts/${cohortId}/sessions`, { title: 'Stap 3', startsAt: start, minutes: 120, steps: [3] }), 201);
    assignmentId = ok(
      await school.as.trainer.post(`/api/cohorts/${cohortId}/sessions/${session.id}/assignments`, {
        title: 'Diagnose bespreken',
        instructions: '',
        relatesTo: '3.4',
        dueDate: start.slice(0, 10),
      }),
      201,
    ).id;
    const { code } = ok(await school.as.trainer.get(`/api/cohorts/${cohortId}`));
    participationId = ok(
      await care.as.coordinator.post('/api/cohorts/join', { code, programmeId, participantIds: [care.userIds.coordinator, care.userIds.member] }),
      201,
    ).participationId;
    const peerProgramme = await programmeWithTeam(peer, 'Schermen op slot');
    ok(
      await peer.as.coordinator.post('/api/cohorts/join', {
        code,
        programmeId: peerProgramme,
        participantIds: [peer.userIds.coordinator, peer.userIds.member],
      }),
      201,
    );
  }, 180_000);
  afterAll(() => t?.close());

  it('shares none of these by default, with anyone', async () => {
    expect(await statuses(school.as.trainer)).toEqual([404, 404, 404, 404]);
    expect(await statuses(peer.as.member)).toEqual([404, 404, 404, 404]);
  });

  it('shows what is shared with the trainers to the trainers only: not to another organisation of the cohort, an outsider, or via this route to itself', async () => {
    await share({ scopes: ['progress', 'checkins', ...ALL_SCOPES], worksheets: [] });
    expect(await statuses(school.as.trainer)).toEqual([200, 200, 200, 200]);
    expect(await statuses(peer.as.member)).toEqual([404, 404, 404, 404]);
    expect(await statuses(peer.as.admin)).toEqual([404, 404, 404, 404]);
    expect(await statuses(outsider.as.admin)).toEqual([404, 404, 404, 404]);
    expect(await statuses(outsider.as.trainer)).toEqual([404, 404, 404, 404]);
    expect(await statuses(care.as.admin)).toEqual([404, 404, 404, 404]);
    expect(await statuses(school.as.admin)).toEqual([404, 404, 404, 404]);
  });

  it('shows what is shared with the cohort to the other duo too, but not to its colleagues outside the duo', async () => {
    await share(nothing, { scopes: ALL_SCOPES, worksheets: [] });
    expect(await statuses(peer.as.member)).toEqual([200, 200, 200, 200]);
    expect(await statuses(school.as.trainer)).toEqual([200, 200, 200, 200]);
    expect(await statuses(peer.as.viewer)).toEqual([404, 404, 404, 404]);
  });

  it('gives the chosen interventions as title, functions and rationale, without names', async () => {
    const answer = ok(await school.as.trainer.get(path('interventions')));
    expect(answer.organisationName).toBe('Zorggroep Delen');
    expect(answer.interventions.map((i: { title: string }) => i.title)).toEqual([FILLED.intervention]);
    expect(Object.keys(answer.interventions[0]).sort()).toEqual(['functions', 'rationale', 'title']);
    expectNoNames(answer);
  });

  it('gives the KPI outcomes, but never KPIs fed by staff answers or the breach register', async () => {
    const answer = ok(await peer.as.coordinator.get(path('kpis')));
    expect(answer.kpis).toEqual([
      {
        name: 'Klikken op oefenphishing',
        unit: '%',
        direction: 'decrease',
        baseline: 18,
        baselineDate: '2027-01-31',
        target: 8,
        targetDate: '2027-12-31',
        latest: null,
        change: null,
      },
      {
        name: 'Vergrendelde schermen',
        unit: '%',
        direction: 'increase',
        baseline: 40,
        baselineDate: '2027-01-10',
        target: 90,
        targetDate: '2027-12-31',
        latest: { date: '2027-03-10', value: 55 },
        change: 15,
      },
    ]);
    expectNoNames(answer);
  });

  it('gives the results of closed surveys only, exactly as released to the organisation itself, a group below the minimum hidden', async () => {
    const answer = ok(await school.as.trainer.get(path('surveyResults')));
    const own = ok(await care.as.member.get(`/api/programmes/${programmeId}/surveys`)).surveys;
    const closed = own.filter((s: { status: string }) => s.status === 'closed');
    expect(closed).toHaveLength(3);
    expect(answer.surveys.map((s: { title: string }) => s.title).sort()).toEqual(closed.map((s: { title: string }) => s.title).sort());
    expect(answer.surveys.map((s: { title: string }) => s.title)).not.toContain('Loopt nog');
    for (const survey of closed) {
      const { available, ...released } = ok(await care.as.member.get(`/api/programmes/${programmeId}/surveys/${survey.id}/results`));
      expect(available).toBe(true);
      expect(answer.surveys.find((s: { title: string }) => s.title === survey.title).results).toEqual(released);
    }
    // Two answered the extra follow-up: below the minimum of 5 nothing is shown, not even per group.
    const small = answer.surveys.find((s: { title: string }) => s.title === 'Extra 1-meting pilotafdeling').results;
    expect([small.responses < small.minGroupSize, small.overall, small.questions.flatMap((q: { groups: unknown[] }) => q.groups)]).toEqual([true, null, []]);
    expectNoNames(answer);
  });

  it('gives the plan van aanpak as Word and PDF, without the names of staff or breach and survey figures', async () => {
    const ownPlan = async () => docxText((await download(care.as.coordinator, `/api/programmes/${programmeId}/documents/plan.docx?lang=nl`)).body);
    await describeTeam();
    // The organisation's own plan prints the core team and stakeholders ...
    const own = await ownPlan();
    for (const shown of teamTexts()) expect(own, shown).toContain(shown);
    const docx = await download(school.as.trainer, `${path('plan').replace('.docx', '')}.docx?lang=nl`);
    expect([docx.status, docx.type]).toEqual([200, DOCX]);
    const text = await docxText(docx.body);
    expect(text).toContain('Plan van aanpak');
    expect(text).toContain('Zorggroep Delen');
    expect(text).toContain(FILLED.intervention);
    expect(text).toContain(FILLED.action);
    expect(text).toContain('Vergrendelde schermen');
    // Not the KPIs fed by the breach register or the survey, nor the survey list with its counts.
    const kpiSection = text.slice(text.indexOf('KPI’s: 0-meting en streefwaarde'));
    expect(kpiSection).toContain('Klikken op oefenphishing');
    for (const hidden of [FILLED.kpi, 'Weten hoe je meldt']) expect(kpiSection, hidden).not.toContain(hidden);
    expect(text).not.toContain('Nulmeting datalekken melden');
    expectNoNames(text);
    // ... the shared one nothing of them: a row of role, department and hours would point at a named person of the duo.
    for (const hidden of teamTexts()) expect(text, hidden).not.toContain(hidden);
    // ... and says they were not shared, rather than that the team left them empty.
    expect(text).toContain('zijn niet gedeeld: namen en rollen van medewerkers blijven in de organisatie');
    expect(text).not.toContain('Nog geen kernteam vastgelegd');
    const pdf = await download(peer.as.member, `${path('plan').replace('.docx', '')}.pdf?lang=en`);
    expect([pdf.status, pdf.type]).toEqual([200, 'application/pdf']);
    const pdfWords = await pdfText(pdf.body);
    expect(pdfWords).toContain('Plan of approach');
    expectNoNames(pdfWords);
  });

  it('logs every read in the participating organisation, naming the item and who read it from where', async () => {
    expect([...(await auditedItems())].sort()).toEqual(expect.arrayContaining(['interventions', 'kpis', 'plan', 'surveyResults']));
    const log = ok(await care.as.admin.get('/api/audit?entity=cohort_share&action=cohort.read&limit=200'));
    const actors = new Set(log.entries.map((e: { actorName: string }) => e.actorName));
    expect(actors).toEqual(new Set(['trainer Opleider Delen (Opleider Delen)', 'coordinator Zorg Peer (Zorg Peer)', 'member Zorg Peer (Zorg Peer)']));
    // Nothing is logged in the reader's own organisation, and an organisation's own reads are not cross-organisation reads.
    expect(ok(await peer.as.admin.get('/api/audit?entity=cohort_share&action=cohort.read')).entries).toEqual([]);
  });

  it('takes a share back at once', async () => {
    await share({ scopes: ['progress', 'checkins'], worksheets: [] });
    expect(await statuses(school.as.trainer)).toEqual([404, 404, 404, 404]);
    expect(await statuses(peer.as.member)).toEqual([404, 404, 404, 404]);
  });

  it('shares worksheet 3.4 with the diagnosis, and no other worksheet', async () => {
    const sheet = (key: string) => school.as.trainer.get(`/api/cohorts/${cohortId}/participations/${participationId}/worksheets/${key}`);
    expect((await sheet('3.4')).status).toBe(404);
    await share({ scopes: ['progress', 'checkins', 'diagnosis'], worksheets: [] });
    const diagnosis = ok(await sheet('3.4'));
    expect(JSON.stringify(diagnosis.fields)).toContain(FILLED.barrier);
    expect((await sheet('3.3')).status).toBe(404);
    expect((await peer.as.member.get(`/api/cohorts/${cohortId}/participations/${participationId}/worksheets/3.4`)).status).toBe(404);
  });

  it('lets only the trainers set the retention; while it runs longer or shorter', async () => {
    const url = `/api/cohorts/${cohortId}/retention`;
    // Participants may read the cohort, so they are told "forbidden"; who may not read it, "not found".
    for (const client of [care.as.admin, peer.as.member]) expect((await client.put(url, { retentionDays: 10 })).status).toBe(403);
    for (const client of [outsider.as.trainer, school.as.admin]) expect((await client.put(url, { retentionDays: 10 })).status).toBe(404);
    expect(ok(await school.as.trainer.put(url, { retentionDays: 60 }))).toEqual({ retentionDays: 60, readableUntil: null });
    expect(ok(await school.as.trainer.get(`/api/cohorts/${cohortId}`)).retentionDays).toBe(60);
  });

  it('gives the trainers the cohort report as Word and PDF, with every organisation, and nobody else', async () => {
    const docx = await download(school.as.trainer, `/api/cohorts/${cohortId}/report.docx?lang=nl`);
    expect([docx.status, docx.type]).toEqual([200, DOCX]);
    const text = await docxText(docx.body);
    for (const expected of [
      'Verslag van de masterclass',
      'Masterclass najaar',
      'Zorggroep Delen',
      'Zorg Peer',
      'Gedragsdiagnose (deelstap 3.4)',
      'Diagnose bespreken',
    ])
      expect(text, expected).toContain(expected);
    expectNoNames(text);
    const pdf = await download(school.as.trainer, `/api/cohorts/${cohortId}/report.pdf?lang=en`);
    expect([pdf.status, pdf.type]).toEqual([200, 'application/pdf']);
    const words = await pdfText(pdf.body);
    for (const expected of ['Masterclass report', 'Zorggroep Delen', 'Zorg Peer', 'Behavioural diagnosis (sub-step 3.4)'])
      expect(words, expected).toContain(expected);
    for (const client of [care.as.coordinator, care.as.admin, peer.as.member, peer.as.admin])
      expect((await download(client, `/api/cohorts/${cohortId}/report.pdf`)).status).toBe(403);
    for (const client of [outsider.as.admin, outsider.as.trainer, school.as.admin])
      expect((await download(client, `/api/cohorts/${cohortId}/report.pdf`)).status).toBe(404);
  });

  it('after closing serves the trainers every shared item from the snapshot exactly as they read it before, hides a revoked share at once, and keeps no names in it', async () => {
    const ALL_SHARED = ['progress', 'checkins', 'plan', 'kpis', 'surveyResults', 'diagnosis', 'interventions'];
    await share({ scopes: ALL_SHARED, worksheets: [] });
    const reads = async () => {
      const row = ok(await school.as.trainer.get(`/api/cohorts/${cohortId}/board`)).rows.find(
        (r: { participationId: string }) => r.participationId === participationId,
      );
      return {
        progress: row.progress,
        checkins: row.checkins,
        interventions: ok(await school.as.trainer.get(path('interventions'))),
        kpis: ok(await school.as.trainer.get(path('kpis'))),
        surveyResults: ok(await school.as.trainer.get(path('surveyResults'))),
        worksheet: ok(await school.as.trainer.get(worksheetPath('3.4'))),
        plan: await docxText((await download(school.as.trainer, `${path('plan')}?lang=nl`)).body),
      };
    };
    const before = await reads();
    // Each of them holds something, the worksheet a moment.
    expect(before.progress.progress.overall.total).toBeGreaterThan(0);
    expect(before.checkins.last).toEqual(expect.any(String));
    expect([before.interventions.interventions.length, before.kpis.kpis.length, before.surveyResults.surveys.length]).toEqual([1, 2, 3]);
    expect(new Date(before.worksheet.updatedAt).getTime()).toBeGreaterThan(0);
    ok(
      await school.as.trainer.post(`/api/cohorts/${cohortId}/participations/${participationId}/comments/plan`, { body: 'Mooi plan, let op de planning.' }),
      201,
    );
    await t.database.db.insert(cohortSubmissions).values({ organisationId: care.id, assignmentId, participationId, text: 'Onze diagnose' });
    const [subgroup] = await t.database.db.insert(cohortSubgroups).values({ organisationId: school.id, cohortId, assignmentId, name: 'Groep 1' }).returning();
    await t.database.db.insert(cohortSubgroupMembers).values({ subgroupId: subgroup!.id, assignmentId, participationId });
    await t.database.db.insert(roleplayRounds).values({ organisationId: care.id, cohortId, subgroupId: subgroup!.id, participationId, personaKey: 'nurse' });
    expect((await school.as.trainer.post(`/api/cohorts/${cohortId}/close`, {})).status).toBe(204);

    // The programme changes after closing: the trainers keep what it was, moments as moments.
    ok(
      await care.as.member.post(`/api/programmes/${programmeId}/kpis`, {
        ...before.kpis.kpis[0],
        name: 'Na afloop',
        indicator: 'unlockedScreens',
        factor: null,
        candidateId: null,
        notes: '',
        latest: undefined,
        change: undefined,
      }),
      201,
    );
    expect(await reads()).toEqual(before);
    expect((await download(school.as.trainer, `${path('plan').replace('.docx', '')}.pdf`)).status).toBe(200);
    // Not shared at closing: not in the snapshot, also when shared afterwards.
    await share({ scopes: ALL_SHARED, worksheets: ['2.3'] });
    expect((await school.as.trainer.get(worksheetPath('2.3'))).status).toBe(404);
    // The other organisations of a closed cohort see nothing any more.
    expect(await statuses(peer.as.member)).toEqual([404, 404, 404, 404]);
    await share({ scopes: ['progress', 'checkins'], worksheets: [] });
    expect(await statuses(school.as.trainer)).toEqual([404, 404, 404, 404]);
    expect((await school.as.trainer.get(worksheetPath('3.4'))).status).toBe(404);
    const [snapshot] = await rowsOf<{ data: string }>(t, sql`select data::text as data from cohort_snapshots where participation_id = ${participationId}`);
    expect(snapshot!.data).toContain(FILLED.intervention);
    expectNoNames(snapshot!.data);
    for (const hidden of [FILLED.kpi, 'Weten hoe je meldt', ...teamTexts()]) expect(snapshot!.data, hidden).not.toContain(hidden);
  });

  it('answers "not found" for a snapshot item that no longer fits, and logs no read of it', async () => {
    await share({ scopes: ['progress', 'checkins', 'diagnosis'], worksheets: [] });
    const reads = async () => (await auditEntries()).filter((e) => e.after.items?.includes('3.4')).length;
    const [{ data }] = (await rowsOf<{ data: string }>(
      t,
      sql`select data::text as data from cohort_snapshots where participation_id = ${participationId}`,
    )) as [{ data: string }];
    const logged = await reads();
    await t.database.db.execute(
      sql`update cohort_snapshots set data = jsonb_set(data, '{worksheets,3.4,updatedAt}', '"gisteren"') where participation_id = ${participationId}`,
    );
    expect((await school.as.trainer.get(worksheetPath('3.4'))).status).toBe(404);
    expect(await reads()).toBe(logged);
    await t.database.db.execute(sql`update cohort_snapshots set data = ${data}::jsonb where participation_id = ${participationId}`);
    expect(ok(await school.as.trainer.get(worksheetPath('3.4'))).key).toBe('3.4');
    expect(await reads()).toBe(logged + 1);
    await share({ scopes: ['progress', 'checkins'], worksheets: [] });
  });

  it('lets the trainers only shorten the retention once closed', async () => {
    const url = `/api/cohorts/${cohortId}/retention`;
    const longer = await school.as.trainer.put(url, { retentionDays: 90 });
    expect([longer.status, longer.body.error, longer.body.fields[0].field]).toEqual([400, 'cohortRetentionLonger', 'retentionDays']);
    expect(ok(await school.as.trainer.put(url, { retentionDays: 30 })).retentionDays).toBe(30);
  });

  it('deletes the participations with all under them once the retention has passed, not before; the trainers keep their plan, participants their programmes', async () => {
    const count = async () =>
      (
        await rowsOf<{ n: number }>(
          t,
          sql`select (select count(*) from cohort_snapshots where participation_id = ${participationId})
             + (select count(*) from cohort_comments where participation_id = ${participationId})
             + (select count(*) from cohort_submissions where participation_id = ${participationId})
             + (select count(*) from cohort_subgroup_members where participation_id = ${participationId})
             + (select count(*) from roleplay_rounds where cohort_id = ${cohortId}) as n`,
        )
      )[0]!.n;
    const ofCohort = async () =>
      (
        await rowsOf<{ cohort: number; participations: number; participants: number; sessions: number; assignments: number; subgroups: number }>(
          t,
          sql`select (select count(*) from cohorts where id = ${cohortId})::int as cohort,
                     (select count(*) from cohort_participations where cohort_id = ${cohortId})::int as participations,
                     (select count(*) from cohort_participants where user_id in (${care.userIds.coordinator}, ${care.userIds.member}, ${peer.userIds.coordinator}, ${peer.userIds.member}))::int as participants,
                     (select count(*) from cohort_sessions where cohort_id = ${cohortId})::int as sessions,
                     (select count(*) from cohort_assignments where cohort_id = ${cohortId})::int as assignments,
                     (select count(*) from cohort_subgroups where cohort_id = ${cohortId})::int as subgroups`,
        )
      )[0];
    const closedDaysAgo = (days: number) =>
      t.database.db
        .update(cohorts)
        .set({ closedAt: new Date(Date.now() - days * 86_400_000) })
        .where(eq(cohorts.id, cohortId));
    const participating = async () => ok(await care.as.admin.get('/api/cohorts')).participating.map((c: { id: string }) => c.id);
    expect(Number(await count())).toBe(5);
    expect(await ofCohort()).toEqual({ cohort: 1, participations: 2, participants: 4, sessions: 1, assignments: 1, subgroups: 1 });

    await closedDaysAgo(29);
    expect(await t.services.retention.purgeClosedCohorts(new Date())).toBe(0);
    expect(Number(await count())).toBe(5);
    ok(await school.as.trainer.get(`/api/cohorts/${cohortId}/board`));
    expect(await participating()).toEqual([cohortId]);

    await closedDaysAgo(31);
    // Both organisations' snapshots, participations and duos (2 × 3), the comment, the submission and the role-play round (the subgroup place goes with the participation).
    expect(await t.services.retention.purgeClosedCohorts(new Date())).toBe(11);
    expect(Number(await count())).toBe(0);
    expect(await ofCohort()).toEqual({ cohort: 1, participations: 0, participants: 0, sessions: 1, assignments: 1, subgroups: 1 });
    expect((await school.as.trainer.get(`/api/cohorts/${cohortId}/board`)).status).toBe(404);
    expect(await participating()).toEqual([]);
    const purged = async (org: TestOrganisation) =>
      ok(await org.as.admin.get('/api/audit?action=retention.purge')).entries.map((e: { entityId: string; after: object }) => [e.entityId, e.after]);
    const none = { snapshots: 0, comments: 0, submissions: 0, roleplayRounds: 0, exchangeItems: 0, participants: 0, participations: 0, retentionDays: 30 };
    expect(await purged(care)).toEqual([
      [cohortId, { ...none, snapshots: 1, comments: 1, submissions: 1, roleplayRounds: 1, participants: 2, participations: 1 }],
    ]);
    expect(await purged(peer)).toEqual([[cohortId, { ...none, snapshots: 1, participants: 2, participations: 1 }]]);
    expect(await purged(school)).toEqual([]);
    // The participants keep their own programme.
    expect(ok(await care.as.coordinator.get(`/api/programmes/${programmeId}`)).programme.title).toBe(FILLED.title);
    expect(await t.services.retention.purgeClosedCohorts(new Date())).toBe(0);
  });
});
