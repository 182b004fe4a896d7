import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { ok } from '../helpers/graphql.js';
import { ManualClock } from '../../server/core/clock.js';
import { createUser, MemberRole, seat, type TestUser } from '../factories/index.js';
import { act, createIssueCast, submit, type IssueCast } from '../factories/issues.js';
import { createVolunteers } from '../factories/volunteers.js';
import { createMeetingCast, type MeetingCast } from '../factories/meetings.js';

const HOUR = 3_600_000;
const T0 = new Date('2026-06-10T02:00:00.000Z');
const clock = new ManualClock(T0);
const at = (h: number) => new Date(T0.getTime() + h * HOUR).toISOString();
let app: TestApp;
let c: IssueCast;

beforeAll(async () => {
  app = await startTestApp({ clock });
  c = await createIssueCast(app);
});
afterAll(() => app.close());

interface Download {
  status: number;
  type: string | null;
  disposition: string | null;
  json?: any;
  workbook?: ExcelJS.Workbook;
}

/** GET an export as a person would (their Bearer token, or none), and read what came back. */
async function download(path: string, params: Record<string, string | string[]>, token?: string | null, headers: Record<string, string> = {}): Promise<Download> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const one of Array.isArray(v) ? v : [v]) query.append(k, one);
  const res = await fetch(`${app.url.replace(/\/graphql$/, '')}/export/${path}?${query.toString()}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
  const out: Download = { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition') };
  if (out.type?.includes('spreadsheetml')) {
    out.workbook = new ExcelJS.Workbook();
    await out.workbook.xlsx.load(await res.arrayBuffer());
  } else out.json = await res.json();
  return out;
}

/** A sheet's rows as arrays of cell values (ExcelJS rows are 1-based; the first value is empty). */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

const BOARD = `query($c: ID!, $f: IssueFilter) { issues(communityId: $c, filter: $f, first: 100) {
  totalCount edges { node { number title status reporter { name } assignee { name } } } } }`;
const board = async (filter: object, user: TestUser) => (await ok(app.url, BOARD, { c: c.community.gid, f: filter }, user.token)).issues;

describe('the issue list to Excel', () => {
  beforeAll(async () => {
    clock.set(T0);
    const lift = await submit(app, c, c.resident, { title: '电梯异响', category: 'FACILITY' });
    await submit(app, c, c.resident, { title: '绿化带垃圾', category: 'ENVIRONMENT', showReporterName: true });
    await submit(app, c, c.neighbour, { title: '楼上漏水', category: 'NEIGHBOR_DISPUTE', visibility: 'PARTIES' });
    await act(app, 'dispatch', c.dispatcher, { issueId: lift.id, organizationId: c.community.orgs.pm.gid });
  });

  it('committee staff: the same rows as the issues query, with its filters, headers in Chinese and a Chinese file name', async () => {
    const all = await download('issues.xlsx', { community: c.community.gid }, c.dispatcher.token);
    expect(all.status).toBe(200);
    // RFC 6266 with RFC 5987's UTF-8 name, and an ASCII fallback.
    expect(all.disposition).toMatch(/^attachment; filename="?issues-2026-06-10\.xlsx"?; filename\*=UTF-8''/);
    expect(decodeURIComponent(all.disposition!.split("UTF-8''")[1]!)).toMatch(/^测试社区\d+诉求清单\.xlsx$/);
    const sheet = all.workbook!.getWorksheet('诉求清单')!;
    const rows = rowsOf(sheet);
    expect(rows[0]!.slice(0, 5)).toEqual(['编号', '标题', '分类', '紧急程度', '状态']);
    const api = await board({}, c.dispatcher);
    expect(api.totalCount).toBe(3);
    const data = rows.slice(1, 1 + api.totalCount);
    expect(data.map((r) => [r[0], r[1]])).toEqual(api.edges.map((e: any) => [e.node.number, e.node.title]));
    expect(data.find((r) => r[1] === '电梯异响')!.slice(2, 5)).toEqual(['设施设备', '一般', '已派单']);
    expect(data.find((r) => r[1] === '电梯异响')![7]).toBe('物业');
    // The count line under the rows is the API's total.
    expect(rows.some((r) => r[0] === `共 ${api.totalCount} 条`)).toBe(true);

    const filtered = await download('issues.xlsx', { community: c.community.gid, status: 'DISPATCHED,SUBMITTED', category: 'FACILITY' }, c.dispatcher.token);
    const apiFiltered = await board({ status: ['DISPATCHED', 'SUBMITTED'], category: ['FACILITY'] }, c.dispatcher);
    expect(apiFiltered.totalCount).toBe(1);
    const filteredRows = rowsOf(filtered.workbook!.worksheets[0]!);
    expect(filteredRows[1]![1]).toBe('电梯异响');
    expect(filteredRows[2]).toEqual([]); // the blank line before the count: nothing else exported
  });

  it('a resident: only what the issues query shows them, the hidden reporter left empty; English when asked', async () => {
    const res = await download('issues.xlsx', { community: c.community.gid, lang: 'en' }, c.resident.token);
    const api = await board({}, c.resident);
    const rows = rowsOf(res.workbook!.getWorksheet('Issues')!);
    expect(rows[0]!.slice(0, 3)).toEqual(['Number', 'Title', 'Category']);
    expect(api.edges.map((e: any) => e.node.title).sort()).toEqual(['电梯异响', '绿化带垃圾']);
    const data = rows.slice(1, 1 + api.totalCount);
    expect(data.map((r) => r[1])).toEqual(api.edges.map((e: any) => e.node.title));
    // The reporter's name is in the file exactly when the API shows it to this viewer.
    const neighbourView = await board({}, c.neighbour);
    const nRows = rowsOf((await download('issues.xlsx', { community: c.community.gid }, c.neighbour.token)).workbook!.worksheets[0]!).slice(1, 1 + neighbourView.totalCount);
    for (const [i, e] of neighbourView.edges.entries()) expect(nRows[i]![8] ?? '').toBe(e.node.reporter?.name ?? '');
    expect(neighbourView.edges.find((e: any) => e.node.title === '电梯异响').node.reporter).toBeNull();
    expect(neighbourView.edges.find((e: any) => e.node.title === '绿化带垃圾').node.reporter.name).toBe('居民甲');
    // The neighbour's PARTIES issue is theirs: the resident's file does not hold it.
    expect(data.map((r) => r[1])).not.toContain('楼上漏水');
  });

  it('no file without a session, for an unknown community, or for bad filters: a coded error instead', async () => {
    const anonymous = await download('issues.xlsx', { community: c.community.gid }, null);
    expect(anonymous).toMatchObject({ status: 401, json: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
    expect(anonymous.workbook).toBeUndefined();
    const bad = await download('issues.xlsx', { community: c.community.gid, status: 'OPEN', overdue: 'maybe', colour: 'red' }, c.dispatcher.token);
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(bad.json.errors[0].extensions.fields).sort()).toEqual(['colour', 'overdue', 'status']);
    expect(bad.json.errors[0].extensions.fields.status).toContain('OPEN: not one of SUBMITTED');
    expect((await download('issues.xlsx', {}, c.dispatcher.token)).json.errors[0].extensions.fields).toEqual({ community: 'required' });
    // The API's own refusals: an id of another type, a search it refuses.
    expect((await download('issues.xlsx', { community: c.community.orgs.pm.gid }, c.dispatcher.token)).json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await download('issues.xlsx', { community: c.community.gid, search: 'a\u0000b' }, c.dispatcher.token)).json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const gone = await download('issues.xlsx', { community: Buffer.from('Community:00000000-0000-4000-8000-000000000000').toString('base64url') }, c.dispatcher.token);
    expect(gone.status).toBe(404);
    expect(gone.workbook).toBeUndefined();
  });

  it('the session cookie signs the download in as the Bearer token does', async () => {
    const res = await download('issues.xlsx', { community: c.community.gid }, null, { cookie: `gz_session=${c.dispatcher.token}` });
    expect([res.status, res.workbook?.worksheets.length]).toEqual([200, 1]);
  });
});

describe("the dashboard's figures by month and organization", () => {
  const STATS = `query($c: ID!, $from: DateTime, $to: DateTime) { governanceStats(communityId: $c, from: $from, to: $to) {
    issuesSubmitted issuesOpen responseRate byOrganization { dispatched organization { name } } } }`;

  it('one row per community month and a total row, each what governanceStats answers', async () => {
    clock.set(new Date(T0.getTime() + 2 * HOUR)); // the issues were submitted at T0: now is after them
    const res = await download('dashboard.xlsx', { community: c.community.gid, from: '2026-05', to: '2026-06' }, c.dispatcher.token);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.disposition!.split("UTF-8''")[1]!)).toMatch(/^测试社区\d+治理数据 2026-05至2026-06\.xlsx$/);
    const months = rowsOf(res.workbook!.getWorksheet('按月')!);
    expect(months[0]!.slice(0, 3)).toEqual(['月份', '提交诉求', '未办结']);
    // Community months (UTC+8): May is [04-30T16:00Z, 05-31T16:00Z).
    const may = (await ok(app.url, STATS, { c: c.community.gid, from: '2026-04-30T16:00:00Z', to: '2026-05-31T16:00:00Z' }, c.dispatcher.token)).governanceStats;
    const june = (await ok(app.url, STATS, { c: c.community.gid, from: '2026-05-31T16:00:00Z', to: clock.now().toISOString() }, c.dispatcher.token)).governanceStats;
    expect(months.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['2026-05', may.issuesSubmitted, may.issuesOpen],
      ['2026-06', june.issuesSubmitted, june.issuesOpen],
      ['合计', may.issuesSubmitted + june.issuesSubmitted, may.issuesOpen + june.issuesOpen],
    ]);
    expect(june.issuesSubmitted).toBe(3);
    const byOrg = rowsOf(res.workbook!.getWorksheet('按单位和月份')!);
    expect(byOrg.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ...june.byOrganization.map((o: any) => ['2026-06', o.organization.name, o.dispatched]),
      ...june.byOrganization.map((o: any) => ['合计', o.organization.name, o.dispatched]),
    ]);
    expect(june.byOrganization).toHaveLength(1);
  });

  it('refused to whoever does not belong to the community (403), and a month range backwards (400)', async () => {
    const stranger = await download('dashboard.xlsx', { community: c.community.gid }, c.stranger.token);
    expect([stranger.status, stranger.json.errors[0].extensions.code, stranger.workbook]).toEqual([403, 'FORBIDDEN', undefined]);
    const backwards = await download('dashboard.xlsx', { community: c.community.gid, from: '2026-06', to: '2026-01' }, c.dispatcher.token);
    expect([backwards.status, backwards.json.errors[0].extensions.fields]).toEqual([400, { from: 'must not be after to' }]);
    expect((await download('dashboard.xlsx', { community: c.community.gid, from: '2026-13' }, c.dispatcher.token)).json.errors[0].extensions.fields).toEqual({ from: 'must be a month, YYYY-MM' });
  });
});

describe('volunteer hours', () => {
  it('the leaderboard of the period with a total row; refused to strangers', async () => {
    clock.set(T0);
    const coordinator = await createUser(app, { name: '驿站站长' });
    await seat(app, coordinator, c.community.orgs.station.id, MemberRole.COORDINATOR);
    const vols = await createVolunteers(app, c.community, 2);
    const run = async (name: string, type: string, user: { token: string }, input: object) =>
      (await ok(app.url, `mutation($input: ${type}!) { ${name}(input: $input) { id } }`, { input }, user.token))[name];
    const task = await run('createVolunteerTask', 'CreateVolunteerTaskInput', coordinator, { stationId: c.community.orgs.station.gid, title: '清洁', description: '中心花园', startsAt: at(1), endsAt: at(4), slots: 2, publish: true });
    const hours = [2.5, 1];
    const claims = [];
    for (const v of vols) claims.push(await run('claimTask', 'ClaimTaskInput', v, { taskId: task.id }));
    clock.set(new Date(T0.getTime() + 1 * HOUR));
    for (const [i, v] of vols.entries()) await run('checkIn', 'ClaimRefInput', v, { claimId: claims[i].id });
    clock.set(new Date(T0.getTime() + 3.5 * HOUR));
    for (const [i, v] of vols.entries()) await run('checkOut', 'ClaimRefInput', v, { claimId: claims[i].id });
    for (const [i] of vols.entries()) await run('verifyHours', 'VerifyHoursInput', coordinator, { claimId: claims[i].id, hours: hours[i], approve: true });

    const from = '2026-06-01T00:00:00+08:00';
    const res = await download('volunteer-hours.xlsx', { community: c.community.gid, from }, c.dispatcher.token);
    expect(res.status).toBe(200);
    const api = (
      await ok(app.url, `query($c: ID!, $from: DateTime) { volunteerLeaderboard(communityId: $c, from: $from, first: 100) { hours tasksCompleted volunteer { user { name } } } }`, { c: c.community.gid, from }, c.dispatcher.token)
    ).volunteerLeaderboard;
    const rows = rowsOf(res.workbook!.worksheets[0]!);
    expect(rows[0]).toEqual(['名次', '姓名', '时长(小时)', '完成任务', '累计积分']);
    expect(rows.slice(1, -1).map((r) => r.slice(0, 4))).toEqual(api.map((s: any, i: number) => [i + 1, s.volunteer.user.name, s.hours, s.tasksCompleted]));
    expect(rows.at(-1)!.slice(0, 4)).toEqual(['合计', undefined, 3.5, 2]);

    const stranger = await download('volunteer-hours.xlsx', { community: c.community.gid }, c.stranger.token);
    expect([stranger.status, stranger.workbook]).toEqual([403, undefined]);
    expect((await download('volunteer-hours.xlsx', { community: c.community.gid, from: 'yesterday' }, c.dispatcher.token)).status).toBe(400);
  });
});

describe('the roll of a vote', () => {
  let k: MeetingCast;
  let resolution: string;
  const mutate = async (name: string, type: string, user: { token: string }, input: Record<string, unknown>) =>
    (await ok(app.url, `mutation($input: ${type}!) { ${name}(input: $input) { id } }`, { input }, user.token))[name];

  beforeAll(async () => {
    clock.set(T0);
    k = await createMeetingCast(app);
    const m = await mutate('scheduleMeeting', 'ScheduleMeetingInput', k.oc, { communityId: k.c.gid, kind: 'OWNERS_ASSEMBLY', title: '业主大会', scheduledAt: at(1), convenerId: k.c.orgs.oc.gid, participantIds: [] });
    clock.set(new Date(T0.getTime() + HOUR));
    await mutate('startMeeting', 'MeetingRefInput', k.oc, { meetingId: m.id });
    resolution = (await mutate('proposeResolution', 'ProposeResolutionInput', k.oc, { meetingId: m.id, title: '维修屋面', text: '是否同意维修屋面。', rule: 'OWNERS_ORDINARY' })).id;
    await mutate('openVoting', 'ResolutionRefInput', k.oc, { resolutionId: resolution });
    await mutate('castBallot', 'CastBallotInput', k.owners[0]!, { resolutionId: resolution, choice: 'FOR' });
    await mutate('castBallot', 'CastBallotInput', k.owners[1]!, { resolutionId: resolution, choice: 'AGAINST' });
  });

  it('the convener: every head with whether and how it voted, never the choice; the count is the tally', async () => {
    const res = await download('vote.xlsx', { resolution }, k.oc.token);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.disposition!.split("UTF-8''")[1]!)).toBe('维修屋面 表决名册.xlsx');
    const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Resolution { tally { eligibleCount votedCount forCount againstCount eligibleArea } roll { head units electors voted channel } } } }`, { id: resolution }, k.oc.token);
    const roll = rowsOf(res.workbook!.getWorksheet('表决名册')!);
    expect(roll[0]).toEqual(['序号', '房屋', '表决人', '专有面积(㎡)', '已投票', '方式']);
    expect(roll.slice(1, -1).map((r) => [r[0], r[2], r[4]])).toEqual(node.roll.map((h: any) => [h.head, h.electors.join('、'), h.voted ? '是' : '否']));
    expect(node.roll.filter((h: any) => h.voted)).toHaveLength(2);
    // Secret: no cell of the roll says FOR or AGAINST (in either language).
    expect(roll.flat().filter((v) => ['赞成', '反对', '弃权', 'FOR', 'AGAINST'].includes(String(v)))).toEqual([]);
    const count = rowsOf(res.workbook!.getWorksheet('计票')!);
    expect(count.slice(1, 6).map((r) => r.slice(0, 2))).toEqual([
      ['赞成', node.tally.forCount],
      ['反对', node.tally.againstCount],
      ['弃权', 0],
      ['实到', node.tally.votedCount],
      ['应到', node.tally.eligibleCount],
    ]);
  });

  it('an owner who may see the vote gets 403 (the roll is null to them in the API too), an outsider 404', async () => {
    const owner = await download('vote.xlsx', { resolution }, k.owners[0]!.token);
    expect([owner.status, owner.json.errors[0].extensions.code, owner.workbook]).toEqual([403, 'FORBIDDEN', undefined]);
    const { node } = await ok(app.url, `query($id: ID!) { node(id: $id) { ... on Resolution { id roll { head } } } }`, { id: resolution }, k.owners[0]!.token);
    expect(node).toMatchObject({ roll: null });
    const outsider = await download('vote.xlsx', { resolution }, k.outsider.token);
    expect([outsider.status, outsider.json.errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
  });
});
