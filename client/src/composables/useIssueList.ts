import { toValue, type MaybeRefOrGetter } from 'vue';
import { IssuesDocument, type IssueFilter, type IssueListItemFragment } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { livePage, useLivePages } from './useLivePages';

/**
 * A live list of a community's issues (the board, the desk, the work list), newest first
 * (useLivePages on `issue.*`): whatever changes after the list was read shows without a reload,
 * and the filter stays true. `loadMore()` pages on with `after`.
 */
export function useIssueList(communityId: MaybeRefOrGetter<string | null | undefined>, filter: MaybeRefOrGetter<IssueFilter>, pageSize?: number) {
  return useLivePages<IssueListItemFragment>(communityId, {
    types: ['issue.*'],
    filter,
    pageSize,
    async fetchPage(id, first, after) {
      const variables = { communityId: id, filter: JSON.parse(JSON.stringify(toValue(filter) ?? {})) as IssueFilter, first, after };
      const result = await gqlClient().query(IssuesDocument, variables, { requestPolicy: 'network-only' }).toPromise();
      if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
      return livePage(result.data.issues);
    },
  });
}
