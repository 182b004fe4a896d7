import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok, type GqlError } from '../helpers/graphql.js';
import { ManualClock } from '../../server/core/clock.js';
import { createMeetingCast, scheduleMeeting, type MeetingCast } from '../factories/meetings.js';
import { createCommunity, createUser, em, placeIn, reside, seat, MemberRole, OrganizationKind, RegionLevel, ResidencyKind, TANXI, type TestUser } from '../factories/index.js';
import { Organization } from '../../server/communities/organization.entity.js';

const HOUR = 3_600_000;
const clock = new ManualClock(new Date('2026-09-01T00:00:00.000Z'));
/** `h` hours after the clock's now, as the API takes it. */
const later = (h: number) => new Date(clock.now().getTime() + h * HOUR).toISOString();

let app: TestApp;
let k: MeetingCast;
let reviewer: TestUser;
let tenant: TestUser;
let newcomer: TestUser;
let admin: TestUser;

const VERSION = `id number status contentHash changeSummary commentsOpenUntil adoptedAt filedAt filingReference rejection supersededAt repealedAt
  acknowledgementCount acknowledgementRate viewerAcknowledged articles { number title text }
  legalReview { approved note reviewer { id } } resolution { id textHash status outcome }`;
const COVENANT = `id kind title viewerCanManage community { id } inForce { id number status } versions { ${VERSION} }`;
const M = {
  draft: ['draftCovenant', 'DraftCovenantInput', COVENANT],
  revise: ['reviseCovenant', 'ReviseCovenantInput', VERSION],
  openComment: ['openPublicComment', 'OpenPublicCommentInput', VERSION],
  comment: ['commentOnCovenant', 'CommentOnCovenantInput', 'id articleNumber body author { id }'],
  submit: ['submitForLegalReview', 'CovenantVersionRefInput', VERSION],
  review: ['recordLegalReview', 'RecordLegalReviewInput', VERSION],
  toVote: ['putCovenantToVote', 'PutCovenantToVoteInput', 'id title text textHash rule status'],
  file: ['fileCovenant', 'FileCovenantInput', VERSION],
  ack: ['acknowledgeCovenant', 'CovenantVersionRefInput', VERSION],
  repeal: ['repealCovenant', 'RepealCovenantInput', COVENANT],
  propose: ['proposeResolution', 'ProposeResolutionInput', 'id'],
  start: ['startMeeting', 'MeetingRefInput', 'id'],
  checkIn: ['checkInAttendee', 'CheckInAttendeeInput', 'id'],
  adjourn: ['adjournMeeting', 'MeetingRefInput', 'id'],
  cancel: ['cancelMeeting', 'CancelMeetingInput', 'id'],
  openVoting: ['openVoting', 'ResolutionRefInput', 'id'],
  ballot: ['castBallot', 'CastBallotInput', 'id'],
  closeVoting: ['closeVoting', 'ResolutionRefInput', 'id status outcome'],
} as const;
type Step = keyof typeof M;
const doc = (s: Step) => `mutation($input: ${M[s][1]}!) { ${M[s][0]}(input: $input) { ${M[s][2]} } }`;

async function run(s: Step, user: { token: string }, input: Record<string, unknown>): Promise<any> {
  return (await ok(app.url, doc(s), { input }, user.token))[M[s][0]];
}
async function fail(s: Step, user: { token: string } | null, input: Record<string, unknown>): Promise<GqlError> {
  const r = await gql(app.url, doc(s), { input }, user?.token);
  if (!r.errors?.length) throw new Error(`${s} succeeded: ${JSON.stringify(r.data)}`);
  return r.errors[0]!;
}
const code = async (s: Step, user: { token: string } | null, input: Record<string, unknown>) => (await fail(s, user, input)).extensions?.code;

async function covenant(id: string, user: { token: string }): Promise<any> {
  return (await ok(app.url, `query($id: ID!) { covenant(id: $id) { ${COVENANT} } }`, { id }, user.token)).covenant;
}
async function version(id: string, user: { token: string }, select = VERSION): Promise<any> {
  return (await ok(app.url, `query($id: ID!) { node(id: $id) { ... on CovenantVersion { ${select} } } }`, { id }, user.token)).node;
}
async function diff(id: string, user: { token: string }, against?: string): Promise<any[]> {
  const r = await ok(app.url, `query($id: ID!, $a: ID) { node(id: $id) { ... on CovenantVersion { diff(against: $a) { number change before after } } } }`, { id, a: against }, user.token);
  return r.node.diff;
}
async function notificationTypes(user: { token: string }): Promise<string[]> {
  const n = await ok(app.url, `{ notifications(first: 100) { edges { node { event { type } } } } }`, {}, user.token);
  return n.notifications.edges.map((e: any) => e.node.event.type);
}
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const canonical = (articles: { number: number; title: string | null; text: string }[]) => JSON.stringify(articles.map((a) => [a.number, a.title, a.text]));

const RULES = [
  { title: '总则', text: '为维护翰林苑全体业主的共同利益，制定本规约。' },
  { title: '公共部位', text: '业主不得占用楼道、消防通道堆放杂物。' },
  { text: '饲养宠物应当遵守有关规定，文明养犬。' },
];

/** An owners' assembly convened by the owners' committee, in session. */
async function ownersAssembly(title = '业主大会'): Promise<any> {
  const m = await scheduleMeeting(app, k.oc, { communityId: k.c.gid, kind: 'OWNERS_ASSEMBLY', title, scheduledAt: later(1), convenerId: k.c.orgs.oc.gid, participantIds: [] });
  await run('start', k.oc, { meetingId: m.id });
  return m;
}

/** A representatives' meeting of the residents' committee, with the four owners invited. */
async function representatives(start = true): Promise<any> {
  const m = await scheduleMeeting(app, k.chair, {
    communityId: k.c.gid,
    kind: 'REPRESENTATIVES',
    title: '居民代表会议',
    scheduledAt: later(1),
    convenerId: k.c.orgs.rc.gid,
    participantIds: [],
    inviteeIds: k.owners.map((o) => o.gid),
  });
  if (start) await run('start', k.chair, { meetingId: m.id });
  return m;
}

/** 征求意见 for two days, then legal review, approved by the governance center. */
async function throughReview(versionId: string, by: TestUser): Promise<void> {
  await run('openComment', by, { versionId, until: later(48) });
  clock.advance(49 * HOUR);
  await run('submit', by, { versionId });
  await run('review', reviewer, { versionId, approved: true, note: '经审查，内容合法' });
}

/**
 * A vote on a resolution: the voters take their seats (under the rules other than the owners',
 * the roll is who is present when the vote opens), vote as told, then the convener closes.
 */
async function vote(resolutionId: string, convener: TestUser, ballots: [TestUser, 'FOR' | 'AGAINST' | 'ABSTAIN'][]): Promise<any> {
  const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Resolution { rule meeting { id } } } }`, { id: resolutionId }, convener.token);
  if (!node.rule.startsWith('OWNERS_')) for (const [u] of ballots) await run('checkIn', u, { meetingId: node.meeting.id });
  await run('openVoting', convener, { resolutionId });
  for (const [u, choice] of ballots) await run('ballot', u, { resolutionId, choice });
  return run('closeVoting', convener, { resolutionId });
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  k = await createMeetingCast(app);
  reviewer = await createUser(app, { name: '综治中心审查员' });
  await seat(app, reviewer, k.c.orgs.center.id);
  // A tenant sharing the first owner's flat: one household, two residents.
  tenant = await createUser(app, { name: '租户' });
  await reside(app, tenant, k.c.id, { unitId: k.c.units[0]!.id, kind: ResidencyKind.TENANT });
  newcomer = await createUser(app, { name: '未认证住户' });
  await reside(app, newcomer, k.c.id, { unitId: k.c.units[1]!.id, verified: false });
  admin = await createUser(app, { name: '管理员', admin: true });
});
afterAll(() => app.close());

describe('管理规约 through the owners’ assembly', () => {
  it('drafts, takes comments, passes legal review, is adopted by the owners, filed, acknowledged per household, revised, superseded and repealed', async () => {
    const c0 = await run('draft', k.oc, { communityId: k.c.gid, kind: 'PROPERTY_RULES', title: '翰林苑管理规约', articles: RULES });
    expect(c0).toMatchObject({ kind: 'PROPERTY_RULES', title: '翰林苑管理规约', viewerCanManage: true, community: { id: k.c.gid }, inForce: null });
    const v1 = c0.versions[0];
    expect(v1).toMatchObject({ number: 1, status: 'DRAFT', changeSummary: null, acknowledgementCount: 0, acknowledgementRate: 0 });
    expect(v1.articles).toEqual([
      { number: 1, title: '总则', text: RULES[0]!.text },
      { number: 2, title: '公共部位', text: RULES[1]!.text },
      { number: 3, title: null, text: RULES[2]!.text },
    ]);
    expect(v1.contentHash).toBe(sha256(canonical(v1.articles)));

    // A draft is the owners' committee's: the residents' committee and the owners do not see it.
    expect(await covenant(c0.id, k.owners[0]!)).toBeNull();
    expect(await covenant(c0.id, k.chair)).toBeNull();
    expect(await version(v1.id, k.owners[0]!)).toBeNull();
    const listed = async (u: TestUser) => (await ok(app.url, `query($c: ID!) { covenants(communityId: $c) { id } }`, { c: k.c.gid }, u.token)).covenants.map((x: any) => x.id);
    expect(await listed(k.owners[0]!)).not.toContain(c0.id);
    expect(await listed(k.oc)).toContain(c0.id);

    // 征求意见: residents are told; they comment until the deadline.
    const opened = await run('openComment', k.oc, { versionId: v1.id, until: later(48) });
    expect(opened).toMatchObject({ status: 'PUBLIC_COMMENT', commentsOpenUntil: later(48) });
    expect(await notificationTypes(k.owners[0]!)).toContain('covenant.commentOpened');
    expect(await notificationTypes(tenant)).toContain('covenant.commentOpened');
    expect(await listed(k.owners[0]!)).toContain(c0.id);
    const cm = await run('comment', k.owners[0]!, { versionId: v1.id, articleNumber: 3, body: '建议明确遛狗须牵绳。' });
    expect(cm).toMatchObject({ articleNumber: 3, author: { id: k.owners[0]!.gid } });
    await run('comment', k.owners[1]!, { versionId: v1.id, body: '总体同意。' });
    const nothing = await fail('comment', k.owners[1]!, { versionId: v1.id, articleNumber: 9, body: '第九条？' });
    expect(nothing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { articleNumber: expect.any(String) } });
    expect(await code('comment', k.pm, { versionId: v1.id, body: '物业意见' })).toBe('FORBIDDEN'); // not a resident
    expect(await code('comment', k.outsider, { versionId: v1.id, body: '路过' })).toBe('NOT_FOUND');
    expect(await code('comment', newcomer, { versionId: v1.id, body: '还没认证' })).toBe('NOT_FOUND');
    // The committee reads every comment; a resident reads their own.
    const comments = async (u: TestUser) => (await version(v1.id, u, 'comments { body author { id } }')).comments;
    expect(await comments(k.oc)).toHaveLength(2);
    expect(await comments(k.owners[0]!)).toEqual([{ body: '建议明确遛狗须牵绳。', author: { id: k.owners[0]!.gid } }]);

    expect(await code('submit', k.oc, { versionId: v1.id })).toBe('INVALID_TRANSITION'); // comments still open
    clock.advance(49 * HOUR);
    expect(await code('comment', k.owners[2]!, { versionId: v1.id, body: '晚了' })).toBe('INVALID_TRANSITION');
    expect(await code('submit', k.owners[0]!, { versionId: v1.id })).toBe('FORBIDDEN');
    expect((await run('submit', k.oc, { versionId: v1.id })).status).toBe('LEGAL_REVIEW');

    // 合法性审查 by the governance center; nobody else; once.
    const oa = await ownersAssembly();
    expect(await code('toVote', k.oc, { versionId: v1.id, meetingId: oa.id, rule: 'OWNERS_ORDINARY' })).toBe('INVALID_TRANSITION'); // not reviewed yet
    expect(await code('review', k.oc, { versionId: v1.id, approved: true, note: '自审' })).toBe('FORBIDDEN');
    const reviewed = await run('review', reviewer, { versionId: v1.id, approved: true, note: '经审查，内容合法' });
    expect(reviewed).toMatchObject({ status: 'LEGAL_REVIEW', legalReview: { approved: true, note: '经审查，内容合法', reviewer: { id: reviewer.gid } } });
    expect(await code('review', reviewer, { versionId: v1.id, approved: false, note: '再审' })).toBe('INVALID_TRANSITION');

    // 管理规约 go to an owners' assembly under OWNERS_ORDINARY only.
    const wrongRule = await fail('toVote', k.oc, { versionId: v1.id, meetingId: oa.id, rule: 'SIMPLE_MAJORITY' });
    expect(wrongRule.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { rule: expect.any(String) } });
    const joint = await scheduleMeeting(app, k.chair, { communityId: k.c.gid, kind: 'JOINT', title: '联席会议', scheduledAt: later(2), convenerId: k.c.orgs.rc.gid, participantIds: [k.c.orgs.oc.gid] });
    const wrongMeeting = await fail('toVote', admin, { versionId: v1.id, meetingId: joint.id, rule: 'OWNERS_ORDINARY' });
    expect(wrongMeeting.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { meetingId: expect.any(String) } });
    expect(await code('toVote', k.chair, { versionId: v1.id, meetingId: oa.id, rule: 'OWNERS_ORDINARY' })).toBe('FORBIDDEN');
    expect((await version(v1.id, k.oc)).status).toBe('LEGAL_REVIEW');

    // The resolution's text is the articles; its textHash binds them.
    const r1 = await run('toVote', k.oc, { versionId: v1.id, meetingId: oa.id, rule: 'OWNERS_ORDINARY' });
    expect(r1).toMatchObject({ rule: 'OWNERS_ORDINARY', status: 'DRAFT', textHash: sha256(r1.text) });
    for (const a of RULES) expect(r1.text).toContain(a.text);
    expect(r1.text).toContain(v1.contentHash);
    expect(await version(v1.id, k.owners[0]!)).toMatchObject({ status: 'VOTING', resolution: { id: r1.id, textHash: r1.textHash } });
    expect(await code('revise', k.oc, { covenantId: c0.id, articles: RULES, changeSummary: '再改' })).toBe('INVALID_TRANSITION');

    // 双过半: three of four owners, 310.75 of 446.5 m², vote FOR.
    const closed = await vote(r1.id, k.oc, [[k.owners[0]!, 'FOR'], [k.owners[1]!, 'FOR'], [k.owners[2]!, 'FOR']]);
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'PASSED' });
    const c1 = await covenant(c0.id, k.owners[3]!);
    expect(c1.inForce).toEqual({ id: v1.id, number: 1, status: 'ADOPTED' });
    expect(c1.versions[0]).toMatchObject({ status: 'ADOPTED', adoptedAt: clock.now().toISOString(), resolution: { id: r1.id, outcome: 'PASSED' } });
    expect(await notificationTypes(k.owners[3]!)).toContain('covenant.adopted');

    // 备案.
    expect(await code('file', k.owners[0]!, { versionId: v1.id, filingReference: '襄城住建备〔2026〕18号' })).toBe('FORBIDDEN');
    const filed = await run('file', k.oc, { versionId: v1.id, filingReference: '襄城住建备〔2026〕18号' });
    expect(filed).toMatchObject({ status: 'FILED', filingReference: '襄城住建备〔2026〕18号', filedAt: clock.now().toISOString() });
    expect(await code('file', k.oc, { versionId: v1.id, filingReference: '再备一次' })).toBe('INVALID_TRANSITION');

    // 知晓确认 per household: the owner and the tenant of flat 1 count once; again changes nothing.
    const a1 = await run('ack', k.owners[0]!, { versionId: v1.id });
    expect(a1).toMatchObject({ acknowledgementCount: 1, acknowledgementRate: 0.25, viewerAcknowledged: true });
    const a2 = await run('ack', tenant, { versionId: v1.id });
    expect(a2).toMatchObject({ acknowledgementCount: 2, acknowledgementRate: 0.25 });
    expect(await run('ack', tenant, { versionId: v1.id })).toMatchObject({ acknowledgementCount: 2, acknowledgementRate: 0.25 });
    expect(await run('ack', k.owners[1]!, { versionId: v1.id })).toMatchObject({ acknowledgementCount: 3, acknowledgementRate: 0.5 });
    expect(await version(v1.id, k.owners[2]!, 'viewerAcknowledged')).toEqual({ viewerAcknowledged: false });
    expect(await code('ack', k.pm, { versionId: v1.id })).toBe('FORBIDDEN');
    expect(await code('ack', k.outsider, { versionId: v1.id })).toBe('NOT_FOUND');
    expect(await code('ack', newcomer, { versionId: v1.id })).toBe('NOT_FOUND');

    // 修订: a new DRAFT; the diff is against the version in force.
    const v2 = await run('revise', k.oc, {
      covenantId: c0.id,
      changeSummary: '细化公共部位条款，增加停车管理',
      articles: [RULES[0], { title: '公共部位', text: '业主不得占用楼道、消防通道、绿地堆放杂物或私搭乱建。' }, RULES[2], { title: '停车', text: '车辆应停放在划定车位内。' }],
    });
    expect(v2).toMatchObject({ number: 2, status: 'DRAFT', changeSummary: '细化公共部位条款，增加停车管理' });
    expect((await diff(v2.id, k.oc)).map((d) => [d.number, d.change])).toEqual([
      [1, 'UNCHANGED'],
      [2, 'MODIFIED'],
      [3, 'UNCHANGED'],
      [4, 'ADDED'],
    ]);
    const [, d2] = await diff(v2.id, k.oc);
    expect(d2).toEqual({ number: 2, change: 'MODIFIED', before: `公共部位\n${RULES[1]!.text}`, after: '公共部位\n业主不得占用楼道、消防通道、绿地堆放杂物或私搭乱建。' });
    expect((await diff(v1.id, k.oc, v2.id)).map((d) => d.change)).toEqual(['UNCHANGED', 'MODIFIED', 'UNCHANGED', 'REMOVED']);
    expect((await diff(v1.id, k.oc)).map((d) => d.change)).toEqual(['ADDED', 'ADDED', 'ADDED']); // nothing before it
    expect(await covenant(c0.id, k.owners[0]!)).toMatchObject({ versions: [{ id: v1.id }] }); // the new draft is not the owners' yet

    // Adopting version 2 supersedes version 1; acknowledgement starts again.
    await throughReview(v2.id, k.oc);
    const r2 = await run('toVote', k.oc, { versionId: v2.id, meetingId: oa.id, rule: 'OWNERS_ORDINARY' });
    expect((await vote(r2.id, k.oc, k.owners.map((o) => [o, 'FOR']))).outcome).toBe('PASSED');
    const c2 = await covenant(c0.id, k.owners[0]!);
    expect(c2.inForce).toEqual({ id: v2.id, number: 2, status: 'ADOPTED' });
    expect(c2.versions.map((v: any) => [v.number, v.status])).toEqual([
      [2, 'ADOPTED'],
      [1, 'SUPERSEDED'],
    ]);
    expect(c2.versions[1].supersededAt).toBe(clock.now().toISOString());
    expect(c2.versions[0]).toMatchObject({ acknowledgementCount: 0, acknowledgementRate: 0, viewerAcknowledged: false });
    expect(await code('ack', k.owners[2]!, { versionId: v1.id })).toBe('INVALID_TRANSITION'); // not in force any more
    expect((await diff(v2.id, k.oc)).map((d) => d.change)).toEqual(['UNCHANGED', 'MODIFIED', 'UNCHANGED', 'ADDED']); // in force: against the previous version

    // 废止 needs a PASSED resolution of the owners' assembly that decided nothing else.
    expect(await code('repeal', k.oc, { covenantId: c0.id, resolutionId: r2.id })).toBe('BAD_USER_INPUT'); // it adopted version 2
    const lost = await run('propose', k.oc, { meetingId: oa.id, title: '废止管理规约', text: '废止《翰林苑管理规约》。', rule: 'OWNERS_ORDINARY' });
    expect((await vote(lost.id, k.oc, k.owners.map((o) => [o, 'AGAINST']))).outcome).toBe('FAILED');
    const failedRepeal = await fail('repeal', k.oc, { covenantId: c0.id, resolutionId: lost.id });
    expect(failedRepeal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { resolutionId: 'has not PASSED' } });
    const won = await run('propose', k.oc, { meetingId: oa.id, title: '废止管理规约', text: '废止《翰林苑管理规约》。', rule: 'OWNERS_ORDINARY' });
    expect((await vote(won.id, k.oc, k.owners.map((o) => [o, 'FOR']))).outcome).toBe('PASSED');
    expect(await code('repeal', k.owners[0]!, { covenantId: c0.id, resolutionId: won.id })).toBe('FORBIDDEN');
    const repealed = await run('repeal', k.oc, { covenantId: c0.id, resolutionId: won.id });
    expect(repealed.inForce).toBeNull();
    expect(repealed.versions.map((v: any) => v.status)).toEqual(['REPEALED', 'SUPERSEDED']);
    expect(await code('repeal', k.oc, { covenantId: c0.id, resolutionId: won.id })).toBe('INVALID_TRANSITION'); // nothing in force

    // The covenant's history is one stream; the owners see it from public comment on.
    const history = async (u: TestUser) =>
      (await ok(app.url, `query($c: ID!, $s: ID) { events(communityId: $c, subjectId: $s, order: OLDEST_FIRST, first: 100) { edges { node { type } } } }`, { c: k.c.gid, s: c0.id }, u.token)).events.edges.map(
        (e: any) => e.node.type,
      );
    expect(await history(k.oc)).toEqual([
      'covenant.drafted',
      'covenant.commentOpened',
      'covenant.commented',
      'covenant.commented',
      'covenant.submittedForReview',
      'covenant.reviewed',
      'covenant.putToVote',
      'covenant.adopted',
      'covenant.filed',
      'covenant.acknowledged',
      'covenant.acknowledged',
      'covenant.acknowledged',
      'covenant.revised',
      'covenant.commentOpened',
      'covenant.submittedForReview',
      'covenant.reviewed',
      'covenant.putToVote',
      'covenant.adopted',
      'covenant.repealed',
    ]);
    const owners = await history(k.owners[3]!);
    expect(owners).not.toContain('covenant.drafted');
    expect(owners).not.toContain('covenant.revised');
    expect(owners).toContain('covenant.adopted');
  });
});

describe('the adopting resolution is bound to the content hash', () => {
  /** A 管理规约 of one article, reviewed, put to the owners' assembly and voted FOR by every owner, not yet closed. */
  async function votedButOpen(title: string) {
    const c = await run('draft', k.oc, { communityId: k.c.gid, kind: 'PROPERTY_RULES', title, articles: [{ text: '业主应按时交纳物业费。' }] });
    const v = c.versions[0];
    await throughReview(v.id, k.oc);
    const oa = await ownersAssembly(`${title}表决`);
    const r = await run('toVote', k.oc, { versionId: v.id, meetingId: oa.id, rule: 'OWNERS_ORDINARY' });
    await run('openVoting', k.oc, { resolutionId: r.id });
    for (const o of k.owners) await run('ballot', o, { resolutionId: r.id, choice: 'FOR' });
    return { c, v, r, oa };
  }

  it('articles changed in the database between the vote and its close: the passed vote does not adopt them', async () => {
    const { c, v, r } = await votedButOpen('二期管理规约');
    await em(app).execute(`UPDATE covenant_versions SET articles = jsonb_set(articles, '{0,text}', '"业主无须交纳物业费。"') WHERE id = ?`, [keyOf(v.id)]);
    expect((await run('closeVoting', k.oc, { resolutionId: r.id })).outcome).toBe('PASSED');
    const after = await covenant(c.id, k.oc);
    expect(after.inForce).toBeNull();
    expect(after.versions[0]).toMatchObject({ status: 'REJECTED', rejection: 'CONTENT_CHANGED', adoptedAt: null });
    expect(await code('ack', k.owners[0]!, { versionId: v.id })).toBe('INVALID_TRANSITION');
  });

  it('even with the stored hash rewritten to match the new articles: the resolution’s text no longer matches', async () => {
    const { c, v, oa } = await votedButOpen('三期管理规约');
    const forged = [{ number: 1, title: null, text: '业主无须交纳物业费。' }];
    await em(app).execute(`UPDATE covenant_versions SET articles = ?::jsonb, content_hash = ? WHERE id = ?`, [JSON.stringify(forged), sha256(canonical(forged)), keyOf(v.id)]);
    // Closing at adjournment takes the same path as closeVoting.
    await run('adjourn', k.oc, { meetingId: oa.id });
    const after = await covenant(c.id, k.oc);
    expect(after.versions[0]).toMatchObject({ status: 'REJECTED', rejection: 'CONTENT_CHANGED', resolution: { outcome: 'PASSED' } });
    expect(after.inForce).toBeNull();
  });
});

describe('管理规约 without art. 278’s turnout', () => {
  it('one owner of four voting is NO_QUORUM: the version is REJECTED with NO_QUORUM and may be revised', async () => {
    const c = await run('draft', k.oc, { communityId: k.c.gid, kind: 'PROPERTY_RULES', title: '车位管理规约', articles: [{ text: '车辆停放在划定车位内。' }] });
    const v = c.versions[0];
    await throughReview(v.id, k.oc);
    const oa = await ownersAssembly('车位管理规约表决');
    const r = await run('toVote', k.oc, { versionId: v.id, meetingId: oa.id, rule: 'OWNERS_ORDINARY' });
    expect((await vote(r.id, k.oc, [[k.owners[3]!, 'FOR']])).outcome).toBe('NO_QUORUM');
    expect(await version(v.id, k.oc)).toMatchObject({ status: 'REJECTED', rejection: 'NO_QUORUM', resolution: { outcome: 'NO_QUORUM' } });
    expect((await run('revise', k.oc, { covenantId: c.id, articles: [{ text: '车辆停放在划定车位内，不得占用消防通道。' }], changeSummary: '再议' })).number).toBe(2);
  });
});

describe('居民公约 through the representatives’ meeting: rejection paths', () => {
  it('a rejected review, a failed vote, a stranded motion and a vote too few supported; each rejection allows a revision', async () => {
    const ARTICLES = [{ title: '邻里', text: '邻里之间互谅互让，和睦相处。' }, { text: '爱护公共设施，垃圾分类投放。' }];
    expect(await code('draft', k.oc, { communityId: k.c.gid, kind: 'RESIDENTS_CONVENTION', title: '居民公约', articles: ARTICLES })).toBe('FORBIDDEN');
    const c0 = await run('draft', k.chair, { communityId: k.c.gid, kind: 'RESIDENTS_CONVENTION', title: '檀溪社区居民公约', articles: ARTICLES });
    // The party organization shares the responsibility; the owners' committee does not see the draft.
    expect((await covenant(c0.id, k.party)).viewerCanManage).toBe(true);
    expect(await covenant(c0.id, k.oc)).toBeNull();
    const v1 = c0.versions[0];

    // 1. The legal review says no.
    await run('openComment', k.party, { versionId: v1.id, until: later(24) });
    clock.advance(25 * HOUR);
    await run('submit', k.chair, { versionId: v1.id });
    const no = await run('review', reviewer, { versionId: v1.id, approved: false, note: '第二条与上位法不一致' });
    expect(no).toMatchObject({ status: 'REJECTED', rejection: 'LEGAL_REVIEW', legalReview: { approved: false } });
    expect(await code('review', reviewer, { versionId: v1.id, approved: true, note: '改判' })).toBe('INVALID_TRANSITION');

    // 2. Revised; put to a representatives' meeting (not a joint meeting, not an owners' rule); the vote fails.
    const v2 = await run('revise', k.chair, { covenantId: c0.id, articles: ARTICLES, changeSummary: '依审查意见修改' });
    expect(v2).toMatchObject({ number: 2, status: 'DRAFT' });
    await throughReview(v2.id, k.chair);
    const joint = await scheduleMeeting(app, k.chair, { communityId: k.c.gid, kind: 'JOINT', title: '联席会议', scheduledAt: later(1), convenerId: k.c.orgs.rc.gid, participantIds: [] });
    expect((await fail('toVote', k.chair, { versionId: v2.id, meetingId: joint.id, rule: 'SIMPLE_MAJORITY' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { meetingId: expect.any(String) } });
    const rep = await representatives();
    expect((await fail('toVote', k.chair, { versionId: v2.id, meetingId: rep.id, rule: 'OWNERS_ORDINARY' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { rule: expect.any(String) } });
    const r2 = await run('toVote', k.chair, { versionId: v2.id, meetingId: rep.id, rule: 'SIMPLE_MAJORITY' });
    const failed = await vote(r2.id, k.chair, [[k.chair, 'FOR'], [k.rc1, 'AGAINST'], [k.rc2, 'AGAINST'], [k.owners[0]!, 'AGAINST'], [k.owners[1]!, 'ABSTAIN']]);
    expect(failed.outcome).toBe('FAILED');
    expect(await version(v2.id, k.owners[0]!)).toMatchObject({ status: 'REJECTED', rejection: 'VOTE_FAILED', resolution: { id: r2.id, outcome: 'FAILED' } });
    expect(await notificationTypes(k.rc1)).toContain('covenant.rejected');

    // 3. Revised again; put to a meeting that is cancelled before it votes: the motion is stranded,
    // and the version goes to another meeting, where too few vote FOR before adjournment: under
    // ABSOLUTE_MAJORITY, one FOR of the five present fails.
    const v3 = await run('revise', k.chair, { covenantId: c0.id, articles: [...ARTICLES, { text: '文明养犬。' }], changeSummary: '增加文明养犬' });
    await throughReview(v3.id, k.chair);
    const doomed = await representatives(false);
    await run('toVote', k.chair, { versionId: v3.id, meetingId: doomed.id, rule: 'SIMPLE_MAJORITY' });
    const busy = await representatives();
    expect(await code('toVote', k.chair, { versionId: v3.id, meetingId: busy.id, rule: 'ABSOLUTE_MAJORITY' })).toBe('INVALID_TRANSITION'); // its motion can still be voted
    await run('cancel', k.chair, { meetingId: doomed.id, reason: '改期' });
    const r3 = await run('toVote', k.chair, { versionId: v3.id, meetingId: busy.id, rule: 'ABSOLUTE_MAJORITY' });
    expect((await version(v3.id, k.chair)).resolution.id).toBe(r3.id);
    for (const u of [k.chair, k.rc1, k.rc2, k.owners[0]!, k.owners[1]!]) await run('checkIn', u, { meetingId: busy.id });
    await run('openVoting', k.chair, { resolutionId: r3.id });
    await run('ballot', k.chair, { resolutionId: r3.id, choice: 'FOR' });
    await run('adjourn', k.chair, { meetingId: busy.id });
    expect(await version(v3.id, k.chair)).toMatchObject({ status: 'REJECTED', rejection: 'VOTE_FAILED', resolution: { outcome: 'FAILED' } });
    expect((await covenant(c0.id, k.owners[0]!)).inForce).toBeNull();
    expect((await run('revise', k.chair, { covenantId: c0.id, articles: ARTICLES, changeSummary: '再议' })).number).toBe(4);
  });
});

describe('policy', () => {
  it('who drafts which kind; drafts hidden from everyone else; legal review by governance centers only', async () => {
    const input = (kind: string) => ({ communityId: k.c.gid, kind, title: '规则', articles: [{ text: '第一条。' }] });
    expect(await code('draft', k.chair, input('PROPERTY_RULES'))).toBe('FORBIDDEN');
    expect(await code('draft', k.oc, input('VILLAGE_RULES'))).toBe('FORBIDDEN');
    expect(await code('draft', k.pm, input('PROCEDURE_RULES'))).toBe('FORBIDDEN');
    expect(await code('draft', k.owners[0]!, input('RESIDENTS_CONVENTION'))).toBe('FORBIDDEN');
    expect(await code('draft', k.outsider, input('RESIDENTS_CONVENTION'))).toBe('FORBIDDEN');
    expect(await code('draft', null, input('RESIDENTS_CONVENTION'))).toBe('UNAUTHENTICATED');
    const c = await run('draft', k.party, input('PROCEDURE_RULES'));
    const v = c.versions[0];

    // A draft is NOT_FOUND for those who may not see it, whatever they try.
    for (const u of [k.owners[0]!, k.outsider, k.oc, reviewer]) {
      expect(await code('openComment', u, { versionId: v.id, until: later(24) })).toBe('NOT_FOUND');
      expect(await code('revise', u, { covenantId: c.id, articles: [{ text: 'x' }], changeSummary: 'x' })).toBe('NOT_FOUND');
      expect(await version(v.id, u)).toBeNull();
    }
    await run('openComment', k.chair, { versionId: v.id, until: later(24) });
    // Once public: seen by the community, managed by the responsible organizations only.
    expect(await code('openComment', k.owners[0]!, { versionId: v.id, until: later(24) })).toBe('FORBIDDEN');
    expect(await code('submit', k.oc, { versionId: v.id })).toBe('FORBIDDEN');
    expect(await version(v.id, k.outsider)).toBeNull();
    expect(await covenant(c.id, k.outsider)).toBeNull();
    expect(await code('ack', k.owners[0]!, { versionId: v.id })).toBe('INVALID_TRANSITION'); // not in force
    clock.advance(25 * HOUR);
    await run('submit', k.chair, { versionId: v.id });
    expect(await code('review', k.chair, { versionId: v.id, approved: true, note: '自审' })).toBe('FORBIDDEN');
    expect(await code('review', k.owners[0]!, { versionId: v.id, approved: true, note: '自审' })).toBe('FORBIDDEN');

    // Another community's governance center: not found. The township's: reviews.
    const other = await createCommunity(app, '别的社区');
    const stranger = await createUser(app, { name: '别的审查员' });
    await seat(app, stranger, other.orgs.center.id);
    expect(await code('review', stranger, { versionId: v.id, approved: true, note: '越权' })).toBe('NOT_FOUND');
    const e = em(app);
    const township = e.create(Organization, { community: null, kind: OrganizationKind.GOVERNANCE_CENTER, name: '檀溪街道综治中心', level: RegionLevel.TOWNSHIP, region: await placeIn(app, TANXI) });
    await e.flush();
    const townshipReviewer = await createUser(app, { name: '街道审查员' });
    await seat(app, townshipReviewer, township.id, MemberRole.STAFF);
    expect(await run('review', townshipReviewer, { versionId: v.id, approved: true, note: '街道审查通过' })).toMatchObject({ legalReview: { approved: true, reviewer: { id: townshipReviewer.gid } } });
  });
});

describe('bad input gets a coded error and changes nothing', () => {
  it('bounds on articles, titles, dates, comments and IDs', async () => {
    const counts = async () => {
      const [row] = await em(app).execute<{ c: number; v: number; cm: number; ev: number }[]>(
        `SELECT (SELECT count(*)::int FROM covenants) AS c, (SELECT count(*)::int FROM covenant_versions) AS v,
                (SELECT count(*)::int FROM covenant_comments) AS cm, (SELECT count(*)::int FROM domain_events WHERE type LIKE 'covenant.%') AS ev`,
      );
      return row!;
    };
    const before = await counts();
    const draft = (articles: unknown, title = '公约') => fail('draft', k.chair, { communityId: k.c.gid, kind: 'RESIDENTS_CONVENTION', title, articles });
    expect((await draft(Array.from({ length: 201 }, () => ({ text: '条' })))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { articles: expect.any(String) } });
    expect((await draft([])).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { articles: expect.any(String) } });
    expect((await draft([{ text: '好' }, { text: 'x'.repeat(5001) }])).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'articles.1.text': expect.any(String) } });
    expect((await draft([{ text: '   ' }])).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'articles.0.text': expect.any(String) } });
    expect((await draft([{ title: '', text: '好' }])).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'articles.0.title': expect.any(String) } });
    expect((await draft([{ text: '好' }], ' ')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { title: expect.any(String) } });
    expect((await fail('draft', k.chair, { communityId: 'nope', kind: 'RESIDENTS_CONVENTION', title: '公约', articles: [{ text: '好' }] })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { communityId: expect.any(String) },
    });
    expect(await counts()).toEqual(before);

    const c = await run('draft', k.chair, { communityId: k.c.gid, kind: 'VILLAGE_RULES', title: '村规民约', articles: [{ text: '第一条。' }] });
    const v = c.versions[0];
    const mid = await counts();
    expect((await fail('openComment', k.chair, { versionId: v.id, until: later(-1) })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { until: 'must be in the future' } });
    expect((await fail('openComment', k.chair, { versionId: v.id, until: later(24 * 91) })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { until: expect.any(String) } });
    expect((await fail('openComment', k.chair, { versionId: 'bad', until: later(24) })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { versionId: expect.any(String) } });
    expect((await version(v.id, k.chair)).status).toBe('DRAFT');
    expect((await fail('revise', k.chair, { covenantId: c.id, articles: [{ text: '改' }], changeSummary: '' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { changeSummary: expect.any(String) } });
    expect(await code('revise', k.chair, { covenantId: c.id, articles: [{ text: '改' }], changeSummary: '改' })).toBe('INVALID_TRANSITION'); // a draft is in progress
    await run('openComment', k.chair, { versionId: v.id, until: later(24) });
    const mid2 = await counts();
    expect((await fail('comment', k.owners[0]!, { versionId: v.id, body: 'x'.repeat(2001) })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { body: expect.any(String) } });
    expect((await fail('comment', k.owners[0]!, { versionId: v.id, articleNumber: 2, body: '第二条？' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { articleNumber: expect.any(String) } });
    expect((await fail('comment', k.owners[0]!, { versionId: v.id, articleNumber: 0, body: '第零条？' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { articleNumber: expect.any(String) } });
    expect(await counts()).toEqual({ ...mid, ev: mid2.ev });
    expect(mid2.ev).toBe(mid.ev + 1);
    // A diff against a version of another covenant is refused.
    const other = await run('draft', k.chair, { communityId: k.c.gid, kind: 'PROCEDURE_RULES', title: '议事规则', articles: [{ text: '第一条。' }] });
    const r = await gql(app.url, `query($id: ID!, $a: ID) { node(id: $id) { ... on CovenantVersion { diff(against: $a) { number } } } }`, { id: v.id, a: other.versions[0].id }, k.chair.token);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { against: expect.any(String) } });
  });

  it('200 articles are accepted, and the hash covers every one of them', async () => {
    const articles = Array.from({ length: 200 }, (_, i) => ({ title: `第${i + 1}条`, text: `${i}` + '文'.repeat(99) }));
    const c = await run('draft', k.chair, { communityId: k.c.gid, kind: 'PROCEDURE_RULES', title: '长规则', articles });
    expect(c.versions[0].articles).toHaveLength(200);
    expect(c.versions[0].contentHash).toBe(sha256(canonical(c.versions[0].articles)));
  });
});

/** The storage key behind a global ID. */
function keyOf(gid: string): string {
  return Buffer.from(gid, 'base64url').toString('utf8').split(':')[1]!;
}
