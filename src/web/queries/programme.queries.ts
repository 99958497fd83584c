import { useMutation, useQuery, useQueryClient, type MutationMeta } from '@tanstack/react-query';
import type {
  ProgrammeAnswer,
  ProgrammeDetailAnswer,
  RoleTables,
  StatusChanged,
  SubstepDetail,
  TeamAnswer,
  TeamMember,
  VersionList,
  WorksheetSaved,
} from '#contract/programmes.js';
import type { Directory } from '#contract/users.js';
import type { RoleTable } from '#core/role-table.js';
import type { StepNumber, SubstepStatus } from '#core/steps.js';
import { del, get, patch, post, put } from '../lib/api.js';
import { useCan } from '../lib/session.js';

export type {
  ProgrammeDetail,
  StepRoleTableView,
  SubstepDetail,
  TeamMember,
  VersionWithChanges,
  WorksheetSaved,
  WorksheetVersion,
} from '#contract/programmes.js';

/** The core-team members with an account: the ones an owner or action holder can be picked from. */
export const teamAccounts = (team: readonly TeamMember[]) => team.flatMap((m) => (m.userId === null ? [] : [{ ...m, userId: m.userId }]));

const programmeKey = (id: string) => ['programme', id];
const substepKey = (id: string, key: string) => ['programme', id, 'substep', key];

export const useProgramme = (id: string) =>
  useQuery({ queryKey: programmeKey(id), queryFn: async () => (await get<ProgrammeDetailAnswer>(`/api/programmes/${id}`)).programme });

/** The organisation's users, when `wanted` and the session may read them (else no data: callers fall back to the team). */
export function useDirectory(wanted = true) {
  const may = useCan().readDirectory === true;
  return useQuery({
    queryKey: ['directory'],
    queryFn: async () => (await get<Directory>('/api/users/directory')).users,
    enabled: wanted && may,
  });
}

/** Every change to a programme refreshes it and the programme list (progress shows there too). */
function useProgrammeMutation<TInput, TResult>(id: string, fn: (input: TInput) => Promise<TResult>, meta?: MutationMeta) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta,
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: programmeKey(id) }), client.invalidateQueries({ queryKey: ['programmes'] })]),
  });
}

export const useUpdateProgramme = (id: string) =>
  useProgrammeMutation(id, (input: { title?: string; problem?: string; status?: 'active' | 'archived' }) =>
    patch<ProgrammeAnswer>(`/api/programmes/${id}`, input),
  );

export const useAddMember = (id: string) =>
  useProgrammeMutation(id, (input: { userId: string; teamRole: string }) => post<TeamAnswer>(`/api/programmes/${id}/members`, input));

export const useRemoveMember = (id: string) =>
  useProgrammeMutation(id, (userId: string) => del<TeamAnswer>(`/api/programmes/${id}/members/${userId}`), { feedback: 'removed' });

export const useSubstep = (id: string, key: string) =>
  useQuery({ queryKey: substepKey(id, key), queryFn: () => get<SubstepDetail>(`/api/programmes/${id}/substeps/${key}`) });

export const useVersions = (id: string, key: string) =>
  useQuery({
    queryKey: [...substepKey(id, key), 'versions'],
    queryFn: async () => (await get<VersionList>(`/api/programmes/${id}/substeps/${key}/versions`)).versions,
  });

export const useSetStatus = (id: string, key: string) =>
  useProgrammeMutation(id, (status: SubstepStatus) => put<StatusChanged>(`/api/programmes/${id}/substeps/${key}/status`, { status }));

export const useSaveWorksheet = (id: string, key: string) =>
  useProgrammeMutation(id, (input: { notes: string; baseVersion: number; fields?: unknown; replaceProblem?: boolean }) =>
    put<WorksheetSaved>(`/api/programmes/${id}/substeps/${key}/worksheet`, input),
  );

const roleTablesPath = (id: string) => `/api/programmes/${id}/role-tables`;

export const useRoleTables = (id: string) => useQuery({ queryKey: [...programmeKey(id), 'role-tables'], queryFn: () => get<RoleTables>(roleTablesPath(id)) });

export const useSaveRoleTable = (id: string, step: StepNumber) =>
  useProgrammeMutation(id, (table: RoleTable) => put<RoleTables>(`${roleTablesPath(id)}/${step}`, table));

export const useResetRoleTable = (id: string, step: StepNumber) => useProgrammeMutation(id, () => del<RoleTables>(`${roleTablesPath(id)}/${step}`));
