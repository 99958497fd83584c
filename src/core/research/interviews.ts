import { z } from 'zod';
import { COMB_FACTORS, type CombFactor } from '../comb.js';
import { Day, ItemId, Line, Paragraph, filled, plainText, rows, type Missing } from '../worksheets/fields.js';

/** The ways of gathering data the method offers in 3.2 (each with its pros and cons in the guidance). */
export const RESEARCH_METHODS = ['interviews', 'groupInterviews', 'survey', 'observation', 'existingData'] as const;
export type ResearchMethod = (typeof RESEARCH_METHODS)[number];

export const FINDING_KINDS = ['barrier', 'enabler'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

const Factor = z.enum(COMB_FACTORS);
/** One or more factors; an empty list means "not coded yet". */
export const Factors = z
  .array(Factor)
  .max(COMB_FACTORS.length)
  .refine((list) => new Set(list).size === list.length, { message: 'duplicateFactor' });

const Hypothesis = z.object({ id: ItemId, factor: Factor, text: Paragraph });

const GuideQuestion = z.object({ id: ItemId, factor: Factor, text: Line });
const GuideTip = z.object({ id: ItemId, text: Line });

const Finding = z.object({
  id: ItemId,
  text: Paragraph,
  kind: z.enum(FINDING_KINDS),
  factors: Factors,
});

/** An interview: who (role and department, never a name) and what came up. */
const Interview = z.object({
  id: ItemId,
  date: Day.nullable(),
  role: Line,
  department: Line,
  /** Free text: the form warns not to write patient data or names. */
  notes: plainText().trim().max(6_000),
  findings: rows(Finding, 40),
});

/**
 * 3.2: the team's hypotheses per COM-B factor, the chosen ways of testing them, the interview
 * guide (generated from the target behaviour, then edited) and the interviews with coded findings.
 */
export const FactorResearch = z
  .object({
    hypotheses: rows(Hypothesis, 60),
    methods: z.array(z.enum(RESEARCH_METHODS)).max(RESEARCH_METHODS.length).refine((m) => new Set(m).size === m.length, { message: 'duplicateMethod' }),
    methodNotes: Paragraph,
    guide: z.object({
      /** The behaviour as the questions name it, e.g. "de reden invullen bij de noodknop". */
      behaviour: Line,
      questions: rows(GuideQuestion, 40),
      tips: rows(GuideTip, 20),
    }),
    interviews: rows(Interview, 20),
  })
  .strict();
export type FactorResearch = z.infer<typeof FactorResearch>;
export type Interview = z.infer<typeof Interview>;
export type Finding = z.infer<typeof Finding>;
export type GuideQuestion = z.infer<typeof GuideQuestion>;

export const emptyFactorResearch = (): FactorResearch => ({
  hypotheses: [],
  methods: [],
  methodNotes: '',
  guide: { behaviour: '', questions: [], tips: [] },
  interviews: [],
});

/** Done when the team wrote hypotheses, chose how to test them, and coded what it found. */
export function factorResearchMissing(w: FactorResearch): Missing[] {
  const missing: Missing[] = [];
  if (!w.hypotheses.some((h) => filled(h.text))) missing.push({ code: 'noHypotheses', field: 'hypotheses' });
  if (w.methods.length === 0) missing.push({ code: 'noMethods', field: 'methods' });
  if (w.methods.includes('interviews') && !w.interviews.some((i) => i.findings.length > 0)) {
    missing.push({ code: 'noFindings', field: 'interviews' });
  }
  w.interviews.forEach((interview, i) => {
    interview.findings.forEach((f, j) => {
      if (f.factors.length === 0) missing.push({ code: 'findingUncoded', field: `interviews.${i}.findings.${j}.factors`, params: { n: i + 1, m: j + 1 } });
    });
  });
  return missing;
}

/** Fills a template's `{behaviour}` with the team's phrase (trimmed, without a closing full stop). */
export function withBehaviour(template: string, behaviour: string): string {
  const phrase = behaviour.trim().replace(/[.\s]+$/, '');
  return template.replaceAll('{behaviour}', phrase);
}

export interface GuideTemplates {
  questions: Record<CombFactor, readonly string[]>;
  tips: readonly string[];
}

/**
 * An interview guide for the behaviour: per factor the template questions (at most four), then the
 * interviewer's tips. Ids are stable per position, so generating again replaces rather than adds.
 */
export function generateInterviewGuide(templates: GuideTemplates, behaviour: string): FactorResearch['guide'] {
  return {
    behaviour: behaviour.trim(),
    questions: COMB_FACTORS.flatMap((factor) =>
      templates.questions[factor].slice(0, 4).map((q, i) => ({ id: `q-${factor}-${i + 1}`, factor, text: withBehaviour(q, behaviour) })),
    ),
    tips: templates.tips.map((text, i) => ({ id: `tip-${i + 1}`, text })),
  };
}

export interface CodedFinding {
  interviewId: string;
  text: string;
  kind: FindingKind;
  factors: CombFactor[];
}

/** Every coded finding of all interviews, for the diagnosis (3.4). */
export function codedFindings(w: FactorResearch): CodedFinding[] {
  return w.interviews.flatMap((i) =>
    i.findings.filter((f) => f.factors.length > 0 && filled(f.text)).map((f) => ({ interviewId: i.id, text: f.text, kind: f.kind, factors: f.factors })),
  );
}
