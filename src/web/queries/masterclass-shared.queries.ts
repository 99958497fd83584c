import { useQuery } from '@tanstack/react-query';
import type { SharedInterventions, SharedKpis, SharedSurveyResults } from '#contract/masterclass-shared.js';
import type { Locale } from '#core/locale.js';
import { get } from '../lib/api.js';
import { COHORTS_KEY as KEY } from './masterclass-menu.queries.js';
import { cohortPath } from './masterclass.queries.js';

export type { SharedInterventions, SharedKpis, SharedSurveyResults } from '#contract/masterclass-shared.js';

/**
 * What another organisation in a cohort shares besides its worksheets (docs/masterclass.md): chosen
 * interventions, KPI outcomes, released survey results and the plan van aanpak draft. The server
 * answers "not found" for what is not shared with the caller, and logs every read in that organisation.
 */

const participationPath = (id: string, participationId: string) => `${cohortPath(id)}/participations/${participationId}`;
const sharedKey = (id: string, participationId: string, scope: string) => [...KEY, id, 'shared', participationId, scope];

export const useSharedInterventions = (id: string, participationId: string) =>
  useQuery({
    queryKey: sharedKey(id, participationId, 'interventions'),
    queryFn: () => get<SharedInterventions>(`${participationPath(id, participationId)}/interventions`),
  });

export const useSharedKpis = (id: string, participationId: string) =>
  useQuery({ queryKey: sharedKey(id, participationId, 'kpis'), queryFn: () => get<SharedKpis>(`${participationPath(id, participationId)}/kpis`) });

export const useSharedSurveyResults = (id: string, participationId: string) =>
  useQuery({
    queryKey: sharedKey(id, participationId, 'survey-results'),
    queryFn: () => get<SharedSurveyResults>(`${participationPath(id, participationId)}/survey-results`),
  });

/** The plan van aanpak draft as a document (GET with the session cookie, so a plain link works). */
export const sharedPlanUrl = (id: string, participationId: string, format: 'docx' | 'pdf', lang: Locale) =>
  `${participationPath(id, participationId)}/plan.${format}?lang=${lang}`;
