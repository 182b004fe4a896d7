import type { MaybeRefOrGetter } from 'vue';
import { MeetingsDocument, type MeetingListItemFragment } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { livePage, useLivePages } from './useLivePages';

/** The events that change a line of the list: status, title, the viewer's seat. */
const TYPES = ['meeting.*', 'minutes.*'];

/**
 * A live list of a community's meetings, latest first (useLivePages on meeting.* and
 * minutes.*): a meeting scheduled by someone else appears, a status changes, without a reload.
 */
export function useMeetingList(communityId: MaybeRefOrGetter<string | null | undefined>, pageSize?: number) {
  return useLivePages<MeetingListItemFragment>(communityId, {
    types: TYPES,
    pageSize,
    async fetchPage(id, first, after) {
      const result = await gqlClient().query(MeetingsDocument, { communityId: id, first, after }, { requestPolicy: 'network-only' }).toPromise();
      if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
      return livePage(result.data.meetings);
    },
  });
}
