import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUsers, em, reside, seat, MemberRole, OrganizationKind, RegionLevel, type TestCommunity, type TestUser } from '../factories/index.js';
import { Unit } from '../../server/communities/unit.entity.js';
import { ManualClock } from '../../server/core/clock.js';
import { parseGlobalId, toGlobalId } from '../../server/core/ids.js';

// 城市大脑 ranks the townships of a county on the emergency figures with the one ranking rule of
// `regionStats` (regions.stats.ts `rankUnits`: best first, equal values share a place, no value
// last without one), worked out by hand over four townships:
//   檀溪街道 (A): a1–a4 and its committee member rcA (5 alerted by each incident), 甲奶奶 and 甲爷爷
//   真武山街道 (B): b1, b2, rcB (3 alerted), 乙奶奶
//   庞公街道 (C): c1, rcC (2 alerted), 丙奶奶 and 丙爷爷
//   隆中街道 (D): nobody; no incident
// X covers A, B and C (closed: read from the counts kept at closing); Y, a day later, covers A
// only and stays open (read live). Pinyin order of the names: 隆中 < 庞公 < 檀溪 < 真武山.
const T0 = new Date('2026-07-01T08:00:00Z');
const MIN = 60_000;
const clock = new ManualClock(T0);
const at = (minutes: number) => clock.set(new Date(T0.getTime() + minutes * MIN));
const DAY = 24 * 60;
let app: TestApp;
let A: TestCommunity, B: TestCommunity, C: TestCommunity;
let county: { id: string; gid: string };
let countyRegion: string;
let duty: TestUser, a1: TestUser, a2: TestUser, a3: TestUser, a4: TestUser, b1: TestUser, b2: TestUser, c1: TestUser, rcA: TestUser, rcB: TestUser, rcC: TestUser;
let X: string, Y: string;
const key = (gid: string) => parseGlobalId(gid)!.key;

const declare = async (communityIds: string[], title: string) =>
  (await ok(app.url, `mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`, {
    input: { deskId: county.gid, kind: 'RAINSTORM', level: 'III', title, instructions: '低洼楼栋住户转移。', communityIds },
  }, duty.token)).declareIncident.id as string;
const ack = async (by: TestUser, incidentId: string) => expect((await gql(app.url, `mutation($input: IncidentRefInput!) { acknowledgeIncident(input: $input) { id } }`, { input: { incidentId } }, by.token)).errors).toBeUndefined();
const register = async (by: TestUser, c: TestCommunity, name: string) =>
  (await ok(app.url, `mutation($input: RegisterVulnerableResidentInput!) { registerVulnerableResident(input: $input) { id } }`, {
    input: { buildingId: toGlobalId('Building', (await em(app).findOneOrFail(Unit, c.units[0]!.id)).building.id), name, category: 'ELDERLY_ALONE', phone: '13800002222', consent: true },
  }, by.token)).registerVulnerableResident.id as string;
const reach = async (incidentId: string, name: string) => {
  const rollCall = (await ok(app.url, `query($id: ID!) { incident(id: $id) { rollCall { id vulnerable { name } } } }`, { id: incidentId }, duty.token)).incident.rollCall as { id: string; vulnerable: { name: string } }[];
  const entry = rollCall.find((e) => e.vulnerable.name === name)!;
  expect((await gql(app.url, `mutation($input: MarkReachedInput!) { markReached(input: $input) { id } }`, { input: { entryId: entry.id, status: 'SAFE' } }, duty.token)).errors).toBeUndefined();
};
const volunteerOn = async (incidentId: string, c: TestCommunity, who: TestUser) => {
  const task = await ok(app.url, `mutation($input: PostIncidentTaskInput!) { postIncidentTask(input: $input) { id } }`, {
    input: { incidentId, task: { stationId: c.orgs.station.gid, title: '装沙袋', description: '门口挡水', startsAt: new Date(T0.getTime() + 3 * 60 * MIN).toISOString(), endsAt: new Date(T0.getTime() + 5 * 60 * MIN).toISOString(), slots: 3 } },
  }, duty.token);
  expect((await gql(app.url, `mutation($input: ClaimTaskInput!) { claimTask(input: $input) { status } }`, { input: { taskId: task.postIncidentTask.id } }, who.token)).data.claimTask.status).toBe('CLAIMED');
};

const E_FIELDS = 'secondsTo90Acknowledged reachedWithin30 reachedWithin30Rate reachedWithin60Rate volunteersMobilized';
const stats = async (from?: Date) =>
  (await ok(app.url, `query($r: ID!, $from: DateTime) { regionStats(regionId: $r, from: $from) {
      figures { emergencies { ${E_FIELDS} } }
      children { name emergencies { ${E_FIELDS} } }
      rankings { figure higherIsBetter entries { name rank value } } } }`, { r: countyRegion, from: from?.toISOString() ?? null }, duty.token)).regionStats;
type Stats = Awaited<ReturnType<typeof stats>>;
const ranking = (s: Stats, figure: string) => {
  const r = s.rankings.find((x: { figure: string }) => x.figure === figure);
  return { higherIsBetter: r.higherIsBetter, entries: r.entries.map((e: { name: string; rank: number | null; value: number | null }) => [e.name, e.rank, e.value]) };
};

beforeAll(async () => {
  app = await startTestApp({ clock });
  const place = (township: string) => ({ city: '襄阳市', county: '樊城区', township });
  A = await createCommunity(app, '甲社区', place('檀溪街道'));
  B = await createCommunity(app, '乙社区', place('真武山街道'));
  C = await createCommunity(app, '丙社区', place('庞公街道'));
  await createCommunity(app, '丁社区', place('隆中街道'));
  county = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '樊城区综治中心', level: RegionLevel.COUNTY, city: '襄阳市', county: '樊城区' });
  const [row] = await em(app).execute<{ id: string }[]>(`SELECT region_id AS id FROM organizations WHERE id = ?`, [county.id]);
  countyRegion = toGlobalId('Region', row!.id);
  [duty, a1, a2, a3, a4, b1, b2, c1, rcA, rcB, rcC] = await createUsers(app, ['区值班员', '甲一', '甲二', '甲三', '甲四', '乙一', '乙二', '丙一', '甲居委', '乙居委', '丙居委']);
  await seat(app, duty, county.id, MemberRole.STAFF);
  for (const [u, i] of [[a1, 0], [a2, 1], [a3, 2], [a4, 3]] as const) await reside(app, u, A.id, { unitId: A.units[i]!.id });
  for (const [u, i] of [[b1, 0], [b2, 1]] as const) await reside(app, u, B.id, { unitId: B.units[i]!.id });
  await reside(app, c1, C.id, { unitId: C.units[0]!.id });
  for (const [u, c] of [[rcA, A], [rcB, B], [rcC, C]] as const) await seat(app, u, c.orgs.rc.id);
  for (const [u, c] of [[a1, A], [c1, C]] as const) {
    expect((await gql(app.url, `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`, { input: { stationId: c.orgs.station.gid, isPartyMember: false, skills: [] } }, u.token)).errors).toBeUndefined();
  }
});
afterAll(() => app.close());

describe('the city view ranks townships on the emergency figures, by hand', () => {
  it('ranks them with the rule of every other figure', async () => {
    at(-60);
    await register(rcA, A, '甲奶奶');
    await register(rcA, A, '甲爷爷');
    await register(rcB, B, '乙奶奶');
    await register(rcC, C, '丙奶奶');
    await register(rcC, C, '丙爷爷');

    at(0);
    X = await declare([A.gid, B.gid, C.gid], '暴雨：三街道');
    at(1); await ack(a1, X); // 60 s
    at(2); await ack(a2, X); // 120 s
    at(3); await ack(b1, X); // 180 s
    at(4); await ack(b2, X); // 240 s
    at(5); await ack(rcB, X); // 300 s
    at(10); await ack(a3, X); // 600 s
    at(20); await ack(c1, X); await reach(X, '甲奶奶'); // 1,200 s
    at(30); await ack(a4, X); await reach(X, '乙奶奶'); // 1,800 s; 30 minutes exactly: within 30
    at(40); await ack(rcC, X); // 2,400 s
    at(45); await reach(X, '丙奶奶');
    at(50); await reach(X, '甲爷爷');
    at(62);
    await volunteerOn(X, A, a1);
    await volunteerOn(X, C, c1);
    at(90); await reach(X, '丙爷爷'); // late
    at(120);
    expect((await gql(app.url, `mutation($input: UpdateIncidentInput!) { updateIncident(input: $input) { id } }`, { input: { incidentId: X, status: 'CLOSED', note: '解除' } }, duty.token)).errors).toBeUndefined();
    // Kept at closing: each community's reached within 30 and the delay of each first acknowledgement.
    const kept = await em(app).execute<{ community_id: string; reached_within30: number; ack_seconds: number[] }[]>(
      `SELECT community_id, reached_within30, ack_seconds FROM incident_figures WHERE incident_id = ? ORDER BY alerted DESC`,
      [key(X)],
    );
    expect(kept.map((k) => [k.community_id, k.reached_within30, [...k.ack_seconds].sort((x, y) => x - y)])).toEqual([
      [A.id, 1, [60, 120, 600, 1800]], // rcA never acknowledged X
      [B.id, 1, [180, 240, 300]],
      [C.id, 0, [1200, 2400]],
    ]);

    at(DAY);
    Y = await declare([A.gid], '停水：甲社区');
    for (const [i, u] of [a1, a2, a3, a4, rcA].entries()) {
      at(DAY + i + 1);
      await ack(u, Y); // 60, 120, 180, 240, 300 s
    }
    at(DAY + 10); await reach(Y, '甲奶奶'); // 甲爷爷 not yet

    const s = await stats();
    const byName = Object.fromEntries(s.children.map((c: { name: string; emergencies: unknown }) => [c.name, c.emergencies]));
    // A: 10 alerted (5 + 5), 9 acknowledgements pooled: 60 60 120 120 180 240 300 600 1800; ⌈0.9 × 10⌉ = 9th: 1,800 s
    // (X alone in A: 4 of 5, not 90%; Y alone: 300 s). Roll call 4: within 30 甲奶奶 twice (20, 10 min), within 60 also 甲爷爷 (50).
    expect(byName['檀溪街道']).toEqual({ secondsTo90Acknowledged: 1800, reachedWithin30: 2, reachedWithin30Rate: 0.5, reachedWithin60Rate: 0.75, volunteersMobilized: 1 });
    // B: 3 alerted, ⌈2.7⌉ = 3rd: 300 s; 乙奶奶 at 30 minutes.
    expect(byName['真武山街道']).toEqual({ secondsTo90Acknowledged: 300, reachedWithin30: 1, reachedWithin30Rate: 1, reachedWithin60Rate: 1, volunteersMobilized: 0 });
    // C: 2 alerted, 2nd: 2,400 s; 丙奶奶 at 45, 丙爷爷 at 90 minutes.
    expect(byName['庞公街道']).toEqual({ secondsTo90Acknowledged: 2400, reachedWithin30: 0, reachedWithin30Rate: 0, reachedWithin60Rate: 0.5, volunteersMobilized: 1 });
    // D: nothing to count.
    expect(byName['隆中街道']).toEqual({ secondsTo90Acknowledged: null, reachedWithin30: 0, reachedWithin30Rate: null, reachedWithin60Rate: null, volunteersMobilized: 0 });
    // The county: 15 alerted, 14 acknowledgements; the 14th (⌈13.5⌉) of 60 60 120 120 180 180 240 240 300 300 600 1200 1800 2400: 2,400 s.
    expect(s.figures.emergencies).toEqual({ secondsTo90Acknowledged: 2400, reachedWithin30: 3, reachedWithin30Rate: 3 / 7, reachedWithin60Rate: 5 / 7, volunteersMobilized: 2 });

    // Faster is better; no value: last, without a place (by name).
    expect(ranking(s, 'EMERGENCY_SECONDS_TO_90')).toEqual({ higherIsBetter: false, entries: [['真武山街道', 1, 300], ['檀溪街道', 2, 1800], ['庞公街道', 3, 2400], ['隆中街道', null, null]] });
    expect(ranking(s, 'EMERGENCY_REACHED_WITHIN_30')).toEqual({ higherIsBetter: true, entries: [['真武山街道', 1, 1], ['檀溪街道', 2, 0.5], ['庞公街道', 3, 0], ['隆中街道', null, null]] });
    expect(ranking(s, 'EMERGENCY_REACHED_WITHIN_60')).toEqual({ higherIsBetter: true, entries: [['真武山街道', 1, 1], ['檀溪街道', 2, 0.75], ['庞公街道', 3, 0.5], ['隆中街道', null, null]] });
    // Equal values share a place and the next skips (1, 1, 3); ties by name.
    expect(ranking(s, 'EMERGENCY_VOLUNTEERS_MOBILIZED')).toEqual({ higherIsBetter: true, entries: [['庞公街道', 1, 1], ['檀溪街道', 1, 1], ['隆中街道', 3, 0], ['真武山街道', 3, 0]] });
  });

  it('in a window with Y alone, only 檀溪街道 has a value; the others come last by name', async () => {
    const s = await stats(new Date(T0.getTime() + 12 * 60 * MIN));
    expect(ranking(s, 'EMERGENCY_SECONDS_TO_90').entries).toEqual([['檀溪街道', 1, 300], ['隆中街道', null, null], ['庞公街道', null, null], ['真武山街道', null, null]]);
    expect(ranking(s, 'EMERGENCY_REACHED_WITHIN_30').entries).toEqual([['檀溪街道', 1, 0.5], ['隆中街道', null, null], ['庞公街道', null, null], ['真武山街道', null, null]]);
  });

  it('Y, once closed, ranks the same from its kept counts as it did live', async () => {
    const live = await stats();
    at(DAY + 120);
    expect((await gql(app.url, `mutation($input: UpdateIncidentInput!) { updateIncident(input: $input) { id } }`, { input: { incidentId: Y, status: 'CLOSED', note: '甲爷爷电话未接通，已请邻居代为查看' } }, duty.token)).errors).toBeUndefined();
    const kept = await stats();
    expect(kept.rankings).toEqual(live.rankings);
    expect(kept.children).toEqual(live.children);
  });
});
