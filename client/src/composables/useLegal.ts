import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import {
  LectureRegistrationsDocument,
  LecturesDocument,
  LegalConsultationsDocument,
  LegalDirectoryDocument,
  LegalFiguresDocument,
  LegalQuestionsDocument,
  MyLegalSeatsDocument,
  OfficeHourSlotsDocument,
  type LectureRegistrationViewFragment,
  type LectureViewFragment,
  type LegalConsultationViewFragment,
  type LegalFiguresQuery,
  type LegalQuestionCategory,
  type LegalQuestionStatus,
  type LegalQuestionViewFragment,
  type LegalSeatViewFragment,
  type OfficeHourSlotViewFragment,
} from '@/gql/graphql';
import { gqlClient } from '@/graphql/client';
import { useLiveCommunityRead } from './useLiveCommunityRead';

/** The lists of the legal pages read this many (one page: a community has tens, not thousands). */
const LIST_SIZE = 50;

async function query<T>(operation: Promise<{ data?: T; error?: Error }>): Promise<T> {
  const result = await operation;
  if (result.error) throw result.error;
  if (!result.data) throw new Error('No data in the response');
  return result.data;
}

/** A list of one community, live on `types`, read again on each burst and when `key` changes. */
function useLiveList<T>(communityId: MaybeRefOrGetter<string | null | undefined>, types: string[], read: (communityId: string) => Promise<{ items: T[]; totalCount: number }>, key?: MaybeRefOrGetter<unknown>) {
  const list = useLiveCommunityRead<{ items: T[]; totalCount: number }>(communityId, types, read, { items: [], totalCount: 0 }, { key });
  return {
    items: computed(() => list.value.value.items),
    totalCount: computed(() => list.value.value.totalCount),
    loading: computed(() => list.loading.value && list.value.value.items.length === 0),
    error: list.error,
    live: list.live,
    refresh: list.refresh,
  };
}

/** 一社区一民警一律师: the community's seats as the directory shows them, live. */
export function useLegalDirectory(communityId: MaybeRefOrGetter<string | null | undefined>) {
  return useLiveList<LegalSeatViewFragment>(communityId, ['legalSeat.*'], async (id) => {
    const data = await query(gqlClient().query(LegalDirectoryDocument, { id }, { requestPolicy: 'network-only' }).toPromise());
    const items = data.community?.legalSeats ?? [];
    return { items, totalCount: items.length };
  });
}

/** The viewer's own seats in this community (a legal adviser's desk), live. */
export function useMySeats(communityId: MaybeRefOrGetter<string | null | undefined>) {
  return useLiveList<LegalSeatViewFragment>(communityId, ['legalSeat.*'], async (id) => {
    const data = await query(gqlClient().query(MyLegalSeatsDocument, {}, { requestPolicy: 'network-only' }).toPromise());
    const items = (data.me?.legalSeats ?? []).filter((s) => s.community.id === id);
    return { items, totalCount: items.length };
  });
}

/**
 * 周四有约: the community's slots from now on, by start (only the open ones when `openOnly`), live:
 * a slot booked or freed anywhere (`officeHourSlot.*`, no person) or published shows at once.
 */
export function useOfficeHourSlots(communityId: MaybeRefOrGetter<string | null | undefined>, openOnly: boolean) {
  return useLiveList<OfficeHourSlotViewFragment>(communityId, ['officeHourSlot.*', 'officeHours.*', 'consultation.*'], async (id) => {
    const data = await query(gqlClient().query(OfficeHourSlotsDocument, { communityId: id, openOnly, first: LIST_SIZE }, { requestPolicy: 'network-only' }).toPromise());
    const items = data.officeHourSlots.edges.map((e) => e.node);
    return { items, totalCount: items.length };
  });
}

/** The viewer's consultations in the community (as the resident or the lawyer: the server answers no others), live. */
export function useMyConsultations(communityId: MaybeRefOrGetter<string | null | undefined>) {
  return useLiveList<LegalConsultationViewFragment>(communityId, ['consultation.*', 'officeHourSlot.*'], async (id) => {
    const data = await query(gqlClient().query(LegalConsultationsDocument, { communityId: id, first: LIST_SIZE }, { requestPolicy: 'network-only' }).toPromise());
    const items = data.legalConsultations.edges.map((e) => e.node);
    return { items, totalCount: items.length };
  });
}

export interface QuestionFilter {
  knowledgeBase?: boolean;
  mine?: boolean;
  search?: string;
  category?: LegalQuestionCategory | null;
  status?: LegalQuestionStatus[];
}

/** 法律超市: the questions the viewer may see, by the filter (the knowledge base, their own, the open ones), live. */
export function useLegalQuestions(communityId: MaybeRefOrGetter<string | null | undefined>, filter: MaybeRefOrGetter<QuestionFilter>) {
  return useLiveList<LegalQuestionViewFragment>(
    communityId,
    ['legalQuestion.*'],
    async (id) => {
      const f = toValue(filter);
      const variables = {
        communityId: id,
        knowledgeBase: f.knowledgeBase ?? null,
        mine: f.mine ?? null,
        search: f.search?.trim() ? f.search.trim() : null,
        category: f.category ?? null,
        status: f.status?.length ? f.status : null,
        first: LIST_SIZE,
      };
      const data = await query(gqlClient().query(LegalQuestionsDocument, variables, { requestPolicy: 'network-only' }).toPromise());
      return { items: data.legalQuestions.edges.map((e) => e.node), totalCount: data.legalQuestions.totalCount };
    },
    filter,
  );
}

/** 法治大讲堂: the community's lectures (upcoming, soonest first; or all), live on `lecture.*`. */
export function useLectures(communityId: MaybeRefOrGetter<string | null | undefined>, upcoming: MaybeRefOrGetter<boolean>) {
  return useLiveList<LectureViewFragment>(
    communityId,
    ['lecture.*'],
    async (id) => {
      const data = await query(gqlClient().query(LecturesDocument, { communityId: id, upcoming: toValue(upcoming), first: LIST_SIZE }, { requestPolicy: 'network-only' }).toPromise());
      return { items: data.lectures.edges.map((e) => e.node), totalCount: data.lectures.totalCount };
    },
    upcoming,
  );
}

/** Who registered for a lecture, for its organizers (the server answers an empty list to others), live. */
export function useLectureRegistrations(communityId: MaybeRefOrGetter<string | null | undefined>, lectureId: MaybeRefOrGetter<string>) {
  return useLiveList<LectureRegistrationViewFragment>(
    communityId,
    ['lecture.*'],
    async () => {
      const data = await query(gqlClient().query(LectureRegistrationsDocument, { id: toValue(lectureId) }, { requestPolicy: 'network-only' }).toPromise());
      const node = data.node;
      const items = node && 'registrations' in node ? node.registrations : [];
      return { items, totalCount: items.length };
    },
    lectureId,
  );
}

const DAY = 86_400_000;

/** The community's figures of public legal services over the last 30 days, live on the module's events. */
export function useLegalFigures(communityId: MaybeRefOrGetter<string | null | undefined>) {
  const figures = useLiveCommunityRead<LegalFiguresQuery['legalFigures'] | null>(
    communityId,
    ['lecture.*', 'consultation.*', 'legalQuestion.*'],
    async (id) => {
      const to = new Date();
      const from = new Date(to.getTime() - 30 * DAY);
      const data = await query(gqlClient().query(LegalFiguresDocument, { communityId: id, from: from.toISOString(), to: null }, { requestPolicy: 'network-only' }).toPromise());
      return data.legalFigures;
    },
    null,
  );
  return { figures: figures.value, error: figures.error, live: figures.live };
}
