import { toValue, type MaybeRefOrGetter } from 'vue';
import { DisputesDocument, type DisputeItemFragment, type DisputeStatus } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { livePage, useLivePages } from './useLivePages';

/** What the list asks for: statuses, or only the overdue ones (by deadline). */
export interface DisputeListFilter {
  status?: DisputeStatus[];
  overdue?: boolean;
}

/**
 * A live list of the disputes of a community the viewer may see (the server answers only those:
 * a party's own, all for those who handle them), newest first (useLivePages on `dispute.*`): an
 * application shows on the desk without a reload, a step moves it between the filters.
 */
export function useDisputeList(communityId: MaybeRefOrGetter<string | null | undefined>, filter: MaybeRefOrGetter<DisputeListFilter>) {
  return useLivePages<DisputeItemFragment>(communityId, {
    types: ['dispute.*'],
    filter,
    async fetchPage(id, first, after) {
      const { status, overdue } = toValue(filter);
      const variables = { communityId: id, status: status?.length ? status : null, overdue: overdue ?? null, first, after };
      const result = await gqlClient().query(DisputesDocument, variables, { requestPolicy: 'network-only' }).toPromise();
      if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
      return livePage(result.data.disputes);
    },
  });
}
