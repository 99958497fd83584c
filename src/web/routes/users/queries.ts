import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../core/roles.js';
import { del, get, patch, post } from '../../lib/api.js';

export interface User {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  status: 'invited' | 'active' | 'deactivated';
  lastLoginAt: string | null;
  createdAt: string;
  /** Only in the list: whether the account logs in with a code from an authenticator app too. */
  twoStepEnabled: boolean;
}

export const useUsers = () => useQuery({ queryKey: ['users'], queryFn: async () => (await get<{ users: User[] }>('/api/users')).users });

function useUsersMutation<TInput, TResult>(fn: (input: TInput) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }) });
}

export const useInvite = () => useUsersMutation((input: { email: string; name: string; roles: Role[] }) => post<{ user: User; inviteUrl: string }>('/api/users', input));
export const useUpdateRoles = () => useUsersMutation((input: { id: string; roles: Role[] }) => patch(`/api/users/${input.id}`, { roles: input.roles }));
export const useSetActive = () =>
  useUsersMutation((input: { id: string; active: boolean }) => post(`/api/users/${input.id}/${input.active ? 'reactivate' : 'deactivate'}`));
export const useReinvite = () => useUsersMutation((id: string) => post<{ inviteUrl: string }>(`/api/users/${id}/invitation`));
export const useResetTwoStep = () => useUsersMutation((id: string) => del(`/api/users/${id}/totp`));
