import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTORS, type Sector } from '#core/sector.js';
import { SurveyDefinition } from '#core/survey/definition.js';
import { ItemId } from '#core/worksheets/fields.js';
import { loadDemo } from '#server/modules/setup/demo.js';
import { demoStory } from '#server/modules/setup/demo-story.js';
import { demoSurveyDefinitionIn } from '#server/modules/setup/demo-survey.js';
import { demoWorksheets } from '#server/modules/setup/demo-worksheets.js';
import { startTestApp, type Client, type TestApp } from './harness.js';

/**
 * The demo tells its sector's story (setup/demo-story.ts): a home-care organisation's demo has
 * district teams and clients, not wards and patients. Every sector's story, worksheets and survey
 * are checked as data; two sectors, one of each word for whom they care for, are loaded over HTTP
 * (a load takes seconds). The hospital's own texts, unchanged, are checked in setup.test.ts.
 */

/** Words only a hospital's demo uses. */
const HOSPITAL_WORDS = [/verpleegafdeling/i, /interne geneeskunde/i, /chirurgie/i, /longziekten/i, /afdelingsbalie/i, /doktersassistent/i];
/** The other sector's word for whom the organisation cares for, and its care record ("cliëntenraad" is every sector's word). */
const WRONG_WORDS: Record<Exclude<Sector, 'hospital'>, RegExp[]> = {
  vvt: [/patiënt/i, /\bEPD\b/],
  disability: [/patiënt/i, /\bEPD\b/],
  ggz: [/cliënt(?!enraad)/i, /\bECD\b/],
  forensic: [/cliënt(?!enraad)/i, /\bECD\b/],
};
const OTHER_SECTORS = SECTORS.filter((s): s is Exclude<Sector, 'hospital'> => s !== 'hospital');

describe('the story table', () => {
  it.each(SECTORS)('%s: three units with distinct ids that a survey accepts, and the survey valid', (sector) => {
    const { units } = demoStory(sector);
    expect(new Set(units.map((u) => u.id)).size).toBe(3);
    for (const u of units) expect(ItemId.safeParse(u.id).success, u.id).toBe(true);
    expect(SurveyDefinition.safeParse(demoSurveyDefinitionIn(sector)).success).toBe(true);
  });

  it.each(OTHER_SECTORS)('%s: no hospital word and no other sector’s word in its story, its worksheets or its survey', (sector) => {
    const people = { coordinatorId: 'c', memberId: 'm' };
    for (const told of [demoStory(sector), demoWorksheets(people, '2026-03-02', sector), demoSurveyDefinitionIn(sector)]) {
      for (const word of [...HOSPITAL_WORDS, ...WRONG_WORDS[sector]]) expect(JSON.stringify(told)).not.toMatch(word);
    }
  });
});

/** Every text the demo's programme shows in steps 1 to 6 (anchoring), its surveys and its breach register, one string per place. */
async function demoTexts(lead: Client): Promise<Record<string, string>> {
  const [programme] = (await lead.get('/api/programmes')).body.programmes;
  const P = `/api/programmes/${programme.id}`;
  const texts: Record<string, string> = { problem: programme.problem };
  for (const key of ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.4'])
    texts[key] = JSON.stringify((await lead.get(`${P}/substeps/${key}`)).body.worksheet.fields);
  for (const part of ['interventions', 'actions', 'communication', 'checkins', 'anchoring'])
    texts[part] = JSON.stringify((await lead.get(`${P}/${part}`)).body);
  for (const { id, title } of (await lead.get(`${P}/surveys`)).body.surveys)
    texts[title] = JSON.stringify((await lead.get(`${P}/surveys/${id}`)).body.definition);
  // The demo's breach register, read by the programme lead in her privacy officer role.
  for (const { id, publicReference } of (await lead.get('/api/breaches?limit=100')).body.breaches)
    texts[publicReference] = JSON.stringify((await lead.get(`/api/breaches/${id}`)).body);
  return texts;
}

describe.each(['vvt', 'forensic'] as const)('the demo in %s', (sector) => {
  let t: TestApp;
  let lead: Client;
  let P: string;
  let texts: Record<string, string>;
  const story = demoStory(sector);
  beforeAll(async () => {
    t = await startTestApp();
    const { password } = (await loadDemo(t.database.db, t.services, { sector }))!;
    lead = await t.client().login('trajectleider@demo.wegwijs.invalid', password);
    P = `/api/programmes/${(await lead.get('/api/programmes')).body.programmes[0].id}`;
    texts = await demoTexts(lead);
  });
  afterAll(() => t.close());

  it('speaks of no ward, hospital department or other sector’s word in its worksheets, interventions, actions, communication, anchoring and surveys', () => {
    expect(Object.keys(texts)).toEqual(
      expect.arrayContaining([
        'problem',
        '1.1',
        '2.3',
        'interventions',
        'actions',
        'communication',
        'checkins',
        'anchoring',
        'Vragenlijst gedragsfactoren: datalekken melden',
        'Herhaalmeting gedragsfactoren: datalekken melden',
      ]),
    );
    for (const [place, text] of Object.entries(texts)) for (const word of [...HOSPITAL_WORDS, ...WRONG_WORDS[sector]]) expect(text, place).not.toMatch(word);
  });

  it('tells its own story: the problem, the core-team member and the target group from the sector', () => {
    expect(texts.problem).toContain(story.where);
    expect(texts['1.2']).toContain(story.staffRole);
    expect(texts['2.3']).toContain(story.targetGroup);
    const [first, second, third] = story.units;
    expect(texts.checkins).toContain(`vooral van ${first.the}`);
    expect(texts.checkins).toContain(`De quiz ook ${third.on} ${third.the} houden`);
    expect(texts.actions).toContain(`Teammanager ${second.label.nl}`);
  });

  it('has both surveys answered in its own groups: all answers taken, the professions shown are its own, most in the first', async () => {
    for (const { id, responses } of (await lead.get(`${P}/surveys`)).body.surveys) {
      expect(responses).toBeGreaterThanOrEqual(56);
      const { questions } = (await lead.get(`${P}/surveys/${id}/results`)).body as {
        questions: { questionId: string; groups: { optionId: string; n: number }[] }[];
      };
      const shown = questions.find((q) => q.questionId === 'profession')!.groups;
      expect(shown.map((g) => g.optionId)).toEqual(story.surveyProfessions.map((o) => o.id).slice(0, shown.length));
      expect(shown[0]!.n).toBeGreaterThan(responses / 2);
    }
  });
});
