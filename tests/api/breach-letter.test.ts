import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LETTER_PROMPTS } from '#content/breach-letter.js';
import type { BreachRegisterInput } from '#core/breach/register.js';
import type { BreachReportInput } from '#core/breach/report.js';
import { reportBreach, startTestApp, type TestApp, type TestOrganisation } from './harness.js';

/**
 * The letter to the people involved over HTTP: one draft per reader (the person, a parent or
 * guardian, a representative) and language, the FG and complaints officer from the organisation's
 * settings, a refused reader named in the user's language, and no letter about another organisation's breach.
 */

const REPORT: BreachReportInput = {
  isBreach: 'yes',
  whatHappened: 'Een brief met uitslagen van een kind is naar het verkeerde adres gestuurd.',
  incidentKind: 'letterWrongRecipient',
  noticedAt: new Date().toISOString(),
  dataKinds: ['namesAddresses', 'health'],
  peopleBand: 'one',
  ongoing: 'no',
  actionsTaken: 'Ontvanger gebeld.',
  department: 'Jeugdzorg',
};
const FACTS: BreachRegisterInput = {
  incidentKind: 'letterWrongRecipient',
  startedAt: '2026-02-03T10:00:00+01:00',
  startedAtExact: true,
  dataCategories: ['name', 'address'],
  specialCategories: ['health'],
  subjectGroups: ['minors'],
  recipients: 'known',
  dataRecovered: true,
  peopleConsequences: ['professionalSecrecy'],
};
const SETTINGS = {
  dpoName: 'Anna de Vries',
  dpoEmail: 'fg@noord.test',
  dpoPhone: '050 123 45 67',
  complaintsName: 'Bas Jansen',
  complaintsPhone: '050 765 43 21',
  complaintsUrl: 'https://noord.test/klachten',
  cbwApplies: true,
};

let t: TestApp;
let A: TestOrganisation;
let B: TestOrganisation;
let ours = '';
let theirs = '';

const report = (org: TestOrganisation) => reportBreach(t, org, REPORT);
const letter = async (query: string, org = A) => {
  const reply = await org.as.privacy.get(`/api/breaches/${org === A ? ours : theirs}/letter${query}`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body as { subject: string; body: string };
};

beforeAll(async () => {
  t = await startTestApp();
  A = await t.organisation('Zorggroep Noord');
  B = await t.organisation('Zorggroep Zuid');
  ours = await report(A);
  theirs = await report(B);
  expect((await A.as.privacy.put(`/api/breaches/${ours}/register`, FACTS)).status).toBe(204);
});
afterAll(() => t?.close());

describe('the letter to the people involved', () => {
  it('is written to the person involved unless asked otherwise', async () => {
    const { body } = await letter('?lang=nl');
    expect(body).toContain('Een brief of pakket met uw gegevens is naar de verkeerde persoon gestuurd. Dit gebeurde op 3 februari 2026.');
    expect(body).not.toContain('uw kind');
  });

  it('speaks to a parent about the child, and to a representative about the person they represent', async () => {
    expect((await letter('?lang=nl&for=guardian')).body).toContain('Een brief of pakket met de gegevens van uw kind is naar de verkeerde persoon gestuurd.');
    const en = await letter('?lang=en&for=representative');
    expect(en.subject).toBe('Information about a data breach at Zorggroep Noord');
    expect(en.body).toContain('What happened to information about the person you represent?');
  });

  it('takes the FG and the complaints officer from the settings, and prompts for them until then', async () => {
    const before = (await letter('?lang=nl')).body;
    expect(before).toContain(LETTER_PROMPTS.dpo.nl);
    expect(before).toContain(LETTER_PROMPTS.complaintsOfficer.nl);

    const saved = await A.as.admin.patch('/api/organisation', { apDetails: SETTINGS });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.organisation.apDetails).toMatchObject(SETTINGS);
    const after = (await letter('?lang=nl&for=guardian')).body;
    expect(after).toContain('Neem dan contact op met onze functionaris gegevensbescherming (FG), Anna de Vries.');
    expect(after).toContain('E-mail: fg@noord.test\nTelefoon: 050 123 45 67');
    expect(after).toContain('Neem dan contact op met onze klachtenfunctionaris, Bas Jansen.\nTelefoon: 050 765 43 21\nWebsite: https://noord.test/klachten');
    expect(after).not.toContain(LETTER_PROMPTS.dpo.nl);
    expect(after).not.toContain(LETTER_PROMPTS.complaintsOfficer.nl);

    const wrong = await A.as.admin.patch('/api/organisation', { apDetails: { ...SETTINGS, complaintsUrl: 'javascript:alert(1)' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields.map((f: { field: string }) => f.field)).toEqual(['apDetails.complaintsUrl']);
  });

  it("names the breach by the reporter's reference, never by the register number (that would tell how many there were)", async () => {
    const { breach } = (await A.as.privacy.get(`/api/breaches/${ours}`)).body;
    for (const query of ['?lang=nl', '?lang=en&for=guardian']) {
      const { body } = await letter(query);
      expect(body).toContain(breach.publicReference);
      expect(body).not.toContain(breach.reference);
    }
  });

  it('refuses an unknown reader, naming the field in the user’s language', async () => {
    const nl = await A.as.privacy.get(`/api/breaches/${ours}/letter?for=other`);
    expect(nl.status).toBe(400);
    expect(nl.body).toMatchObject({ error: 'validation', message: 'Controleer de invoer.' });
    expect(nl.body.fields).toEqual([{ field: 'for', message: 'Kies een van: self, guardian, representative.' }]);
    const en = await A.as.privacy.clone({ locale: 'en' }).get(`/api/breaches/${ours}/letter?lang=nl&for=other`);
    expect(en.body.fields).toEqual([{ field: 'for', message: 'Choose one of: self, guardian, representative.' }]);
  });

  it("drafts no letter about another organisation's breach", async () => {
    expect((await B.as.privacy.get(`/api/breaches/${ours}/letter?for=guardian`)).status).toBe(404);
    expect((await letter('?lang=nl', B)).body).toContain('Zorggroep Zuid');
  });
});
