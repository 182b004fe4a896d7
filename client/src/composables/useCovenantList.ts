import type { MaybeRefOrGetter } from 'vue';
import { CovenantsDocument } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { useLiveCommunityList } from './useLiveCommunityList';

/**
 * The covenants (公约) of a community (at most 100, the server's ceiling), live on `covenant.*`:
 * a version opened for comment, adopted or repealed shows on every screen without a reload.
 */
export function useCovenantList(communityId: MaybeRefOrGetter<string | null | undefined>) {
  return useLiveCommunityList(communityId, ['covenant.*'], async (id) => {
    const result = await gqlClient().query(CovenantsDocument, { communityId: id }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
    return { items: result.data.covenants, totalCount: result.data.covenants.length };
  });
}
