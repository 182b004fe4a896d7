import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createCommunity, createOrganizationAbove, createUser, reside, seat, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestCommunity, type TestUser } from '../factories/index.js';
import { createMediationCommittee, DISPUTE } from '../factories/disputes.js';
import { ManualClock } from '../../server/core/clock.js';

// A community's mediation days (issue 12, part 1) through the API: who may set them (and
// `DisputeSettings.viewerCanChange` offers exactly that), the bounds 1..90, and the deadlines that
// follow: acceptance and escalation take the community's number; running deadlines keep theirs.
const DAY = 86_400_000;
const T0 = new Date('2026-06-01T02:00:00.000Z');
const clock = new ManualClock(T0);
let app: TestApp;
let c: TestCommunity;
const v: Record<string, TestUser> = {};

const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const set = (days: number, by: TestUser, community = c) =>
  gql(app.url, `mutation($input: SetMediationDaysInput!) { setMediationDays(input: $input) { mediationDays isDefault updatedAt viewerCanChange } }`, { input: { communityId: community.gid, days } }, by.token);
const settings = async (by: TestUser, community = c) =>
  (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Community { disputeSettings { mediationDays isDefault viewerCanChange } } } }`, { id: community.gid }, by.token)).node?.disputeSettings;

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createCommunity(app);
  const mediation = await createMediationCommittee(app, c);
  const township = await createOrganizationAbove(app, { kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, ...TANXI });
  const make = async (name: string, setup: (u: TestUser) => Promise<unknown>, admin = false) => {
    v[name] = await createUser(app, { name, admin });
    await setup(v[name]);
  };
  await make('admin', () => Promise.resolve(), true);
  await make('township center', (u) => seat(app, u, township.id, MemberRole.STAFF));
  await make("residents' committee chair", (u) => seat(app, u, c.orgs.rc.id, MemberRole.CHAIR));
  await make("residents' committee member", (u) => seat(app, u, c.orgs.rc.id, MemberRole.MEMBER));
  await make('grid worker', (u) => seat(app, u, c.orgs.rc.id, MemberRole.GRID_WORKER));
  await make('mediator', (u) => seat(app, u, mediation.id));
  await make('community center', (u) => seat(app, u, c.orgs.center.id, MemberRole.STAFF));
  await make('resident', (u) => reside(app, u, c.id));
  await make('outsider', () => Promise.resolve());
}, 120_000);
afterAll(() => app?.close());

describe('who sets the mediation days', () => {
  it('viewerCanChange is offered to exactly those whose setMediationDays succeeds', async () => {
    const may: string[] = [];
    for (const [who, u] of Object.entries(v)) {
      const s = await settings(u);
      const r = await set(20, u);
      if (s?.viewerCanChange) {
        may.push(who);
        expect(r.errors, who).toBeUndefined();
        expect(r.data.setMediationDays).toMatchObject({ mediationDays: 20, isDefault: false, viewerCanChange: true });
      } else {
        expect(code(r), who).toBe('FORBIDDEN');
      }
    }
    expect(may).toEqual(['admin', 'township center', "residents' committee chair", "residents' committee member"]);
  });

  it('takes 1 to 90 days: 0, 91 and -1 are refused naming `days` and change nothing', async () => {
    const rc = v["residents' committee member"]!;
    expect((await set(37, rc)).errors).toBeUndefined();
    for (const days of [0, 91, -1]) {
      const r = await set(days, rc);
      expect(code(r), String(days)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.fields).toHaveProperty('days');
    }
    expect((await settings(rc)).mediationDays).toBe(37);
    for (const days of [1, 90]) expect((await set(days, rc)).data.setMediationDays.mediationDays, String(days)).toBe(days);
    // Everyone who sees the community reads it; a community never set has the default.
    expect(await settings(v.resident!)).toEqual({ mediationDays: 90, isDefault: false, viewerCanChange: false });
    const fresh = await createCommunity(app, '默认社区');
    expect(await settings(v.admin!, fresh)).toEqual({ mediationDays: 30, isDefault: true, viewerCanChange: true });
  });
});

describe('the deadlines follow it', () => {
  it('acceptance and escalation take the days set then; a running deadline keeps its own; the change is an event', async () => {
    const rc = v["residents' committee chair"]!;
    const mediator = v.mediator!;
    clock.set(T0);
    expect((await set(10, rc)).errors).toBeUndefined();
    const apply = async () =>
      (await ok(app.url, `mutation($input: ApplyForMediationInput!) { applyForMediation(input: $input) { id } }`, { input: { communityId: c.gid, ...DISPUTE, respondents: [{ name: '某人' }] } }, v.resident!.token)).applyForMediation.id as string;
    const step = async (name: string, type: string, input: Record<string, unknown>, by: TestUser) =>
      (await ok(app.url, `mutation($input: ${type}!) { ${name}(input: $input) { id mediationDeadline handlingLevel } }`, { input }, by.token))[name];
    const first = await apply();
    expect((await step('acceptDispute', 'AcceptDisputeInput', { disputeId: first }, mediator)).mediationDeadline).toBe(new Date(T0.getTime() + 10 * DAY).toISOString());
    const second = await apply();
    await step('acceptDispute', 'AcceptDisputeInput', { disputeId: second }, mediator);

    const t1 = new Date(T0.getTime() + 3 * DAY);
    clock.set(t1);
    expect((await set(45, rc)).errors).toBeUndefined();
    // The first keeps T0 + 10 days; the second, escalated now, restarts with 45.
    const escalated = await step('escalateDispute', 'DisputeReasonInput', { disputeId: second, reason: '需街道协调' }, mediator);
    expect(escalated).toMatchObject({ handlingLevel: 'TOWNSHIP', mediationDeadline: new Date(t1.getTime() + 45 * DAY).toISOString() });
    const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Dispute { mediationDeadline } } }`, { id: first }, mediator.token);
    expect(node.mediationDeadline).toBe(new Date(T0.getTime() + 10 * DAY).toISOString());
    const third = await apply();
    expect((await step('acceptDispute', 'AcceptDisputeInput', { disputeId: third }, mediator)).mediationDeadline).toBe(new Date(t1.getTime() + 45 * DAY).toISOString());

    const changes = async (by: TestUser) =>
      (await ok(app.url, `query($c: ID!) { events(communityId: $c, first: 100) { edges { node { type data } } } }`, { c: c.gid }, by.token)).events.edges
        .filter((e: { node: { type: string } }) => e.node.type === 'dispute.settingsChanged')
        .map((e: { node: { data: { mediationDays: unknown } } }) => e.node.data.mediationDays);
    expect((await changes(mediator))[0]).toEqual({ before: 10, after: 45 });
    expect((await changes(rc))[0]).toEqual({ before: 10, after: 45 });
    expect(await changes(v.resident!)).toEqual([]);
    clock.set(T0);
  });
});
