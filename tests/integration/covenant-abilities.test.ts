import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { ManualClock } from '../../server/core/clock.js';
import { createMeetingCast, scheduleMeeting, type MeetingCast } from '../factories/meetings.js';
import { createUser, reside, seat, type TestUser } from '../factories/index.js';

/**
 * What `viewerActions` offers is what the API does: for a matrix of viewers and a covenant version
 * in every status, each action offered succeeds for that viewer, and each action not offered is
 * refused (FORBIDDEN or INVALID_TRANSITION; NOT_FOUND when the viewer does not see the version).
 * The offers themselves are pinned too, so an empty offer cannot pass for a right one.
 */
const HOUR = 3_600_000;
const clock = new ManualClock(new Date('2026-10-01T00:00:00.000Z'));
const later = (h: number) => new Date(clock.now().getTime() + h * HOUR).toISOString();

let app: TestApp;
let k: MeetingCast;
let reviewer: TestUser;
let newcomer: TestUser;
let admin: TestUser;
/** The owners' assembly, in session, that the fixtures' votes are put to. */
let assembly: string;

/** A step's mutation: its field, its input type and the input. */
type Step = [string, string, Record<string, unknown>];
type Viewer = 'rcMember' | 'ocMember' | 'resident' | 'unverified' | 'outsider' | 'admin' | 'reviewer';
const VIEWERS: Viewer[] = ['rcMember', 'ocMember', 'resident', 'unverified', 'outsider', 'admin', 'reviewer'];
const user = (v: Viewer): TestUser =>
  ({ rcMember: k.chair, ocMember: k.oc, resident: k.owners[0]!, unverified: newcomer, outsider: k.outsider, admin, reviewer })[v];

const VERSION_ACTIONS = ['OPEN_PUBLIC_COMMENT', 'COMMENT', 'SUBMIT_FOR_LEGAL_REVIEW', 'RECORD_LEGAL_REVIEW', 'PUT_TO_VOTE', 'FILE', 'ACKNOWLEDGE'] as const;
const COVENANT_ACTIONS = ['REVISE', 'REPEAL'] as const;
type Action = (typeof VERSION_ACTIONS)[number] | (typeof COVENANT_ACTIONS)[number];
/** Actions that change nothing a second viewer's offer depends on: performed on the fixture itself. */
const IN_PLACE: readonly Action[] = ['COMMENT', 'ACKNOWLEDGE'];

interface Fixture {
  covenantId: string;
  versionId: string;
}

async function run(field: string, type: string, by: TestUser, input: Record<string, unknown>): Promise<any> {
  return (await ok(app.url, `mutation($input: ${type}!) { ${field}(input: $input) { id } }`, { input }, by.token))[field];
}

/**
 * The mutation behind each action, with an input that is good wherever the action is allowed. A
 * repeal that is to succeed gets a resolution passed for it (after the version was adopted); one
 * that is to be refused gets `repealable`, good but for when it passed.
 */
async function perform(a: Action, by: TestUser, fx: Fixture, toSucceed = false) {
  const versionId = fx.versionId;
  // Only REPEAL has something to wait for; the other steps are their mutation's arguments as they are.
  const steps: Record<Action, () => Step | Promise<Step>> = {
    OPEN_PUBLIC_COMMENT: () => ['openPublicComment', 'OpenPublicCommentInput', { versionId, until: later(24) }],
    COMMENT: () => ['commentOnCovenant', 'CommentOnCovenantInput', { versionId, body: '同意。' }],
    SUBMIT_FOR_LEGAL_REVIEW: () => ['submitForLegalReview', 'CovenantVersionRefInput', { versionId }],
    RECORD_LEGAL_REVIEW: () => ['recordLegalReview', 'RecordLegalReviewInput', { versionId, approved: true, note: '经审查，内容合法' }],
    PUT_TO_VOTE: () => ['putCovenantToVote', 'PutCovenantToVoteInput', { versionId, meetingId: assembly, rule: 'OWNERS_ORDINARY' }],
    FILE: () => ['fileCovenant', 'FileCovenantInput', { versionId, filingReference: '备〔2026〕1号' }],
    ACKNOWLEDGE: () => ['acknowledgeCovenant', 'CovenantVersionRefInput', { versionId }],
    REVISE: () => ['reviseCovenant', 'ReviseCovenantInput', { covenantId: fx.covenantId, articles: [{ text: '修订后的条款。' }], changeSummary: '修订' }],
    REPEAL: async () => ['repealCovenant', 'RepealCovenantInput', { covenantId: fx.covenantId, resolutionId: toSucceed ? await passedResolution() : repealable }],
  };
  const [field, type, input] = await steps[a]();
  return gql(app.url, `mutation($input: ${type}!) { ${field}(input: $input) { id } }`, { input }, by.token);
}
/** A PASSED resolution of the owners' assembly bound to nothing, for a repeal refused before it looks at it. */
let repealable: string;

async function offers(v: Viewer, fx: Fixture): Promise<{ sees: boolean; actions: Action[] }> {
  const r = await ok(
    app.url,
    `query($v: ID!, $c: ID!) { node(id: $v) { ... on CovenantVersion { viewerActions } } covenant(id: $c) { viewerActions } }`,
    { v: fx.versionId, c: fx.covenantId },
    user(v).token,
  );
  return { sees: !!r.node, actions: [...(r.node?.viewerActions ?? []), ...(r.covenant?.viewerActions ?? [])] };
}

/** A vote at the assembly: three of the four owners FOR (双过半), closed by the owners' committee. */
async function passVote(resolutionId: string): Promise<void> {
  await run('openVoting', 'ResolutionRefInput', k.oc, { resolutionId });
  for (const o of k.owners.slice(0, 3)) await run('castBallot', 'CastBallotInput', o, { resolutionId, choice: 'FOR' });
  await run('closeVoting', 'ResolutionRefInput', k.oc, { resolutionId });
}
async function passedResolution(): Promise<string> {
  const r = await run('proposeResolution', 'ProposeResolutionInput', k.oc, { meetingId: assembly, title: '废止管理规约', text: '废止。', rule: 'OWNERS_ORDINARY' });
  await passVote(r.id);
  return r.id;
}

// The fixtures: a 管理规约 (the owners' committee's) in each status, made through the API.
let n = 0;
async function draft(kind = 'PROPERTY_RULES', by = k.oc): Promise<Fixture> {
  const c = await ok(
    app.url,
    `mutation($input: DraftCovenantInput!) { draftCovenant(input: $input) { id versions { id } } }`,
    { input: { communityId: k.c.gid, kind, title: `规约${++n}`, articles: [{ text: '业主应按时交纳物业费。' }] } },
    by.token,
  );
  return { covenantId: c.draftCovenant.id, versionId: c.draftCovenant.versions[0].id };
}
async function commentsOpen(): Promise<Fixture> {
  const fx = await draft();
  await run('openPublicComment', 'OpenPublicCommentInput', k.oc, { versionId: fx.versionId, until: later(1) });
  return fx;
}
async function commentsClosed(): Promise<Fixture> {
  const fx = await commentsOpen();
  clock.advance(HOUR + 1);
  return fx;
}
async function awaitingReview(): Promise<Fixture> {
  const fx = await commentsClosed();
  await run('submitForLegalReview', 'CovenantVersionRefInput', k.oc, { versionId: fx.versionId });
  return fx;
}
async function approved(): Promise<Fixture> {
  const fx = await awaitingReview();
  await run('recordLegalReview', 'RecordLegalReviewInput', reviewer, { versionId: fx.versionId, approved: true, note: '合法' });
  return fx;
}
async function rejected(): Promise<Fixture> {
  const fx = await awaitingReview();
  await run('recordLegalReview', 'RecordLegalReviewInput', reviewer, { versionId: fx.versionId, approved: false, note: '不合法' });
  return fx;
}
async function voting(): Promise<Fixture & { resolutionId: string }> {
  const fx = await approved();
  const r = await run('putCovenantToVote', 'PutCovenantToVoteInput', k.oc, { versionId: fx.versionId, meetingId: assembly, rule: 'OWNERS_ORDINARY' });
  return { ...fx, resolutionId: r.id };
}
async function stranded(): Promise<Fixture> {
  const fx = await approved();
  const m = await scheduleMeeting(app, k.oc, { communityId: k.c.gid, kind: 'OWNERS_ASSEMBLY', title: '改期的业主大会', scheduledAt: later(2), convenerId: k.c.orgs.oc.gid, participantIds: [] });
  await run('putCovenantToVote', 'PutCovenantToVoteInput', k.oc, { versionId: fx.versionId, meetingId: m.id, rule: 'OWNERS_ORDINARY' });
  await run('cancelMeeting', 'CancelMeetingInput', k.oc, { meetingId: m.id, reason: '改期' });
  return fx;
}
async function adopted(): Promise<Fixture> {
  const fx = await voting();
  await passVote(fx.resolutionId);
  return fx;
}
async function filed(): Promise<Fixture> {
  const fx = await adopted();
  await run('fileCovenant', 'FileCovenantInput', k.oc, { versionId: fx.versionId, filingReference: '备〔2026〕0号' });
  return fx;
}
async function superseded(): Promise<Fixture> {
  const fx = await adopted();
  const v2 = await run('reviseCovenant', 'ReviseCovenantInput', k.oc, { covenantId: fx.covenantId, articles: [{ text: '第二版。' }], changeSummary: '第二版' });
  await run('openPublicComment', 'OpenPublicCommentInput', k.oc, { versionId: v2.id, until: later(1) });
  clock.advance(HOUR + 1);
  await run('submitForLegalReview', 'CovenantVersionRefInput', k.oc, { versionId: v2.id });
  await run('recordLegalReview', 'RecordLegalReviewInput', reviewer, { versionId: v2.id, approved: true, note: '合法' });
  const r = await run('putCovenantToVote', 'PutCovenantToVoteInput', k.oc, { versionId: v2.id, meetingId: assembly, rule: 'OWNERS_ORDINARY' });
  await passVote(r.id);
  return fx;
}
async function repealed(): Promise<Fixture> {
  const fx = await adopted();
  await run('repealCovenant', 'RepealCovenantInput', k.oc, { covenantId: fx.covenantId, resolutionId: await passedResolution() });
  return fx;
}

const REFUSED = ['FORBIDDEN', 'INVALID_TRANSITION', 'NOT_FOUND'];

/**
 * The offers of every viewer on a fresh fixture must be `expected` (viewers left out are offered
 * nothing); every action not offered is refused; then each offered action is performed by its
 * viewer: on the fixture itself for the first that changes it (and for those that change nothing
 * another's offer depends on), on a fresh fixture for the rest.
 */
async function holds(make: () => Promise<Fixture>, expected: Partial<Record<Viewer, Action[]>>): Promise<void> {
  const fx = await make();
  const seen = Object.fromEntries(await Promise.all(VIEWERS.map(async (v) => [v, await offers(v, fx)] as const))) as Record<Viewer, { sees: boolean; actions: Action[] }>;
  expect(Object.fromEntries(VIEWERS.map((v) => [v, [...seen[v].actions].sort()]))).toEqual(Object.fromEntries(VIEWERS.map((v) => [v, [...(expected[v] ?? [])].sort()])));

  for (const v of VIEWERS) {
    const refused = [...VERSION_ACTIONS, ...COVENANT_ACTIONS].filter((a) => !seen[v].actions.includes(a));
    const codes = await Promise.all(refused.map(async (a) => [a, (await perform(a, user(v), fx)).errors?.[0]?.extensions?.code ?? 'SUCCEEDED'] as const));
    for (const [a, code] of codes) {
      expect({ viewer: v, action: a, refused: REFUSED.includes(code) }).toEqual({ viewer: v, action: a, refused: true });
      // NOT_FOUND only for a viewer who does not see the version.
      if (code === 'NOT_FOUND') expect({ viewer: v, action: a, sees: seen[v].sees }).toEqual({ viewer: v, action: a, sees: false });
    }
  }

  let fresh = false;
  for (const v of VIEWERS) {
    for (const a of seen[v].actions) {
      const inPlace = IN_PLACE.includes(a);
      const target = inPlace || !fresh ? fx : await make();
      if (!inPlace) fresh = true;
      const r = await perform(a, user(v), target, true);
      expect({ viewer: v, action: a, errors: r.errors ?? [] }).toEqual({ viewer: v, action: a, errors: [] });
    }
  }
}

beforeAll(async () => {
  app = await startTestApp({ clock });
  k = await createMeetingCast(app);
  reviewer = await createUser(app, { name: '综治中心审查员' });
  await seat(app, reviewer, k.c.orgs.center.id);
  newcomer = await createUser(app, { name: '未认证住户' });
  await reside(app, newcomer, k.c.id, { unitId: k.c.units[1]!.id, verified: false });
  admin = await createUser(app, { name: '管理员', admin: true });
  const m = await scheduleMeeting(app, k.oc, { communityId: k.c.gid, kind: 'OWNERS_ASSEMBLY', title: '业主大会', scheduledAt: later(1), convenerId: k.c.orgs.oc.gid, participantIds: [] });
  await run('startMeeting', 'MeetingRefInput', k.oc, { meetingId: m.id });
  assembly = m.id;
  repealable = await passedResolution();
});
afterAll(() => app.close());

describe('covenant viewerActions agree with the API', { timeout: 600_000 }, () => {
  it('DRAFT: the responsible organization opens comment; nobody else sees it', async () => {
    await holds(() => draft(), { ocMember: ['OPEN_PUBLIC_COMMENT'], admin: ['OPEN_PUBLIC_COMMENT'] });
    // A residents' convention is the residents' committee's.
    await holds(() => draft('RESIDENTS_CONVENTION', k.chair), { rcMember: ['OPEN_PUBLIC_COMMENT'], admin: ['OPEN_PUBLIC_COMMENT'] });
  });

  it('PUBLIC_COMMENT, open: verified residents comment; submitting waits for the deadline', async () => {
    await holds(commentsOpen, { resident: ['COMMENT'] });
    const fx = await commentsOpen();
    const waiting = async (u: TestUser) =>
      (await ok(app.url, `query($v: ID!) { node(id: $v) { ... on CovenantVersion { viewerActionsOnceCommentsClose } } }`, { v: fx.versionId }, u.token)).node;
    expect(await waiting(k.oc)).toEqual({ viewerActionsOnceCommentsClose: ['SUBMIT_FOR_LEGAL_REVIEW'] });
    expect(await waiting(k.owners[0]!)).toEqual({ viewerActionsOnceCommentsClose: [] });
    clock.advance(HOUR + 1);
    expect(await waiting(k.oc)).toEqual({ viewerActionsOnceCommentsClose: [] });
    expect((await offers('ocMember', fx)).actions).toEqual(['SUBMIT_FOR_LEGAL_REVIEW']);
  });

  it('PUBLIC_COMMENT, closed: the responsible organization submits it for review', async () => {
    await holds(commentsClosed, { ocMember: ['SUBMIT_FOR_LEGAL_REVIEW'], admin: ['SUBMIT_FOR_LEGAL_REVIEW'] });
  });

  it('LEGAL_REVIEW: a governance center records the review, once; then the text goes to the vote', async () => {
    await holds(awaitingReview, { reviewer: ['RECORD_LEGAL_REVIEW'], admin: ['RECORD_LEGAL_REVIEW'] });
    await holds(approved, { ocMember: ['PUT_TO_VOTE'], admin: ['PUT_TO_VOTE'] });
  });

  it('VOTING: nothing while its motion can be voted; a stranded motion goes to another meeting', async () => {
    await holds(voting, {});
    await holds(stranded, { ocMember: ['PUT_TO_VOTE'], admin: ['PUT_TO_VOTE'] });
  });

  it('ADOPTED and FILED: filed, acknowledged by residents, revised and repealed by the responsible organization', async () => {
    await holds(adopted, { ocMember: ['FILE', 'REVISE', 'REPEAL'], admin: ['FILE', 'REVISE', 'REPEAL'], resident: ['ACKNOWLEDGE'] });
    await holds(filed, { ocMember: ['REVISE', 'REPEAL'], admin: ['REVISE', 'REPEAL'], resident: ['ACKNOWLEDGE'] });
  });

  it('SUPERSEDED, REJECTED and REPEALED: nothing on the version; the covenant may be revised', async () => {
    // Superseded: the covenant has the next version in force.
    await holds(superseded, { ocMember: ['REVISE', 'REPEAL'], admin: ['REVISE', 'REPEAL'] });
    await holds(rejected, { ocMember: ['REVISE'], admin: ['REVISE'] });
    await holds(repealed, { ocMember: ['REVISE'], admin: ['REVISE'] });
  });
});

describe('the fields the covenant screens take their rules from', { timeout: 300_000 }, () => {
  it('Community.draftableCovenants: each kind offered is drafted, adopted by the body it names; the others are refused', async () => {
    const offer = async (u: TestUser) =>
      (await ok(app.url, `query($id: ID!) { community(id: $id) { draftableCovenants { kind adoptedBy { meetingKind rules } } } }`, { id: k.c.gid }, u.token)).community.draftableCovenants;
    const representatives = { meetingKind: 'REPRESENTATIVES', rules: ['SIMPLE_MAJORITY', 'ABSOLUTE_MAJORITY', 'TWO_THIRDS'] };
    expect(await offer(k.oc)).toEqual([{ kind: 'PROPERTY_RULES', adoptedBy: { meetingKind: 'OWNERS_ASSEMBLY', rules: ['OWNERS_ORDINARY'] } }]);
    expect(await offer(k.chair)).toEqual(
      ['RESIDENTS_CONVENTION', 'VILLAGE_RULES', 'PROCEDURE_RULES'].map((kind) => ({ kind, adoptedBy: representatives })),
    );
    expect(await offer(k.owners[0]!)).toEqual([]);
    for (const [by, offered] of [[k.oc, await offer(k.oc)], [k.chair, await offer(k.chair)]] as const) {
      for (const kind of ['RESIDENTS_CONVENTION', 'PROPERTY_RULES', 'VILLAGE_RULES', 'PROCEDURE_RULES']) {
        const o = (offered as { kind: string; adoptedBy: unknown }[]).find((x) => x.kind === kind);
        const r = await gql(
          app.url,
          `mutation($input: DraftCovenantInput!) { draftCovenant(input: $input) { adoptedBy { meetingKind rules } } }`,
          { input: { communityId: k.c.gid, kind, title: `起草${++n}`, articles: [{ text: '条款。' }] } },
          by.token,
        );
        if (o) expect(r.data?.draftCovenant.adoptedBy).toEqual(o.adoptedBy);
        else expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
  });

  it('CovenantVersion.awaitingLegalReview: true while a review is still to be recorded, and it is recorded then', async () => {
    const awaiting = async (fx: Fixture, u: TestUser) =>
      (await ok(app.url, `query($v: ID!) { node(id: $v) { ... on CovenantVersion { awaitingLegalReview } } }`, { v: fx.versionId }, u.token)).node?.awaitingLegalReview;
    const closed = await commentsClosed();
    expect(await awaiting(closed, k.oc)).toBe(false);
    const review = { versionId: closed.versionId, approved: true, note: '合法' };
    expect((await gql(app.url, `mutation($input: RecordLegalReviewInput!) { recordLegalReview(input: $input) { id } }`, { input: review }, reviewer.token)).errors?.[0]?.extensions?.code).toBe(
      'INVALID_TRANSITION',
    );
    const fx = await awaitingReview();
    expect([await awaiting(fx, k.oc), await awaiting(fx, reviewer), await awaiting(fx, k.owners[0]!)]).toEqual([true, true, true]);
    await run('recordLegalReview', 'RecordLegalReviewInput', reviewer, { versionId: fx.versionId, approved: true, note: '合法' });
    expect(await awaiting(fx, k.oc)).toBe(false);
    const again = await gql(app.url, `mutation($input: RecordLegalReviewInput!) { recordLegalReview(input: $input) { id } }`, { input: { ...review, versionId: fx.versionId } }, reviewer.token);
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('Covenant.repealResolutions: each one offered repeals it; one passed before the adoption is refused', async () => {
    const fx = await adopted();
    const listed = async (u: TestUser) =>
      ((await ok(app.url, `query($c: ID!) { covenant(id: $c) { repealResolutions { id } } }`, { c: fx.covenantId }, u.token)).covenant?.repealResolutions ?? []).map(
        (r: { id: string }) => r.id,
      );
    // Nothing passed since the adoption yet: the one passed before it, and the adopting one, are not offered.
    expect(await listed(k.oc)).toEqual([]);
    const passed = await passedResolution();
    expect(await listed(k.oc)).toEqual([passed]);
    expect(await listed(admin)).toEqual([passed]);
    expect(await listed(k.owners[0]!)).toEqual([]);
    const repeal = (resolutionId: string) =>
      gql(app.url, `mutation($input: RepealCovenantInput!) { repealCovenant(input: $input) { id } }`, { input: { covenantId: fx.covenantId, resolutionId } }, k.oc.token);
    expect((await repeal(repealable)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await repeal(passed)).errors).toBeUndefined();
    expect(await listed(k.oc)).toEqual([]);
  });
});
