import { useMutation, useQuery, useQueryClient, type MutationMeta } from '@tanstack/react-query';
import type { FactorComparison } from '../../../core/measurement/effect.js';
import type { KpiChange, KpiInput, KpiMeasures, KpiProgress, KpiSuggestion, MeasurementInput } from '../../../core/measurement/kpis.js';
import type { DecisionSuggestion, MeasurementPlan, MeasurementTrack } from '../../../core/measurement/plan.js';
import type { Missing } from '../../../core/worksheets/fields.js';
import { del, get, post, put } from '../../lib/api.js';
import type { Survey, SurveyStatus } from '../surveys/queries.js';

/** A point of a KPI's line: entered by the team, or taken by Wegwijs from a closed survey or knowledge check (id null: not removable). */
export interface MeasurementPoint {
  id: string | null;
  date: string;
  value: number;
  note: string;
  source: 'team' | 'survey' | 'knowledgeCheck' | 'breaches';
  surveyId: string | null;
  checkId?: string;
}

export interface Kpi extends KpiInput {
  id: string;
  /** What it measures: the behaviour (an outcome), a determinant, or reach. */
  kind: KpiMeasures | null;
  /** Oldest first. */
  measurements: MeasurementPoint[];
  progress: KpiProgress<MeasurementPoint>;
  missing: Missing[];
}

export interface KpiList {
  /** The server's calendar day ('YYYY-MM-DD'). */
  today: string;
  kpis: Kpi[];
  suggestions: KpiSuggestion[];
}

export interface FollowUp {
  id: string;
  title: string;
  status: SurveyStatus;
  responses: number;
  baseline: { id: string; title: string; responses: number };
  /** The stricter of the two surveys' minimum group sizes (each fixed when it opened). */
  minGroupSize: number;
  /** Only once both surveys are closed. */
  comparisons: FactorComparison[] | null;
}

export interface EffectView {
  minGroupSize: number;
  followUps: FollowUp[];
}

const programmePath = (programmeId: string) => `/api/programmes/${programmeId}`;
const kpisPath = (programmeId: string) => `${programmePath(programmeId)}/kpis`;

export const useKpis = (programmeId: string) =>
  useQuery({ queryKey: ['programme', programmeId, 'kpis'], queryFn: () => get<KpiList>(kpisPath(programmeId)) });

export const useEffectMeasurement = (programmeId: string) =>
  useQuery({ queryKey: ['programme', programmeId, 'effect'], queryFn: () => get<EffectView>(`${programmePath(programmeId)}/effect`) });

/** The measurement worksheet with where the track stands (see core/measurement/plan.ts). */
export interface MeasurementPlanView {
  saved: boolean;
  plan: MeasurementPlan;
  outcome: { id: string; name: string; indicator: KpiInput['indicator']; unit: string; direction: KpiInput['direction']; baseline: number | null; baselineDate: string | null; target: number | null; targetDate: string | null } | null;
  track: MeasurementTrack;
  missing: Missing[];
  reminder: 'baselineNotPlanned' | 'baselineNotDone' | null;
  suggestion: DecisionSuggestion | null;
  behaviourKpis: { id: string; name: string; unit: string }[];
}

const planPath = (programmeId: string) => `${programmePath(programmeId)}/measurement-plan`;
export const useMeasurementPlan = (programmeId: string) =>
  useQuery({ queryKey: ['programme', programmeId, 'measurement-plan'], queryFn: () => get<MeasurementPlanView>(planPath(programmeId)) });

/** Every change refreshes the programme and everything below its key (KPIs, effect, surveys). */
function useChange<TInput, TResult>(programmeId: string, fn: (input: TInput) => Promise<TResult>, meta?: MutationMeta) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, meta, onSuccess: () => client.invalidateQueries({ queryKey: ['programme', programmeId] }) });
}

export const useCreateKpi = (programmeId: string) => useChange(programmeId, (input: KpiChange) => post<{ id: string }>(kpisPath(programmeId), input));
export const useUpdateKpi = (programmeId: string) =>
  useChange(programmeId, ({ id, ...input }: KpiChange & { id: string }) => put<{ id: string }>(`${kpisPath(programmeId)}/${id}`, input));
export const useRemoveKpi = (programmeId: string) => useChange(programmeId, (id: string) => del<void>(`${kpisPath(programmeId)}/${id}`), { feedback: 'removed' });

/** An empty value goes as null, so the API names the field in its answer. */
export const useAddMeasurement = (programmeId: string, kpiId: string) =>
  useChange(programmeId, (input: Omit<MeasurementInput, 'value'> & { value: number | null }) => post<{ id: string }>(`${kpisPath(programmeId)}/${kpiId}/measurements`, input));
export const useRemoveMeasurement = (programmeId: string, kpiId: string) =>
  useChange(programmeId, (id: string) => del<void>(`${kpisPath(programmeId)}/${kpiId}/measurements/${id}`), { feedback: 'removed' });

export const useSaveMeasurementPlan = (programmeId: string) => useChange(programmeId, (plan: MeasurementPlan) => put<MeasurementPlanView>(planPath(programmeId), plan));

export const useCreateFollowUp = (programmeId: string) =>
  useChange(programmeId, (baselineId: string) => post<Survey>(`${programmePath(programmeId)}/surveys/${baselineId}/follow-up`, {}));
