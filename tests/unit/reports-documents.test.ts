import { describe, expect, it } from 'vitest';
import { combineRatings } from '#core/interventions/apease.js';
import type { Locale } from '#core/locale.js';
import type { Block, ExportDocument } from '#server/export/document.js';
import type { ReportData } from '#server/modules/reports/data.js';
import { finalReportDocument } from '#server/modules/reports/final-report.js';
import { planDocument } from '#server/modules/reports/plan.js';
import { REPORT_TEXT } from '#server/modules/reports/texts.js';
import { defaultRoleTable } from '#content/steps.js';
import { emptyMeasurementPlan } from '#core/measurement/plan.js';
import { STEP_NUMBERS } from '#core/steps.js';

const empty = (): ReportData => ({
  organisation: 'Zorggroep Leeg',
  programme: { title: 'Nog niets', problem: '' },
  today: '2027-06-30',
  worksheets: {},
  notes: {},
  surveys: [],
  candidates: [],
  actions: [],
  communication: [],
  checkins: [],
  kpis: [],
  measurement: null,
  effects: [],
  anchoring: [],
  roleTables: STEP_NUMBERS.map((step) => ({ step, table: defaultRoleTable(step), custom: false })),
});

const full = (): ReportData => ({
  organisation: 'Zorggroep Vol',
  programme: { title: 'Datalekken sneller melden', problem: 'Datalekken worden laat gemeld' },
  today: '2027-06-30',
  worksheets: {
    '1.1': {
      criteria: [{ id: 'impact', label: '', weight: 1 }],
      problems: [
        {
          id: 'p1',
          title: 'Datalekken worden laat gemeld',
          source: 'internal_audit',
          sourceOther: '',
          description: 'De meldtermijn wordt gemist.',
          whyItMatters: 'AVG-overtreding.',
          behaviour: 'Niet direct melden.',
          scores: { impact: 5 },
        },
        {
          id: 'p2',
          title: 'Schermen blijven ontgrendeld',
          source: 'brainstorm',
          sourceOther: '',
          description: '',
          whyItMatters: '',
          behaviour: '',
          scores: { impact: 3 },
        },
      ],
      chosenId: 'p1',
      rationale: 'Hoogste score.',
    },
    '1.2': {
      members: [
        {
          id: 'm1',
          userId: null,
          name: 'Petra Privacy',
          position: 'coordinator',
          discipline: 'security_privacy',
          role: 'Privacyfunctionaris',
          department: 'Kwaliteit',
          tasks: 'Leidt het traject.',
          hoursPerWeek: 6,
        },
        {
          id: 'm2',
          userId: null,
          name: 'Vera Verpleegkundige',
          position: 'member',
          discipline: 'care_practice',
          role: 'Verpleegkundige',
          department: 'Interne',
          tasks: '',
          hoursPerWeek: 2.5,
        },
      ],
      leadTasks: [{ id: 't1', task: 'Overleg voorzitten', ownerId: 'm1' }],
    },
    '1.3': {
      stakeholders: [
        { id: 's1', name: 'Raad van bestuur', interest: 'AVG', interestLevel: 4, influenceLevel: 5, involvement: 'Kwartaalrapportage', when: 'Elk kwartaal' },
      ],
    },
    '1.4': {
      milestones: [{ id: 'ms1', step: 1, title: 'Kernteam staat', date: '2027-01-15' }],
      meetings: {
        title: 'Voortgangsoverleg',
        firstDate: '2027-01-05',
        startTime: '09:30',
        durationMinutes: 60,
        intervalWeeks: 2,
        count: 10,
        location: 'Zaal B2',
      },
      resources: '14 uur per week.',
      boardReporting: 'Na elke stap.',
    },
    '2.1': { behaviours: [{ id: 'b1', description: 'Een vermoed datalek direct melden', link: '' }] },
    '2.2': { ratings: { b1: { impact: 5, changeability: 4, measurability: 4 } }, chosenIds: ['b1'], rationale: 'Grootste effect.' },
    '2.3': {
      targetGroup: 'Verpleegkundigen',
      departments: 'Interne geneeskunde',
      professions: '',
      size: 120,
      action: 'melden een vermoed datalek',
      when: 'direct na ontdekking',
      where: 'op de afdeling',
      howOften: 'elke keer',
      withWhat: 'het meldformulier',
      currentSituation: '',
      desiredSituation: 'Binnen een uur gemeld.',
    },
    '3.2': {
      hypotheses: [],
      methods: ['interviews', 'survey'],
      methodNotes: '',
      guide: { behaviour: '', opening: '', closing: '', questions: [], tips: [] },
      interviews: [],
    },
    '3.4': {
      entries: [
        {
          id: 'd1',
          factor: 'C-psy',
          kind: 'barrier',
          description: 'Weet niet waar het meldformulier staat',
          evidence: 'In 5 van 6 interviews.',
          sources: ['interviews'],
          weight: 5,
          mustChange: 'Formulier vindbaar maken',
        },
        { id: 'd2', factor: 'M-ref', kind: 'enabler', description: 'Wil patiënten beschermen', evidence: '', sources: ['survey'], weight: 3, mustChange: '' },
      ],
      summary: 'Kennis ontbreekt; de motivatie is er.',
    },
  },
  notes: { '6.3': 'Kleine stappen werken.\n\nVolgend probleem: ontgrendelde schermen.' },
  surveys: [{ id: 's1', title: 'Nulmeting', status: 'closed', responses: 36, closedOn: '2027-02-01', baselineSurveyId: null }],
  candidates: [
    {
      id: 'c1',
      title: 'Meldknop op het intranet',
      description: 'Eén knop op elke startpagina.',
      functions: ['enablement', 'environmentalRestructuring'],
      factors: ['C-psy'],
      barrierIds: ['d1'],
      decision: 'chosen',
      rationale: 'Goedkoop en direct vindbaar.',
      plan: {
        what: 'Een meldknop bouwen',
        forWhom: 'Alle medewerkers',
        byWhom: 'ICT',
        start: '2027-03-01',
        end: '2027-04-01',
        materials: '',
        measurement: 'Aantal meldingen per maand',
        indicators: ['breachReports'],
      },
      apease: combineRatings('c1', [{ affordability: 5, practicability: 4, effectiveness: 2 }]),
    },
    {
      id: 'c2',
      title: 'Verplichte e-learning',
      description: '',
      functions: ['training'],
      factors: [],
      barrierIds: [],
      decision: 'rejected',
      rationale: 'Te duur.',
      plan: null,
      apease: combineRatings('c2', []),
    },
  ],
  actions: [
    { title: 'Meldknop bouwen', candidateId: 'c1', ownerName: 'ICT', due: '2027-03-15', status: 'done', doneOn: '2027-03-10', channel: '' },
    { title: 'Poster ophangen', candidateId: null, ownerName: 'Communicatie', due: null, status: 'todo', doneOn: null, channel: 'teamoverleg' },
  ],
  communication: [
    { audience: 'Verpleegkundigen', message: 'Melden mag altijd', channel: 'Teamoverleg', planned: '2027-03-20', ownerName: 'Teammanager', status: 'done' },
  ],
  checkins: [
    {
      date: '2027-03-02',
      attendees: 4,
      decisions: [
        { id: 'x1', text: 'Meldknop live zetten', open: false, due: null },
        { id: 'x2', text: 'Budget posters', open: true, due: null },
      ],
    },
  ],
  kpis: [
    {
      name: 'Gemelde datalekken',
      unit: 'meldingen per maand',
      direction: 'increase',
      baseline: 4,
      baselineDate: '2027-01-31',
      target: 10,
      targetDate: '2027-12-31',
      candidateId: 'c1',
      measurements: [
        { date: '2027-03-31', value: 6, note: '' },
        { date: '2027-04-30', value: 8.5, note: 'na de campagne' },
      ],
    },
    {
      name: 'Klikken op oefenphishing',
      unit: '%',
      direction: 'decrease',
      baseline: null,
      baselineDate: null,
      target: null,
      targetDate: null,
      candidateId: null,
      measurements: [],
    },
  ],
  effects: [
    {
      baseline: { title: 'Nulmeting', responses: 36 },
      followUp: { title: 'Nulmeting (1-meting)', responses: 40 },
      minimum: 5,
      comparisons: [
        { factor: 'C-psy', before: 2.1, after: 3.4, difference: 1.3, ci: [0.9, 1.7], verdict: 'improved' },
        { factor: 'M-ref', before: 4, after: 4.05, difference: 0.05, ci: [-0.3, 0.4], verdict: 'noClearChange' },
        { factor: 'O-soc', before: null, after: null, difference: null, ci: null, verdict: 'tooSmall' },
      ],
    },
  ],
  anchoring: [
    { area: 'onboarding', description: 'Meldknop in de introductiemap', ownerName: 'HR', due: '2027-09-01', status: 'done', note: 'Introductiemap 2027' },
  ],
  measurement: {
    plan: {
      ...emptyMeasurementPlan(),
      outcomeKpiId: 'k1',
      method: 'registrations',
      methodDetail: 'Meldingen per maand in het datalekregister',
      design: 'beforeAfter',
      population: 'Interne geneeskunde',
      baselinePlannedOn: '2027-01-31',
      followUpPlannedOn: '2027-04-30',
      deviations: [{ id: 'd1', date: '2027-03-10', description: 'Register twee weken niet bijgehouden' }],
      decision: 'strengthen',
      decisionReason: 'Beter, maar de streefwaarde is nog niet gehaald.',
    },
    outcome: { name: 'Gemelde datalekken', unit: 'meldingen per maand', baseline: 4, baselineDate: '2027-01-31', target: 10, targetDate: '2027-12-31' },
    track: { baselineDone: true, followUp: { date: '2027-04-30', value: 8.5 }, interim: 1 },
  },
  roleTables: STEP_NUMBERS.map((step) =>
    step === 4
      ? {
          step,
          table: { ...defaultRoleTable(step), consulted: [{ role: 'teamManager' }, { role: 'externalAdviser' }, { text: 'Cliëntenraad' }] },
          custom: true,
        }
      : { step, table: defaultRoleTable(step), custom: false },
  ),
});

/** Every text of a document, one string per block part, so tests can look for what a reader sees. */
function texts(doc: ExportDocument): string[] {
  return [
    doc.title,
    doc.subtitle ?? '',
    ...doc.blocks.flatMap((b: Block) => {
      switch (b.kind) {
        case 'heading':
        case 'paragraph':
          return [b.text];
        case 'list':
          return b.items;
        case 'table':
          return [...b.header, ...b.rows.flat()];
        case 'image':
          return [b.alt];
      }
    }),
  ];
}
const all = (doc: ExportDocument) => texts(doc).join('\n');
const headings = (doc: ExportDocument) => doc.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? `${b.level} ${b.text}` : ''));
const images = (doc: ExportDocument) => doc.blocks.filter((b): b is Extract<Block, { kind: 'image' }> => b.kind === 'image');
/** No block may hold an empty text or a table row of another width than its header. */
function wellFormed(doc: ExportDocument) {
  for (const b of doc.blocks) {
    if (b.kind === 'heading' || b.kind === 'paragraph') expect(b.text.trim()).not.toBe('');
    if (b.kind === 'list') expect(b.items.length).toBeGreaterThan(0);
    if (b.kind === 'table') for (const row of b.rows) expect(row).toHaveLength(b.header.length);
  }
}

const LOCALES: Locale[] = ['nl', 'en'];

describe('the plan van aanpak', () => {
  it.each(LOCALES)('has every section, each saying plainly when nothing is recorded yet (%s)', (locale) => {
    const t = REPORT_TEXT[locale];
    const doc = planDocument(empty(), locale);
    wellFormed(doc);
    expect(doc).toMatchObject({ title: t.plan.title, subtitle: 'Nog niets', language: locale });
    const h1 = headings(doc).filter((h) => h.startsWith('1 '));
    expect(h1).toEqual(
      [
        t.headings.problemPlan,
        t.headings.target,
        t.headings.team,
        t.headings.analysisPlan,
        t.headings.interventionsPlan,
        t.headings.actionPlan,
        t.headings.communicationPlan,
        t.headings.planning,
        t.headings.measurementPlan,
        t.headings.kpisPlan,
      ].map((x) => `1 ${x}`),
    );
    const text = all(doc);
    for (const e of [
      t.empty.problem,
      t.empty.target,
      t.empty.behaviours,
      t.empty.team,
      t.empty.stakeholders,
      t.empty.research,
      t.empty.diagnosis,
      t.empty.interventions,
      t.empty.actions,
      t.empty.communication,
      t.empty.milestones,
      t.empty.rhythm,
      t.empty.kpis,
    ]) {
      expect(text).toContain(e);
    }
  });

  it('describes the programme from its data', () => {
    const doc = planDocument(full(), 'nl');
    wellFormed(doc);
    const text = all(doc);
    for (const expected of [
      'Gekozen probleem: Datalekken worden laat gemeld',
      'Waarom dit probleem: Hoogste score.',
      'Schermen blijven ontgrendeld',
      'Verpleegkundigen (Interne geneeskunde) melden een vermoed datalek, direct na ontdekking, op de afdeling, elke keer, het meldformulier.',
      'Een vermoed datalek direct melden',
      'Petra Privacy',
      'Trajectleider',
      'Samen 8,5 uur per week.',
      'Overleg voorzitten',
      'Raad van bestuur',
      'Nauw betrekken',
      'Interviews',
      'Weet niet waar het meldformulier staat',
      // The source of the evidence as it runs on inside the sentence.
      'In 5 van 6 interviews. (interviews)',
      'Psychologische capaciteit',
      'Belemmerend',
      'Meldknop op het intranet',
      'Interventiefuncties: Facilitering, Aanpassing van de omgeving',
      'Pakt aan: Weet niet waar het meldformulier staat',
      'Reden van de keuze: Goedkoop en direct vindbaar.',
      'Betaalbaarheid',
      'Aandachtspunten (gemiddeld onder 3): Effectiviteit.',
      'Een meldknop bouwen',
      '1 maart 2027 tot 1 april 2027',
      'Gemelde datalekken',
      'Verplichte e-learning: Te duur.',
      'Meldknop bouwen',
      'Klaar (10 maart 2027)',
      'Melden mag altijd',
      'Kernteam staat',
      'elke 2 weken, 10 keer, van 5 januari 2027 tot 11 mei 2027, om 09:30 (60 minuten)',
      'Tot nu toe is 1 overleg vastgelegd, het laatste op 2 maart 2027.',
      '4 (31 januari 2027)',
      '10 (31 december 2027)',
      'Hoger is beter',
    ]) {
      expect(text).toContain(expected);
    }
    expect(images(doc)).toEqual([]);
  });
});

describe('the interviews of 3.2 in the reports', () => {
  const withInterviews = (consents: boolean[]): ReportData => {
    const data = full();
    data.worksheets['3.2'] = {
      ...data.worksheets['3.2']!,
      interviews: consents.map((consent, i) => ({
        id: `iv${i}`,
        date: null,
        role: 'verpleegkundige',
        department: 'Interne',
        interviewer: '',
        noteTaker: '',
        consent,
        notes: 'Meldformulier niet gevonden.',
        findings: [],
      })),
    };
    return data;
  };

  it('name the interviews whose consent is not recorded, in both languages, and count only the others as held', () => {
    expect(all(planDocument(withInterviews([true, false]), 'nl'))).toContain(
      'Er is 1 interview gehouden.\nBij 1 interview is de toestemming niet vastgelegd; de bevindingen daaruit tellen niet mee.',
    );
    const english = all(finalReportDocument(withInterviews([false, false]), 'en'));
    expect(english).toContain('For 2 interviews, consent was not recorded; their findings do not count.');
    expect(english).not.toContain('were held');
  });

  it('say nothing about consent when every interview has it', () => {
    const text = all(planDocument(withInterviews([true, true]), 'nl'));
    expect(text).toContain('Er zijn 2 interviews gehouden.');
    expect(text).not.toContain('toestemming');
  });

  it('do not count a planned interview, one without notes or findings, as held', () => {
    const data = withInterviews([true, true, false]);
    const [first, second, third] = data.worksheets['3.2']!.interviews;
    data.worksheets['3.2']!.interviews = [first!, { ...second!, notes: ' ' }, { ...third!, notes: '' }];
    const text = all(planDocument(data, 'nl'));
    expect(text).toContain('Er is 1 interview gehouden.');
    expect(text).not.toContain('toestemming');
  });
});

describe('the measurement worksheet and the roles in the documents', () => {
  it('the plan van aanpak shows how the behaviour is measured, the 0-meting and the streefwaarde, and who does what per step', () => {
    const text = all(planDocument(full(), 'nl'));
    for (const expected of [
      'Effectmeting: hoe het gedrag gemeten wordt',
      'Gemelde datalekken (meldingen per maand)',
      'Registraties: Meldingen per maand in het datalekregister',
      'Voor en na: dezelfde groep, een 0-meting en een 1-meting',
      '4 op 31 januari 2027',
      '10 (31 december 2027)',
      'Wie doet wat per stap',
      'Teammanager, Externe adviseur, Cliëntenraad',
      'Het kernteam heeft de verdeling aangepast voor: Stap 4.',
    ]) {
      expect(text).toContain(expected);
    }
    // The outcome is for the final report: the plan goes to the board before step 5.
    expect(text).not.toContain('Besluit na de 1-meting');
  });

  it('the final report adds the 1-meting, the deviations and the decision with its reasons', () => {
    const text = all(finalReportDocument(full(), 'nl'));
    for (const expected of [
      '8,5 op 30 april 2027',
      '10 maart 2027: Register twee weken niet bijgehouden',
      'Besluit na de 1-meting',
      'De interventies versterken',
      'Waarom: Beter, maar de streefwaarde is nog niet gehaald.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(all(finalReportDocument(full(), 'en'))).toContain('Strengthen the interventions');
  });

  it('say plainly when the worksheet is empty and the roles are the default', () => {
    const t = REPORT_TEXT.nl;
    const plan = all(planDocument(empty(), 'nl'));
    expect(plan).toContain(t.empty.measurementPlan);
    expect(plan).toContain(t.roles.allDefault);
    expect(all(finalReportDocument(empty(), 'nl'))).toContain(t.empty.measurementPlan);
  });
});

describe('the final report', () => {
  it.each(LOCALES)('has every section, each saying plainly when nothing is recorded yet (%s)', (locale) => {
    const t = REPORT_TEXT[locale];
    const doc = finalReportDocument(empty(), locale);
    wellFormed(doc);
    expect(doc).toMatchObject({ title: t.report.title, language: locale });
    const h1 = headings(doc).filter((h) => h.startsWith('1 '));
    expect(h1).toEqual(
      [
        t.headings.summary,
        t.headings.problem,
        t.headings.target,
        t.headings.analysis,
        t.headings.interventions,
        t.headings.done,
        t.headings.results,
        t.headings.anchoring,
        t.headings.lessons,
      ].map((x) => `1 ${x}`),
    );
    const text = all(doc);
    for (const e of [
      t.empty.problem,
      t.empty.interventions,
      t.empty.actions,
      t.empty.checkins,
      t.empty.kpis,
      t.empty.effect,
      t.empty.anchoring,
      t.empty.lessons,
      t.summary.noEffect,
    ]) {
      expect(text).toContain(e);
    }
    expect(images(doc)).toEqual([]);
  });

  it('reports results with charts that each come with alt text and their figures in a table', () => {
    const doc = finalReportDocument(full(), 'nl');
    wellFormed(doc);
    const text = all(doc);
    for (const expected of [
      'Probleem: Datalekken worden laat gemeld',
      'Gekozen interventies: Meldknop op het intranet.',
      'Acties: 1 van de 2 klaar.',
      'KPI’s: 0 van de 2 hebben hun streefwaarde bereikt.',
      'Het gedrag (Gemelde datalekken): 0-meting 4, 1-meting 8,5, streefwaarde 10.',
      'Gedragsfactoren (vragenlijst): Duidelijk beter: Psychologische capaciteit; Geen duidelijke verandering: Bewuste motivatie; Te weinig reacties: Sociale omgeving.',
      'Verankering: 1 van de 1 afspraken verankerd of niet van toepassing.',
      'Meldknop live zetten; Budget posters (open)',
      '8,5',
      'na de campagne',
      'Stand: Op weg naar de streefwaarde.',
      'Stand: Nog geen metingen.',
      'Nog geen metingen.',
      'Nulmeting (1-meting) vergeleken met Nulmeting',
      'Eerste vragenlijst: 36 reacties. Herhaalmeting: 40 reacties.',
      'Psychologische capaciteit: duidelijk verbeterd, met +1,30 punt (95%-interval +0,90 tot +1,70).',
      'Bewuste motivatie: geen duidelijke verandering (+0,05 punt, 95%-interval -0,30 tot +0,40).',
      'Sociale omgeving: te weinig reacties om te vergelijken; elke vragenlijst heeft er minstens 5 nodig.',
      'Inwerken van nieuwe medewerkers',
      'Meldknop in de introductiemap',
      'Verankerd',
      'Kleine stappen werken.',
      'Volgend probleem: ontgrendelde schermen.',
      'Schermen blijven ontgrendeld',
    ]) {
      expect(text).toContain(expected);
    }
    // One chart for the measured KPI and one for the effect; each is followed by its table.
    const charts = images(doc);
    expect(charts).toHaveLength(2);
    expect(charts[0]!.alt).toContain('Gemelde datalekken');
    expect(charts[0]!.alt).toContain('De cijfers staan in de tabel hieronder.');
    for (const chart of charts) {
      expect(chart.png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(doc.blocks[doc.blocks.indexOf(chart) + 1]?.kind).toBe('table');
    }
  });

  it('speaks English when asked', () => {
    const doc = finalReportDocument(full(), 'en');
    const text = all(doc);
    for (const expected of [
      'Final report',
      'Summary',
      'Psychological capability: clearly improved, by +1.30 points',
      'too few responses to compare',
      'Onboarding of new staff',
      '30 April 2027',
      '8.5',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Samenvatting');
  });

  it('has the same structure in both languages', () => {
    const shape = (doc: ExportDocument) =>
      doc.blocks.map((b) => (b.kind === 'heading' ? `h${b.level}` : b.kind === 'table' ? `table${b.header.length}x${b.rows.length}` : b.kind));
    for (const data of [empty(), full()]) {
      expect(shape(finalReportDocument(data, 'en'))).toEqual(shape(finalReportDocument(data, 'nl')));
      expect(shape(planDocument(data, 'en'))).toEqual(shape(planDocument(data, 'nl')));
    }
  });
});
