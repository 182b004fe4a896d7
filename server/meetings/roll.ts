import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArrayLiteral } from '../core/sql.js';

/** A roll as fixed: how many heads it has, and who may vote for one of them. */
export interface FixedRoll {
  heads: number;
  electorIds: string[];
}

interface Head {
  /** Hundredths of a square metre, so sums are exact. */
  cents: number;
  developer: boolean;
  unitIds: string[];
  /** The place of its first flat in the zone's order (buildings by name, flats by number). */
  first: number;
}

/**
 * The owners' roll of a vote (Civil Code art. 278 as 法释〔2009〕7号 arts. 8–9 count it): every
 * exclusive part (flat) of the scope, which is the buildings of the community (its building zone,
 * 建筑区划) or the one building the vote is scoped to, whether or not anyone registered as its owner.
 *
 * - Area: each flat's floor area, once.
 * - Heads: one per flat, except that the flats one owner holds count as one head together (and so
 *   do flats linked through co-owners: the owners of a flat and their other flats form one head),
 *   and the developer's unsold flats (`Unit.developerHeld`) count as one head together.
 * - Electors: the verified owners of a flat vote for its head. Co-owners share the head's one
 *   ballot: the first cast counts. A flat with no verified owner, or the developer's, has no
 *   elector here; a teller records its paper ballot (`CastBallotInput.unitId`).
 */
export async function fixOwnersRoll(em: EntityManager, resolutionId: string, communityId: string, buildingId: string | null): Promise<FixedRoll> {
  // Locked against deletion until the roll is written (FOR KEY SHARE: imports may still change an
  // area): a flat deleted meanwhile is waited for and left out, never named by a head.
  const units = await em.execute<{ id: string; area: string; developer: boolean }[]>(
    `SELECT u.id, u.floor_area AS area, u.developer_held AS developer
       FROM units u JOIN buildings b ON b.id = u.building_id
      WHERE b.community_id = ? AND (?::uuid IS NULL OR b.id = ?::uuid)
      ORDER BY b.name, u.number, u.id
        FOR KEY SHARE OF u`,
    [communityId, buildingId, buildingId],
  );
  if (!units.length) return { heads: 0, electorIds: [] };
  const owners = await em.execute<{ user_id: string; unit_id: string }[]>(
    `SELECT DISTINCT r.user_id, r.unit_id FROM residencies r
      WHERE r.community_id = ? AND r.verified AND r.kind = 'OWNER' AND r.unit_id = ANY(?::uuid[])`,
    [communityId, sqlArrayLiteral(units.filter((u) => !u.developer).map((u) => u.id))],
  );

  // Union-find over the flats: an owner joins their flats, the developer's flats are one.
  const index = new Map(units.map((u, i) => [u.id, i]));
  const parent = units.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const developer = units.flatMap((u, i) => (u.developer ? [i] : []));
  for (const i of developer.slice(1)) join(developer[0]!, i);
  const firstUnitOf = new Map<string, number>();
  for (const o of owners) {
    const i = index.get(o.unit_id)!;
    const seen = firstUnitOf.get(o.user_id);
    if (seen === undefined) firstUnitOf.set(o.user_id, i);
    else join(seen, i);
  }

  const byRoot = new Map<number, Head>();
  for (const [i, u] of units.entries()) {
    const root = find(i);
    const head = byRoot.get(root) ?? { cents: 0, developer: u.developer, unitIds: [], first: i };
    head.cents += Math.round(Number(u.area) * 100);
    head.unitIds.push(u.id);
    byRoot.set(root, head);
  }
  // The zone's order; the developer's head last.
  const roots = [...byRoot.keys()].sort((a, b) => Number(byRoot.get(a)!.developer) - Number(byRoot.get(b)!.developer) || byRoot.get(a)!.first - byRoot.get(b)!.first);
  const number = new Map(roots.map((root, n) => [root, n + 1]));
  const heads = roots.map((root) => {
    const h = byRoot.get(root)!;
    return { head: number.get(root)!, area: (h.cents / 100).toFixed(2), developer: h.developer, unit_ids: h.unitIds };
  });
  const electors = [...firstUnitOf].map(([user_id, i]) => ({ user_id, head: number.get(find(i))! }));
  await insertRoll(em, resolutionId, heads, electors);
  return { heads: heads.length, electorIds: electors.map((e) => e.user_id) };
}

/**
 * The roll of a vote under the other rules: one head for each seat of the meeting taken when the
 * vote opens (PRESENT, or PROXY: held for its owner by someone else), its owner the elector. An
 * invitee who never checked in is not on it.
 */
export async function fixSeatRoll(em: EntityManager, resolutionId: string, meetingId: string): Promise<FixedRoll> {
  const seats = await em.execute<{ user_id: string }[]>(
    `SELECT principal_id AS user_id FROM meeting_attendance WHERE meeting_id = ? AND status IN ('PRESENT', 'PROXY') ORDER BY checked_in_at, principal_id`,
    [meetingId],
  );
  const electors = seats.map((s, i) => ({ user_id: s.user_id, head: i + 1 }));
  await insertRoll(
    em,
    resolutionId,
    electors.map((e) => ({ head: e.head, area: '0', developer: false, unit_ids: [] })),
    electors,
  );
  return { heads: electors.length, electorIds: electors.map((e) => e.user_id) };
}

/** For each meeting, its seats taken (present or held by proxy) of all its seats: one statement. */
export async function seatsTaken(em: EntityManager, meetingIds: readonly string[]): Promise<Map<string, { taken: number; seats: number }>> {
  const rows = await em.execute<{ meeting_id: string; taken: number; seats: number }[]>(
    `SELECT meeting_id, count(*) FILTER (WHERE status IN ('PRESENT', 'PROXY'))::int AS taken, count(*)::int AS seats
       FROM meeting_attendance WHERE meeting_id = ANY(?::uuid[]) GROUP BY meeting_id`,
    [sqlArrayLiteral(meetingIds)],
  );
  return new Map(meetingIds.map((id) => [id, rows.find((r) => r.meeting_id === id) ?? { taken: 0, seats: 0 }]));
}

/** One statement for the heads and one for the electors, however large the roll. */
async function insertRoll(
  em: EntityManager,
  resolutionId: string,
  heads: { head: number; area: string; developer: boolean; unit_ids: string[] }[],
  electors: { user_id: string; head: number }[],
): Promise<void> {
  if (!heads.length) return;
  await em.execute(
    `INSERT INTO resolution_heads (resolution_id, head, area, developer, unit_ids)
     SELECT ?, h.head, h.area, h.developer, h.unit_ids FROM jsonb_to_recordset(?::jsonb) AS h(head int, area numeric, developer boolean, unit_ids uuid[])`,
    [resolutionId, JSON.stringify(heads)],
  );
  if (!electors.length) return;
  await em.execute(
    `INSERT INTO resolution_electors (resolution_id, user_id, head)
     SELECT ?, e.user_id, e.head FROM jsonb_to_recordset(?::jsonb) AS e(user_id uuid, head int)`,
    [resolutionId, JSON.stringify(electors)],
  );
}
