import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorksheetFields } from '#core/worksheets/index.js';
import { programmeWithTeam, startProgramme } from '../fixtures.js';
import { startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/**
 * The structured worksheets of steps 1 and 2 over HTTP: saved whole as versions, checked field by
 * field, gating "done", feeding the programme (problem statement, target behaviour) and the
 * calendar export, and kept within the organisation.
 */

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
let id: string;
const path = (key: string, suffix = '') => `/api/programmes/${id}/substeps/${key}${suffix}`;

const inventory = (chosenId: string | null): WorksheetFields<'1.1'> => ({
  criteria: [
    { id: 'impact', label: '', weight: 2 },
    { id: 'urgency', label: '', weight: 1 },
  ],
  problems: [
    {
      id: 'p1',
      title: 'Mail aan verkeerde ontvanger',
      source: 'incidents',
      sourceOther: '',
      description: 'Een derde van de datalekken.',
      whyItMatters: '',
      behaviour: 'Adres niet controleren',
      scores: { impact: 4, urgency: 3 },
    },
    {
      id: 'p2',
      title: 'Schermen blijven open',
      source: 'other',
      sourceOther: 'Rondgang',
      description: '',
      whyItMatters: '',
      behaviour: '',
      scores: { impact: 5 },
    },
  ],
  chosenId,
  rationale: chosenId ? 'Komt het vaakst voor.' : '',
});

const behaviours: WorksheetFields<'2.1'> = {
  behaviours: [
    { id: 'b1', description: 'Verpleegkundigen controleren de geadresseerde voor het verzenden', link: '' },
    { id: 'b2', description: 'Secretaresses gebruiken beveiligde mail voor verwijsbrieven', link: '' },
  ],
};

const target: WorksheetFields<'2.3'> = {
  targetGroup: 'Verpleegkundigen',
  departments: 'Cardiologie',
  professions: '',
  size: 90,
  action: 'controleren de geadresseerde',
  when: 'voordat ze een e-mail met patiëntgegevens versturen',
  where: 'op de afdeling',
  howOften: 'bij elke e-mail naar buiten',
  withWhat: '',
  currentSituation: '',
  desiredSituation: 'Geen e-mail meer aan de verkeerde ontvanger.',
};

async function save(key: string, fields: unknown, notes = '') {
  const current = (await org.as.member.get(path(key))).body.worksheet?.version ?? 0;
  return org.as.member.put(path(key, '/worksheet'), { baseVersion: current, notes, fields });
}

beforeAll(async () => {
  t = await startTestApp();
  org = await t.organisation('Zorggroep Werkbladen');
  other = await t.organisation('Zorggroep Elders');
  id = await programmeWithTeam(org, 'Mail veilig versturen');
});
afterAll(() => t?.close());

describe.sequential('saving and reading a worksheet', () => {
  it('stores the fields as version 1, starts the sub-step and reports what is missing', async () => {
    const reply = await save('1.1', inventory(null));
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ version: 1, status: 'in_progress' });
    expect(reply.body.missing).toEqual([
      { code: 'noChoice', field: 'chosenId' },
      { code: 'fieldRequired', field: 'rationale' },
    ]);
    const read = await org.as.viewer.get(path('1.1'));
    expect(read.body).toMatchObject({ hasForm: true, status: 'in_progress', worksheet: { version: 1, fields: inventory(null) } });
  });

  it('refuses "done" while the worksheet is incomplete, naming what is missing', async () => {
    const reply = await org.as.member.put(path('1.1', '/status'), { status: 'done' });
    expect(reply.status).toBe(409);
    expect(reply.body.error).toBe('worksheetIncomplete');
    expect(reply.body.missing.map((m: { code: string }) => m.code)).toEqual(['noChoice', 'fieldRequired']);
    expect((await org.as.member.get(path('1.1'))).body.status).toBe('in_progress');
  });

  it('the chosen problem becomes the programme problem while it has none, and "done" is allowed', async () => {
    expect((await save('1.1', inventory('p1'))).body).toMatchObject({ version: 2, missing: [] });
    const programme = (await org.as.viewer.get(`/api/programmes/${id}`)).body.programme;
    expect(programme.problem).toBe('Mail aan verkeerde ontvanger\n\nEen derde van de datalekken.');
    expect(programme.completeness['1.1']).toEqual([]);
    expect((await org.as.member.put(path('1.1', '/status'), { status: 'done' })).status).toBe(200);
    const log = (await org.as.admin.get(`/api/audit?entity=programme`)).body.entries;
    expect(log[0]).toMatchObject({ action: 'programme.update', after: { problem: programme.problem } });
  });

  it('a written problem is never replaced silently: only with replaceProblem: true, and audited then', async () => {
    const written = 'Mails met patiëntgegevens gaan naar de verkeerde ontvanger.';
    const own = await startProgramme(org.as.coordinator, 'Eigen probleemtekst', written);
    const problemOf = async () => (await org.as.viewer.get(`/api/programmes/${own}`)).body.programme.problem;
    const saveOwn = (baseVersion: number, extra: object = {}) =>
      org.as.coordinator.put(`/api/programmes/${own}/substeps/1.1/worksheet`, { baseVersion, notes: '', fields: inventory('p1'), ...extra });

    expect((await saveOwn(0)).status).toBe(200);
    expect(await problemOf()).toBe(written);
    expect((await saveOwn(1, { replaceProblem: false })).status).toBe(200);
    expect(await problemOf()).toBe(written);
    expect((await saveOwn(2, { replaceProblem: true })).status).toBe(200);
    expect(await problemOf()).toBe('Mail aan verkeerde ontvanger\n\nEen derde van de datalekken.');
    const log = (await org.as.admin.get(`/api/audit?entity=programme`)).body.entries.filter((e: { entityId: string }) => e.entityId === own);
    expect(log[0]).toMatchObject({
      action: 'programme.update',
      before: { problem: written },
      after: { problem: 'Mail aan verkeerde ontvanger\n\nEen derde van de datalekken.' },
    });
  });

  it('a done sub-step goes back to in progress when its worksheet is saved incomplete', async () => {
    const reply = await save('1.1', inventory(null));
    expect(reply.body).toMatchObject({ version: 3, status: 'in_progress' });
    expect((await org.as.member.get(`/api/programmes/${id}`)).body.programme.statuses['1.1']).toBe('in_progress');
  });

  it('lists versions newest first with what changed', async () => {
    await save('2.1', { behaviours: behaviours.behaviours.slice(0, 1) });
    await save('2.1', behaviours);
    const versions = (await org.as.viewer.get(path('2.1', '/versions'))).body.versions;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[0].changes).toEqual([{ field: 'fields.behaviours', kind: 'rows', added: 1, removed: 0, changed: 0 }]);
    expect(versions[0].fields).toEqual(behaviours);
  });

  it('2.2 is done only when every behaviour of 2.1 is rated, one is chosen and the choice explained', async () => {
    const partial = await save('2.2', { ratings: { b1: { impact: 5, changeability: 4, measurability: 4 } }, chosenIds: ['b1'], rationale: 'Grootste effect.' });
    expect(partial.body.missing).toEqual([{ code: 'behaviourNotRated', field: 'ratings.b2', params: { n: 2 } }]);
    expect((await org.as.member.put(path('2.2', '/status'), { status: 'done' })).status).toBe(409);
    const full = await save('2.2', {
      ratings: { b1: { impact: 5, changeability: 4, measurability: 4 }, b2: { impact: 3, changeability: 3, measurability: 2 } },
      chosenIds: ['b1'],
      rationale: 'Grootste effect.',
    });
    expect(full.body.missing).toEqual([]);
    expect((await org.as.member.put(path('2.2', '/status'), { status: 'done' })).status).toBe(200);
  });

  it('the target behaviour of 2.3 is summarised in one sentence on the programme', async () => {
    expect((await save('2.3', target)).body.missing).toEqual([]);
    const programme = (await org.as.viewer.get(`/api/programmes/${id}`)).body.programme;
    expect(programme.targetBehaviour).toBe(
      'Verpleegkundigen (Cardiologie) controleren de geadresseerde, voordat ze een e-mail met patiëntgegevens versturen, op de afdeling, bij elke e-mail naar buiten.',
    );
  });

  it('of two saves from the same version, one wins and the other gets 409', async () => {
    const current = (await org.as.member.get(path('1.3'))).body.worksheet?.version ?? 0;
    const replies = await Promise.all(
      ['Raad van bestuur', 'OR'].map((name) =>
        org.as.member.put(path('1.3', '/worksheet'), {
          baseVersion: current,
          notes: '',
          fields: { stakeholders: [{ id: 's1', name, interest: '', interestLevel: 4, influenceLevel: 5, involvement: 'Kwartaalrapportage', when: '' }] },
        }),
      ),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await org.as.member.get(path('1.3', '/versions'))).body.versions).toHaveLength(current + 1);
  });
});

describe('bad worksheet input', () => {
  const cases: [string, string, unknown, string][] = [
    [
      'a score out of range',
      '1.1',
      { ...inventory(null), problems: [{ ...inventory(null).problems[0], scores: { impact: 6 } }] },
      'fields.problems.0.scores.impact',
    ],
    ['a duplicate row id', '2.1', { behaviours: [behaviours.behaviours[0], behaviours.behaviours[0]] }, 'fields.behaviours.1.id'],
    ['an unknown field', '2.3', { ...target, patientName: 'x' }, 'fields'],
    ['a wrong type', '2.3', { ...target, size: 'negentig' }, 'fields.size'],
    ['an over-long line', '2.3', { ...target, action: 'x'.repeat(301) }, 'fields.action'],
    ['a NUL character', '2.1', { behaviours: [{ id: 'b1', description: 'a\u0000b', link: '' }] }, 'fields.behaviours.0.description'],
    [
      'an impossible time',
      '1.4',
      {
        milestones: [],
        meetings: { title: '', firstDate: null, startTime: '25:00', durationMinutes: 60, intervalWeeks: 2, count: 3, location: '' },
        resources: '',
        boardReporting: '',
      },
      'fields.meetings.startTime',
    ],
    [
      'a lead task owned by a non-coordinator',
      '1.2',
      {
        members: [{ id: 'm1', userId: null, name: 'An', position: 'member', discipline: 'it', role: 'ICT', department: '', tasks: '', hoursPerWeek: null }],
        leadTasks: [{ id: 't1', task: 'Voorzitten', ownerId: 'm1' }],
      },
      'fields.leadTasks.0.ownerId',
    ],
    ['no fields at all', '2.3', undefined, 'fields'],
  ];
  for (const [what, key, fields, field] of cases) {
    it(`${key}: ${what} is refused naming ${field}, and nothing is written`, async () => {
      const before = (await org.as.member.get(path(key, '/versions'))).body.versions.length;
      const reply = await save(key, fields);
      expect(reply.status).toBe(400);
      expect(reply.body.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect((await org.as.member.get(path(key, '/versions'))).body.versions).toHaveLength(before);
    });
  }

  it('answers in English when asked', async () => {
    const reply = await org.as.member.request(
      'PUT',
      path('2.3', '/worksheet'),
      { baseVersion: 1, notes: '', fields: { ...target, action: 'x'.repeat(301) } },
      { 'accept-language': 'en' },
    );
    expect(reply.body.fields).toContainEqual({ field: 'fields.action', message: 'Use at most 300 characters.' });
  });

  it('fields sent to a sub-step without a form are refused', async () => {
    const reply = await org.as.member.put(path('3.1', '/worksheet'), { baseVersion: 0, notes: '', fields: { behaviours: [] } });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: 'noWorksheetForm', fields: [{ field: 'fields' }] });
  });

  it('another organisation can neither read nor write the worksheets (404)', async () => {
    expect((await other.as.admin.get(path('1.1'))).status).toBe(404);
    expect((await other.as.coordinator.put(path('2.1', '/worksheet'), { baseVersion: 2, notes: '', fields: behaviours })).status).toBe(404);
    expect((await other.as.admin.get(`/api/programmes/${id}/planning.ics`)).status).toBe(404);
  });
});

describe('the planning as a calendar file', () => {
  const planning: WorksheetFields<'1.4'> = {
    milestones: [
      { id: 'ms1', step: 1, title: 'Kernteam staat', date: '2027-01-15' },
      { id: 'ms2', step: 2, title: 'Doelgedrag beschreven', date: '2027-03-26' },
    ],
    meetings: { title: '', firstDate: '2027-01-05', startTime: '09:30', durationMinutes: 45, intervalWeeks: 2, count: 10, location: 'Zaal B2' },
    resources: '',
    boardReporting: '',
  };

  it('holds the two-weekly series in Amsterdam time and the milestones as all-day events, with stable UIDs', async () => {
    await save('1.4', planning);
    const first = await org.as.viewer.get(`/api/programmes/${id}/planning.ics`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(first.headers.get('content-disposition')).toBe(
      `attachment; filename="planning-mail-veilig-versturen.ics"; filename*=UTF-8''planning-mail-veilig-versturen.ics`,
    );
    const ics = String(first.body).replace(/\r\n /g, '');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toContain('TZID:Europe/Amsterdam');
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20270105T093000');
    expect(ics).toContain('DTEND;TZID=Europe/Amsterdam:20270105T101500');
    expect(ics).toMatch(/RRULE:(?=[^\r\n]*FREQ=WEEKLY)(?=[^\r\n]*INTERVAL=2)(?=[^\r\n]*COUNT=10)/);
    expect(ics).toContain('SUMMARY:Voortgangsoverleg: Mail veilig versturen');
    expect(ics).toContain('LOCATION:Zaal B2');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270115');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270326');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    const uids = (text: string) => text.match(/^UID:.*$/gm)?.sort();
    const second = await org.as.viewer.get(`/api/programmes/${id}/planning.ics`);
    expect(uids(String(second.body))).toEqual(uids(ics));
  });

  it('speaks English when asked', async () => {
    const reply = await org.as.viewer.request('GET', `/api/programmes/${id}/planning.ics`, undefined, { 'accept-language': 'en' });
    expect(String(reply.body)).toContain('SUMMARY:Progress check-in: Mail veilig versturen');
  });
});
