import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { IssueTargetsDocument } from '@/gql/graphql';

/**
 * Where the viewer may send an issue now, as the server says: 派单 (`Issue.dispatchTargets`) and
 * 上报 (`Issue.escalationTargets`), each empty unless that step is offered. Read (again) whenever
 * `when` turns true: a form opening.
 */
export function useIssueTargets(issueId: MaybeRefOrGetter<string>, when: MaybeRefOrGetter<boolean>) {
  const query = useQuery({
    query: IssueTargetsDocument,
    variables: () => ({ id: toValue(issueId) }),
    pause: () => !toValue(when),
    requestPolicy: 'network-only',
  });
  const issue = computed(() => (query.data.value?.issue?.id === toValue(issueId) ? query.data.value.issue : null));
  return {
    dispatch: computed(() => issue.value?.dispatchTargets ?? []),
    escalation: computed(() => issue.value?.escalationTargets ?? []),
    loading: computed(() => query.fetching.value),
  };
}

/** An organization the issue may be sent to. */
export type IssueTarget = { id: string; name: string; kind: string };
