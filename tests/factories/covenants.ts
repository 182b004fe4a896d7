import { ok } from '../helpers/graphql.js';
import type { SteppableClock } from '../helpers/clock.js';
import type { TestUser } from './index.js';

/**
 * Covenants through the API (the server's rules, its events and its content hash), for tests
 * that start from a covenant at some stage and then do the step they are about in a browser.
 */
export interface ArticleDraft {
  title?: string | null;
  text: string;
}

export const COVENANT_VERSION = `id number status contentHash commentsOpenUntil articles { number title text }
  legalReview { approved } resolution { id status outcome } acknowledgementCount viewerAcknowledged`;
export const COVENANT = `id kind title viewerCanManage inForce { id number status } versions { ${COVENANT_VERSION} }`;

/** The covenant mutations: GraphQL field name and input type. */
export const COVENANT_STEPS = {
  draft: ['draftCovenant', 'DraftCovenantInput'],
  revise: ['reviseCovenant', 'ReviseCovenantInput'],
  openComment: ['openPublicComment', 'OpenPublicCommentInput'],
  comment: ['commentOnCovenant', 'CommentOnCovenantInput'],
  submit: ['submitForLegalReview', 'CovenantVersionRefInput'],
  review: ['recordLegalReview', 'RecordLegalReviewInput'],
  toVote: ['putCovenantToVote', 'PutCovenantToVoteInput'],
  file: ['fileCovenant', 'FileCovenantInput'],
  acknowledge: ['acknowledgeCovenant', 'CovenantVersionRefInput'],
  repeal: ['repealCovenant', 'RepealCovenantInput'],
} as const;
export type CovenantStep = keyof typeof COVENANT_STEPS;

/** Runs a covenant step that must succeed and returns what it selects. */
export async function covenantStep(app: { url: string }, s: CovenantStep, by: { token: string }, input: Record<string, unknown>, select = 'id'): Promise<any> {
  const [field, type] = COVENANT_STEPS[s];
  return (await ok(app.url, `mutation($input: ${type}!) { ${field}(input: $input) { ${select} } }`, { input }, by.token))[field];
}

/** One covenant as the viewer sees it (null when hidden). */
export async function readCovenant(app: { url: string }, id: string, by: { token: string }, select = COVENANT): Promise<any> {
  return (await ok(app.url, `query($id: ID!) { covenant(id: $id) { ${select} } }`, { id }, by.token)).covenant;
}

/** 起草: a new covenant (its first version a DRAFT), by a member of the responsible organization. */
export async function draftCovenant(
  app: { url: string },
  by: TestUser,
  input: { communityId: string; kind: string; title: string; articles: ArticleDraft[] },
): Promise<any> {
  return covenantStep(app, 'draft', by, input, COVENANT);
}

/**
 * 征求意见 for a moment, then submitted for legal review and approved by `reviewer` (a governance
 * center member). The server's clock (the app's, passed here) steps past the deadline: no waiting.
 */
export async function throughLegalReview(app: { url: string }, versionId: string, manager: TestUser, reviewer: TestUser, clock: SteppableClock, windowMs = 5_000): Promise<void> {
  await covenantStep(app, 'openComment', manager, { versionId, until: new Date(clock.now().getTime() + windowMs).toISOString() });
  clock.advance(windowMs + 1);
  await covenantStep(app, 'submit', manager, { versionId });
  await covenantStep(app, 'review', reviewer, { versionId, approved: true, note: '经审查，内容符合法律法规' });
}

/**
 * The vote at a meeting the convener runs: the voters take their seats (a meeting's electors are
 * those present when the vote opens), it is opened, their ballots cast as told, closed by the
 * convener. Returns the closed resolution's status and outcome.
 */
export async function voteOn(
  app: { url: string },
  resolutionId: string,
  convener: TestUser,
  ballots: [TestUser, 'FOR' | 'AGAINST' | 'ABSTAIN'][],
): Promise<{ status: string; outcome: string | null }> {
  const run = (field: string, type: string, by: TestUser, input: Record<string, unknown>, select = 'id') =>
    ok(app.url, `mutation($input: ${type}!) { ${field}(input: $input) { ${select} } }`, { input }, by.token);
  const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Resolution { rule meeting { id } } } }`, { id: resolutionId }, convener.token);
  if (!node.rule.startsWith('OWNERS_')) for (const [voter] of ballots) await run('checkInAttendee', 'CheckInAttendeeInput', voter, { meetingId: node.meeting.id });
  await run('openVoting', 'ResolutionRefInput', convener, { resolutionId });
  for (const [voter, choice] of ballots) await run('castBallot', 'CastBallotInput', voter, { resolutionId, choice });
  const closed = await run('closeVoting', 'ResolutionRefInput', convener, { resolutionId }, 'status outcome');
  return closed.closeVoting;
}
