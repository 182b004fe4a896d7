// regionStatsChanged (城市大脑, live) over a real graphql-ws socket: several changes within a
// second give one message, whose figures are those regionStats gives; messages come at most once a
// second; a region whose communities did not change sends nothing; who may subscribe, and a
// subscriber who loses the right gets FORBIDDEN and the end of the stream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, gql, ok, sleep, wsClient } from '../helpers/graphql.js';
import { createIssueCast, MUTATIONS, submit, type IssueCast } from '../factories/issues.js';
import { createCommunity, createOrganizationAbove, createUser, em, placeIn, seat, MemberRole, OrganizationKind, RegionLevel, TANXI, type TestUser } from '../factories/index.js';
import { toGlobalId } from '../../server/core/ids.js';
import { regionStatsHub, THROTTLE_MS } from '../../server/regions/index.js';

let app: TestApp;
let c: IssueCast;
let cityStaff: TestUser, countyStaff: TestUser, otherTownshipStaff: TestUser, admin: TestUser;
let city: string, county: string, otherCounty: string;

const FIGURES = `unitId name issuesSubmitted issuesOpen overdueOpen responseRate resolutionRate satisfactionRate volunteerHours meetingsHeld`;
const SELECTION = `region { name } figures { ${FIGURES} } children { ${FIGURES} } weeks { weekStart issuesSubmitted } topCategories { category issuesSubmitted }`;
const LIVE = `subscription($regionId: ID!) { regionStatsChanged(regionId: $regionId) { ${SELECTION} } }`;
const QUERY = `query($regionId: ID!) { regionStats(regionId: $regionId) { ${SELECTION} } }`;
const gid = (id: string) => toGlobalId('Region', id);
/** The code of a stream's first error: an `error` message carries a list, a `next` with errors its items. */
const codeOf = (e: unknown): string | undefined => {
  const first = (Array.isArray(e) ? e[0] : e) as { extensions?: { code?: string } } | undefined;
  return first?.extensions?.code;
};

async function untilSubscribed(n: number, ms = 10_000) {
  const hub = regionStatsHub(app.services);
  const deadline = Date.now() + ms;
  while (hub.subscriberCount < n) {
    if (Date.now() > deadline) throw new Error(`${hub.subscriberCount} of ${n} subscribers after ${ms} ms`);
    await sleep(20);
  }
}

beforeAll(async () => {
  app = await startTestApp();
  c = await createIssueCast(app); // in 檀溪街道, 襄城区, 襄阳市
  const G = OrganizationKind.GOVERNANCE_CENTER;
  const cityCenter = await createOrganizationAbove(app, { kind: G, name: '襄阳市综治中心', level: RegionLevel.CITY, city: TANXI.city });
  const countyCenter = await createOrganizationAbove(app, { kind: G, name: '襄城区综治中心', level: RegionLevel.COUNTY, city: TANXI.city, county: TANXI.county });
  const otherTownship = await createOrganizationAbove(app, { kind: G, name: '米公街道综治中心', level: RegionLevel.TOWNSHIP, city: TANXI.city, county: '樊城区', township: '米公街道' });
  await createCommunity(app, '米公社区', { city: TANXI.city, county: '樊城区', township: '米公街道' });
  [cityStaff, countyStaff, otherTownshipStaff, admin] = await Promise.all([
    createUser(app, { name: '市综治干部' }),
    createUser(app, { name: '区综治干部' }),
    createUser(app, { name: '米公干部' }),
    createUser(app, { name: '平台管理员', admin: true }),
  ]);
  await seat(app, cityStaff, cityCenter.id, MemberRole.STAFF);
  await seat(app, countyStaff, countyCenter.id, MemberRole.STAFF);
  await seat(app, otherTownshipStaff, otherTownship.id, MemberRole.STAFF);
  city = await placeIn(app, { city: TANXI.city });
  county = await placeIn(app, { city: TANXI.city, county: TANXI.county });
  otherCounty = await placeIn(app, { city: TANXI.city, county: '樊城区' });
}, 120_000);
afterAll(() => app?.close());

describe('regionStatsChanged', () => {
  it('sends one message for several changes within a second, with the figures of regionStats, and at most one a second', async () => {
    const client = wsClient(app.wsUrl, cityStaff.token);
    const adminClient = wsClient(app.wsUrl, admin.token);
    try {
      // One issue before anyone listens (the server warm), then the subscriptions.
      const issue = await submit(app, c, c.resident);
      const live = collect(client, LIVE, { regionId: gid(city) });
      const countyLive = collect(adminClient, LIVE, { regionId: gid(county) });
      const elsewhere = collect(adminClient, LIVE, { regionId: gid(otherCounty) });
      await untilSubscribed(3);

      // Three changes in a burst: two submissions and a dispatch, at once.
      const t0 = Date.now();
      await Promise.all([
        submit(app, c, c.resident, { category: 'PARKING' }),
        submit(app, c, c.neighbour, { category: 'PARKING' }),
        ok(app.url, MUTATIONS.dispatch, { input: { issueId: issue.id, organizationId: c.community.orgs.pm.gid } }, c.dispatcher.token),
      ]);
      const burst = Date.now() - t0;
      const [first] = await live.next(1);
      await sleep(THROTTLE_MS + 800);
      // One message for changes within a second (on a busy machine the burst may take longer: then
      // still at most one per second of it), never one per change.
      if (burst < THROTTLE_MS) expect(live.items).toHaveLength(1);
      else expect(live.items.length).toBeLessThanOrEqual(1 + Math.floor(burst / THROTTLE_MS));
      expect(live.errors).toEqual([]);
      const now = (await ok(app.url, QUERY, { regionId: gid(city) }, cityStaff.token)).regionStats;
      expect(live.items.at(-1).regionStatsChanged).toEqual(now);
      expect(first.regionStatsChanged.region).toEqual({ name: TANXI.city });
      expect(now.figures).toMatchObject({ issuesSubmitted: 3, issuesOpen: 3, overdueOpen: 0, responseRate: 0, resolutionRate: null });
      expect(now.topCategories).toEqual([
        { category: 'PARKING', issuesSubmitted: 2 },
        { category: 'FACILITY', issuesSubmitted: 1 },
      ]);
      // Wake-ups within the same millisecond (as a busy community's commits give them): exactly one message.
      const before = live.items.length;
      for (let n = 0; n < 5; n++) void app.services.bus.publish({ topics: [`community:${c.community.id}`] });
      await live.next(before + 1);
      await sleep(THROTTLE_MS + 800);
      expect(live.items).toHaveLength(before + 1);
      // The county of the community hears it too; another county does not.
      await countyLive.next(1);
      expect(countyLive.items.at(-1).regionStatsChanged).toEqual((await ok(app.url, QUERY, { regionId: gid(county) }, admin.token)).regionStats);
      expect(elsewhere.items).toEqual([]);

      // Changes spread over more than a second: messages at least a second apart, the last one current.
      const second = Date.now();
      await ok(app.url, MUTATIONS.accept, { input: { issueId: issue.id } }, c.pmStaff.token);
      await sleep(500);
      await ok(app.url, MUTATIONS.resolve, { input: { issueId: issue.id, resolution: '已挪车' } }, c.pmStaff.token);
      await sleep(500);
      await submit(app, c, c.neighbour, { category: 'SAFETY' });
      await sleep(300);
      await ok(app.url, MUTATIONS.rate, { input: { issueId: issue.id, score: 5 } }, c.resident.token);
      const seen = live.items.length;
      await live.next(seen + 1);
      const secondAt = Date.now();
      expect(secondAt - second).toBeGreaterThanOrEqual(THROTTLE_MS);
      await sleep(2 * THROTTLE_MS + 500);
      // At most one a second over the 1.3 s of changes.
      expect(live.items.length - seen).toBeLessThanOrEqual(2);
      expect(live.items.at(-1).regionStatsChanged).toEqual((await ok(app.url, QUERY, { regionId: gid(city) }, cityStaff.token)).regionStats);
      expect(live.items.at(-1).regionStatsChanged.figures).toMatchObject({ issuesSubmitted: 4, issuesOpen: 3, responseRate: 1, resolutionRate: 1, satisfactionRate: 1 });
      live.dispose();
      countyLive.dispose();
      elsewhere.dispose();
      // Completed subscriptions leave the hub at once (not at the next change), and their groups with them.
      await expect.poll(() => regionStatsHub(app.services).subscriberCount, { timeout: 5_000 }).toBe(0);
      expect(regionStatsHub(app.services).size).toBe(0);
    } finally {
      await client.dispose();
      await adminClient.dispose();
    }
  }, 60_000);

  it('refuses whoever may not see the figures, and ends the stream of a subscriber who loses the right', async () => {
    const code = async (user: TestUser, regionId: string) => {
      const client = wsClient(app.wsUrl, user.token);
      try {
        const s = collect(client, LIVE, { regionId: gid(regionId) });
        await s.next(1, 5_000).catch(() => undefined);
        return codeOf(s.errors[0]) ?? (s.items.length ? 'DATA' : 'NOTHING');
      } finally {
        await client.dispose();
      }
    };
    expect(await code(c.resident, county)).toBe('FORBIDDEN');
    expect(await code(c.dispatcher, county)).toBe('FORBIDDEN');
    expect(await code(otherTownshipStaff, county)).toBe('FORBIDDEN');
    expect(await code(countyStaff, city)).toBe('FORBIDDEN');

    // The county center subscribes, then loses its seat: the next message is FORBIDDEN and the stream ends.
    const client = wsClient(app.wsUrl, countyStaff.token);
    try {
      const hub = regionStatsHub(app.services);
      const before = hub.subscriberCount;
      const s = collect(client, LIVE, { regionId: gid(county) });
      await untilSubscribed(before + 1);
      await em(app).execute(`DELETE FROM memberships WHERE user_id = ?`, [countyStaff.id]);
      await submit(app, c);
      const deadline = Date.now() + 5_000;
      while (!s.done && Date.now() < deadline) await sleep(50);
      expect(s.items).toEqual([]);
      expect(codeOf(s.errors[0])).toBe('FORBIDDEN');
      expect(s.done).toBe(true);
      expect(hub.subscriberCount).toBe(before);
      // The socket stays open for other operations.
      const r = await gql(app.url, `{ me { id } }`, {}, countyStaff.token);
      expect(r.errors).toBeUndefined();
    } finally {
      await client.dispose();
    }
  }, 60_000);
});
