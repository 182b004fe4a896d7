import {
  StationTaskDocument,
  StationTasksDocument,
  VolunteerTaskDocument,
  VolunteerTasksDocument,
  type StationTaskFragment,
  type VolunteerTaskItemFragment,
} from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import type { TaskBoardSource } from './useTaskBoard';

function must<T>(result: { data?: T; error?: Error }): T {
  if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
  return result.data;
}

/** The volunteers' cards: the counters and the viewer's own claim. */
export const volunteerTaskSource: TaskBoardSource<VolunteerTaskItemFragment> = {
  async fetchPage(communityId, filter, first, after) {
    const result = await gqlClient().query(VolunteerTasksDocument, { communityId, filter, first, after }, { requestPolicy: 'network-only' }).toPromise();
    return must(result).volunteerTasks;
  },
  async fetchOne(id) {
    const node = must(await gqlClient().query(VolunteerTaskDocument, { id }, { requestPolicy: 'network-only' }).toPromise()).node;
    return node?.__typename === 'VolunteerTask' ? node : null;
  },
};

/** The station's console: every claim of each task, in order. */
export const stationTaskSource: TaskBoardSource<StationTaskFragment> = {
  async fetchPage(communityId, filter, first, after) {
    const result = await gqlClient().query(StationTasksDocument, { communityId, filter, first, after }, { requestPolicy: 'network-only' }).toPromise();
    return must(result).volunteerTasks;
  },
  async fetchOne(id) {
    const node = must(await gqlClient().query(StationTaskDocument, { id }, { requestPolicy: 'network-only' }).toPromise()).node;
    return node?.__typename === 'VolunteerTask' ? node : null;
  },
};
