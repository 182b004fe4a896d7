import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { collect, gql, ok, streamCursor, wsClient } from '../helpers/graphql.js';
import { createCommunity, createUser, createUsers, em, reside, seat, MemberRole, type TestCommunity, type TestUser } from '../factories/index.js';
import { Building } from '../../server/communities/building.entity.js';
import { Unit } from '../../server/communities/unit.entity.js';
import { parseGlobalId } from '../../server/core/ids.js';

// 说事议事室 against the API: the threshold at its boundary (COUNT and PERCENT, worked out by
// hand), support once per person under concurrency, who may propose and support, the decision
// (a matter linked both ways, or a public reason), and the thread live.
let app: TestApp;

const P_FIELDS = 'id status supportCount supportersNeeded declineReason viewerActions matter { id stage } proposer { id }';
const create = async (c: TestCommunity, by: TestUser, title = '增设电动车充电桩') =>
  (await ok(app.url, `mutation($input: CreateProposalInput!) { createProposal(input: $input) { ${P_FIELDS} } }`, { input: { communityId: c.gid, title, body: '小区电动车多，楼道充电有火灾隐患，建议在2栋旁增设充电桩。' } }, by.token)).createProposal;
const support = (proposalId: string, by: TestUser) => gql(app.url, `mutation($input: ProposalRefInput!) { supportProposal(input: $input) { ${P_FIELDS} } }`, { input: { proposalId } }, by.token);
const read = async (proposalId: string, by: TestUser) => (await ok(app.url, `query($id: ID!) { proposal(id: $id) { ${P_FIELDS} } }`, { id: proposalId }, by.token)).proposal;
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const setThreshold = (c: TestCommunity, mode: string, value: number, by: TestUser) =>
  gql(app.url, `mutation($input: SetProposalThresholdInput!) { setProposalThreshold(input: $input) { mode value households supportersNeeded } }`, { input: { communityId: c.gid, mode, value } }, by.token);

/** `n` verified residents of the community. */
async function residents(c: TestCommunity, n: number): Promise<TestUser[]> {
  const users = await Promise.all(Array.from({ length: n }, (_, i) => createUser(app, { name: `居民${i + 1}` })));
  for (const u of users) await reside(app, u, c.id);
  return users;
}

async function supportersRows(proposalId: string): Promise<number> {
  const [row] = await em(app).execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM proposal_supports WHERE proposal_id = ?`, [parseGlobalId(proposalId)!.key]);
  return row!.n;
}

let c: TestCommunity;
let proposer: TestUser;
let party: TestUser;
let others: TestUser[];

beforeAll(async () => {
  app = await startTestApp();
  c = await createCommunity(app);
  [proposer, party] = await createUsers(app, ['提议人', '党委委员']);
  await reside(app, proposer, c.id);
  await seat(app, party, c.orgs.party.id, MemberRole.MEMBER);
  others = await residents(c, 10);
});
afterAll(() => app.close());

describe('the threshold', () => {
  it('by default 10 supporters, the proposer not counted: 9 → still OPEN, 10 → on the 议事 list', async () => {
    const p = await create(c, proposer);
    expect(p).toMatchObject({ status: 'OPEN', supportCount: 0, supportersNeeded: 10 });
    // The proposer's own support is not counted: it is refused.
    expect(codeOf(await support(p.id, proposer))).toBe('FORBIDDEN');
    for (const u of others.slice(0, 9)) expect((await support(p.id, u)).errors).toBeUndefined();
    expect(await read(p.id, proposer)).toMatchObject({ status: 'OPEN', supportCount: 9 });
    const list = async () =>
      (await ok(app.url, `query($c: ID!) { proposals(communityId: $c, status: [SUBMITTED]) { totalCount edges { node { id } } } }`, { c: c.gid }, party.token)).proposals;
    expect((await list()).edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(p.id);

    const tenth = await support(p.id, others[9]!);
    expect(tenth.errors).toBeUndefined();
    expect(tenth.data.supportProposal).toMatchObject({ status: 'SUBMITTED', supportCount: 10, supportersNeeded: 10 });
    expect((await list()).edges.map((e: { node: { id: string } }) => e.node.id)).toContain(p.id);
    // The party committee was told.
    const { notifications } = await ok(app.url, `{ notifications(first: 20) { edges { node { title } } } }`, {}, party.token);
    expect(notifications.edges.map((e: { node: { title: string } }) => e.node.title)).toContain('居民提议待议事：增设电动车充电桩');
    // Too late to support: it is SUBMITTED.
    const late = (await residents(c, 1))[0]!;
    expect(codeOf(await support(p.id, late))).toBe('INVALID_TRANSITION');
  });

  it('PERCENT: 5% of 203 households is ceil(10.15) = 11: 10 → OPEN, 11 → SUBMITTED', async () => {
    const d = await createCommunity(app, '百户社区');
    // The factory gives 4 flats; 199 more make 203.
    const e = em(app);
    const b = e.create(Building, { community: d.id, name: '9栋' });
    for (let i = 0; i < 199; i++) e.create(Unit, { building: b, number: `9-${i + 1}`, floorArea: 80 });
    await e.flush();
    const [dParty, dProposer] = await createUsers(app, ['党委', '提议人']);
    await seat(app, dParty, d.orgs.party.id);
    await reside(app, dProposer, d.id);
    const r = await setThreshold(d, 'PERCENT', 5, dParty);
    expect(r.errors).toBeUndefined();
    expect(r.data.setProposalThreshold).toEqual({ mode: 'PERCENT', value: 5, households: 203, supportersNeeded: 11 });
    const p = await create(d, dProposer);
    expect(p.supportersNeeded).toBe(11);
    const us = await residents(d, 11);
    for (const u of us.slice(0, 10)) expect((await support(p.id, u)).errors).toBeUndefined();
    expect(await read(p.id, dProposer)).toMatchObject({ status: 'OPEN', supportCount: 10 });
    expect((await support(p.id, us[10]!)).data.supportProposal).toMatchObject({ status: 'SUBMITTED', supportCount: 11 });
  });

  it('the setting is checked: who sets it, and its range', async () => {
    expect(codeOf(await setThreshold(c, 'COUNT', 5, proposer))).toBe('FORBIDDEN');
    expect(codeOf(await setThreshold(c, 'PERCENT', 101, party))).toBe('BAD_USER_INPUT');
    expect(codeOf(await setThreshold(c, 'COUNT', 0, party))).toBe('BAD_USER_INPUT');
    const { community } = await ok(app.url, `query($id: ID!) { community(id: $id) { proposalThreshold { mode value supportersNeeded } } }`, { id: c.gid }, proposer.token);
    expect(community.proposalThreshold).toEqual({ mode: 'COUNT', value: 10, supportersNeeded: 10 });
  });
});

describe('support once per person', () => {
  let d: TestCommunity;
  let dProposer: TestUser;
  beforeAll(async () => {
    d = await createCommunity(app, '并发社区');
    const [dParty] = await createUsers(app, ['党委']);
    await seat(app, dParty, d.orgs.party.id);
    dProposer = (await residents(d, 1))[0]!;
    expect((await setThreshold(d, 'COUNT', 1000, dParty)).errors).toBeUndefined();
  });

  it('20 residents at once: exactly 20', async () => {
    const p = await create(d, dProposer);
    const us = await residents(d, 20);
    const results = await Promise.all(us.map((u) => support(p.id, u)));
    expect(results.map((r) => r.errors)).toEqual(us.map(() => undefined));
    expect((await read(p.id, dProposer)).supportCount).toBe(20);
    expect(await supportersRows(p.id)).toBe(20);
  });

  it('the same resident twice at once: 1 (the second is refused, SUPPORTED)', async () => {
    const p = await create(d, dProposer);
    const [u] = await residents(d, 1);
    const results = await Promise.all([support(p.id, u!), support(p.id, u!)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const refused = results.find((r) => r.errors)!;
    expect(codeOf(refused)).toBe('INVALID_TRANSITION');
    expect(refused.errors![0]!.message).toContain('SUPPORTED');
    expect((await read(p.id, dProposer)).supportCount).toBe(1);
    expect(await supportersRows(p.id)).toBe(1);
  });
});

describe('who may propose and support', () => {
  it('unverified residents and outsiders may not (FORBIDDEN, nothing changed)', async () => {
    const [unverified, outsider, member] = await createUsers(app, ['未核验', '外人', '物业']);
    await reside(app, unverified, c.id, { verified: false });
    await seat(app, member, c.orgs.pm.id);
    const count = async () => (await ok(app.url, `query($c: ID!) { proposals(communityId: $c) { totalCount } }`, { c: c.gid }, party.token)).proposals.totalCount as number;
    const before = await count();
    const p = await create(c, proposer, '修缮3栋屋顶');
    for (const u of [unverified, outsider, member]) {
      const r = await gql(app.url, `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`, { input: { communityId: c.gid, title: '题目', body: '内容' } }, u.token);
      expect(codeOf(r), u.name).toBe('FORBIDDEN');
      expect(codeOf(await support(p.id, u)), u.name).toBe('FORBIDDEN');
    }
    expect(await count()).toBe(before + 1);
    expect((await read(p.id, proposer)).supportCount).toBe(0);
    expect(await supportersRows(p.id)).toBe(0);
  });
});

describe('the decision', () => {
  async function submitted(title: string): Promise<string> {
    const d = await createCommunity(app, '议事社区');
    const [dParty] = await createUsers(app, ['党委']);
    await seat(app, dParty, d.orgs.party.id);
    const [dProposer, ...us] = await residents(d, 3);
    expect((await setThreshold(d, 'COUNT', 2, dParty)).errors).toBeUndefined();
    const p = await create(d, dProposer!, title);
    for (const u of us) expect((await support(p.id, u)).errors).toBeUndefined();
    expect((await read(p.id, dProposer!)).status).toBe('SUBMITTED');
    decider = dParty;
    author = dProposer!;
    return p.id;
  }
  let decider: TestUser;
  let author: TestUser;

  it('accepted: a matter in 议事 (DELIBERATION), linked both ways; the proposer sees the link', async () => {
    const id = await submitted('增设休闲座椅');
    expect((await read(id, decider)).viewerActions).toEqual(expect.arrayContaining(['ACCEPT', 'DECLINE']));
    expect(codeOf(await gql(app.url, `mutation($input: ProposalRefInput!) { acceptProposal(input: $input) { id } }`, { input: { proposalId: id } }, author.token))).toBe('FORBIDDEN');
    const r = await ok(app.url, `mutation($input: ProposalRefInput!) { acceptProposal(input: $input) { status matter { id title stage proposal { id } } } }`, { input: { proposalId: id } }, decider.token);
    expect(r.acceptProposal).toMatchObject({ status: 'ACCEPTED', matter: { title: '增设休闲座椅', stage: 'DELIBERATION', proposal: { id } } });
    const seen = await read(id, author);
    expect(seen.matter.id).toBe(r.acceptProposal.matter.id);
    // The four councils apply from here: the party organization steers the matter.
    const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Matter { viewerActions proposal { id status } } } }`, { id: seen.matter.id }, decider.token);
    expect(node.viewerActions).toContain('REJECT');
    expect(node.proposal).toEqual({ id, status: 'ACCEPTED' });
    // Decided once.
    expect(codeOf(await gql(app.url, `mutation($input: ProposalRefInput!) { acceptProposal(input: $input) { id } }`, { input: { proposalId: id } }, decider.token))).toBe('INVALID_TRANSITION');
  });

  it('declined: a blank reason is BAD_USER_INPUT and changes nothing; the reason is public', async () => {
    const id = await submitted('小区改建停车场');
    const decline = (reason: string) => gql(app.url, `mutation($input: DeclineProposalInput!) { declineProposal(input: $input) { status declineReason } }`, { input: { proposalId: id, reason } }, decider.token);
    const blank = await decline('   ');
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors![0]!.extensions!.fields).toHaveProperty('reason');
    expect((await read(id, author)).status).toBe('SUBMITTED');
    const r = await decline('绿地不得改建停车场（《城市绿化条例》）');
    expect(r.data.declineProposal).toEqual({ status: 'DECLINED', declineReason: '绿地不得改建停车场（《城市绿化条例》）' });
    expect(await read(id, author)).toMatchObject({ status: 'DECLINED', declineReason: '绿地不得改建停车场（《城市绿化条例》）', matter: null });
    const { notifications } = await ok(app.url, `{ notifications(first: 20) { edges { node { title } } } }`, {}, author.token);
    expect(notifications.edges.map((e: { node: { title: string } }) => e.node.title)).toContain('提议不予立项：小区改建停车场');
  });
});

describe('the thread', () => {
  it('residents follow a proposal live: supports, comments and the step to the 议事 list arrive on proposalEvents', async () => {
    const d = await createCommunity(app, '直播社区');
    const [dParty] = await createUsers(app, ['党委']);
    await seat(app, dParty, d.orgs.party.id);
    const [dProposer, neighbour, s1, s2] = await residents(d, 4);
    expect((await setThreshold(d, 'COUNT', 2, dParty)).errors).toBeUndefined();
    const p = await create(d, dProposer!, '楼道加装扶手');
    const after = await streamCursor(app.url, d.gid, neighbour!.token);
    const client = wsClient(app.wsUrl, neighbour!.token);
    const sub = collect(client, `subscription($id: ID!, $a: String) { proposalEvents(proposalId: $id, after: $a) { type data } }`, { id: p.id, a: after });
    expect((await support(p.id, s1!)).errors).toBeUndefined();
    await ok(app.url, `mutation($input: CommentOnProposalInput!) { commentOnProposal(input: $input) { id } }`, { input: { proposalId: p.id, body: '老人上楼确实不方便，支持！' } }, s1!.token);
    expect((await support(p.id, s2!)).errors).toBeUndefined();
    const got = await sub.next(4);
    expect(got.map((g: { proposalEvents: { type: string } }) => g.proposalEvents.type)).toEqual(['proposal.supported', 'proposal.commented', 'proposal.supported', 'proposal.submitted']);
    expect((got[1] as { proposalEvents: { data: { excerpt: string } } }).proposalEvents.data.excerpt).toBe('老人上楼确实不方便，支持！');
    await client.dispose();
    // The proposer follows it from the start and is told of the comment.
    const { notifications } = await ok(app.url, `{ notifications(first: 20) { edges { node { title } } } }`, {}, dProposer!.token);
    expect(notifications.edges.map((e: { node: { title: string } }) => e.node.title)).toContain('提议有新回复：楼道加装扶手');
    const { proposal } = await ok(app.url, `query($id: ID!) { proposal(id: $id) { comments { totalCount edges { node { body author { name } } } } } }`, { id: p.id }, neighbour!.token);
    expect(proposal.comments.totalCount).toBe(1);
  });

  it('an outsider can neither read nor follow it', async () => {
    const p = await create(c, proposer, '外人看不到');
    const [outsider] = await createUsers(app, ['外人']);
    expect(await read(p.id, outsider)).toBeNull();
    const client = wsClient(app.wsUrl, outsider.token);
    const sub = collect(client, `subscription($id: ID!) { proposalEvents(proposalId: $id) { type } }`, { id: p.id });
    await sub.next(1, 5000).catch(() => undefined);
    expect(JSON.stringify(sub.errors)).toContain('NOT_FOUND');
    await client.dispose();
  });
});
