import { useMutation, useQuery, useQueryClient, type MutationMeta } from '@tanstack/react-query';
import type { Attention } from '../../../core/execution/attention.js';
import type { RoleTable } from '../../../core/role-table.js';
import type { ProgrammeProgress, StepNumber, SubstepKey, SubstepStatus } from '../../../core/steps.js';
import type { FieldChange } from '../../../core/worksheets/changes.js';
import type { CoreTeamMember } from '../../../core/worksheets/core-team.js';
import type { Missing, WorksheetKey } from '../../../core/worksheets/index.js';
import { del, get, patch, post, put } from '../../lib/api.js';

/** One person of the core team: a row of the 1.2 worksheet, with the e-mail address of their account if they have one. */
export type TeamMember = CoreTeamMember & { email: string | null };

/** The core-team members with an account: the ones an owner or action holder can be picked from. */
export const teamAccounts = (team: readonly TeamMember[]) => team.flatMap((m) => (m.userId === null ? [] : [{ ...m, userId: m.userId }]));

export interface ProgrammeDetail {
  id: string;
  title: string;
  problem: string;
  status: 'active' | 'archived';
  progress: ProgrammeProgress;
  /** What needs attention now (core/execution/attention.ts). */
  attention: Attention;
  statuses: Partial<Record<SubstepKey, SubstepStatus>>;
  /** Why each structured worksheet is not complete yet (empty: complete). */
  completeness: Record<WorksheetKey, Missing[]>;
  /** The target behaviour of 2.3 in one sentence, once who and what are filled in. */
  targetBehaviour: string | null;
  /** The core team: one list, the 1.2 worksheet's (core/worksheets/core-team.ts). */
  team: TeamMember[];
  permissions: { work: boolean; manage: boolean };
}

export interface SubstepDetail {
  key: SubstepKey;
  status: SubstepStatus;
  updatedAt: string | null;
  updatedByName: string | null;
  hasForm: boolean;
  /** Whether "done" has requirements (a form or a module's own), so the page says when they are met. */
  checked: boolean;
  worksheet: WorksheetVersion | null;
  missing: Missing[];
}

export interface WorksheetVersion {
  version: number;
  notes: string;
  /** The form's fields; null for sub-steps without a form (or a version from before it had one). */
  fields: unknown;
  /** The reader does not work on the programme, so what only its workers read was left out (3.2's interview notes). */
  redacted: boolean;
  authorName: string | null;
  createdAt: string;
}

export interface VersionWithChanges extends WorksheetVersion {
  changes: FieldChange[];
}

const programmeKey = (id: string) => ['programme', id];
const substepKey = (id: string, key: string) => ['programme', id, 'substep', key];

export const useProgramme = (id: string) =>
  useQuery({ queryKey: programmeKey(id), queryFn: async () => (await get<{ programme: ProgrammeDetail }>(`/api/programmes/${id}`)).programme });

export const useDirectory = (enabled: boolean) =>
  useQuery({
    queryKey: ['directory'],
    queryFn: async () => (await get<{ users: { id: string; name: string; email: string }[] }>('/api/users/directory')).users,
    enabled,
  });

/** Every change to a programme refreshes it and the programme list (progress shows there too). */
function useProgrammeMutation<TInput, TResult>(id: string, fn: (input: TInput) => Promise<TResult>, meta?: MutationMeta) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn, meta,
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: programmeKey(id) }), client.invalidateQueries({ queryKey: ['programmes'] })]),
  });
}

export const useUpdateProgramme = (id: string) =>
  useProgrammeMutation(id, (input: { title?: string; problem?: string; status?: 'active' | 'archived' }) => patch(`/api/programmes/${id}`, input));

export const useAddMember = (id: string) =>
  useProgrammeMutation(id, (input: { userId: string; teamRole: string }) => post(`/api/programmes/${id}/members`, input));

export const useRemoveMember = (id: string) => useProgrammeMutation(id, (userId: string) => del(`/api/programmes/${id}/members/${userId}`), { feedback: 'removed' });

export const useSubstep = (id: string, key: string) =>
  useQuery({ queryKey: substepKey(id, key), queryFn: () => get<SubstepDetail>(`/api/programmes/${id}/substeps/${key}`) });

export const useVersions = (id: string, key: string) =>
  useQuery({
    queryKey: [...substepKey(id, key), 'versions'],
    queryFn: async () => (await get<{ versions: VersionWithChanges[] }>(`/api/programmes/${id}/substeps/${key}/versions`)).versions,
  });

export const useSetStatus = (id: string, key: string) =>
  useProgrammeMutation(id, (status: SubstepStatus) => put(`/api/programmes/${id}/substeps/${key}/status`, { status }));

export interface WorksheetSaved {
  version: number;
  status: SubstepStatus;
  missing: Missing[];
}

export const useSaveWorksheet = (id: string, key: string) =>
  useProgrammeMutation(id, (input: { notes: string; baseVersion: number; fields?: unknown; replaceProblem?: boolean }) =>
    put<WorksheetSaved>(`/api/programmes/${id}/substeps/${key}/worksheet`, input),
  );

export interface StepRoleTableView {
  step: StepNumber;
  table: RoleTable;
  /** False while the step shows the content's default. */
  custom: boolean;
}

const roleTablesPath = (id: string) => `/api/programmes/${id}/role-tables`;

export const useRoleTables = (id: string) =>
  useQuery({ queryKey: [...programmeKey(id), 'role-tables'], queryFn: () => get<{ steps: StepRoleTableView[] }>(roleTablesPath(id)) });

export const useSaveRoleTable = (id: string, step: StepNumber) =>
  useProgrammeMutation(id, (table: RoleTable) => put<{ steps: StepRoleTableView[] }>(`${roleTablesPath(id)}/${step}`, table));

export const useResetRoleTable = (id: string, step: StepNumber) =>
  useProgrammeMutation(id, () => del(`${roleTablesPath(id)}/${step}`));
