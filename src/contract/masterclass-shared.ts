import { z } from 'zod';
import { KPI_DIRECTIONS } from '#core/measurement/kpis.js';
import { SurveyResults } from '#core/survey/results.js';
import { Day, Instant, type Json } from './common.js';

/**
 * What another organisation shares with a masterclass besides progress, check-ins and worksheets
 * (docs/masterclass.md): its chosen interventions, KPI outcomes and released survey results. Never a
 * person's name; the plan van aanpak downloads as a document. And the trainers' retention setting.
 */

const Shared = z.object({ participationId: z.uuid(), organisationName: z.string() });

/** The interventions chosen in step 4: what they are and why, not who rated or carries them out. */
export const SharedInterventions = Shared.extend({
  interventions: z.array(z.object({ title: z.string(), functions: z.array(z.string()), rationale: z.string() })),
});
export type SharedInterventions = Json<typeof SharedInterventions>;

/** The KPIs of step 6.1 with where they stand; KPIs fed by staff answers or the breach register are never among them. */
export const SharedKpis = Shared.extend({
  kpis: z.array(
    z.object({
      name: z.string(),
      unit: z.string(),
      direction: z.enum(KPI_DIRECTIONS),
      baseline: z.number().nullable(),
      baselineDate: Day.nullable(),
      target: z.number().nullable(),
      targetDate: Day.nullable(),
      latest: z.object({ date: Day, value: z.number() }).nullable(),
      /** Latest minus baseline. */
      change: z.number().nullable(),
    }),
  ),
});
export type SharedKpis = Json<typeof SharedKpis>;

/** The released results of closed surveys, as the organisation's own results page gives them (minimum group size and noise applied). */
export const SharedSurveyResults = Shared.extend({
  surveys: z.array(z.object({ title: z.string(), closedOn: Day.nullable(), results: SurveyResults })),
});
export type SharedSurveyResults = Json<typeof SharedSurveyResults>;

/** How long the trainers keep what was shared once the masterclass is closed. */
export const CohortRetention = z.object({ retentionDays: z.number().int(), readableUntil: Instant.nullable() });
export type CohortRetention = Json<typeof CohortRetention>;
