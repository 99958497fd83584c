import { useMutation, useQuery, useQueryClient, type MutationMeta } from '@tanstack/react-query';
import type { Exchange, ExchangeCopy } from '#contract/masterclass-exchange.js';
import type { ExchangeInput } from '#core/masterclass/exchange.js';
import { del, get, post } from '../lib/api.js';

export type { Exchange, ExchangeCopy, ExchangeItem } from '#contract/masterclass-exchange.js';
export type { ExchangeInput } from '#core/masterclass/exchange.js';

/**
 * The masterclass's exchange (docs/masterclass.md; issue 21, point 6): the interventions the
 * organisations published, copying one into the own library, and the figures over five or more
 * organisations. Under the cohort's key, so every change to the cohort refreshes it too.
 */

const exchangePath = (cohortId: string) => `/api/cohorts/${cohortId}/exchange`;
const exchangeKey = (cohortId: string) => ['cohorts', cohortId, 'exchange'];

export const useExchange = (cohortId: string) => useQuery({ queryKey: exchangeKey(cohortId), queryFn: () => get<Exchange>(exchangePath(cohortId)) });

function useExchangeMutation<TInput, TResult>(cohortId: string, fn: (input: TInput) => Promise<TResult>, meta?: MutationMeta, alsoLibrary = false) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    meta,
    onSuccess: async () => {
      // A copy is a new intervention in the own library: the library page must show it next time.
      if (alsoLibrary) await client.invalidateQueries({ queryKey: ['library'] });
      await client.invalidateQueries({ queryKey: exchangeKey(cohortId) });
    },
  });
}

/** The duo publishes: from then on everyone in the masterclass sees it. The page says so itself. */
export const usePublishExchange = (cohortId: string) =>
  useExchangeMutation(cohortId, (input: ExchangeInput) => post<{ id: string }>(exchangePath(cohortId), input), { feedback: false });

/** The publishing organisation takes an item back; copies others made stay theirs. */
export const useWithdrawExchange = (cohortId: string) =>
  useExchangeMutation(cohortId, (itemId: string) => del<void>(`${exchangePath(cohortId)}/${itemId}`), { feedback: 'removed' });

/** Copies another organisation's item into the own library. The card says "Gekopieerd" itself. */
export const useCopyExchange = (cohortId: string) =>
  useExchangeMutation(cohortId, (itemId: string) => post<ExchangeCopy>(`${exchangePath(cohortId)}/${itemId}/copy`, {}), { feedback: false }, true);
