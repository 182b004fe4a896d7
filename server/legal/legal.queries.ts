import type { EntityManager } from '@mikro-orm/postgresql';
import { LegalSeat, type LegalSeatRole } from './legal.entity.js';
import type { ViewerSeats } from './legal.policy.js';

/** The seats a person holds, in every community: the `ViewerSeats` of the rules. */
export async function seatsOfUser(em: EntityManager, userId: string | null): Promise<ViewerSeats> {
  if (!userId) return { seats: [] };
  const rows = await em.execute<{ community_id: string; role: LegalSeatRole }[]>(`SELECT community_id, role FROM legal_seats WHERE user_id = ?`, [userId]);
  return { seats: rows.map((r) => ({ communityId: r.community_id, role: r.role })) };
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
