import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { errorCode, gql, ok } from '../helpers/graphql.js';
import { act, createIssueCast, type IssueCast } from '../factories/issues.js';
import { createUser, em, reside, type TestUser } from '../factories/index.js';
import { Issue } from '../../server/issues/issue.entity.js';
import { Residency } from '../../server/communities/residency.entity.js';

// Issue 9, item 8: a grid worker records an issue for an elderly resident with no phone account
// (网格员代登记): their name, flat and a contact number that only the parties handling it see. The
// grid worker holds it for them; once the resident signs up with that phone and the residents'
// committee verifies them at that flat, they claim it and it is theirs (they rate it).

const SUBMIT = `mutation($input: SubmitIssueInput!) { submitIssue(input: $input) { id status reporter { id } recordedFor { name contactPhone claimed unit { number } } } }`;
const READ = `query($id: ID!) { issue(id: $id) { reporter { id } viewerActions recordedFor { name contactPhone claimed unit { number } } } }`;
const CLAIMABLE = `{ claimableIssues { id title } }`;
const CLAIM = `mutation($input: ClaimIssueInput!) { claimIssue(input: $input) { id reporter { id } recordedFor { claimed } viewerActions } }`;
const VERIFY = `mutation($input: VerifyResidencyInput!) { verifyResidency(input: $input) { id } }`;

let app: TestApp;
let k: IssueCast;
let elder: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  k = await createIssueCast(app);
  // The phone the grid worker writes down; the account with it comes later (or never).
  elder = await createUser(app, { name: '王奶奶' });
});
afterAll(() => app.close());

const recordedInput = (over: Record<string, unknown> = {}) => ({
  communityId: k.community.gid,
  title: '楼道灯不亮，老人夜里看不见',
  body: '3楼楼道灯坏了两天。',
  category: 'FACILITY',
  recordedFor: { name: '王奶奶', unitId: k.community.units[2]!.gid, contactPhone: elder.phone },
  ...over,
});

describe('a grid worker records an issue for a resident with no account', () => {
  let issueId: string;

  it('records name, flat and contact; the contact is for the parties only, the name only for whoever may see the reporter', async () => {
    const { submitIssue } = await ok(app.url, SUBMIT, { input: recordedInput() }, k.gridWorker.token);
    issueId = submitIssue.id;
    expect(submitIssue).toMatchObject({ status: 'SUBMITTED', reporter: { id: k.gridWorker.gid }, recordedFor: { name: '王奶奶', contactPhone: elder.phone, claimed: false, unit: { number: '1-301' } } });

    for (const party of [k.dispatcher, k.rcChair]) {
      expect((await ok(app.url, READ, { id: issueId }, party.token)).issue.recordedFor).toMatchObject({ name: '王奶奶', contactPhone: elder.phone });
    }
    expect((await ok(app.url, READ, { id: issueId }, k.neighbour.token)).issue.recordedFor).toBeNull();

    // Named publicly at their wish: other residents see who, never the number.
    const { submitIssue: named } = await ok(app.url, SUBMIT, { input: recordedInput({ title: '具名代登记', showReporterName: true }) }, k.gridWorker.token);
    expect((await ok(app.url, READ, { id: named.id }, k.neighbour.token)).issue.recordedFor).toEqual({ name: '王奶奶', contactPhone: null, claimed: false, unit: { number: '1-301' } });
  });

  it('refuses anyone but a grid worker, a flat of another community, a bad phone, and both ways at once; nothing is written', async () => {
    const before = await em(app).count(Issue, {});
    expect(await errorCode(app.url, SUBMIT, { input: recordedInput() }, k.resident.token)).toBe('FORBIDDEN');
    expect(await errorCode(app.url, SUBMIT, { input: recordedInput() }, k.pmStaff.token)).toBe('FORBIDDEN');
    const bad = async (over: Record<string, unknown>) => (await gql(app.url, SUBMIT, { input: recordedInput(over) }, k.gridWorker.token)).errors![0]!.extensions;
    const other = await createIssueCast(app);
    expect(await bad({ recordedFor: { name: '王奶奶', unitId: other.community.units[0]!.gid, contactPhone: elder.phone } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'recordedFor.unitId': expect.any(String) } });
    expect(await bad({ recordedFor: { name: '王奶奶', unitId: k.community.units[2]!.gid, contactPhone: '12345' } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'recordedFor.contactPhone': expect.any(String) } });
    expect(await bad({ recordedFor: { name: '  ', unitId: k.community.units[2]!.gid, contactPhone: elder.phone } })).toMatchObject({ code: 'BAD_USER_INPUT', fields: { 'recordedFor.name': expect.any(String) } });
    expect(await bad({ onBehalfOfUserId: k.resident.gid })).toMatchObject({ code: 'BAD_USER_INPUT', fields: { recordedFor: expect.any(String) } });
    expect(await em(app).count(Issue, {})).toBe(before);
  });

  it('the resident claims it only once verified at that flat; then it is theirs to rate, and the grid worker is told', async () => {
    // Signed up with that phone, not yet verified: nothing to claim.
    const residencyId = await reside(app, elder, k.community.id, { unitId: k.community.units[2]!.id, verified: false });
    expect((await ok(app.url, CLAIMABLE, {}, elder.token)).claimableIssues).toEqual([]);
    expect(await errorCode(app.url, CLAIM, { input: { issueId } }, elder.token)).toBe('FORBIDDEN');
    // Someone else's phone: as if there were no such issue.
    expect(await errorCode(app.url, CLAIM, { input: { issueId } }, k.neighbour.token)).toBe('NOT_FOUND');

    await ok(app.url, VERIFY, { input: { residencyId } }, k.rcChair.token);
    const claimable = (await ok(app.url, CLAIMABLE, {}, elder.token)).claimableIssues;
    expect(claimable.map((i: any) => i.id)).toContain(issueId);

    const { claimIssue } = await ok(app.url, CLAIM, { input: { issueId } }, elder.token);
    expect(claimIssue).toMatchObject({ reporter: { id: elder.gid }, recordedFor: { claimed: true } });
    expect(await errorCode(app.url, CLAIM, { input: { issueId } }, elder.token)).toBe('INVALID_TRANSITION');
    const gridNotes = await ok(app.url, `{ notifications(first: 5) { edges { node { event { type actor { id } } } } } }`, {}, k.gridWorker.token);
    expect(gridNotes.notifications.edges.map((e: any) => e.node.event.type)).toContain('issue.claimed');

    await act(app, 'dispatch', k.dispatcher, { issueId, organizationId: k.community.orgs.pm.gid });
    await act(app, 'accept', k.pmStaff, { issueId });
    await act(app, 'resolve', k.pmStaff, { issueId, resolution: '已更换灯泡' });
    expect((await ok(app.url, READ, { id: issueId }, elder.token)).issue.viewerActions).toContain('RATE');
    expect((await ok(app.url, READ, { id: issueId }, k.gridWorker.token)).issue.viewerActions).not.toContain('RATE');
    const rated = await act(app, 'rate', elder, { issueId, score: 5 });
    expect(rated.status).toBe('CLOSED');
  });

  it('a resident verified at another flat may not claim it', async () => {
    const { submitIssue } = await ok(app.url, SUBMIT, { input: recordedInput({ title: '另一件' , recordedFor: { name: '李爷爷', unitId: k.community.units[3]!.gid, contactPhone: elder.phone } }) }, k.gridWorker.token);
    expect((await ok(app.url, CLAIMABLE, {}, elder.token)).claimableIssues.map((i: any) => i.id)).not.toContain(submitIssue.id);
    expect(await errorCode(app.url, CLAIM, { input: { issueId: submitIssue.id } }, elder.token)).toBe('FORBIDDEN');
    expect(await em(app).count(Residency, { user: elder.id, verified: true })).toBe(1);
  });
});
