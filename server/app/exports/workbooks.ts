import ExcelJS from 'exceljs';
import { parse } from 'graphql';
import { badInput, forbidden, limitExceeded, notFound } from '../../core/errors.js';
import { parseGlobalId } from '../../core/ids.js';
import { volunteerPolicy } from '../../volunteers/index.js';
import type { ExportInput, ExportSpec } from './http.js';
import { fill, type ExportWords } from './labels.js';

/**
 * The exports themselves: what each reads through the API (its documents) and how it lays the
 * answer out. Times are the community's clock (Asia/Shanghai, UTC+8 all year: client
 * utils/time.ts), written as Excel date-times of that clock, since a cell has no time zone.
 */
const COMMUNITY_OFFSET_MS = 8 * 3_600_000;

/** Most rows one issue export holds; past it LIMIT_EXCEEDED (HTTP 400) asks for narrower filters. */
export const EXPORT_MAX_ISSUES = 10_000;
/** Most months one dashboard export spans. */
export const EXPORT_MAX_MONTHS = 36;

const DATE_TIME = 'yyyy-mm-dd hh:mm';
const PERCENT = '0.0%';

/** A moment as the community's wall-clock time, for a date-time cell. */
const cellTime = (iso: string | null | undefined): Date | null => (iso ? new Date(Date.parse(iso) + COMMUNITY_OFFSET_MS) : null);

/** The community's current month, `YYYY-MM`. */
function monthOf(at: Date): string {
  return new Date(at.getTime() + COMMUNITY_OFFSET_MS).toISOString().slice(0, 7);
}

/** The first moment of a community month (`YYYY-MM`, shifted by `plus` months). */
export function monthStart(month: string, plus = 0): Date {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return new Date(Date.UTC(y, m - 1 + plus, 1) - COMMUNITY_OFFSET_MS);
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = 0; ; i++) {
    const start = monthStart(from, i);
    const m = monthOf(start);
    if (m > to) break;
    out.push(m);
  }
  return out;
}

/** A sheet with a bold, frozen header row of the viewer's words. */
function sheetWith(workbook: ExcelJS.Workbook, name: string, columns: { header: string; key: string; width: number; numFmt?: string }[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

const label = (words: ExportWords, type: string, value: string | null | undefined) => (value ? (words.enums[type]?.[value] ?? value) : '');

interface CommunityName {
  community: { id: string; name: string } | null;
}

const ISSUES = parse(`query ExportIssues($communityId: ID!, $filter: IssueFilter, $after: String) {
  community(id: $communityId) { id name }
  issues(communityId: $communityId, filter: $filter, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      number title category priority status visibility submittedAt acceptBy resolveBy overdue supportCount
      rating { score }
      assignee { name }
      reporter { name }
    } }
  }
}`);

interface IssueRow {
  number: string;
  title: string;
  category: string;
  priority: string;
  status: string;
  visibility: string;
  submittedAt: string;
  acceptBy: string | null;
  resolveBy: string | null;
  overdue: boolean;
  supportCount: number;
  rating: { score: number } | null;
  assignee: { name: string } | null;
  reporter: { name: string } | null;
}

interface IssuesPage extends CommunityName {
  issues: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: IssueRow }[] };
}

/** The issue list with the board's filters: the `issues` query, page by page, as the viewer sees it. */
const issuesExport: ExportSpec = {
  name: 'issues',
  params: {
    community: { kind: 'id', required: true },
    status: { kind: 'list', enum: 'IssueStatus' },
    category: { kind: 'list', enum: 'IssueCategory' },
    assignee: { kind: 'id' },
    grid: { kind: 'id' },
    overdue: { kind: 'boolean' },
    mine: { kind: 'boolean' },
    search: { kind: 'text' },
  },
  documents: [ISSUES],
  async build({ params, words, run, now }: ExportInput) {
    const filter = {
      status: params.status,
      category: params.category,
      assigneeId: params.assignee,
      gridId: params.grid,
      overdue: params.overdue,
      mine: params.mine,
      search: params.search,
    };
    const rows: IssueRow[] = [];
    let after: string | null = null;
    let community: CommunityName['community'] = null;
    for (;;) {
      const page: IssuesPage = await run<IssuesPage>(ISSUES, { communityId: params.community, filter, after });
      community = page.community;
      if (!community) throw notFound('Community');
      if (page.issues.totalCount > EXPORT_MAX_ISSUES) {
        throw limitExceeded(`At most ${EXPORT_MAX_ISSUES} issues per export: narrow the filters`, { limit: EXPORT_MAX_ISSUES, totalCount: page.issues.totalCount });
      }
      rows.push(...page.issues.edges.map((e) => e.node));
      if (!page.issues.pageInfo.hasNextPage) break;
      after = page.issues.pageInfo.endCursor;
    }
    const w = words.issues;
    const workbook = new ExcelJS.Workbook();
    const sheet = sheetWith(workbook, w.sheet, [
      { header: w.columns.number, key: 'number', width: 12 },
      { header: w.columns.title, key: 'title', width: 36 },
      { header: w.columns.category, key: 'category', width: 12 },
      { header: w.columns.priority, key: 'priority', width: 10 },
      { header: w.columns.status, key: 'status', width: 10 },
      { header: w.columns.visibility, key: 'visibility', width: 12 },
      { header: w.columns.submittedAt, key: 'submittedAt', width: 18, numFmt: DATE_TIME },
      { header: w.columns.assignee, key: 'assignee', width: 20 },
      { header: w.columns.reporter, key: 'reporter', width: 12 },
      { header: w.columns.acceptBy, key: 'acceptBy', width: 18, numFmt: DATE_TIME },
      { header: w.columns.resolveBy, key: 'resolveBy', width: 18, numFmt: DATE_TIME },
      { header: w.columns.overdue, key: 'overdue', width: 8 },
      { header: w.columns.rating, key: 'rating', width: 8 },
      { header: w.columns.supportCount, key: 'supportCount', width: 8 },
    ]);
    for (const i of rows) {
      sheet.addRow({
        number: i.number,
        title: i.title,
        category: label(words, 'IssueCategory', i.category),
        priority: label(words, 'IssuePriority', i.priority),
        status: label(words, 'IssueStatus', i.status),
        visibility: label(words, 'Visibility', i.visibility),
        submittedAt: cellTime(i.submittedAt),
        assignee: i.assignee?.name ?? '',
        // Null when the viewer may not see who raised it (issuePolicy.canSeeReporter): left empty.
        reporter: i.reporter?.name ?? '',
        acceptBy: cellTime(i.acceptBy),
        resolveBy: cellTime(i.resolveBy),
        overdue: i.overdue ? words.yes : words.no,
        rating: i.rating?.score ?? null,
        supportCount: i.supportCount,
      });
    }
    sheet.addRow({});
    sheet.addRow({ number: fill(w.count, { n: rows.length }) });
    sheet.addRow({ number: w.exportedAt, title: cellTime(now.toISOString()) }).getCell('title').numFmt = DATE_TIME;
    const applied = Object.entries(filter).filter(([, v]) => v !== undefined && !(Array.isArray(v) && !v.length));
    if (applied.length) sheet.addRow({ number: w.filters, title: applied.map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`).join('; ') });
    const name = community?.name ?? '';
    return { name: fill(w.file, { community: name }), fallback: `issues-${now.toISOString().slice(0, 10)}`, workbook };
  },
};

const STATS = parse(`query ExportStats($communityId: ID!, $from: DateTime, $to: DateTime) {
  community(id: $communityId) { id name }
  governanceStats(communityId: $communityId, from: $from, to: $to) {
    issuesSubmitted issuesOpen overdueOpen responseRate resolutionRate satisfactionRate medianHoursToAccept medianHoursToResolve
    byOrganization { dispatched responseRate resolutionRate satisfactionRate organization { id name } }
  }
}`);

interface Figures {
  issuesSubmitted: number;
  issuesOpen: number;
  overdueOpen: number;
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  medianHoursToAccept: number | null;
  medianHoursToResolve: number | null;
  byOrganization: { dispatched: number; responseRate: number | null; resolutionRate: number | null; satisfactionRate: number | null; organization: { id: string; name: string } }[];
}

/**
 * The dashboard's figures by month and by organization and month: `governanceStats` for each
 * community month of the range, and for the whole range (the total row: rates do not add up).
 */
const dashboardExport: ExportSpec = {
  name: 'dashboard',
  params: { community: { kind: 'id', required: true }, from: { kind: 'month' }, to: { kind: 'month' } },
  documents: [STATS],
  async build({ params, words, run, now }: ExportInput) {
    const to = (params.to as string | undefined) ?? monthOf(now);
    const from = (params.from as string | undefined) ?? monthOf(monthStart(to, -11));
    if (from > to) throw badInput({ from: 'must not be after to' });
    const months = monthsBetween(from, to);
    if (months.length > EXPORT_MAX_MONTHS) throw limitExceeded(`At most ${EXPORT_MAX_MONTHS} months per export`, { limit: EXPORT_MAX_MONTHS });
    const read = (start: Date, end: Date) =>
      run<CommunityName & { governanceStats: Figures }>(STATS, { communityId: params.community, from: start.toISOString(), to: (end < now ? end : now).toISOString() });
    const whole = await read(monthStart(from), monthStart(to, 1));
    if (!whole.community) throw notFound('Community');
    const perMonth: [string, Figures][] = [];
    for (const m of months) {
      // A month that has not begun has nothing to count (and `from` must come before `to`).
      if (monthStart(m) >= now) break;
      perMonth.push([m, (await read(monthStart(m), monthStart(m, 1))).governanceStats]);
    }
    const w = words.dashboard;
    const c = w.columns;
    const workbook = new ExcelJS.Workbook();
    const byMonth = sheetWith(workbook, w.byMonth, [
      { header: c.month, key: 'month', width: 10 },
      { header: c.issuesSubmitted, key: 'issuesSubmitted', width: 10 },
      { header: c.issuesOpen, key: 'issuesOpen', width: 10 },
      { header: c.overdueOpen, key: 'overdueOpen', width: 12 },
      { header: c.responseRate, key: 'responseRate', width: 10, numFmt: PERCENT },
      { header: c.resolutionRate, key: 'resolutionRate', width: 10, numFmt: PERCENT },
      { header: c.satisfactionRate, key: 'satisfactionRate', width: 10, numFmt: PERCENT },
      { header: c.medianHoursToAccept, key: 'medianHoursToAccept', width: 14, numFmt: '0.0' },
      { header: c.medianHoursToResolve, key: 'medianHoursToResolve', width: 14, numFmt: '0.0' },
    ]);
    const figures = (f: Figures) => ({
      issuesSubmitted: f.issuesSubmitted,
      issuesOpen: f.issuesOpen,
      overdueOpen: f.overdueOpen,
      responseRate: f.responseRate,
      resolutionRate: f.resolutionRate,
      satisfactionRate: f.satisfactionRate,
      medianHoursToAccept: f.medianHoursToAccept,
      medianHoursToResolve: f.medianHoursToResolve,
    });
    for (const [m, f] of perMonth) byMonth.addRow({ month: m, ...figures(f) });
    byMonth.addRow({ month: words.total, ...figures(whole.governanceStats) }).font = { bold: true };
    const byOrg = sheetWith(workbook, w.byOrganization, [
      { header: c.month, key: 'month', width: 10 },
      { header: c.organization, key: 'organization', width: 24 },
      { header: c.dispatched, key: 'dispatched', width: 10 },
      { header: c.responseRate, key: 'responseRate', width: 10, numFmt: PERCENT },
      { header: c.resolutionRate, key: 'resolutionRate', width: 10, numFmt: PERCENT },
      { header: c.satisfactionRate, key: 'satisfactionRate', width: 10, numFmt: PERCENT },
    ]);
    const orgRow = (month: string, o: Figures['byOrganization'][number]) => ({
      month,
      organization: o.organization.name,
      dispatched: o.dispatched,
      responseRate: o.responseRate,
      resolutionRate: o.resolutionRate,
      satisfactionRate: o.satisfactionRate,
    });
    for (const [m, f] of perMonth) for (const o of f.byOrganization) byOrg.addRow(orgRow(m, o));
    for (const o of whole.governanceStats.byOrganization) byOrg.addRow(orgRow(words.total, o)).font = { bold: true };
    const name = whole.community?.name ?? '';
    return { name: fill(w.file, { community: name, from, to }), fallback: `dashboard-${from}-${to}`, workbook };
  },
};

const HOURS = parse(`query ExportHours($communityId: ID!, $from: DateTime, $to: DateTime) {
  community(id: $communityId) { id name }
  volunteerLeaderboard(communityId: $communityId, from: $from, to: $to, first: 100) {
    hours tasksCompleted volunteer { id points user { name } }
  }
}`);

interface Standing {
  hours: number;
  tasksCompleted: number;
  volunteer: { id: string; points: number; user: { name: string } };
}

/**
 * Volunteer hours over a period (tasks starting in it), as `volunteerLeaderboard` ranks them (at
 * most its 100), with a total row. `from`/`to` are moments (ISO 8601), as the leaderboard's.
 */
const volunteersExport: ExportSpec = {
  name: 'volunteer-hours',
  params: { community: { kind: 'id', required: true }, from: { kind: 'instant' }, to: { kind: 'instant' } },
  documents: [HOURS],
  async build({ params, words, run, now, access }: ExportInput) {
    // The leaderboard answers an empty list to whoever may not see the community's volunteers;
    // the export refuses them instead (the same rule: volunteerPolicy.canSeeVolunteers).
    const community = String(params.community);
    const key = parseGlobalId(community);
    if (key?.type === 'Community' && !volunteerPolicy.canSeeVolunteers(await access(), key.key)) throw forbidden('Only those who belong to the community see its volunteers');
    const instant = (key: 'from' | 'to') => (typeof params[key] === 'string' ? new Date(params[key]) : null);
    const from = instant('from');
    const to = instant('to') ?? now;
    const data = await run<CommunityName & { volunteerLeaderboard: Standing[] }>(HOURS, { communityId: community, from: from?.toISOString() ?? null, to: to.toISOString() });
    if (!data.community) throw notFound('Community');
    const w = words.volunteers;
    const c = w.columns;
    const workbook = new ExcelJS.Workbook();
    const sheet = sheetWith(workbook, w.sheet, [
      { header: c.rank, key: 'rank', width: 8 },
      { header: c.name, key: 'name', width: 14 },
      { header: c.hours, key: 'hours', width: 12, numFmt: '0.0#' },
      { header: c.tasksCompleted, key: 'tasksCompleted', width: 12 },
      { header: c.points, key: 'points', width: 12 },
    ]);
    data.volunteerLeaderboard.forEach((s, i) =>
      sheet.addRow({ rank: i + 1, name: s.volunteer.user.name, hours: s.hours, tasksCompleted: s.tasksCompleted, points: s.volunteer.points }),
    );
    const sum = (f: (s: Standing) => number) => data.volunteerLeaderboard.reduce((a, s) => a + f(s), 0);
    sheet.addRow({ rank: words.total, hours: Math.round(sum((s) => s.hours) * 100) / 100, tasksCompleted: sum((s) => s.tasksCompleted) }).font = { bold: true };
    const day = (d: Date | null) => (d ? monthOf(d) + new Date(d.getTime() + COMMUNITY_OFFSET_MS).toISOString().slice(7, 10) : '');
    const name = data.community?.name ?? '';
    return { name: fill(w.file, { community: name, from: day(from), to: day(to) }), fallback: `volunteer-hours-${day(to)}`, workbook };
  },
};

const VOTE = parse(`query ExportVote($id: ID!) {
  node(id: $id) {
    ... on Resolution {
      id title status
      meeting { title }
      tally { eligibleCount eligibleArea votedCount votedArea forCount forArea againstCount againstArea abstainCount abstainArea }
      roll { head units electors area developer voted channel castAt }
    }
  }
}`);

interface Tally {
  eligibleCount: number;
  eligibleArea: number;
  votedCount: number;
  votedArea: number;
  forCount: number;
  forArea: number;
  againstCount: number;
  againstArea: number;
  abstainCount: number;
  abstainArea: number;
}

interface VoteRead {
  node: {
    id?: string;
    title: string;
    status: string;
    meeting: { title: string };
    tally: Tally;
    roll: { head: number; units: string[]; electors: string[]; area: number; developer: boolean; voted: boolean; channel: string | null; castAt: string | null }[] | null;
  } | null;
}

/**
 * 表决名册: a vote's roll (Resolution.roll: whether and how each head voted) and its count (the
 * tally). Ballots are secret: no sheet says who chose what. The roll is the convener's
 * (meetingPolicy.canSeeRoll): anyone else who may see the vote gets FORBIDDEN, who may not NOT_FOUND.
 */
const voteExport: ExportSpec = {
  name: 'vote',
  params: { resolution: { kind: 'id', required: true } },
  documents: [VOTE],
  async build({ params, words, run }: ExportInput) {
    const { node } = await run<VoteRead>(VOTE, { id: params.resolution });
    if (!node?.id) throw notFound('Resolution');
    if (!node.roll) throw forbidden('Only the convener of the meeting sees the roll of its votes');
    const w = words.vote;
    const c = w.columns;
    const channels: Record<string, string> = w.enums.BallotChannel;
    const choices = w.enums.BallotChoice;
    const workbook = new ExcelJS.Workbook();
    const roll = sheetWith(workbook, w.roll, [
      { header: c.head, key: 'head', width: 8 },
      { header: c.units, key: 'units', width: 24 },
      { header: c.electors, key: 'electors', width: 20 },
      { header: c.area, key: 'area', width: 14, numFmt: '0.00' },
      { header: c.voted, key: 'voted', width: 8 },
      { header: c.channel, key: 'channel', width: 10 },
    ]);
    for (const h of node.roll) {
      roll.addRow({
        head: h.head,
        units: h.units.join('、'),
        electors: h.electors.join('、'),
        area: h.area,
        voted: h.voted ? words.yes : words.no,
        channel: h.channel ? (channels[h.channel] ?? h.channel) : '',
      });
    }
    const t = node.tally;
    roll.addRow({ head: words.total, units: `${w.eligible} ${t.eligibleCount}`, electors: `${w.voted} ${t.votedCount}`, area: t.eligibleArea }).font = { bold: true };
    const count = sheetWith(workbook, w.ballots, [
      { header: c.choice, key: 'choice', width: 12 },
      { header: c.count, key: 'count', width: 10 },
      { header: c.share, key: 'share', width: 14, numFmt: '0.00' },
    ]);
    count.addRow({ choice: choices.FOR, count: t.forCount, share: t.forArea });
    count.addRow({ choice: choices.AGAINST, count: t.againstCount, share: t.againstArea });
    count.addRow({ choice: choices.ABSTAIN, count: t.abstainCount, share: t.abstainArea });
    count.addRow({ choice: w.voted, count: t.votedCount, share: t.votedArea }).font = { bold: true };
    count.addRow({ choice: w.eligible, count: t.eligibleCount, share: t.eligibleArea });
    count.addRow({});
    count.addRow({ choice: w.secret });
    return { name: fill(w.file, { title: node.title }), fallback: 'vote-roll', workbook };
  },
};

export function exportSpecs(): ExportSpec[] {
  return [issuesExport, dashboardExport, volunteersExport, voteExport];
}
