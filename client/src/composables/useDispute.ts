import type { MaybeRefOrGetter } from 'vue';
import { DisputeDocument, type DisputeDetailFragment } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { useLiveNode } from './useLiveNode';

/** The dispute, or null when the server answers none for this viewer. */
async function readDispute(id: string): Promise<DisputeDetailFragment | null> {
  const result = await gqlClient().query(DisputeDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
  if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
  const node = result.data.node;
  return node?.__typename === 'Dispute' ? node : null;
}

/** One dispute, live (useLiveNode): read again on each `dispute.*` event about it. */
export function useDispute(disputeId: MaybeRefOrGetter<string>) {
  const { node, ...rest } = useLiveNode(disputeId, readDispute, ['dispute.*']);
  return { dispute: node, ...rest };
}
