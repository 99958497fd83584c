import { describe, expect, it } from 'vitest';
import { INTERVIEW_CLOSING, INTERVIEW_OPENING, INTERVIEWER_TIPS, interviewGuideTemplates as templates } from '#content/comb.js';
import { COMB_FACTORS } from '#core/comb.js';
import { redactedFields } from '#core/worksheets/index.js';
import { diagnosisMissing, diagnosisSuggestions, emptyDiagnosis, scalePosition, type DiagnosisEntry } from '#core/research/diagnosis.js';
import {
  codedFindings,
  emptyFactorResearch,
  factorResearchMissing,
  FactorResearch,
  generateInterviewGuide,
  interviewScripts,
  redactInterviews,
  withBehaviour,
  type Interview,
} from '#core/research/interviews.js';

describe('the interview guide', () => {
  it('asks two to four questions per factor about the behaviour, with the tips', () => {
    const guide = generateInterviewGuide(templates('en', 'hospital'), 'report a data breach.');
    expect(guide.behaviour).toBe('report a data breach.');
    for (const f of COMB_FACTORS) {
      const questions = guide.questions.filter((q) => q.factor === f);
      expect(questions.length).toBeGreaterThanOrEqual(2);
      expect(questions.length).toBeLessThanOrEqual(4);
      for (const q of questions) expect(q.text).toContain('report a data breach');
    }
    expect(guide.questions.every((q) => !q.text.includes('{behaviour}') && !q.text.includes('breach.?'))).toBe(true);
    expect(guide.tips.length).toBe(INTERVIEWER_TIPS.length);
    expect(FactorResearch.shape.guide.safeParse(guide).success).toBe(true);
  });

  it('gives stable ids, so generating again replaces the questions', () => {
    expect(generateInterviewGuide(templates('nl', 'hospital'), 'a').questions.map((q) => q.id)).toEqual(
      generateInterviewGuide(templates('nl', 'hospital'), 'b').questions.map((q) => q.id),
    );
  });

  it('opens and closes with the scripts, the behaviour filled in, one point per line', () => {
    const nl = generateInterviewGuide(templates('nl', 'hospital'), 'het adres controleren.');
    expect(nl.opening.split('\n')).toHaveLength(INTERVIEW_OPENING.length);
    expect(nl.closing.split('\n')).toHaveLength(INTERVIEW_CLOSING.length);
    expect(nl.opening).toContain('Dit gesprek gaat over het adres controleren. We willen weten wat dat makkelijk of moeilijk maakt.');
    expect(nl.opening).toMatch(/vrijwillig/);
    expect(nl.closing).toContain('Wil je nog iets kwijt over het adres controleren?');
    const en = generateInterviewGuide(templates('en', 'hospital'), 'check the address');
    expect(en.opening).toContain('about what it takes to check the address.');
    expect(en.closing).toContain('what it takes to check the address?');
    for (const script of [nl.opening, nl.closing, en.opening, en.closing]) expect(script).not.toMatch(/\{behaviour\}|\{pati/);
    // The names to leave out are of the people the organisation cares for, in its sector's word.
    expect(nl.opening).toContain('Noem geen namen van collega’s of patiënten.');
    expect(generateInterviewGuide(templates('nl', 'vvt'), 'het adres controleren.').opening).toContain('Noem geen namen van collega’s of cliënten.');
    expect(FactorResearch.shape.guide.safeParse(nl).success).toBe(true);
    // The same scripts on their own, for a guide saved before there were scripts.
    expect(interviewScripts(templates('nl', 'hospital'), 'het adres controleren.')).toEqual({ opening: nl.opening, closing: nl.closing });
  });

  it('fills the behaviour without its closing full stop', () => {
    expect(withBehaviour('Wat helpt om "{behaviour}" te doen?', ' het adres controleren. ')).toBe('Wat helpt om "het adres controleren" te doen?');
  });
});

const research = (changes: Partial<FactorResearch> = {}): FactorResearch => ({
  ...emptyFactorResearch(),
  hypotheses: [{ id: 'h1', factor: 'C-psy', text: 'Ze weten niet wat een datalek is.' }],
  methods: ['interviews'],
  interviews: [
    {
      id: 'iv1',
      date: '2026-11-20',
      role: 'verpleegkundige',
      department: 'Cardiologie',
      interviewer: 'Privacy officer',
      noteTaker: 'CISO',
      consent: true,
      notes: '',
      findings: [
        { id: 'f1', text: 'Weet niet waar het meldformulier staat.', kind: 'barrier', factors: ['C-psy', 'O-phy'] },
        { id: 'f2', text: 'Collega’s melden ook.', kind: 'enabler', factors: ['O-soc'] },
      ],
    },
    {
      id: 'iv2',
      date: null,
      role: 'verzorgende',
      department: 'Zorg thuis',
      interviewer: 'CISO',
      noteTaker: 'Privacy officer',
      consent: true,
      notes: '',
      findings: [
        { id: 'f3', text: 'weet niet waar het meldformulier staat', kind: 'barrier', factors: ['C-psy'] },
        { id: 'f4', text: 'Nog te coderen', kind: 'barrier', factors: [] },
      ],
    },
  ],
  ...changes,
});

describe('3.2 completeness', () => {
  it('asks for hypotheses and methods first', () => {
    expect(factorResearchMissing(emptyFactorResearch()).map((m) => m.code)).toEqual(['noHypotheses', 'noMethods']);
  });

  it('asks for findings when interviews are the method, and for every finding to be coded', () => {
    expect(factorResearchMissing(research({ interviews: [] })).map((m) => m.code)).toEqual(['noFindings']);
    expect(factorResearchMissing(research())).toEqual([{ code: 'findingUncoded', field: 'interviews.1.findings.1.factors', params: { n: 2, m: 2 } }]);
    expect(factorResearchMissing(research({ methods: ['survey'], interviews: [] }))).toEqual([]);
  });

  it('counts only interviews with consent, and names each interview with notes or findings but no consent', () => {
    const [first, second] = research().interviews as [Interview, Interview];
    const noConsent = research({
      interviews: [
        { ...first, consent: false },
        { ...second, consent: false, findings: [], notes: 'Formulier niet gevonden.' },
      ],
    });
    expect(factorResearchMissing(noConsent)).toEqual([
      { code: 'noFindings', field: 'interviews' },
      { code: 'interviewConsent', field: 'interviews.0.consent', params: { n: 1 } },
      { code: 'interviewConsent', field: 'interviews.1.consent', params: { n: 2 } },
    ]);
    // One interview with consent and findings is enough for "done" once the other has consent too.
    const oneWithout = research({ interviews: [first, { ...second, consent: false, findings: [], notes: 'x' }] });
    expect(factorResearchMissing(oneWithout)).toEqual([{ code: 'interviewConsent', field: 'interviews.1.consent', params: { n: 2 } }]);
    // A planned interview (no notes, no findings) needs no consent yet.
    const planned = research({ interviews: [first, { ...second, consent: false, findings: [], notes: ' ' }] });
    expect(factorResearchMissing(planned)).toEqual([]);
  });

  it('refuses a factor twice on one finding', () => {
    const doubled = research();
    doubled.interviews[0]!.findings[0]!.factors = ['C-psy', 'C-psy'];
    expect(FactorResearch.safeParse(doubled).success).toBe(false);
  });
});

describe('3.2 for readers who do not work on the programme', () => {
  const full = research();
  full.interviews[0]!.notes = 'Zegt: "ik zoek het altijd bij de balie op".';

  it('keeps each interview’s id, consent and coded findings, and drops who, when and what was said', () => {
    const redacted = redactInterviews(full);
    expect(redacted.interviews).toEqual(
      full.interviews.map(({ id, consent, findings }) => ({
        id,
        consent,
        findings,
        date: null,
        role: '',
        department: '',
        interviewer: '',
        noteTaker: '',
        notes: '',
      })),
    );
    expect(JSON.stringify(redacted)).not.toMatch(/balie|verpleegkundige|Cardiologie|2026-11-20|CISO|Privacy officer/);
    // The rest of the worksheet, and what the diagnosis reads, stay as they were; the input is untouched.
    expect({ ...redacted, interviews: [] }).toEqual({ ...full, interviews: [] });
    expect(codedFindings(redacted)).toEqual(codedFindings(full));
    expect(FactorResearch.parse(redacted)).toEqual(redacted);
    expect(full.interviews[0]!.notes).toContain('balie');
  });

  it('is what the worksheets give such a reader for 3.2, and only for 3.2', () => {
    expect(redactedFields('3.2', full)).toEqual(redactInterviews(full));
    // Stored fields that no longer fit are withheld whole: what in them is private cannot be told.
    expect(redactedFields('3.2', { interviews: [{ notes: 'balie' }] })).toBeNull();
    const diagnosis = { summary: 'Bij de balie', entries: [] };
    expect(redactedFields('3.4', diagnosis)).toBe(diagnosis);
  });
});

describe('3.4: the diagnosis', () => {
  const entry = (changes: Partial<DiagnosisEntry> = {}): DiagnosisEntry => ({
    id: 'e1',
    factor: 'C-psy',
    kind: 'barrier',
    description: 'Onbekend meldformulier',
    evidence: '2 interviews',
    sources: ['interviews'],
    weight: 4,
    mustChange: '',
    ...changes,
  });

  it('needs at least one barrier, each entry with factor, weight and evidence', () => {
    expect(diagnosisMissing(emptyDiagnosis()).map((m) => m.code)).toEqual(['noBarriers']);
    expect(diagnosisMissing({ entries: [entry()], summary: '' })).toEqual([]);
    expect(diagnosisMissing({ entries: [entry({ factor: null, weight: null, evidence: '', sources: [] })], summary: '' }).map((m) => m.code)).toEqual([
      'entryFactor',
      'entryWeight',
      'entryEvidence',
    ]);
    expect(diagnosisMissing({ entries: [entry({ kind: 'enabler' })], summary: '' }).map((m) => m.code)).toEqual(['noBarriers']);
  });

  it('groups the same finding from several interviews and weighs it by how often it came up', () => {
    const suggestions = diagnosisSuggestions(codedFindings(research()), null);
    const known = suggestions.filter((s) => s.factor === 'C-psy');
    expect(known).toEqual([expect.objectContaining({ kind: 'barrier', interviews: 2, weight: 3, source: 'interviews' })]);
    expect(suggestions.map((s) => s.factor)).toEqual(['C-psy', 'O-phy', 'O-soc']);
    expect(suggestions.some((s) => s.text === 'Nog te coderen')).toBe(false);
  });

  it('leaves out the findings of an interview without consent', () => {
    const [first, second] = research().interviews as [Interview, Interview];
    const findings = codedFindings(research({ interviews: [first, { ...second, consent: false }] }));
    expect(findings.map((f) => f.interviewId)).toEqual(['iv1', 'iv1']);
  });

  it('reads a low survey factor as a likely barrier and a high one as an enabler, on both scales', () => {
    expect(scalePosition(3, 5)).toBe(0.5);
    expect(scalePosition(4, 7)).toBe(0.5);
    // Means 2.2, 3.7 and 6.5 over 40 answers to 2 statements.
    const survey = diagnosisSuggestions([], {
      scores: [
        { factor: 'C-psy', mean: 2.2, scale: 5, n: 40, distribution: [12, 14, 8, 6, 0], items: 2 },
        { factor: 'O-phy', mean: 3.7, scale: 5, n: 40, distribution: [0, 4, 12, 16, 8], items: 2 },
        { factor: 'M-ref', mean: 6.5, scale: 7, n: 40, distribution: [0, 0, 0, 0, 0, 20, 20], items: 2 },
      ],
      minGroupSize: 5,
    });
    expect(survey.map((s) => [s.factor, s.kind, s.source])).toEqual([
      ['C-psy', 'barrier', 'survey'],
      ['M-ref', 'enabler', 'survey'],
    ]);
    expect(survey[0]!.weight).toBeGreaterThan(2);
  });
});

describe('3.2 worksheets saved before consent, the duo and the scripts', () => {
  const old = {
    hypotheses: [],
    methods: ['interviews'],
    methodNotes: '',
    guide: { behaviour: 'melden', questions: [{ id: 'q1', factor: 'C-psy', text: 'Wat weet je?' }], tips: [] },
    interviews: [
      {
        id: 'iv1',
        date: null,
        role: 'verpleegkundige',
        department: 'Interne',
        notes: 'Geen namen.',
        findings: [{ id: 'f1', text: 'Weet het niet', kind: 'barrier', factors: ['C-psy'] }],
      },
    ],
  };

  it('still parse: no consent, no duo, empty scripts', () => {
    const parsed = FactorResearch.parse(old);
    expect(parsed.guide).toMatchObject({ opening: '', closing: '' });
    expect(parsed.interviews[0]).toMatchObject({ consent: false, interviewer: '', noteTaker: '' });
    // So the interview has to be confirmed before its findings count.
    expect(factorResearchMissing(parsed).map((m) => m.code)).toEqual(['noHypotheses', 'noFindings', 'interviewConsent']);
  });

  it('keep what is saved now, and refuse a consent that is not a yes or no', () => {
    const now = { ...old, interviews: [{ ...old.interviews[0], consent: true, interviewer: 'Privacy officer', noteTaker: 'CISO' }] };
    expect(FactorResearch.parse(now).interviews[0]).toMatchObject({ consent: true, interviewer: 'Privacy officer', noteTaker: 'CISO' });
    const bad = FactorResearch.safeParse({ ...old, interviews: [{ ...old.interviews[0], consent: 'ja' }] });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['interviews.0.consent']);
  });
});
