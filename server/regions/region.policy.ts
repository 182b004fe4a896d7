import type { Access } from '../core/access.js';

/**
 * The region rules, pure over `Access` and small facts. Levels are the values of the communities
 * module's `RegionLevel`, held as strings here (as `Access` holds them): the tree is
 * CITY → COUNTY → TOWNSHIP, and communities (COMMUNITY) hang off townships.
 */
export type Level = 'COMMUNITY' | 'TOWNSHIP' | 'COUNTY' | 'CITY';

/** Higher is further up the tree: a community is 0, the city 3. */
export const LEVEL_RANK: Record<Level, number> = { COMMUNITY: 0, TOWNSHIP: 1, COUNTY: 2, CITY: 3 };

/** Whether `level` stands above `than` (strictly). */
export const isAbove = (level: string, than: string): boolean => rank(level) > rank(than);

export function rank(level: string): number {
  const r = LEVEL_RANK[level as Level];
  if (r === undefined) throw new Error(`unknown region level ${level}`);
  return r;
}

/** The level of a region's children: a city's are counties, a county's townships; a township's children are communities. */
export function childLevel(level: string): Level | null {
  return ({ CITY: 'COUNTY', COUNTY: 'TOWNSHIP', TOWNSHIP: null, COMMUNITY: null } as const)[level as Level] ?? null;
}

/** The level a region with this parent must have (a region without a parent is a city). */
export const levelUnder = (parentLevel: string | null): Level | null => (parentLevel === null ? 'CITY' : childLevel(parentLevel));

/** What the rules read of a region: its path, the city first, itself last. */
export interface RegionFacts {
  path: readonly string[];
}

const GOVERNANCE_CENTER = 'GOVERNANCE_CENTER';

export const regionPolicy = {
  /** Names of places are no secret: every signed-in person reads the tree (to join a community, to pick a place). */
  canRead: (a: Access) => a.signedIn,
  /**
   * A new region under `parent` (a city without one): platform admins; the staff of a governance
   * center whose area takes the parent in (a county center opens a township of its county). A
   * city is the platform admins' alone.
   */
  canCreate: (a: Access, parent: RegionFacts | null) => a.isAdmin || (parent !== null && a.seatsInRegions(parent.path, GOVERNANCE_CENTER).length > 0),
  /** Whose area a seat's region takes in: the seats standing in a region of this path. */
  administers: (a: Access, r: RegionFacts) => a.isAdmin || a.seatsInRegions(r.path, GOVERNANCE_CENTER).length > 0,
  /**
   * 城市大脑: the figures of a region and of everything in it (`regionStats`, its live stream, the
   * city view), for whoever administers it — platform admins, and the staff of a governance
   * center whose region is on the region's path (a township center sees its township, not its
   * neighbour; the city center every region of the city). A community's own organizations see
   * their community's figures through `governanceStats`, not these.
   */
  canSeeStats: (a: Access, r: RegionFacts) => regionPolicy.administers(a, r),
};
