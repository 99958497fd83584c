import { useMutation, useQuery, useQueryClient, type MutationMeta } from '@tanstack/react-query';
import type { EffectView, KpiDefinition, KpiList, Measurement, MeasurementPlanView } from '#contract/measurement.js';
import type { Survey } from '#contract/surveys.js';
import type { KpiChange, MeasurementInput } from '#core/measurement/kpis.js';
import type { MeasurementPlan } from '#core/measurement/plan.js';
import { del, get, post, put } from '../lib/api.js';

export type { EffectView, FollowUp, Kpi, KpiList, MeasurementPlanView, MeasurementPoint } from '#contract/measurement.js';

const programmePath = (programmeId: string) => `/api/programmes/${programmeId}`;
const kpisPath = (programmeId: string) => `${programmePath(programmeId)}/kpis`;

export const useKpis = (programmeId: string) => useQuery({ queryKey: ['programme', programmeId, 'kpis'], queryFn: () => get<KpiList>(kpisPath(programmeId)) });

export const useEffectMeasurement = (programmeId: string) =>
  useQuery({ queryKey: ['programme', programmeId, 'effect'], queryFn: () => get<EffectView>(`${programmePath(programmeId)}/effect`) });

const planPath = (programmeId: string) => `${programmePath(programmeId)}/measurement-plan`;
export const useMeasurementPlan = (programmeId: string) =>
  useQuery({ queryKey: ['programme', programmeId, 'measurement-plan'], queryFn: () => get<MeasurementPlanView>(planPath(programmeId)) });

/** Every change refreshes the programme and everything below its key (KPIs, effect, surveys). */
function useChange<TInput, TResult>(programmeId: string, fn: (input: TInput) => Promise<TResult>, meta?: MutationMeta) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, meta, onSuccess: () => client.invalidateQueries({ queryKey: ['programme', programmeId] }) });
}

export const useCreateKpi = (programmeId: string) => useChange(programmeId, (input: KpiChange) => post<KpiDefinition>(kpisPath(programmeId), input));
export const useUpdateKpi = (programmeId: string) =>
  useChange(programmeId, ({ id, ...input }: KpiChange & { id: string }) => put<KpiDefinition>(`${kpisPath(programmeId)}/${id}`, input));
export const useRemoveKpi = (programmeId: string) =>
  useChange(programmeId, (id: string) => del<void>(`${kpisPath(programmeId)}/${id}`), { feedback: 'removed' });

/** An empty value goes as null, so the API names the field in its answer. */
export const useAddMeasurement = (programmeId: string, kpiId: string) =>
  useChange(programmeId, (input: Omit<MeasurementInput, 'value'> & { value: number | null }) =>
    post<Measurement>(`${kpisPath(programmeId)}/${kpiId}/measurements`, input),
  );
export const useRemoveMeasurement = (programmeId: string, kpiId: string) =>
  useChange(programmeId, (id: string) => del<void>(`${kpisPath(programmeId)}/${kpiId}/measurements/${id}`), { feedback: 'removed' });

export const useSaveMeasurementPlan = (programmeId: string) =>
  useChange(programmeId, (plan: MeasurementPlan) => put<MeasurementPlanView>(planPath(programmeId), plan));

export const useCreateFollowUp = (programmeId: string) =>
  useChange(programmeId, (baselineId: string) => post<Survey>(`${programmePath(programmeId)}/surveys/${baselineId}/follow-up`, {}));
