import { z } from 'zod';
import { COMB_FACTORS, type CombFactor } from '../comb.js';
import { ItemId, Line, Paragraph, Rating, filled, rows, type Missing } from '../worksheets/fields.js';
import { FINDING_KINDS, type CodedFinding, type FindingKind } from './interviews.js';

/** Where a diagnosis entry's evidence comes from. */
export const EVIDENCE_SOURCES = ['interviews', 'survey', 'observation', 'existingData', 'team'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

const Entry = z.object({
  id: ItemId,
  factor: z.enum(COMB_FACTORS).nullable(),
  kind: z.enum(FINDING_KINDS),
  description: Line,
  evidence: Paragraph,
  sources: z.array(z.enum(EVIDENCE_SOURCES)).max(EVIDENCE_SOURCES.length).refine((s) => new Set(s).size === s.length, { message: 'duplicateSource' }),
  /** How strongly or often it plays a part, 1 (a little) to 5 (decisive). */
  weight: Rating,
  /** What must change for the target behaviour to occur. */
  mustChange: Paragraph,
});

/** 3.4: the behavioural diagnosis, the input of step 4. */
export const Diagnosis = z.object({ entries: rows(Entry, 60), summary: Paragraph }).strict();
export type Diagnosis = z.infer<typeof Diagnosis>;
export type DiagnosisEntry = z.infer<typeof Entry>;

export const emptyDiagnosis = (): Diagnosis => ({ entries: [], summary: '' });

export function diagnosisMissing(d: Diagnosis): Missing[] {
  const missing: Missing[] = [];
  if (!d.entries.some((e) => e.kind === 'barrier')) missing.push({ code: 'noBarriers', field: 'entries' });
  d.entries.forEach((e, i) => {
    const at = (field: string) => `entries.${i}.${field}`;
    const params = { n: i + 1 };
    if (!filled(e.description)) missing.push({ code: 'entryDescription', field: at('description'), params });
    if (e.factor === null) missing.push({ code: 'entryFactor', field: at('factor'), params });
    if (e.weight === null) missing.push({ code: 'entryWeight', field: at('weight'), params });
    if (!filled(e.evidence) && e.sources.length === 0) missing.push({ code: 'entryEvidence', field: at('evidence'), params });
  });
  return missing;
}

/** A factor's score in a survey, as the results show it (never for a group below the minimum). */
export interface SurveyFactorScore {
  factor: CombFactor;
  mean: number;
  scale: 5 | 7;
  n: number;
}

export interface DiagnosisSuggestion {
  factor: CombFactor;
  kind: FindingKind;
  /** The finding's words, or null for a survey score (the interface words it). */
  text: string | null;
  source: 'interviews' | 'survey';
  /** In how many interviews it came up. */
  interviews: number;
  survey: SurveyFactorScore | null;
  weight: number;
}

/** Where a mean sits between the lowest (0) and highest (1) answer, so 5- and 7-point scales compare. */
export const scalePosition = (mean: number, scale: 5 | 7) => (mean - 1) / (scale - 1);

/**
 * Survey thresholds: below 3.5 on a five-point scale (the middle and just above) a factor probably
 * holds the behaviour back; from 4 ("agree") on it probably helps.
 */
export const BARRIER_BELOW = 0.625;
export const ENABLER_FROM = 0.75;

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.!?]+$/, '');

/**
 * Barriers and enablers the interviews and the survey point at, per factor, strongest first:
 * identical findings from several interviews are counted once with how often they came up; a
 * survey factor is a candidate barrier when its mean is low and an enabler when it is high.
 */
export function diagnosisSuggestions(findings: readonly CodedFinding[], survey: readonly SurveyFactorScore[]): DiagnosisSuggestion[] {
  const grouped = new Map<string, { factor: CombFactor; kind: FindingKind; text: string; interviews: Set<string> }>();
  for (const f of findings) {
    for (const factor of f.factors) {
      const key = `${factor}|${f.kind}|${normalise(f.text)}`;
      const entry = grouped.get(key) ?? { factor, kind: f.kind, text: f.text.trim(), interviews: new Set<string>() };
      entry.interviews.add(f.interviewId);
      grouped.set(key, entry);
    }
  }
  const fromInterviews: DiagnosisSuggestion[] = [...grouped.values()].map((g) => ({
    factor: g.factor,
    kind: g.kind,
    text: g.text,
    source: 'interviews',
    interviews: g.interviews.size,
    survey: null,
    weight: Math.min(5, 1 + g.interviews.size),
  }));
  const fromSurvey: DiagnosisSuggestion[] = survey.flatMap((s) => {
    const position = scalePosition(s.mean, s.scale);
    const kind: FindingKind | null = position < BARRIER_BELOW ? 'barrier' : position >= ENABLER_FROM ? 'enabler' : null;
    if (!kind) return [];
    // The further from the middle, the stronger: 1 to 5.
    const strength = kind === 'barrier' ? (BARRIER_BELOW - position) / BARRIER_BELOW : (position - ENABLER_FROM) / (1 - ENABLER_FROM);
    return [{ factor: s.factor, kind, text: null, source: 'survey', interviews: 0, survey: s, weight: 1 + Math.round(Math.min(1, strength) * 4) }];
  });
  const order = (f: CombFactor) => COMB_FACTORS.indexOf(f);
  return [...fromSurvey, ...fromInterviews].sort(
    (a, b) => order(a.factor) - order(b.factor) || (a.kind === b.kind ? 0 : a.kind === 'barrier' ? -1 : 1) || b.weight - a.weight,
  );
}
