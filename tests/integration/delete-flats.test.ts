import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok, type GqlError } from '../helpers/graphql.js';
import { ManualClock } from '../../server/core/clock.js';
import { parseGlobalId } from '../../server/core/ids.js';
import { createCommunity, createUser, em, reside, seat, MemberRole, uniquePhone, type TestCommunity, type TestUser } from '../factories/index.js';
import { addBuilding, scheduleMeeting } from '../factories/meetings.js';
import { Building } from '../../server/communities/building.entity.js';
import { Unit } from '../../server/communities/unit.entity.js';
import { Residency } from '../../server/communities/residency.entity.js';
import { DomainEvent } from '../../server/events/domain-event.entity.js';

/**
 * deleteUnit and deleteBuilding: a flat is deleted only if nothing refers to it (a residency in any
 * state, an issue recorded for it, the roll of a vote); a building with its flats only if every
 * flat may go and no issue or vote is scoped to the building, all or nothing. Each refusal is
 * CONFLICT with a reason and what uses the flat, and changes nothing. The database refuses the
 * same (foreign keys on delete restrict, the roll's trigger), and a residency request or an import
 * arriving at the same moment never leaves a row pointing at a deleted flat or building.
 */
const DELETE_UNIT = `mutation($input: DeleteUnitInput!) { deleteUnit(input: $input) }`;
const DELETE_BUILDING = `mutation($input: DeleteBuildingInput!) { deleteBuilding(input: $input) }`;
const JOIN = `mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { id } }`;
const IMPORT = `mutation($input: ImportUnitsInput!) { importUnits(input: $input) { buildingsCreated created updated unchanged } }`;
const SUBMIT = `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id } }`;

const HOUR = 3_600_000;
const T0 = new Date('2026-09-01T00:00:00.000Z');
const clock = new ManualClock(T0);

let app: TestApp;
let c: TestCommunity;
let admin: TestUser;
let gridWorker: TestUser;
let ocChair: TestUser;
let rcChair: TestUser;

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createCommunity(app, '删房社区');
  admin = await createUser(app, { admin: true, name: '平台管理员' });
  gridWorker = await createUser(app, { name: '网格员' });
  await seat(app, gridWorker, c.orgs.rc.id, MemberRole.GRID_WORKER);
  ocChair = await createUser(app, { name: '业委会主任' });
  await seat(app, ocChair, c.orgs.oc.id, MemberRole.CHAIR);
  rcChair = await createUser(app, { name: '居委会主任' });
  await seat(app, rcChair, c.orgs.rc.id, MemberRole.CHAIR);
});
afterAll(() => app.close());

const key = (gid: string) => parseGlobalId(gid)!.key;
const unitExists = async (id: string) => (await em(app).count(Unit, { id })) === 1;
const unitsOf = (buildingId: string) => em(app).count(Unit, { building: buildingId });
const events = () => em(app).count(DomainEvent, { community: c.id });

async function refused(query: string, input: Record<string, unknown>, token = admin.token): Promise<GqlError> {
  const r = await gql(app.url, query, { input }, token);
  expect(r.data).toBeNull();
  return r.errors![0]!;
}

/** Rows that point at a flat or a building that is not there (none may exist: the keys refuse them). */
async function dangling(): Promise<number> {
  const [row] = await em(app).execute<{ n: number }[]>(
    `SELECT ((SELECT count(*) FROM residencies r WHERE r.unit_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM units u WHERE u.id = r.unit_id))
           + (SELECT count(*) FROM units u WHERE NOT EXISTS (SELECT 1 FROM buildings b WHERE b.id = u.building_id))
           + (SELECT count(*) FROM issues i WHERE i.recorded_unit_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM units u WHERE u.id = i.recorded_unit_id))
           + (SELECT count(*) FROM resolution_heads h, unnest(h.unit_ids) x WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.id = x)))::int AS n`,
  );
  return row!.n;
}

describe('deleteUnit', () => {
  it('deletes a flat nothing refers to, says so in an event, and an import may record it again', async () => {
    const b = await addBuilding(app, c.id, '9栋', [66.6, 77.7]);
    const before = await events();
    expect(await ok(app.url, DELETE_UNIT, { input: { unitId: b.flats[0]!.gid } }, admin.token)).toEqual({ deleteUnit: true });
    expect(await unitExists(b.flats[0]!.id)).toBe(false);
    expect(await unitsOf(b.id)).toBe(1);
    const [e] = await em(app).find(DomainEvent, { community: c.id }, { orderBy: { id: 'desc' }, limit: 1 });
    expect(await events()).toBe(before + 1);
    expect(e).toMatchObject({ type: 'unit.deleted', data: { buildingName: '9栋', unitNumber: '9栋-1', floorArea: 66.6 }, audienceOrgIds: expect.arrayContaining([c.orgs.rc.id, c.orgs.pm.id]) });
    // Deleted once: a second delete finds nothing.
    expect((await refused(DELETE_UNIT, { unitId: b.flats[0]!.gid })).extensions?.code).toBe('NOT_FOUND');
    const again = await ok(app.url, IMPORT, { input: { communityId: c.gid, rows: [{ building: '9栋', number: '9栋-1', floorArea: 66.6 }] } }, admin.token);
    expect(again.importUnits).toMatchObject({ created: 1, buildingsCreated: 0 });
  });

  it("is the community's administrators' (as recording flats is): others are refused and the flat stays", async () => {
    const b = await addBuilding(app, c.id, '8栋', [50]);
    const resident = await createUser(app);
    await reside(app, resident, c.id);
    for (const token of [resident.token, rcChair.token, gridWorker.token, null]) {
      expect((await refused(DELETE_UNIT, { unitId: b.flats[0]!.gid }, token as string)).extensions?.code).toBe('FORBIDDEN');
      expect((await refused(DELETE_BUILDING, { buildingId: b.gid }, token as string)).extensions?.code).toBe('FORBIDDEN');
    }
    expect(await unitExists(b.flats[0]!.id)).toBe(true);
    expect((await refused(DELETE_UNIT, { unitId: c.orgs.rc.gid })).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a flat with a residency in any state (pending, verified, declined): UNIT_IN_USE, nothing changes', async () => {
    const b = await addBuilding(app, c.id, '7栋', [60, 61, 62]);
    const [pending, verified, declined] = b.flats as [(typeof b.flats)[0], (typeof b.flats)[0], (typeof b.flats)[0]];
    await reside(app, await createUser(app), c.id, { unitId: pending.id, verified: false });
    await reside(app, await createUser(app), c.id, { unitId: verified.id, verified: true });
    const d = await reside(app, await createUser(app), c.id, { unitId: declined.id, verified: false });
    await em(app).nativeUpdate(Residency, { id: key(d) }, { declinedAt: new Date(), declineReason: '房号不符' });
    const before = await events();
    for (const flat of [pending, verified, declined]) {
      const e = await refused(DELETE_UNIT, { unitId: flat.gid });
      expect(e.extensions).toMatchObject({ code: 'CONFLICT', reason: 'UNIT_IN_USE', inUse: [{ unitId: flat.gid, building: '7栋', number: flat.number, residencies: 1, issues: 0, votes: 0 }] });
      expect(await unitExists(flat.id)).toBe(true);
    }
    // The building: all or nothing, naming every flat in use.
    const e = await refused(DELETE_BUILDING, { buildingId: b.gid });
    expect(e.extensions).toMatchObject({ code: 'CONFLICT', reason: 'UNIT_IN_USE', buildingUse: { issues: 0, votes: 0, screenings: 0 } });
    expect((e.extensions!.inUse as { number: string }[]).map((f) => f.number)).toEqual(['7栋-1', '7栋-2', '7栋-3']);
    expect(await unitsOf(b.id)).toBe(3);
    expect(await events()).toBe(before);
  });

  it('refuses a flat an issue was recorded for (recordedFor), and a building with an issue scoped to it', async () => {
    const b = await addBuilding(app, c.id, '6栋', [70, 71]);
    await ok(app.url, SUBMIT, { input: { communityId: c.gid, title: '楼道灯坏了', body: '6栋一楼楼道灯不亮，老人晚上看不清。', category: 'FACILITY', recordedFor: { name: '王奶奶', unitId: b.flats[0]!.gid, contactPhone: uniquePhone() } } }, gridWorker.token);
    const e = await refused(DELETE_UNIT, { unitId: b.flats[0]!.gid });
    expect(e.extensions).toMatchObject({ code: 'CONFLICT', reason: 'UNIT_IN_USE', inUse: [{ number: '6栋-1', residencies: 0, issues: 1, votes: 0 }] });
    expect(await unitExists(b.flats[0]!.id)).toBe(true);
    // The other flat of the building is free; the building is not (one flat in use): nothing is deleted.
    expect((await refused(DELETE_BUILDING, { buildingId: b.gid })).extensions).toMatchObject({ reason: 'UNIT_IN_USE', inUse: [{ number: '6栋-1' }] });
    expect(await unitsOf(b.id)).toBe(2);

    const scoped = await addBuilding(app, c.id, '5栋', [80]);
    await em(app).execute(`UPDATE issues SET building_id = ? WHERE id = (SELECT id FROM issues WHERE community_id = ? ORDER BY submitted_at DESC LIMIT 1)`, [scoped.id, c.id]);
    expect((await refused(DELETE_BUILDING, { buildingId: scoped.gid })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'BUILDING_IN_USE', inUse: [], buildingUse: { issues: 1, votes: 0, screenings: 0 } });
    expect(await em(app).count(Building, { id: scoped.id })).toBe(1);
    // Its flat alone is free to go.
    expect(await ok(app.url, DELETE_UNIT, { input: { unitId: scoped.flats[0]!.gid } }, admin.token)).toEqual({ deleteUnit: true });
  });

  it("refuses a flat on a vote's roll, and a building a vote is scoped to", async () => {
    const b = await addBuilding(app, c.id, '4栋', [90, 91]);
    clock.set(T0);
    const m = await scheduleMeeting(app, ocChair, { communityId: c.gid, kind: 'OWNERS_ASSEMBLY', title: '业主大会', scheduledAt: new Date(T0.getTime() + HOUR).toISOString(), convenerId: c.orgs.oc.gid, participantIds: [] });
    clock.set(new Date(T0.getTime() + HOUR));
    await ok(app.url, `mutation($input: MeetingRefInput!) { startMeeting(input: $input) { id } }`, { input: { meetingId: m.id } }, ocChair.token);
    const { proposeResolution: r } = await ok(
      app.url,
      `mutation($input: ProposeResolutionInput!) { proposeResolution(input: $input) { id } }`,
      { input: { meetingId: m.id, title: '4栋外墙维修', text: '是否同意使用4栋维修资金维修外墙。', rule: 'OWNERS_ORDINARY', buildingId: b.gid } },
      ocChair.token,
    );
    await ok(app.url, `mutation($input: ResolutionRefInput!) { openVoting(input: $input) { id } }`, { input: { resolutionId: r.id } }, ocChair.token);
    // No one lives in 4栋-1: only the roll names it.
    const e = await refused(DELETE_UNIT, { unitId: b.flats[0]!.gid });
    expect(e.extensions).toMatchObject({ code: 'CONFLICT', reason: 'UNIT_IN_USE', inUse: [{ number: '4栋-1', residencies: 0, issues: 0, votes: 1 }] });
    expect((await refused(DELETE_BUILDING, { buildingId: b.gid })).extensions).toMatchObject({ reason: 'BUILDING_IN_USE', buildingUse: { issues: 0, votes: 1, screenings: 0 } });
    expect(await unitsOf(b.id)).toBe(2);
  });

  it('refuses a building a 排查 round went over (its record keeps the building)', async () => {
    const b = await addBuilding(app, c.id, '排查栋', [64]);
    const round = randomUUID();
    await em(app).execute(
      `INSERT INTO screening_rounds (id, community_id, held_at, building_ids, nothing_found, recorded_by_id, recorded_at) VALUES (?, ?, now(), ?::uuid[], true, ?, now())`,
      [round, c.id, `{${b.id}}`, gridWorker.id],
    );
    await em(app).execute(`INSERT INTO screening_round_buildings (round_id, building_id) VALUES (?, ?)`, [round, b.id]);
    expect((await refused(DELETE_BUILDING, { buildingId: b.gid })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'BUILDING_IN_USE', inUse: [], buildingUse: { issues: 0, votes: 0, screenings: 1 } });
    expect(await em(app).count(Building, { id: b.id })).toBe(1);
    expect(await unitsOf(b.id)).toBe(1);
    // The database itself refuses it too (it used to cascade, taking the round's building away).
    await expect(em(app).execute(`DELETE FROM buildings WHERE id = ?`, [b.id])).rejects.toThrow(/foreign key/);
  });

  it('the database refuses the same deletes itself: a flat with a residency (foreign key), a flat on a roll (trigger)', async () => {
    const client = new pg.Client({ connectionString: app.databaseUrl });
    await client.connect();
    try {
      const [withResidency] = await em(app).execute<{ id: string }[]>(`SELECT unit_id AS id FROM residencies WHERE unit_id IS NOT NULL LIMIT 1`);
      // 23503 foreign_key_violation (PostgreSQL 15), 23001 restrict_violation (18) for an `on delete restrict` key.
      await expect(client.query(`DELETE FROM units WHERE id = $1`, [withResidency!.id])).rejects.toMatchObject({ code: expect.stringMatching(/^(23503|23001)$/), constraint: 'residencies_unit_id_foreign' });
      const [onRoll] = await em(app).execute<{ id: string }[]>(
        `SELECT x AS id FROM resolution_heads h, unnest(h.unit_ids) x WHERE NOT EXISTS (SELECT 1 FROM residencies r WHERE r.unit_id = x) AND NOT EXISTS (SELECT 1 FROM issues i WHERE i.recorded_unit_id = x) LIMIT 1`,
      );
      await expect(client.query(`DELETE FROM units WHERE id = $1`, [onRoll!.id])).rejects.toMatchObject({ code: '23503', constraint: 'resolution_heads_unit_ids_restrict' });
      expect(await unitExists(onRoll!.id)).toBe(true);
    } finally {
      await client.end();
    }
  });
});

describe('deleteBuilding', () => {
  it('deletes a building with all its flats when none is used', async () => {
    const b = await addBuilding(app, c.id, '3栋', [55, 56, 57]);
    const before = await events();
    expect(await ok(app.url, DELETE_BUILDING, { input: { buildingId: b.gid } }, admin.token)).toEqual({ deleteBuilding: true });
    expect(await em(app).count(Building, { id: b.id })).toBe(0);
    expect(await unitsOf(b.id)).toBe(0);
    const [e] = await em(app).find(DomainEvent, { community: c.id }, { orderBy: { id: 'desc' }, limit: 1 });
    expect(e).toMatchObject({ type: 'building.deleted', data: { buildingName: '3栋', units: 3 } });
    expect(await events()).toBe(before + 1);
    expect((await refused(DELETE_BUILDING, { buildingId: b.gid })).extensions?.code).toBe('NOT_FOUND');
  });
});

describe('at the same moment', () => {
  const ROUNDS = 8;

  it('a residency request and the deletion of its flat: one of them wins, never both; no residency points at a deleted flat', async () => {
    const b = await addBuilding(app, c.id, '竞争1栋', Array.from({ length: ROUNDS }, (_, i) => 60 + i));
    const people = await Promise.all(b.flats.map(() => createUser(app)));
    const outcomes: string[] = [];
    for (const [i, flat] of b.flats.entries()) {
      const [join, del] = await Promise.all([
        gql(app.url, JOIN, { input: { communityId: c.gid, unitId: flat.gid, kind: 'OWNER' } }, people[i]!.token),
        gql(app.url, DELETE_UNIT, { input: { unitId: flat.gid } }, admin.token),
      ]);
      const code = (r: typeof join) => (r.errors?.[0]?.extensions?.reason as string | undefined) ?? r.errors?.[0]?.extensions?.code ?? 'OK';
      const outcome = `join ${code(join)}, delete ${code(del)}`;
      outcomes.push(outcome);
      const residencies = await em(app).count(Residency, { user: people[i]!.id });
      if (outcome === 'join OK, delete UNIT_IN_USE') {
        expect(await unitExists(flat.id)).toBe(true);
        expect(residencies).toBe(1);
      } else {
        expect(outcome).toBe('join BAD_USER_INPUT, delete OK');
        expect(await unitExists(flat.id)).toBe(false);
        expect(residencies).toBe(0);
      }
    }
    expect(await dangling()).toBe(0);
    console.log(`residency request vs deleteUnit, ${ROUNDS} rounds:`, outcomes);
  }, 60_000);

  it('an import into a building and its deletion: both succeed, in one order or the other; no flat without its building', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const name = `竞争${i + 2}栋`;
      const b = await addBuilding(app, c.id, name, [70]);
      const [imported, del] = await Promise.all([
        gql(app.url, IMPORT, { input: { communityId: c.gid, rows: [{ building: name, number: `${name}-new`, floorArea: 88 }] } }, admin.token),
        gql(app.url, DELETE_BUILDING, { input: { buildingId: b.gid } }, admin.token),
      ]);
      expect(imported.errors).toBeUndefined();
      expect(del.errors).toBeUndefined();
      const now = await em(app).find(Unit, { building: { community: c.id, name } }, { populate: ['building'] });
      // Import first: the delete took the new flat with the building. Delete first: the import made the building again.
      if (imported.data!.importUnits.buildingsCreated === 0) {
        outcomes.push('import, then delete');
        expect(now).toEqual([]);
      } else {
        outcomes.push('delete, then import');
        expect(now.map((u) => u.number)).toEqual([`${name}-new`]);
        expect(now[0]!.building.id).not.toBe(b.id);
      }
      expect(imported.data!.importUnits.created).toBe(1);
    }
    expect(await dangling()).toBe(0);
    console.log(`importUnits vs deleteBuilding, ${ROUNDS} rounds:`, outcomes);
  }, 60_000);

  it('a vote opening while a flat of its zone is deleted: the roll never names a deleted flat', async () => {
    const b = await addBuilding(app, c.id, '竞争表决栋', [75, 76]);
    clock.set(T0);
    const m = await scheduleMeeting(app, ocChair, { communityId: c.gid, kind: 'OWNERS_ASSEMBLY', title: '业主大会（竞争）', scheduledAt: new Date(T0.getTime() + HOUR).toISOString(), convenerId: c.orgs.oc.gid, participantIds: [] });
    clock.set(new Date(T0.getTime() + HOUR));
    await ok(app.url, `mutation($input: MeetingRefInput!) { startMeeting(input: $input) { id } }`, { input: { meetingId: m.id } }, ocChair.token);
    const { proposeResolution: r } = await ok(
      app.url,
      `mutation($input: ProposeResolutionInput!) { proposeResolution(input: $input) { id } }`,
      { input: { meetingId: m.id, title: '竞争表决', text: '是否同意。', rule: 'OWNERS_ORDINARY', buildingId: b.gid } },
      ocChair.token,
    );
    const [opened, del] = await Promise.all([
      gql(app.url, `mutation($input: ResolutionRefInput!) { openVoting(input: $input) { id } }`, { input: { resolutionId: r.id } }, ocChair.token),
      gql(app.url, DELETE_UNIT, { input: { unitId: b.flats[0]!.gid } }, admin.token),
    ]);
    expect(opened.errors).toBeUndefined();
    const [heads] = await em(app).execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM resolution_heads h, unnest(h.unit_ids) x WHERE h.resolution_id = ? AND x = ?`, [key(r.id), b.flats[0]!.id]);
    if (del.errors) {
      expect(del.errors[0]!.extensions).toMatchObject({ reason: 'UNIT_IN_USE', inUse: [{ votes: 1 }] });
      expect(heads!.n).toBe(1);
    } else {
      expect(heads!.n).toBe(0);
      expect(await unitExists(b.flats[0]!.id)).toBe(false);
    }
    expect(await dangling()).toBe(0);
  }, 60_000);
});
