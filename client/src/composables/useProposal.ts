import type { MaybeRefOrGetter } from 'vue';
import { ProposalDocument, type ProposalDetailFragment } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { useLiveNode } from './useLiveNode';

/** The proposal, or null when the server answers none for this viewer. */
async function readProposal(id: string): Promise<ProposalDetailFragment | null> {
  const result = await gqlClient().query(ProposalDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
  if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
  const node = result.data.node;
  return node?.__typename === 'Proposal' ? node : null;
}

/** One proposal, live (useLiveNode): read again on each `proposal.*` event about it. */
export function useProposal(proposalId: MaybeRefOrGetter<string>) {
  const { node, ...rest } = useLiveNode(proposalId, readProposal, ['proposal.*']);
  return { proposal: node, ...rest };
}
