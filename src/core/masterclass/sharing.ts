import { z } from 'zod';
import type { IndicatorKey } from '../interventions/indicators.js';
import { SUBSTEP_KEYS, type SubstepKey } from '../steps.js';

/**
 * What a participating organisation shares from its programme with a masterclass (issue 21, point 2).
 * Sharing is opt-in per item and per audience and can be taken back at any moment (AVG art. 5 lid 1
 * sub b and c: purpose limitation and data minimisation; a cohort only needs what the training uses).
 * Staff survey answers, breach data and staff names are not in this list: they never leave the
 * organisation (docs/masterclass.md, "What never leaves"). `surveyResults` are the released results of
 * closed rounds, with the organisation's own minimum group size already applied (core/survey/anonymity.ts).
 */
export const SHARE_SCOPES = ['progress', 'checkins', 'plan', 'diagnosis', 'interventions', 'kpis', 'surveyResults'] as const;
export type ShareScope = (typeof SHARE_SCOPES)[number];

/** Trainers of the cohort, or every participating organisation of the cohort (trainers included). */
export const AUDIENCES = ['trainers', 'cohort'] as const;
export type Audience = (typeof AUDIENCES)[number];

const unique = <T>(list: readonly T[]) => new Set(list).size === list.length;

/**
 * Worksheets that name staff (1.2 the core team, 1.3 stakeholders by name) can never be shared: names
 * of staff stay in the organisation (issue 21, point 2). 3.2 can, as those who may only read a
 * programme get it: interviews without who, when and what was said (core/research/interviews.ts
 * redactInterviews).
 */
export const UNSHAREABLE_WORKSHEETS: readonly SubstepKey[] = ['1.2', '1.3'];
export const SHAREABLE_WORKSHEETS: readonly SubstepKey[] = SUBSTEP_KEYS.filter((key) => !UNSHAREABLE_WORKSHEETS.includes(key));

const AudienceShare = z
  .object({
    scopes: z.array(z.enum(SHARE_SCOPES)).max(SHARE_SCOPES.length).refine(unique, { message: 'duplicateScope' }),
    /** Single worksheets (sub-steps) shared besides the scopes, e.g. 2.3 or 3.2. */
    worksheets: z
      .array(z.enum(SHAREABLE_WORKSHEETS as [SubstepKey, ...SubstepKey[]]))
      .max(SUBSTEP_KEYS.length)
      .refine(unique, { message: 'duplicateWorksheet' }),
  })
  .strict();

export const ShareSettings = z.object({ trainers: AudienceShare, cohort: AudienceShare }).strict();
export type ShareSettings = z.infer<typeof ShareSettings>;

/**
 * The default the issue asks for: trainers see how far the duo is (step progress) and when it last
 * met (check-in dates), the minimum a trainer needs to coach; the cohort sees nothing.
 */
export const defaultShareSettings = (): ShareSettings => ({
  trainers: { scopes: ['progress', 'checkins'], worksheets: [] },
  cohort: { scopes: [], worksheets: [] },
});

/** Something of a programme that can be shared: a scope, or one worksheet. */
export type ShareItem = { kind: ShareScope } | { kind: 'worksheet'; substepKey: SubstepKey };

/**
 * Scopes that are one worksheet: the diagnosis is the behavioural diagnosis of sub-step 3.4
 * (Wegwijzer step 3, "Gedragsfactoren onderzoeken"), so sharing it shares that worksheet too.
 */
const SCOPE_WORKSHEETS: Partial<Record<ShareScope, SubstepKey>> = { diagnosis: '3.4' };

const holds = (share: ShareSettings[Audience], item: ShareItem) =>
  item.kind === 'worksheet'
    ? share.worksheets.includes(item.substepKey) || share.scopes.some((scope) => SCOPE_WORKSHEETS[scope] === item.substepKey)
    : share.scopes.includes(item.kind);

/**
 * Whether the settings let this audience see the item. Trainers are part of the cohort, so what is
 * shared with the whole cohort is shared with them too.
 */
export function sharedWith(settings: ShareSettings, audience: Audience, item: ShareItem): boolean {
  return holds(settings.cohort, item) || (audience === 'trainers' && holds(settings.trainers, item));
}

/** Every item the audience may see, for the board and the cohort report. */
export function sharedItems(settings: ShareSettings, audience: Audience): ShareItem[] {
  const scopes = SHARE_SCOPES.filter((kind) => sharedWith(settings, audience, { kind }));
  const worksheets = SUBSTEP_KEYS.filter((substepKey) => sharedWith(settings, audience, { kind: 'worksheet', substepKey }));
  return [...scopes.map((kind) => ({ kind })), ...worksheets.map((substepKey) => ({ kind: 'worksheet' as const, substepKey }))];
}

/** What a change of settings took away from an audience: what the audit entry names as revoked. */
export function revokedItems(before: ShareSettings, after: ShareSettings, audience: Audience): ShareItem[] {
  return sharedItems(before, audience).filter((item) => !sharedWith(after, audience, item));
}

/**
 * KPIs whose figures Wegwijs takes from staff answers (surveys, knowledge checks) or from the breach
 * register (core/interventions/indicators.ts: "the first four are fed by Wegwijs itself") are never
 * shared as KPIs, in a shared plan or the KPI scope: those stay in the organisation, also as totals
 * (issue 21, point 2; docs/masterclass.md, "Wat nooit de organisatie verlaat"). Survey results go only
 * through their own scope, as released with the organisation's minimum group size.
 */
export const UNSHAREABLE_INDICATORS = [
  'surveyFactorScore',
  'breachReports',
  'breachHandledInTime',
  'knowledgeCheckScore',
] as const satisfies readonly IndicatorKey[];
export const shareableIndicator = (indicator: string | null | undefined) =>
  !(UNSHAREABLE_INDICATORS as readonly (string | null | undefined)[]).includes(indicator);

/** Settings stored by an older version (or broken) read as the default, never as "share everything". */
export const readShareSettings = (value: unknown): ShareSettings => {
  const parsed = ShareSettings.safeParse(value);
  return parsed.success ? parsed.data : defaultShareSettings();
};
