import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InviteLink, Invited, UserList } from '#contract/users.js';
import type { Role } from '#core/roles.js';
import { del, get, patch, post } from '../lib/api.js';

export type { ListedUser } from '#contract/users.js';

export const useUsers = () => useQuery({ queryKey: ['users'], queryFn: async () => (await get<UserList>('/api/users')).users });

function useUsersMutation<TInput, TResult>(fn: (input: TInput) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }) });
}

export const useInvite = () => useUsersMutation((input: { email: string; name: string; roles: Role[] }) => post<Invited>('/api/users', input));
export const useUpdateRoles = () => useUsersMutation((input: { id: string; roles: Role[] }) => patch(`/api/users/${input.id}`, { roles: input.roles }));
export const useSetActive = () =>
  useUsersMutation((input: { id: string; active: boolean }) => post(`/api/users/${input.id}/${input.active ? 'reactivate' : 'deactivate'}`));
export const useReinvite = () => useUsersMutation((id: string) => post<InviteLink>(`/api/users/${id}/invitation`));
export const useResetTwoStep = () => useUsersMutation((id: string) => del(`/api/users/${id}/totp`));
