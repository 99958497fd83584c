import { z } from 'zod';
import { COMB_FACTORS, TDF_DOMAINS, TDF_FACTOR, type CombFactor, type TdfDomain } from '../comb.js';
import { effectiveMinimum, respondentsPerStatement } from '../survey/anonymity.js';
import type { ItemScore } from '../survey/results.js';
import { ItemId, Line, Paragraph, Rating, filled, rows, type Missing } from '../worksheets/fields.js';
import { FINDING_KINDS, type CodedFinding, type FindingKind } from './interviews.js';

/** Where a diagnosis entry's evidence comes from. */
export const EVIDENCE_SOURCES = ['interviews', 'survey', 'observation', 'existingData', 'team'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

const Entry = z
  .object({
    id: ItemId,
    factor: z.enum(COMB_FACTORS).nullable(),
    /**
     * Optionally, the TDF domain of the factor it comes down to, so step 4 proposes that domain's
     * functions (src/core/interventions/functions.ts). Absent in diagnoses saved before it existed.
     */
    tdf: z.enum(TDF_DOMAINS).nullable().optional(),
    kind: z.enum(FINDING_KINDS),
    description: Line,
    evidence: Paragraph,
    sources: z
      .array(z.enum(EVIDENCE_SOURCES))
      .max(EVIDENCE_SOURCES.length)
      .refine((s) => new Set(s).size === s.length, { message: 'duplicateSource' }),
    /** How strongly or often it plays a part, 1 (a little) to 5 (decisive). */
    weight: Rating,
    /** What must change for the target behaviour to occur. */
    mustChange: Paragraph,
  })
  .refine((e) => !e.tdf || TDF_FACTOR[e.tdf] === e.factor, { message: 'tdfFactor', path: ['tdf'] });

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
  /** Set when the score is of the factor's statements about one TDF domain (see `domainScores`). */
  tdf?: TdfDomain;
  /**
   * Set when the score is of the factor's other statements only: those about these domains are
   * suggested on their own, so the same answers do not point at a barrier twice.
   */
  without?: TdfDomain[];
  mean: number;
  scale: 5 | 7;
  /** Its answers on the scale, "weet ik niet" left out. */
  n: number;
  /** How many of those fell on each point of the scale, from 1 upwards (the released counts). */
  distribution: readonly number[];
  /** How many statements it pools. */
  items: number;
}

/** A closed survey's scores, with the minimum group size it was released under. */
export interface SurveyScores {
  scores: readonly SurveyFactorScore[];
  minGroupSize: number;
}

export interface DiagnosisSuggestion {
  factor: CombFactor;
  /** The TDF domain when a survey score of that domain points at it. */
  tdf: TdfDomain | null;
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

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!?]+$/, '');

/** Mean and number of the answers in a distribution over 1..scale; the middle of the scale when there are none. */
function pooled(distribution: readonly number[]) {
  const n = distribution.reduce((a, c) => a + c, 0);
  const mean = n === 0 ? (distribution.length + 1) / 2 : distribution.reduce((a, c, i) => a + c * (i + 1), 0) / n;
  return { n, mean };
}

/** A survey score as a candidate barrier (low) or enabler (high), weighted 1 to 5 by how far it is from the middle. */
function fromScore(s: SurveyFactorScore): DiagnosisSuggestion[] {
  const position = scalePosition(s.mean, s.scale);
  const kind: FindingKind | null = position < BARRIER_BELOW ? 'barrier' : position >= ENABLER_FROM ? 'enabler' : null;
  if (!kind) return [];
  const strength = kind === 'barrier' ? (BARRIER_BELOW - position) / BARRIER_BELOW : (position - ENABLER_FROM) / (1 - ENABLER_FROM);
  const weight = 1 + Math.round(Math.min(1, strength) * 4);
  return [{ factor: s.factor, tdf: s.tdf ?? null, kind, text: null, source: 'survey', interviews: 0, survey: s, weight }];
}

/** A factor's score without the answers to the statements of the given domain scores (pooled from the same released counts). */
function withoutDomains(factor: SurveyFactorScore, domains: readonly SurveyFactorScore[]): SurveyFactorScore {
  const distribution = factor.distribution.map((count, i) => domains.reduce((rest, d) => rest - (d.distribution[i] ?? 0), count));
  const items = factor.items - domains.reduce((a, d) => a + d.items, 0);
  return { ...factor, ...pooled(distribution), distribution, items, without: domains.flatMap((d) => (d.tdf ? [d.tdf] : [])) };
}

/**
 * The survey's suggestions. A score most answered "weet ik niet" to stands on too few respondents
 * to point anywhere, however many took part: below the minimum group size per statement it
 * suggests nothing (the rule of the effect measurement, src/core/measurement/effect.ts). A domain
 * that is suggested takes its statements out of its factor's score, so one low answer to "I
 * remember at the right moment" is not offered as both a memory barrier and a barrier of
 * psychological capability; the factor is suggested only when its other statements point too.
 */
function surveySuggestions({ scores, minGroupSize }: SurveyScores): DiagnosisSuggestion[] {
  const minimum = effectiveMinimum(minGroupSize);
  const suggest = (s: SurveyFactorScore) => (s.items > 0 && respondentsPerStatement(s.n, s.items) >= minimum ? fromScore(s) : []);
  const suggestedDomains = scores.filter((s) => s.tdf && suggest(s).length > 0);
  return scores.flatMap((s) => {
    if (s.tdf) return suggest(s);
    const domains = suggestedDomains.filter((d) => d.factor === s.factor);
    return suggest(domains.length > 0 ? withoutDomains(s, domains) : s);
  });
}

/**
 * Barriers and enablers the interviews and the survey point at, per factor, strongest first:
 * identical findings from several interviews are counted once with how often they came up; a
 * survey score is a candidate barrier when its mean is low and an enabler when it is high.
 */
export function diagnosisSuggestions(findings: readonly CodedFinding[], survey: SurveyScores | null): DiagnosisSuggestion[] {
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
    tdf: null,
    kind: g.kind,
    text: g.text,
    source: 'interviews',
    interviews: g.interviews.size,
    survey: null,
    weight: Math.min(5, 1 + g.interviews.size),
  }));
  const order = (f: CombFactor) => COMB_FACTORS.indexOf(f);
  // Per factor barriers first; then the factor's survey score, the TDF domain that narrows it down,
  // and what the interviews found: a fixed place, not one the privacy noise on two close weights could swap.
  const place = (x: DiagnosisSuggestion) => (x.source === 'interviews' ? 2 : x.tdf ? 1 : 0);
  return [...(survey ? surveySuggestions(survey) : []), ...fromInterviews].sort(
    (a, b) => order(a.factor) - order(b.factor) || (a.kind === b.kind ? 0 : a.kind === 'barrier' ? -1 : 1) || place(a) - place(b) || b.weight - a.weight,
  );
}

/**
 * Per TDF domain, the score of the survey's bank statements that measure it (the `tdf` of the item
 * bank, content/comb.ts's SURVEY_ITEM_BANK, which the caller passes in), pooled like a factor's score: the mean of all their answers on the scale. So a low score on
 * "remembering at the right moment" points at that domain, not only at psychological capability.
 */
export function domainScores(
  items: readonly { id: string; bankId: string | null }[],
  scores: readonly ItemScore[],
  scale: 5 | 7,
  bank: readonly { id: string; tdf?: TdfDomain }[],
): SurveyFactorScore[] {
  return TDF_DOMAINS.flatMap((tdf) => {
    const bankIds = new Set(bank.filter((b) => b.tdf === tdf).map((b) => b.id));
    const ids = new Set(items.filter((i) => i.bankId !== null && bankIds.has(i.bankId)).map((i) => i.id));
    const mine = scores.filter((s) => ids.has(s.itemId));
    const distribution = Array.from({ length: scale }, (_, point) => mine.reduce((a, s) => a + (s.distribution[point] ?? 0), 0));
    const { n, mean } = pooled(distribution);
    return n === 0 ? [] : [{ factor: TDF_FACTOR[tdf], tdf, mean, scale, n, distribution, items: mine.length }];
  });
}
