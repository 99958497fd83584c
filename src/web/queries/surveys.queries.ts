import { useMutation, useQuery, useQueryClient, type MutationMeta } from '@tanstack/react-query';
import type { Locale } from '#core/locale.js';
import type { SurveyDefinition } from '#core/survey/definition.js';
import type { InvitationResult, Survey, SurveyList, SurveyResultsView as ResultsView } from '#contract/surveys.js';
import type { OrganisationSettings } from '#contract/organisation.js';
import { del, get, post, put } from '../lib/api.js';

export type { InvitationResult, Survey, SurveyResultsView as ResultsView, SurveyStatus } from '#contract/surveys.js';

export interface SurveyInput {
  title: string;
  linkEnabled: boolean;
  definition: SurveyDefinition;
}

export interface InvitationInput {
  emails: string[];
  message: string;
  locale: Locale;
}

export const surveysPath = (programmeId: string) => `/api/programmes/${programmeId}/surveys`;
export const surveyPath = (programmeId: string, surveyId: string) => `${surveysPath(programmeId)}/${surveyId}`;

const listKey = (programmeId: string) => ['programme', programmeId, 'surveys'];

export const useSurveys = (programmeId: string) =>
  useQuery({
    queryKey: listKey(programmeId),
    queryFn: async () => (await get<SurveyList>(surveysPath(programmeId))).surveys,
  });

export const useSurveyResults = (programmeId: string, surveyId: string) =>
  useQuery({
    queryKey: [...listKey(programmeId), surveyId, 'results'],
    queryFn: () => get<ResultsView>(`${surveyPath(programmeId, surveyId)}/results`),
  });

/** Every change refreshes the list (and with it the results, which live under the same key). */
function useSurveyMutation<TInput, TResult>(programmeId: string, fn: (input: TInput) => Promise<TResult>, meta?: MutationMeta) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta,
    onSuccess: () => client.invalidateQueries({ queryKey: listKey(programmeId) }),
  });
}

export const useCreateSurvey = (programmeId: string) => useSurveyMutation(programmeId, (input: SurveyInput) => post<Survey>(surveysPath(programmeId), input));

export const useUpdateSurvey = (programmeId: string) =>
  useSurveyMutation(programmeId, ({ id, ...input }: SurveyInput & { id: string }) => put<Survey>(surveyPath(programmeId, id), input));

export const useDeleteSurvey = (programmeId: string) =>
  useSurveyMutation(programmeId, (id: string) => del<void>(surveyPath(programmeId, id)), { feedback: 'removed' });

export const useOpenSurvey = (programmeId: string) => useSurveyMutation(programmeId, (id: string) => post<Survey>(`${surveyPath(programmeId, id)}/open`, {}));

export const useCloseSurvey = (programmeId: string) => useSurveyMutation(programmeId, (id: string) => post<Survey>(`${surveyPath(programmeId, id)}/close`, {}));

/** Queues a batch; today's use of the limit (in GET /api/organisation) changes with it. */
export function useInvite(programmeId: string, surveyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InvitationInput) => post<InvitationResult>(`${surveyPath(programmeId, surveyId)}/invitations`, input),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: listKey(programmeId) }), client.invalidateQueries({ queryKey: ['organisation'] })]),
    // The form says how many mails are on their way.
    meta: { feedback: false },
  });
}

/** Today's limit on invitation mails, from the organisation's settings (the settings page shares the query). */
export const useInvitationAllowance = () =>
  useQuery({
    queryKey: ['organisation'],
    queryFn: () => get<OrganisationSettings>('/api/organisation'),
    select: (answer) => answer.surveyInvitations,
  });
