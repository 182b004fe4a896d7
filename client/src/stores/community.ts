import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { CommunitiesDocument, type CommunitiesQuery } from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { useAuthStore } from './auth';

const CURRENT_KEY = 'gongzhi.communityId';
const VISITING_KEY = 'gongzhi.visitingCommunity';

export interface CommunityRef {
  id: string;
  name: string;
}

/** The community the viewer is looking at (persisted), the viewer's own ones, and the full list. */
export const useCommunityStore = defineStore('community', () => {
  const auth = useAuthStore();
  const selectedId = ref<string | null>(localStorage.getItem(CURRENT_KEY));
  const all = ref<CommunitiesQuery['communities']>([]);
  const allLoaded = ref(false);
  /**
   * A community opened from the city view (城市大脑) by someone who works above communities (a
   * township, county or city center; a platform admin), who has none of their own: it joins `mine`
   * so that the community's pages (the dispatch desk, the dispute desk, its lists) open with it.
   * What they may do there stays the server's word (`Community.viewerCan`).
   */
  const visiting = ref<(CommunityRef & { userId: string }) | null>(readVisiting());

  /** Communities where the viewer has a residency or a membership, from `me`. */
  const mine = computed<CommunityRef[]>(() => {
    const found = new Map<string, CommunityRef>();
    for (const residency of auth.me?.residencies ?? []) found.set(residency.community.id, residency.community);
    for (const membership of auth.me?.memberships ?? []) {
      const community = membership.organization.community;
      if (community) found.set(community.id, community);
    }
    // A 社区民警 or 法律顾问 works in the community of their seat without belonging to it.
    for (const seat of auth.me?.legalSeats ?? []) found.set(seat.community.id, seat.community);
    // Only for the person who opened it (another sign-in on the same browser does not inherit it).
    const visited = visiting.value;
    if (visited && visited.userId === auth.me?.id && !found.has(visited.id)) found.set(visited.id, { id: visited.id, name: visited.name });
    return [...found.values()];
  });

  /** The selected community if it is still one of the viewer's, else the first of them. */
  const currentId = computed<string | null>(() => {
    if (selectedId.value && mine.value.some((community) => community.id === selectedId.value)) return selectedId.value;
    return mine.value[0]?.id ?? null;
  });

  const current = computed(() => mine.value.find((community) => community.id === currentId.value) ?? null);

  function select(id: string) {
    selectedId.value = id;
    localStorage.setItem(CURRENT_KEY, id);
  }

  /** Opens a community from the city view: it becomes the current one, and stays among `mine` until another is opened. */
  function visit(community: CommunityRef) {
    if (!auth.me) return;
    visiting.value = { id: community.id, name: community.name, userId: auth.me.id };
    localStorage.setItem(VISITING_KEY, JSON.stringify(visiting.value));
    select(community.id);
  }

  async function loadAll() {
    const result = await gqlClient().query(CommunitiesDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('No data in the response');
    all.value = result.data.communities;
    allLoaded.value = true;
  }

  return { all, allLoaded, mine, currentId, current, select, visit, loadAll };
});

function readVisiting(): (CommunityRef & { userId: string }) | null {
  try {
    const value = JSON.parse(localStorage.getItem(VISITING_KEY) ?? 'null') as (CommunityRef & { userId: string }) | null;
    const valid = value && typeof value.id === 'string' && typeof value.name === 'string' && typeof value.userId === 'string';
    return valid ? { id: value.id, name: value.name, userId: value.userId } : null;
  } catch {
    return null;
  }
}
