import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, gql, ok, streamCursor, wsClient } from '../helpers/graphql.js';
import { createUser, reside, type TestUser } from '../factories/index.js';
import { addBuilding, createMeetingCast, scheduleMeeting, step, type MeetingCast } from '../factories/meetings.js';

/**
 * Ten owners voting at the same moment once produced ballot events whose tallies read
 * 1,1,1,1,1,2,5,8,8,8 while the resolution said 10: each tally was counted inside its own
 * transaction, beside the others. Ballots of one vote now take turns, so a subscriber of the
 * meeting receives the tallies 1, 2, … 10, in that order, and the last is the count kept.
 */
const VOTERS = 10;
const ROUNDS = 3;
const EVENTS = `subscription($m: ID!, $after: String) { meetingEvents(meetingId: $m, after: $after) { type data } }`;
/** Each round's events: the motion proposed, its vote opened, then one per ballot. */
const PER_ROUND = VOTERS + 2;

let app: TestApp;
let k: MeetingCast;
let owners: TestUser[];
const clients: { dispose(): Promise<void> | void }[] = [];

beforeAll(async () => {
  app = await startTestApp();
  k = await createMeetingCast(app);
  // Ten flats, one verified owner each (the cast's building has four more, whose owners sit this out).
  const b = await addBuilding(app, k.c.id, '2栋', Array.from({ length: VOTERS }, (_, i) => 80 + i * 5));
  owners = await Promise.all(b.flats.map((_, i) => createUser(app, { name: `二栋业主${i + 1}` })));
  for (const [i, o] of owners.entries()) await reside(app, o, k.c.id, { unitId: b.flats[i]!.id });
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await app.close();
});

describe('the live tally of a vote', () => {
  it(`with ${VOTERS} owners voting at once, the tallies a subscriber receives go 1…${VOTERS} and end at the ballots accepted (${ROUNDS} rounds)`, async () => {
    const m = await scheduleMeeting(app, k.oc, { communityId: k.c.gid, kind: 'OWNERS_ASSEMBLY', title: '业主大会（并发表决）', scheduledAt: new Date(Date.now() + 60_000).toISOString(), convenerId: k.c.orgs.oc.gid, participantIds: [] });
    await step(app, 'start', k.oc, { meetingId: m.id });
    const client = wsClient(app.wsUrl, k.oc.token);
    clients.push(client);
    // From the stream's position now: every event of the rounds below, however late it subscribes.
    const sub = collect(client, EVENTS, { m: m.id, after: await streamCursor(app.url, k.c.gid, k.oc.token) });

    for (let round = 0; round < ROUNDS; round++) {
      const r = await step(app, 'propose', k.oc, { meetingId: m.id, title: `表决${round + 1}`, text: '同意续聘物业。', rule: 'OWNERS_ORDINARY' });
      await step(app, 'openVoting', k.oc, { resolutionId: r.id });
      const results = await Promise.all(
        owners.map((o, i) => gql(app.url, `mutation($input: CastBallotInput!) { castBallot(input: $input) { id } }`, { input: { resolutionId: r.id, choice: i % 3 ? 'FOR' : 'AGAINST' } }, o.token)),
      );
      expect(results.filter((x) => x.errors)).toEqual([]);

      const events = (await sub.next((round + 1) * PER_ROUND)).slice(round * PER_ROUND).map((x: any) => x.meetingEvents);
      expect(events.map((e: any) => e.type)).toEqual(['resolution.proposed', 'resolution.opened', ...owners.map(() => 'resolution.ballotCast')]);
      const got = events.slice(2).map((e: any) => e.data);
      expect(got.every((d: any) => d.resolutionId === r.id)).toBe(true);
      const voted = got.map((d: any) => d.tally.votedCount);
      expect(voted).toEqual(Array.from({ length: VOTERS }, (_, i) => i + 1));
      // FOR and AGAINST, and the areas, never go down either; the last is what the vote says.
      for (const key of ['forCount', 'againstCount', 'votedArea', 'forArea', 'againstArea']) {
        const series = got.map((d: any) => d.tally[key] as number);
        expect(series).toEqual([...series].sort((a, b) => a - b));
      }
      const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Resolution { tally { votedCount forCount againstCount votedArea } } } }`, { id: r.id }, k.oc.token);
      expect(got.at(-1).tally).toMatchObject(node.tally);
      expect(node.tally.votedCount).toBe(VOTERS);
    }
    // One more motion after the rounds: the stream is ordered, so once its event arrives, any
    // tally sent twice or late would have arrived before it.
    await step(app, 'propose', k.oc, { meetingId: m.id, title: '收尾', text: '散会。', rule: 'OWNERS_ORDINARY' });
    const all = await sub.next(ROUNDS * PER_ROUND + 1);
    expect(all.map((x: any) => x.meetingEvents.type).at(-1)).toBe('resolution.proposed');
    expect(sub.items).toHaveLength(ROUNDS * PER_ROUND + 1);
    expect(sub.errors).toEqual([]);
  });
});
