import type { MaybeRefOrGetter } from 'vue';
import { MattersDocument } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { useLiveCommunityList } from './useLiveCommunityList';

/** The server's page-size ceiling: the board reads one page of the newest matters. */
const BOARD_SIZE = 100;
/**
 * What moves a matter: its own events, and the meetings, votes and action items that carry it
 * (a matter enters 定事 when put on an agenda, 监事 when its last action item is done).
 */
const TYPES = ['matter.*', 'meeting.*', 'resolution.*', 'actionItem.*'];

/**
 * The matters (事项) of a community through the four councils, live (the newest 100): a matter
 * moves between the stages on every screen without a reload.
 */
export function useMatterBoard(communityId: MaybeRefOrGetter<string | null | undefined>) {
  return useLiveCommunityList(communityId, TYPES, async (id) => {
    const result = await gqlClient().query(MattersDocument, { communityId: id, first: BOARD_SIZE }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
    return { items: result.data.matters.edges.map((edge) => edge.node), totalCount: result.data.matters.totalCount };
  });
}
