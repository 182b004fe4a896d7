import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context.js';
import { anyOf, keysetAfter, sqlArray, textSearch, type TimeKey } from '../core/sql.js';
import {
  ConsultationStatus,
  Lecture,
  LectureRegistration,
  LectureStatus,
  LegalConsultation,
  LegalQuestion,
  LegalQuestionStatus,
  LegalSeat,
  OfficeHourSlot,
  QuestionVisibility,
  RegistrationStatus,
  type LegalQuestionCategory,
  type LegalSeatRole,
} from './legal.entity.js';
import type { Access } from '../core/access.js';
import { isLawyerOf, seatPolicy } from './legal.policy.js';
import type { ViewerSeats } from './legal.policy.js';

/** The seats a person holds, in every community: the `ViewerSeats` of the rules. */
export async function seatsOfUser(em: EntityManager, userId: string | null): Promise<ViewerSeats> {
  if (!userId) return { seats: [] };
  const rows = await em.execute<{ community_id: string; role: LegalSeatRole }[]>(`SELECT community_id, role FROM legal_seats WHERE user_id = ?`, [userId]);
  return { seats: rows.map((r) => ({ communityId: r.community_id, role: r.role })) };
}

/** The viewer's seats of public legal services, read once per request. */
export function viewerSeats(ctx: Context): Promise<ViewerSeats> {
  return ctx
    .loader<string, ViewerSeats>('legalViewerSeats', async (keys) => {
      const seats = await seatsOfUser(ctx.em, ctx.userId);
      return keys.map(() => seats);
    })
    .load('viewer');
}

/** A community's seats for the directory: the police officer first, then the legal advisers, each by appointment. */
export async function seatsOfCommunity(em: EntityManager, communityId: string): Promise<LegalSeat[]> {
  return em.find(LegalSeat, { community: communityId }, { orderBy: { role: 'asc', appointedAt: 'asc', id: 'asc' } });
}

/** The people holding `role` in a community (who is told of a new question, a booking). */
export async function holdersOf(em: EntityManager, communityId: string, role: LegalSeatRole): Promise<string[]> {
  const rows = await em.execute<{ user_id: string }[]>(`SELECT user_id FROM legal_seats WHERE community_id = ? AND role = ?`, [communityId, role]);
  return rows.map((r) => r.user_id);
}

// ── 周四有约 ─────────────────────────────────────────────────────────────────────────────────

/** A slot is held by a consultation that is not CANCELLED (legal.state.ts `holdsSlot`; the partial unique index says the same). */
const HELD = `EXISTS (SELECT 1 FROM legal_consultations hc WHERE hc.slot_id = s.id AND hc.status <> '${ConsultationStatus.CANCELLED}')`;

export interface SlotListQuery {
  communityId: string;
  from: Date;
  openOnly: boolean;
  after?: TimeKey;
  limit: number;
}

/**
 * A community's slots from `from` on, by start. Whoever may see the community's slots sees them
 * all (the policy's rule is per community, checked by the caller); who holds one is not here.
 */
export async function listSlots(em: EntityManager, q: SlotListQuery): Promise<{ slot: OfficeHourSlot; held: boolean }[]> {
  const keyset = keysetAfter({ at: 's.starts_at', id: 's.id' }, q.after, 'asc');
  const rows = await em.execute<(Record<string, unknown> & { held: boolean })[]>(
    `SELECT s.*, ${HELD} AS held FROM office_hour_slots s
      WHERE s.community_id = ? AND s.starts_at >= ?${q.openOnly ? ` AND NOT ${HELD}` : ''}${keyset ? ` AND ${keyset.sql}` : ''}
      ORDER BY s.starts_at ASC, s.id ASC LIMIT ?`,
    [q.communityId, q.from, ...(keyset?.params ?? []), q.limit],
  );
  return rows.map(({ held, ...r }) => ({ slot: em.map(OfficeHourSlot, r), held }));
}

/** Which of these slots are held. */
export async function heldSlots(em: EntityManager, slotIds: readonly string[]): Promise<Set<string>> {
  if (!slotIds.length) return new Set();
  const ids = sqlArray(slotIds);
  const rows = await em.execute<{ id: string }[]>(`SELECT s.id FROM office_hour_slots s WHERE s.id = ANY(${ids.sql}) AND ${HELD}`, ids.params);
  return new Set(rows.map((r) => r.id));
}

/** The live consultation holding each slot, if any. */
export async function consultationsOfSlots(em: EntityManager, slotIds: readonly string[]): Promise<Map<string, LegalConsultation>> {
  if (!slotIds.length) return new Map();
  const rows = await em.find(LegalConsultation, { slot: { $in: [...slotIds] }, status: { $ne: ConsultationStatus.CANCELLED } });
  return new Map(rows.map((c) => [c.slot.id, c]));
}

/** How many future bookings (BOOKED, not yet started: legal.state.ts `isFutureBooking`) a resident holds. */
export async function futureBookings(em: EntityManager, residentId: string, now: Date): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM legal_consultations WHERE resident_id = ? AND status = ? AND starts_at > ?`, [
    residentId,
    ConsultationStatus.BOOKED,
    now,
  ]);
  return row?.n ?? 0;
}

/**
 * The viewer's consultations, as the resident or as the lawyer (`consultationPolicy.canSee` in SQL:
 * nobody else's, whoever the viewer is), latest slot first.
 */
export async function listConsultations(em: EntityManager, q: { viewerId: string; communityId?: string; after?: TimeKey; limit: number }): Promise<LegalConsultation[]> {
  const keyset = keysetAfter({ at: 'c.starts_at', id: 'c.id' }, q.after, 'desc');
  const rows = await em.execute(
    `SELECT c.* FROM legal_consultations c WHERE (c.resident_id = ? OR c.lawyer_id = ?)${q.communityId ? ' AND c.community_id = ?' : ''}${keyset ? ` AND ${keyset.sql}` : ''}
      ORDER BY c.starts_at DESC, c.id DESC LIMIT ?`,
    [q.viewerId, q.viewerId, ...(q.communityId ? [q.communityId] : []), ...(keyset?.params ?? []), q.limit],
  );
  return rows.map((r) => em.map(LegalConsultation, r));
}

// ── 法律超市 ─────────────────────────────────────────────────────────────────────────────────

export interface QuestionListQuery {
  access: Access;
  seats: ViewerSeats;
  communityId: string;
  knowledgeBase?: boolean | null;
  mine?: boolean | null;
  status?: LegalQuestionStatus[] | null;
  category?: LegalQuestionCategory | null;
  search?: string | null;
  after?: TimeKey;
  limit: number;
}

/**
 * The condition: `questionPolicy.canSee` in SQL — the viewer asked it, or is a legal adviser of the
 * community (a bound boolean), or it is PUBLIC and the viewer reads the community's directory (a
 * bound boolean) — then the filters and the search (core/sql.ts `textSearch`, as the issues').
 */
function questionWhere(q: QuestionListQuery): { sql: string; params: unknown[] } {
  const parts = ['q.community_id = ?', `(q.asker_id = ?::uuid OR ?::boolean OR (q.visibility = '${QuestionVisibility.PUBLIC}' AND ?::boolean))`];
  const params: unknown[] = [q.communityId, q.access.userId, isLawyerOf(q.seats, q.communityId), seatPolicy.canSeeDirectory(q.access, q.communityId)];
  if (q.knowledgeBase) parts.push(`q.visibility = '${QuestionVisibility.PUBLIC}' AND q.status = '${LegalQuestionStatus.ANSWERED}'`);
  if (q.mine) {
    parts.push('q.asker_id = ?::uuid');
    params.push(q.access.userId);
  }
  if (q.status?.length) {
    const s = anyOf('q.status::text', q.status, 'text');
    parts.push(s.sql);
    params.push(...s.params);
  }
  if (q.category) {
    parts.push('q.category = ?');
    params.push(q.category);
  }
  const search = textSearch('q.search_grams', `q.title || ' ' || q.body || ' ' || coalesce(q.answer, '')`, q.search);
  if (search) {
    parts.push(search.sql);
    params.push(...search.params);
  }
  return { sql: parts.join(' AND '), params };
}

/** One page of the questions the viewer may see, newest first, and how many there are when asked. */
export async function listQuestions(em: EntityManager, q: QuestionListQuery, withTotal: boolean): Promise<{ rows: LegalQuestion[]; total: number | null }> {
  if (!q.access.signedIn) return { rows: [], total: 0 };
  const { sql, params } = questionWhere(q);
  const keyset = keysetAfter({ at: 'q.asked_at', id: 'q.id' }, q.after, 'desc');
  const rows = await em.execute(`SELECT q.* FROM legal_questions q WHERE ${sql}${keyset ? ` AND ${keyset.sql}` : ''} ORDER BY q.asked_at DESC, q.id DESC LIMIT ?`, [
    ...params,
    ...(keyset?.params ?? []),
    q.limit,
  ]);
  let total: number | null = null;
  if (withTotal) {
    const [row] = await em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM legal_questions q WHERE ${sql}`, params);
    total = row?.n ?? 0;
  }
  return { rows: rows.map((r) => em.map(LegalQuestion, r)), total };
}

// ── 法治大讲堂 ───────────────────────────────────────────────────────────────────────────────

/** A community's lectures: upcoming (not ended) soonest first, or all latest first. Public to the community (checked by the caller). */
export async function listLectures(em: EntityManager, q: { communityId: string; upcoming: boolean; now: Date; after?: TimeKey; limit: number }, withTotal: boolean): Promise<{ rows: Lecture[]; total: number | null }> {
  const dir = q.upcoming ? 'asc' : 'desc';
  const where = `l.community_id = ?${q.upcoming ? ' AND l.ends_at > ?' : ''}`;
  const params: unknown[] = [q.communityId, ...(q.upcoming ? [q.now] : [])];
  const keyset = keysetAfter({ at: 'l.starts_at', id: 'l.id' }, q.after, dir);
  const rows = await em.execute(`SELECT l.* FROM lectures l WHERE ${where}${keyset ? ` AND ${keyset.sql}` : ''} ORDER BY l.starts_at ${dir.toUpperCase()}, l.id ${dir.toUpperCase()} LIMIT ?`, [
    ...params,
    ...(keyset?.params ?? []),
    q.limit,
  ]);
  let total: number | null = null;
  if (withTotal) {
    const [row] = await em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM lectures l WHERE ${where}`, params);
    total = row?.n ?? 0;
  }
  return { rows: rows.map((r) => em.map(Lecture, r)), total };
}

/** A person's live registration (not CANCELLED) for each lecture. */
export async function registrationsOfUser(em: EntityManager, userId: string, lectureIds: readonly string[]): Promise<Map<string, LectureRegistration>> {
  if (!lectureIds.length) return new Map();
  const rows = await em.find(LectureRegistration, { user: userId, lecture: { $in: [...lectureIds] }, status: { $ne: RegistrationStatus.CANCELLED } });
  return new Map(rows.map((r) => [r.lecture.id, r]));
}

/** How many were checked in at a lecture. */
export async function attendanceOf(em: EntityManager, lectureId: string): Promise<number> {
  return em.count(LectureRegistration, { lecture: lectureId, status: RegistrationStatus.ATTENDED });
}

/** The figures of a community's legal services in [from, to) (legal.types.ts `LegalFiguresType` defines each). */
export async function legalFigures(em: EntityManager, communityId: string, from: Date | null, to: Date, now: Date) {
  const since = from ?? new Date(0);
  const [row] = await em.execute<{ lectures: number; attendance: number; consultations: number; answered: number }[]>(
    `SELECT
       (SELECT count(*)::int FROM lectures l WHERE l.community_id = ? AND l.status = ? AND l.starts_at >= ? AND l.starts_at < ? AND l.starts_at <= ?) AS lectures,
       (SELECT count(*)::int FROM lecture_registrations r JOIN lectures l ON l.id = r.lecture_id
          WHERE l.community_id = ? AND l.status = ? AND l.starts_at >= ? AND l.starts_at < ? AND r.status = ?) AS attendance,
       (SELECT count(*)::int FROM legal_consultations c WHERE c.community_id = ? AND c.starts_at >= ? AND c.starts_at < ? AND c.status IN (?, ?, ?)) AS consultations,
       (SELECT count(*)::int FROM legal_questions q WHERE q.community_id = ? AND q.answered_at >= ? AND q.answered_at < ?) AS answered`,
    [
      communityId, LectureStatus.SCHEDULED, since, to, now,
      communityId, LectureStatus.SCHEDULED, since, to, RegistrationStatus.ATTENDED,
      communityId, since, to, ConsultationStatus.COMPLETED, ConsultationStatus.REFERRAL_PROPOSED, ConsultationStatus.REFERRED,
      communityId, since, to,
    ],
  );
  return { lecturesHeld: row!.lectures, lectureAttendance: row!.attendance, consultationsHeld: row!.consultations, questionsAnswered: row!.answered };
}
