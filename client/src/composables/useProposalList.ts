import { toValue, type MaybeRefOrGetter } from 'vue';
import { ProposalsDocument, type ProposalItemFragment, type ProposalStatus } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { livePage, useLivePages } from './useLivePages';

/** What the list asks for: statuses (SUBMITTED: the party organization's 议事 list), or only the viewer's own. */
export interface ProposalListFilter {
  status?: ProposalStatus[];
  mine?: boolean;
}

/**
 * A live list of a community's proposals (说事议事室), newest first (useLivePages on
 * `proposal.*`): a support moves the count, the one that reaches the threshold moves it onto the
 * 议事 list, without a reload.
 */
export function useProposalList(communityId: MaybeRefOrGetter<string | null | undefined>, filter: MaybeRefOrGetter<ProposalListFilter>) {
  return useLivePages<ProposalItemFragment>(communityId, {
    types: ['proposal.*'],
    filter,
    async fetchPage(id, first, after) {
      const { status, mine } = toValue(filter);
      const variables = { communityId: id, status: status?.length ? status : null, mine: mine ?? null, first, after };
      const result = await gqlClient().query(ProposalsDocument, variables, { requestPolicy: 'network-only' }).toPromise();
      if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
      return livePage(result.data.proposals);
    },
  });
}
