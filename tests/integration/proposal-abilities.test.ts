import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { gql, ok } from '../helpers/graphql.js';
import { createCommunity, createUser, reside, seat, MemberRole, type TestCommunity, type TestUser } from '../factories/index.js';

// Proposal.viewerActions and Community.viewerCan PROPOSE against the API, for a matrix of viewers
// and of proposal states: every step offered succeeds when taken (on a fresh proposal in that
// state), and every step not offered is refused (FORBIDDEN, INVALID_TRANSITION or NOT_FOUND) and
// changes nothing, so the refusals are all tried on one proposal per state.
let app: TestApp;
let c: TestCommunity;
const v: Record<string, TestUser> = {};

const ACTIONS = ['SUPPORT', 'WITHDRAW', 'ACCEPT', 'DECLINE', 'COMMENT', 'FOLLOW', 'UNFOLLOW'] as const;
type Action = (typeof ACTIONS)[number];
const REFUSED = ['FORBIDDEN', 'INVALID_TRANSITION', 'NOT_FOUND'];
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code as string | undefined;

const ref = (mutation: string, proposalId: string, by: TestUser) =>
  gql(app.url, `mutation($input: ProposalRefInput!) { ${mutation}(input: $input) { id } }`, { input: { proposalId } }, by.token);
function take(action: Action, proposalId: string, by: TestUser) {
  switch (action) {
    case 'SUPPORT':
      return ref('supportProposal', proposalId, by);
    case 'WITHDRAW':
      return ref('withdrawProposal', proposalId, by);
    case 'ACCEPT':
      return ref('acceptProposal', proposalId, by);
    case 'DECLINE':
      return gql(app.url, `mutation($input: DeclineProposalInput!) { declineProposal(input: $input) { id } }`, { input: { proposalId, reason: '与小区规划不符' } }, by.token);
    case 'COMMENT':
      return gql(app.url, `mutation($input: CommentOnProposalInput!) { commentOnProposal(input: $input) { id } }`, { input: { proposalId, body: '同意' } }, by.token);
    case 'FOLLOW':
      return ref('followProposal', proposalId, by);
    case 'UNFOLLOW':
      return ref('unfollowProposal', proposalId, by);
  }
}

async function proposed(): Promise<string> {
  const input = { communityId: c.gid, title: '增设电动车充电桩', body: '建议在2栋旁增设充电桩。' };
  return (await ok(app.url, `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`, { input }, v.proposer!.token)).createProposal.id;
}
async function submitted(): Promise<string> {
  const id = await proposed();
  for (const s of [v.supporter1!, v.supporter2!]) await ok(app.url, `mutation($input: ProposalRefInput!) { supportProposal(input: $input) { id } }`, { input: { proposalId: id } }, s.token);
  return id;
}
/** Each state, built through the API from a fresh proposal (the community's threshold is 2). */
const STATES: Record<string, () => Promise<string>> = {
  OPEN: proposed,
  SUBMITTED: submitted,
  ACCEPTED: async () => {
    const id = await submitted();
    await ok(app.url, `mutation($input: ProposalRefInput!) { acceptProposal(input: $input) { id } }`, { input: { proposalId: id } }, v.party!.token);
    return id;
  },
  DECLINED: async () => {
    const id = await submitted();
    await ok(app.url, `mutation($input: DeclineProposalInput!) { declineProposal(input: $input) { id } }`, { input: { proposalId: id, reason: '经费不足' } }, v.party!.token);
    return id;
  },
  WITHDRAWN: async () => {
    const id = await proposed();
    await ok(app.url, `mutation($input: ProposalRefInput!) { withdrawProposal(input: $input) { id } }`, { input: { proposalId: id } }, v.proposer!.token);
    return id;
  },
};

async function offered(proposalId: string, by: TestUser): Promise<{ status: string | null; actions: Action[] }> {
  const { proposal } = await ok(app.url, `query($id: ID!) { proposal(id: $id) { status viewerActions } }`, { id: proposalId }, by.token);
  return { status: proposal?.status ?? null, actions: proposal?.viewerActions ?? [] };
}

beforeAll(async () => {
  app = await startTestApp();
  c = await createCommunity(app);
  for (const name of ['proposer', 'supporter1', 'supporter2', 'resident', 'unverified', 'outsider', 'party', 'rc', 'admin']) v[name] = await createUser(app, { name, admin: name === 'admin' });
  for (const name of ['proposer', 'supporter1', 'supporter2', 'resident']) await reside(app, v[name]!, c.id);
  await reside(app, v.unverified!, c.id, { verified: false });
  await seat(app, v.party!, c.orgs.party.id, MemberRole.MEMBER);
  await seat(app, v.rc!, c.orgs.rc.id, MemberRole.MEMBER);
  await ok(app.url, `mutation($input: SetProposalThresholdInput!) { setProposalThreshold(input: $input) { supportersNeeded } }`, { input: { communityId: c.gid, mode: 'COUNT', value: 2 } }, v.party!.token);
});
afterAll(() => app.close());

describe('Community.viewerCan PROPOSE', () => {
  it('offered to verified residents only; createProposal agrees', async () => {
    for (const [name, user] of Object.entries(v)) {
      const { community } = await ok(app.url, `query($id: ID!) { community(id: $id) { viewerCan } }`, { id: c.gid }, user.token);
      const can = ((community?.viewerCan ?? []) as string[]).includes('PROPOSE');
      expect(can, name).toBe(['proposer', 'supporter1', 'supporter2', 'resident'].includes(name));
      const r = await gql(app.url, `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }`, { input: { communityId: c.gid, title: '试', body: '试' } }, user.token);
      if (can) expect(r.errors, name).toBeUndefined();
      else expect(codeOf(r), name).toBe('FORBIDDEN');
    }
  });
});

// What each viewer is offered in each state, worked out from the rules (a check on the rules
// themselves, beside the check that the API agrees with what is offered).
const EXPECTED: Record<string, Record<string, Action[]>> = {
  OPEN: {
    proposer: ['WITHDRAW', 'COMMENT', 'UNFOLLOW'],
    resident: ['SUPPORT', 'COMMENT', 'FOLLOW'],
    unverified: [],
    outsider: [],
    party: ['COMMENT', 'FOLLOW'],
    rc: ['COMMENT', 'FOLLOW'],
    admin: ['FOLLOW'],
  },
  SUBMITTED: {
    proposer: ['COMMENT', 'UNFOLLOW'],
    resident: ['COMMENT', 'FOLLOW'],
    unverified: [],
    outsider: [],
    party: ['ACCEPT', 'DECLINE', 'COMMENT', 'FOLLOW'],
    rc: ['COMMENT', 'FOLLOW'],
    admin: ['ACCEPT', 'DECLINE', 'FOLLOW'],
  },
  ACCEPTED: { proposer: ['COMMENT', 'UNFOLLOW'], resident: ['COMMENT', 'FOLLOW'], unverified: [], outsider: [], party: ['COMMENT', 'FOLLOW'], rc: ['COMMENT', 'FOLLOW'], admin: ['FOLLOW'] },
  DECLINED: { proposer: ['COMMENT', 'UNFOLLOW'], resident: ['COMMENT', 'FOLLOW'], unverified: [], outsider: [], party: ['COMMENT', 'FOLLOW'], rc: ['COMMENT', 'FOLLOW'], admin: ['FOLLOW'] },
  WITHDRAWN: { proposer: ['UNFOLLOW'], resident: ['FOLLOW'], unverified: [], outsider: [], party: ['FOLLOW'], rc: ['FOLLOW'], admin: ['FOLLOW'] },
};

describe('Proposal.viewerActions: offered steps succeed, the others are refused', () => {
  for (const state of Object.keys(STATES)) {
    it(state, async () => {
      const fixture = await STATES[state]!();
      for (const [name, expected] of Object.entries(EXPECTED[state]!)) {
        const viewer = v[name]!;
        const { actions } = await offered(fixture, viewer);
        expect(actions, `${state} ${name}`).toEqual(expected);
        for (const action of ACTIONS) {
          if (actions.includes(action)) {
            const fresh = await STATES[state]!();
            const r = await take(action, fresh, viewer);
            expect(r.errors, `${state} ${name} ${action}: ${JSON.stringify(r.errors)}`).toBeUndefined();
          } else {
            const before = await offered(fixture, v.party!);
            const r = await take(action, fixture, viewer);
            expect(REFUSED, `${state} ${name} ${action}: ${JSON.stringify(r.errors)}`).toContain(codeOf(r));
            // Nothing changed.
            expect(await offered(fixture, v.party!), `${state} ${name} ${action}`).toEqual(before);
          }
        }
      }
    });
  }
});
