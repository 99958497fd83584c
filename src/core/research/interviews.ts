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
  /**
   * Who of the core team asked the questions and who took notes (free text: the form offers the
   * team's names). Empty in interviews saved before the duo could record it.
   */
  interviewer: Line.default(''),
  noteTaker: Line.default(''),
  /**
   * The interviewee heard the opening script and agreed to the conversation and the notes. This is
   * the informed consent of research practice, asked in the briefing (Kvale & Brinkmann, InterViews,
   * 2nd ed. 2009, "Ethical issues of interviewing" and "Conducting an interview"), not the AVG's
   * legal basis: between employer and employee consent is rarely free (EDPB Guidelines 05/2020 on
   * consent, §21–23). False in interviews saved before it could be recorded, so those must be
   * confirmed before they count.
   */
  consent: z.boolean().default(false),
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
    methods: z
      .array(z.enum(RESEARCH_METHODS))
      .max(RESEARCH_METHODS.length)
      .refine((m) => new Set(m).size === m.length, { message: 'duplicateMethod' }),
    methodNotes: Paragraph,
    guide: z.object({
      /** The behaviour as the questions name it, e.g. "de reden invullen bij de noodknop". */
      behaviour: Line,
      /** Read aloud at the start and the end of each interview; empty in guides saved before there were scripts. */
      opening: Paragraph.default(''),
      closing: Paragraph.default(''),
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
  guide: { behaviour: '', opening: '', closing: '', questions: [], tips: [] },
  interviews: [],
});

/** A row with neither notes nor findings is an interview still planned. */
const held = (i: Interview) => filled(i.notes) || i.findings.length > 0;

/**
 * What an interview may be used for only with the interviewee's consent: its notes and findings. A
 * planned interview needs no consent yet.
 */
export const lacksConsent = (i: Interview) => !i.consent && held(i);

/** An interview the reports count as held: it has notes or findings, and the consent to use them. */
export const heldWithConsent = (i: Interview) => i.consent && held(i);

/**
 * 3.2 as those who may read the programme but not work on it (a viewer: board, management, an
 * auditor) and the audit log get it. In a care organisation a role, a department and a date together
 * point to one colleague, and the notes are their words: the opening script promises the notes serve
 * only this research and the report names no one (confidentiality: Kvale & Brinkmann, InterViews,
 * 2nd ed. 2009, "Ethical issues of interviewing"; AVG art. 5 lid 1 sub b and c, purpose limitation and data minimisation). So
 * each interview keeps its id, its consent and the findings (the team's coding, which the report and
 * the diagnosis use) and loses who, when and what was said.
 */
export function redactInterviews(w: FactorResearch): FactorResearch {
  return {
    ...w,
    interviews: w.interviews.map((i) => ({ ...i, date: null, role: '', department: '', interviewer: '', noteTaker: '', notes: '' })),
  };
}

/**
 * Done when the team wrote hypotheses, chose how to test them, and coded what it found. Only
 * interviews with consent count, and an interview with notes or findings but without consent keeps
 * the sub-step open: the team ticks the consent it got, or removes what it may not use.
 */
export function factorResearchMissing(w: FactorResearch): Missing[] {
  const missing: Missing[] = [];
  if (!w.hypotheses.some((h) => filled(h.text))) missing.push({ code: 'noHypotheses', field: 'hypotheses' });
  if (w.methods.length === 0) missing.push({ code: 'noMethods', field: 'methods' });
  if (w.methods.includes('interviews') && !w.interviews.some((i) => i.consent && i.findings.length > 0)) {
    missing.push({ code: 'noFindings', field: 'interviews' });
  }
  w.interviews.forEach((interview, i) => {
    if (lacksConsent(interview)) missing.push({ code: 'interviewConsent', field: `interviews.${i}.consent`, params: { n: i + 1 } });
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
  /** The opening and closing scripts, one point per line. */
  opening: readonly string[];
  closing: readonly string[];
}

/** The opening and closing scripts for the behaviour: one point per line, as the interviewer reads them. */
export function interviewScripts(
  templates: Pick<GuideTemplates, 'opening' | 'closing'>,
  behaviour: string,
): Pick<FactorResearch['guide'], 'opening' | 'closing'> {
  const script = (lines: readonly string[]) => lines.map((line) => withBehaviour(line, behaviour)).join('\n');
  return { opening: script(templates.opening), closing: script(templates.closing) };
}

/**
 * An interview guide for the behaviour: the scripts, per factor the template questions (at most
 * four), then the interviewer's tips. Ids are stable per position, so generating again replaces
 * rather than adds.
 */
export function generateInterviewGuide(templates: GuideTemplates, behaviour: string): FactorResearch['guide'] {
  return {
    behaviour: behaviour.trim(),
    ...interviewScripts(templates, behaviour),
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

/** Every coded finding of the interviews with consent, for the diagnosis (3.4). */
export function codedFindings(w: FactorResearch): CodedFinding[] {
  return w.interviews
    .filter((i) => i.consent)
    .flatMap((i) =>
      i.findings.filter((f) => f.factors.length > 0 && filled(f.text)).map((f) => ({ interviewId: i.id, text: f.text, kind: f.kind, factors: f.factors })),
    );
}
