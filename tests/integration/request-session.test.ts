// One statement per request for the session, the person and their rights (issue 11, part 2):
// that statement's rights are loadAccess's, `me` reads nothing more, and a revoked token is refused
// on the very next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUser, em, reside, seat, MemberRole, OrganizationKind, RegionLevel, TANXI } from '../factories/index.js';
import { resolveRequestSession } from '../../server/accounts/session.service.js';
import { loadAccess } from '../../server/communities/access.loader.js';

let app: TestApp;
let counting = false;
const statements: string[] = [];

beforeAll(async () => {
  app = await startTestApp({ onQuery: (sql) => counting && statements.push(sql) });
});
afterAll(async () => {
  await app?.close();
});

async function countWhile<T>(fn: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  statements.length = 0;
  counting = true;
  try {
    const result = await fn();
    return { result, sql: [...statements] };
  } finally {
    counting = false;
  }
}

describe('the request session', () => {
  it('reads the same rights as loadAccess: seats, the area of a seat above communities, residencies but not a declined one', async () => {
    const c1 = await createCommunity(app);
    const c2 = await createCommunity(app);
    const above = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
    const person = await createUser(app, { name: '多重身份' });
    await seat(app, person, c1.orgs.rc.id, MemberRole.CHAIR);
    await seat(app, person, above.id, MemberRole.STAFF);
    await reside(app, person, c2.id, { unitId: c2.units[0]!.id, verified: false });
    await reside(app, person, c1.id, { unitId: c1.units[1]!.id });
    await em(app).getConnection().execute(`UPDATE residencies SET declined_at = now() WHERE user_id = ? AND community_id = ?`, [person.id, c2.id]);
    await reside(app, person, c2.id, { unitId: c2.units[2]!.id, verified: false });

    const found = await resolveRequestSession(em(app), person.token);
    const loaded = await loadAccess(em(app), person.id);
    expect(found?.session).toEqual({ sessionId: person.sessionId, userId: person.id });
    const sorted = <T extends { [k: string]: unknown }>(xs: readonly T[], k: string) => [...xs].sort((a, b) => String(a[k]).localeCompare(String(b[k])));
    expect(found!.access.isAdmin).toBe(loaded.isAdmin);
    expect(sorted(found!.access.memberships as never[], 'membershipId')).toEqual(sorted(loaded.memberships as never[], 'membershipId'));
    expect(sorted(found!.access.residencies as never[], 'residencyId')).toEqual(sorted(loaded.residencies as never[], 'residencyId'));
    expect(found!.access.memberships).toHaveLength(2);
    expect(found!.access.residencies).toHaveLength(2);
    expect(found!.access.seatsAbove(c1.id).map((m) => m.organizationId)).toEqual([above.id]);
    expect(found!.userRow).toMatchObject({ id: person.id, name: '多重身份' });
    expect(found!.userRow).not.toHaveProperty('password_hash');
  });

  it('answers an admin flag, and null for an unknown, an expired or a too long token', async () => {
    const admin = await createUser(app, { admin: true });
    expect((await resolveRequestSession(em(app), admin.token))?.access.isAdmin).toBe(true);
    expect(await resolveRequestSession(em(app), 'no-such-token')).toBeNull();
    expect(await resolveRequestSession(em(app), 'x'.repeat(201))).toBeNull();
    const late = await createUser(app);
    await em(app).getConnection().execute(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = ?`, [late.sessionId]);
    expect(await resolveRequestSession(em(app), late.token)).toBeNull();
  });

  it('`me` costs one SQL statement: the session, the person and the rights', async () => {
    const u = await createUser(app, { name: '只读一次' });
    const { result, sql } = await countWhile(() => ok<{ me: { name: string } }>(app.url, '{ me { id name } }', {}, u.token));
    expect(result.me.name).toBe('只读一次');
    // Answers name people: never cached (Apollo's cache-control plugin said so; the route does now).
    expect((await gql(app.url, '{ me { id } }', {}, u.token)).headers.get('cache-control')).toBe('no-store');
    expect(sql).toHaveLength(1);
    expect(sql[0]).toMatch(/FROM sessions s JOIN users u/);
  });

  it('a revoked token is refused on the next request', async () => {
    const u = await createUser(app);
    expect((await ok<{ me: { id: string } }>(app.url, '{ me { id } }', {}, u.token)).me.id).toBe(u.gid);
    await em(app).getConnection().execute(`UPDATE sessions SET revoked_at = now() WHERE id = ?`, [u.sessionId]);
    const after = await gql<{ me: { id: string } | null }>(app.url, '{ me { id } }', {}, u.token);
    expect(after.data?.me ?? null).toBeNull();
  });
});
