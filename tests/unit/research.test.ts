import { describe, expect, it } from 'vitest';
import { INTERVIEW_QUESTIONS, INTERVIEWER_TIPS } from '../../src/content/comb.js';
import { COMB_FACTORS } from '../../src/core/comb.js';
import { diagnosisMissing, diagnosisSuggestions, emptyDiagnosis, scalePosition, type DiagnosisEntry } from '../../src/core/research/diagnosis.js';
import { codedFindings, emptyFactorResearch, factorResearchMissing, FactorResearch, generateInterviewGuide, withBehaviour } from '../../src/core/research/interviews.js';

const templates = (l: 'nl' | 'en') => ({
  questions: Object.fromEntries(COMB_FACTORS.map((f) => [f, INTERVIEW_QUESTIONS[f].map((q) => q[l])])) as Record<(typeof COMB_FACTORS)[number], string[]>,
  tips: INTERVIEWER_TIPS.map((t) => t[l]),
});

describe('the interview guide', () => {
  it('asks two to four questions per factor about the behaviour, with the tips', () => {
    const guide = generateInterviewGuide(templates('en'), 'report a data breach.');
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
    expect(generateInterviewGuide(templates('nl'), 'a').questions.map((q) => q.id)).toEqual(generateInterviewGuide(templates('nl'), 'b').questions.map((q) => q.id));
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
    { id: 'iv1', date: '2026-11-20', role: 'verpleegkundige', department: 'Cardiologie', notes: '', findings: [
      { id: 'f1', text: 'Weet niet waar het meldformulier staat.', kind: 'barrier', factors: ['C-psy', 'O-phy'] },
      { id: 'f2', text: 'Collega’s melden ook.', kind: 'enabler', factors: ['O-soc'] },
    ] },
    { id: 'iv2', date: null, role: 'verzorgende', department: 'Zorg thuis', notes: '', findings: [
      { id: 'f3', text: 'weet niet waar het meldformulier staat', kind: 'barrier', factors: ['C-psy'] },
      { id: 'f4', text: 'Nog te coderen', kind: 'barrier', factors: [] },
    ] },
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

  it('refuses a factor twice on one finding', () => {
    const doubled = research();
    doubled.interviews[0]!.findings[0]!.factors = ['C-psy', 'C-psy'];
    expect(FactorResearch.safeParse(doubled).success).toBe(false);
  });
});

describe('3.4: the diagnosis', () => {
  const entry = (changes: Partial<DiagnosisEntry> = {}): DiagnosisEntry => ({
    id: 'e1', factor: 'C-psy', kind: 'barrier', description: 'Onbekend meldformulier', evidence: '2 interviews', sources: ['interviews'], weight: 4, mustChange: '', ...changes,
  });

  it('needs at least one barrier, each entry with factor, weight and evidence', () => {
    expect(diagnosisMissing(emptyDiagnosis()).map((m) => m.code)).toEqual(['noBarriers']);
    expect(diagnosisMissing({ entries: [entry()], summary: '' })).toEqual([]);
    expect(diagnosisMissing({ entries: [entry({ factor: null, weight: null, evidence: '', sources: [] })], summary: '' }).map((m) => m.code)).toEqual(['entryFactor', 'entryWeight', 'entryEvidence']);
    expect(diagnosisMissing({ entries: [entry({ kind: 'enabler' })], summary: '' }).map((m) => m.code)).toEqual(['noBarriers']);
  });

  it('groups the same finding from several interviews and weighs it by how often it came up', () => {
    const suggestions = diagnosisSuggestions(codedFindings(research()), []);
    const known = suggestions.filter((s) => s.factor === 'C-psy');
    expect(known).toEqual([expect.objectContaining({ kind: 'barrier', interviews: 2, weight: 3, source: 'interviews' })]);
    expect(suggestions.map((s) => s.factor)).toEqual(['C-psy', 'O-phy', 'O-soc']);
    expect(suggestions.some((s) => s.text === 'Nog te coderen')).toBe(false);
  });

  it('reads a low survey factor as a likely barrier and a high one as an enabler, on both scales', () => {
    expect(scalePosition(3, 5)).toBe(0.5);
    expect(scalePosition(4, 7)).toBe(0.5);
    const survey = diagnosisSuggestions([], [
      { factor: 'C-psy', mean: 2.2, scale: 5, n: 40 },
      { factor: 'O-phy', mean: 3.7, scale: 5, n: 40 },
      { factor: 'M-ref', mean: 6.5, scale: 7, n: 40 },
    ]);
    expect(survey.map((s) => [s.factor, s.kind, s.source])).toEqual([['C-psy', 'barrier', 'survey'], ['M-ref', 'enabler', 'survey']]);
    expect(survey[0]!.weight).toBeGreaterThan(2);
  });
});
