import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RunningServer } from '../../server/app/server.js';
import { User } from '../../server/accounts/user.entity.js';
import { createSession } from '../../server/accounts/session.service.js';
import { hashPassword } from '../../server/accounts/accounts.service.js';
import { PRIVACY_NOTICE_VERSION } from '../../server/accounts/privacy.js';
import { Community } from '../../server/communities/community.entity.js';
import { Organization, OrganizationKind, RegionLevel } from '../../server/communities/organization.entity.js';
import { Membership, MemberRole } from '../../server/communities/membership.entity.js';
import { Building } from '../../server/communities/building.entity.js';
import { Unit } from '../../server/communities/unit.entity.js';
import { Residency, ResidencyKind } from '../../server/communities/residency.entity.js';
import { toGlobalId } from '../../server/core/ids.js';
import { ensurePlace, type PlaceNames } from '../../server/regions/region.service.js';
import { Region } from '../../server/regions/region.entity.js';

/**
 * Factories write straight to the database (no events): the state a test starts from. What the
 * test then does goes through the API.
 */
export const PASSWORD = 'correct-horse-9';
let passwordHash: Promise<string> | null = null;

export function uniquePhone(): string {
  return `1${randomInt(3, 10)}${String(randomInt(0, 1e9)).padStart(9, '0')}`;
}

export interface TestUser {
  id: string;
  gid: string;
  name: string;
  phone: string;
  token: string;
  sessionId: string;
}

export function em(app: RunningServer): EntityManager {
  return app.services.orm.em.fork();
}

/**
 * A person with a session, who agreed to the current privacy notice at sign-up as the client asks
 * (`consent: false`: an account created through the API without it).
 */
/** One user per name, at once, as a tuple of the names' length (destructures without `!`). */
export function createUsers<const N extends readonly string[]>(app: RunningServer, names: N): Promise<{ -readonly [K in keyof N]: TestUser }> {
  return Promise.all(names.map((name) => createUser(app, { name }))) as Promise<{ -readonly [K in keyof N]: TestUser }>;
}

export async function createUser(app: RunningServer, opts: { name?: string; admin?: boolean; consent?: boolean } = {}): Promise<TestUser> {
  passwordHash ??= hashPassword(PASSWORD);
  const e = em(app);
  const phone = uniquePhone();
  const consent = opts.consent === false ? {} : { privacyNoticeVersion: PRIVACY_NOTICE_VERSION, privacyConsentAt: new Date() };
  const user = e.create(User, { phone, name: opts.name ?? `测试${phone.slice(-4)}`, passwordHash: await passwordHash, isPlatformAdmin: opts.admin ?? false, ...consent });
  const { token, session } = createSession(e, user.id, 1, new Date());
  await e.flush();
  return { id: user.id, gid: toGlobalId('User', user.id), name: user.name, phone, token, sessionId: session.id };
}

export interface TestCommunity {
  id: string;
  gid: string;
  orgs: Record<'party' | 'rc' | 'center' | 'pm' | 'oc' | 'sc' | 'station', { id: string; gid: string }>;
  units: { id: string; gid: string; floorArea: number }[];
}

/** Where the factories' communities lie unless told otherwise. */
export const TANXI = { city: '襄阳市', county: '襄城区', township: '檀溪街道' };

/** A community with its seven organizations and one building of four flats (in 檀溪街道 unless `place` says). */
export async function createCommunity(app: RunningServer, name = '测试社区', place: { city: string; county: string; township: string } = TANXI): Promise<TestCommunity> {
  const e = em(app);
  const township = await placeIn(app, place);
  const c = e.create(Community, { name: `${name}${randomInt(1e6)}`, region: e.getReference(Region, township, { wrapped: true }) });
  const org = (kind: OrganizationKind, n: string) => e.create(Organization, { community: c, kind, name: n, level: RegionLevel.COMMUNITY });
  const orgs = {
    party: org(OrganizationKind.PARTY_COMMITTEE, '党委'),
    rc: org(OrganizationKind.RESIDENTS_COMMITTEE, '居委会'),
    center: org(OrganizationKind.GOVERNANCE_CENTER, '综治中心'),
    pm: org(OrganizationKind.PROPERTY_MANAGER, '物业'),
    oc: org(OrganizationKind.OWNERS_COMMITTEE, '业委会'),
    sc: org(OrganizationKind.SUPERVISORY_COMMITTEE, '监委会'),
    station: org(OrganizationKind.PARTY_STATION, '红色驿站'),
  };
  const b = e.create(Building, { community: c, name: '1栋' });
  const units = [88.5, 102.25, 120, 135.75].map((floorArea, i) => e.create(Unit, { building: b, number: `1-${i + 1}01`, floorArea }));
  await e.flush();
  const ref = (o: { id: string }) => ({ id: o.id, gid: toGlobalId('Organization', o.id) });
  return {
    id: c.id,
    gid: toGlobalId('Community', c.id),
    orgs: Object.fromEntries(Object.entries(orgs).map(([k, o]) => [k, ref(o)])) as TestCommunity['orgs'],
    units: units.map((u) => ({ id: u.id, gid: toGlobalId('Unit', u.id), floorArea: u.floorArea })),
  };
}

/**
 * The id of the region a place names (server/regions), opened with whatever above it is missing:
 * the township of a community, the region an organization above communities stands in.
 */
export async function placeIn(app: RunningServer, place: PlaceNames): Promise<string> {
  return (await ensurePlace(em(app), place)).id;
}

/**
 * An organization above communities (a township center, a county department…) serving the given
 * area: city, county and township names as deep as its level, the region it stands in (server/regions).
 */
export async function createOrganizationAbove(
  app: RunningServer,
  opts: { kind: OrganizationKind; name: string; level: RegionLevel; city: string; county?: string; township?: string },
): Promise<{ id: string; gid: string }> {
  const e = em(app);
  const region = await placeIn(app, { city: opts.city, county: opts.county ?? null, township: opts.township ?? null });
  const o = e.create(Organization, { community: null, kind: opts.kind, name: opts.name, level: opts.level, region: e.getReference(Region, region, { wrapped: true }) });
  await e.flush();
  return { id: o.id, gid: toGlobalId('Organization', o.id) };
}

export async function seat(app: RunningServer, user: TestUser, organizationId: string, role: MemberRole = MemberRole.MEMBER): Promise<string> {
  const e = em(app);
  const m = e.create(Membership, { user: user.id, organization: organizationId, role });
  await e.flush();
  return toGlobalId('Membership', m.id);
}

export async function reside(app: RunningServer, user: TestUser, communityId: string, opts: { unitId?: string; verified?: boolean; kind?: ResidencyKind } = {}): Promise<string> {
  const e = em(app);
  const r = e.create(Residency, { user: user.id, community: communityId, unit: opts.unitId ?? null, kind: opts.kind ?? ResidencyKind.OWNER, verified: opts.verified ?? true });
  await e.flush();
  return toGlobalId('Residency', r.id);
}

export { MemberRole, OrganizationKind, RegionLevel, ResidencyKind };
