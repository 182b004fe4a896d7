import { computed, ref, watch, type Ref } from 'vue';
import type { IssueFilter } from '@/gql/graphql';
import type { IssueFilterState } from '@/components/issues/options';

/** How long the search box waits for typing to pause before it asks the server. */
const SEARCH_DELAY = 300;

/**
 * The API's IssueFilter from the filter bar's state: empty parts left out (an unticked
 * "overdue" means any, not "not overdue"), the search sent once typing pauses.
 */
export function useIssueFilter(state: Ref<IssueFilterState>, fixed: IssueFilter = {}) {
  const search = ref(state.value.search);
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(
    () => state.value.search,
    (value) => {
      clearTimeout(timer);
      timer = setTimeout(() => (search.value = value), SEARCH_DELAY);
    },
  );

  return computed<IssueFilter>(() => {
    const { status, category, mine, overdue } = state.value;
    const filter: IssueFilter = { ...fixed };
    if (search.value.trim()) filter.search = search.value.trim();
    if (status.length) filter.status = status;
    if (category.length) filter.category = category;
    if (mine) filter.mine = true;
    if (overdue) filter.overdue = true;
    return filter;
  });
}
