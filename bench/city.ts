// `npm run bench:city` (issue 13, part 5): Gongzhi at the size of 襄阳 — 2,785 communities,
// 500,000 residents, 1,000,000 issues (server/app/demo-city.ts) — against itself with the
// ordinary demo, in the same run on the same embedded PostgreSQL:
//
//   (g) generation: time and database size
//   (h) the issue board of one community (`issues(first: 50)`, as the client asks it), by its dispatcher
//   (i) the dispatch desk (open issues, then overdue ones) of a community, by the county center
//   (j) Chinese search in a community's board, a common and a rare term, over the 1,000,000 issues' index
//   (k) one issue transition with its counters: submit, then dispatch (two writes, each its counters)
//   (k') the same two writes with the per-county and per-city counters' triggers on and off, alternately
//   (l) regionStats for the city, a county and a township, by the city center (when the API is there)
//
// Each figure is p50 / p95 of sequential requests (one client), beside the same request on the
// demo alone (before the city was generated) and their ratio. Nothing is asserted. CITY_RESIDENTS
// and CITY_ISSUES shrink the city (for a quick look); the goals are for the full size.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadDemo, DEMO_PASSWORD } from '../server/app/demo.js';
import { databaseSize, generateCity } from '../server/app/demo-city.js';
import { toGlobalId } from '../server/core/ids.js';
import { ok, gql } from './graphql.js';
import { ms, pct, ratio, runBench, samples } from './harness.js';

const RESIDENTS = Number(process.env.CITY_RESIDENTS ?? 500_000);
const ISSUES = Number(process.env.CITY_ISSUES ?? 1_000_000);
const RUNS = Number(process.env.CITY_RUNS ?? 40);
const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const time = (fn: (i: number) => Promise<unknown>) => samples(RUNS, fn, 5);

const LIST = `query($c: ID!, $f: IssueFilter, $n: Int) { issues(communityId: $c, filter: $f, first: $n) { totalCount edges { node {
  id number title status category priority visibility overdue submittedAt acceptBy resolveBy supportCount followerCount
  viewerSupports viewerFollows viewerActions assignee { id name kind } comments { totalCount } } } } }`;
const SUBMIT = `mutation($i: SubmitIssueInput!) { submitIssue(input: $i) { id } }`;
const DISPATCH = `mutation($i: DispatchIssueInput!) { dispatchIssue(input: $i) { id status } }`;
const REGION_STATS = `query($r: ID!) { regionStats(regionId: $r) {
  figures { issuesSubmitted issuesOpen overdueOpen responseRate resolutionRate satisfactionRate volunteerHours meetingsHeld disputes { resolutionRate localResolutionRate } }
  children { unitId name issuesSubmitted issuesOpen overdueOpen responseRate resolutionRate satisfactionRate disputes { resolutionRate } }
  rankings { figure entries { unitId rank value } } weeks { weekStart issuesSubmitted issuesResolved } topCategories { category share } } }`;

runBench('city', async (server, services, url) => {
  const say = (m: string) => console.log(`[city bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${m}`);
  const started = performance.now();
  console.log(`Gongzhi at city size — ${new Date().toISOString()}`);
  const startLoad = loadavg();
  console.log(`${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; load average at start: ${startLoad}`);
  await loadDemo(services);
  const em = () => services.orm.em.fork();
  const one = async <T>(sql: string, params: unknown[] = []) => (await em().execute<T[]>(sql, params))[0]!;
  const signIn = async (phone: string) => (await ok<{ signIn: { token: string } }>(server.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { phone, password: DEMO_PASSWORD } })).signIn.token;
  const dispatcher = await signIn('13900000002');
  const county = await signIn('13900000022');
  const cityStaff = await signIn('13900000023');
  const resident = await signIn('13900000010');
  const tanxi = await one<{ id: string; pm: string }>(
    `SELECT c.id, o.id AS pm FROM communities c JOIN organizations o ON o.community_id = c.id AND o.kind = 'PROPERTY_MANAGER' WHERE c.name = '檀溪社区'`,
  );
  const T = toGlobalId('Community', tanxi.id);
  const OPEN = { status: ['SUBMITTED', 'RETURNED', 'REOPENED', 'DISPATCHED'] };

  /** One round of every request on `c` (the community of the board and the desk). */
  const round = async (c: string, label: string) => {
    const board = await time(() => ok(server.url, LIST, { c, n: 50 }, dispatcher));
    const desk = await time((i) => ok(server.url, LIST, { c, n: 50, f: i % 2 ? { overdue: true } : OPEN }, county));
    const common = await time(() => ok(server.url, LIST, { c, n: 20, f: { search: '电梯' } }, dispatcher));
    const rare = await time(() => ok(server.url, LIST, { c: T, n: 20, f: { search: '屋顶漏水' } }, dispatcher));
    let k = 0;
    const submit = await time(async () => {
      k++;
      const d = await ok<{ submitIssue: { id: string } }>(server.url, SUBMIT, { i: { communityId: T, title: `楼道灯不亮 ${label} ${k}`, body: '三楼楼道灯不亮，晚上看不见。', category: 'FACILITY' } }, resident);
      await ok(server.url, DISPATCH, { i: { issueId: d.submitIssue.id, organizationId: toGlobalId('Organization', tanxi.pm) } }, dispatcher);
    });
    say(`${label}: board p95 ${ms(board.p95)}, desk ${ms(desk.p95)}, search ${ms(common.p95)} / ${ms(rare.p95)}, submit + dispatch ${ms(submit.p95)}`);
    return { board, desk, common, rare, submit };
  };

  const small = await round(T, 'demo only');
  const [demoIssues] = await em().execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM issues`);

  say(`generating the city (${RESIDENTS.toLocaleString('en-US')} residents, ${ISSUES.toLocaleString('en-US')} issues); load average ${loadavg()}`);
  const city = await generateCity(services, { residents: RESIDENTS, issues: ISSUES, log: (m) => say(m) });
  const size = await databaseSize(em());
  const loadAfterGeneration = loadavg();
  say(`generated in ${city.seconds.toFixed(0)} s, ${size}; load average ${loadAfterGeneration}`);
  // The generated community with the most issues, in 襄城区 (the county center's area).
  const big = await one<{ id: string; n: number; name: string }>(
    `SELECT c.id, c.name, count(i.id)::int AS n FROM communities c JOIN regions t ON t.id = c.region_id JOIN regions k ON k.id = t.parent_id AND k.name = '襄城区'
       JOIN issues i ON i.community_id = c.id WHERE c.name <> '檀溪社区' GROUP BY c.id, c.name ORDER BY 3 DESC LIMIT 1`,
  );
  const atCity = await round(T, 'city, 檀溪社区');
  const atBig = await round(toGlobalId('Community', big.id), `city, ${big.name}`);

  // regionStats, if this build has it.
  const regions = await em().execute<{ id: string; level: string }[]>(
    `SELECT DISTINCT ON (level) id, level::text FROM regions r WHERE r.path[1] = (SELECT id FROM regions WHERE parent_id IS NULL AND name = '襄阳市')
        AND (r.parent_id IS NULL OR '襄城区' = ANY (SELECT name FROM regions x WHERE x.id = ANY(r.path))) ORDER BY level, cardinality(path), name`,
  );
  const hasStats = !(await gql(server.url, REGION_STATS, { r: toGlobalId('Region', regions[0]!.id) }, cityStaff)).errors?.some((e) => /Cannot query field/.test(e.message));
  const stats: [string, { p50: number; p95: number }][] = [];
  if (hasStats) {
    for (const r of regions) stats.push([r.level, await time(() => ok(server.url, REGION_STATS, { r: toGlobalId('Region', r.id) }, cityStaff))]);
  }

  const loadAfterStats = loadavg();

  // (k') The write cost of the per-county and per-city counters (Migration20261212300000): submit +
  // dispatch with their three triggers enabled and disabled, alternately, on the same database.
  // Disabled is the database of the commit before them (the transitions' server code did not
  // change). Last, because the disabled rounds leave those counters short: they are then rebuilt
  // from the township rows, as the migration's backfill does.
  const NEW_TRIGGERS = [
    ['issue_stats_township_weekly', 'gz_stats_county_weekly'],
    ['issue_stats_township_category_weekly', 'gz_stats_county_category_weekly'],
    ['issue_stats_county_category_weekly', 'gz_stats_city_category_weekly'],
  ] as const;
  const setTriggers = async (on: boolean) => {
    for (const [table, trigger] of NEW_TRIGGERS) await em().execute(`ALTER TABLE ${table} ${on ? 'ENABLE' : 'DISABLE'} TRIGGER ${trigger}`);
  };
  const ab: Record<'with' | 'without', number[]> = { with: [], without: [] };
  for (let i = 0; i < 2 * RUNS + 10; i++) {
    const on = i % 2 === 0;
    await setTriggers(on);
    const t0 = performance.now();
    const d = await ok<{ submitIssue: { id: string } }>(server.url, SUBMIT, { i: { communityId: T, title: `楼道灯不亮 ab ${i}`, body: '三楼楼道灯不亮，晚上看不见。', category: 'FACILITY' } }, resident);
    await ok(server.url, DISPATCH, { i: { issueId: d.submitIssue.id, organizationId: toGlobalId('Organization', tanxi.pm) } }, dispatcher);
    if (i >= 10) ab[on ? 'with' : 'without'].push(performance.now() - t0);
  }
  await setTriggers(true);
  await em().execute(`TRUNCATE issue_stats_county_weekly, issue_stats_county_category_weekly, issue_stats_city_category_weekly`);
  await em().execute(`INSERT INTO issue_stats_county_weekly SELECT r.parent_id, d.week, sum(submitted), sum(open), sum(open_undated), sum(dispatched), sum(accepted), sum(accepted_on_time), sum(resolved_clean), sum(ratings), sum(good_ratings)
                        FROM issue_stats_township_weekly d JOIN regions r ON r.id = d.township_id GROUP BY 1, 2`);
  await setTriggers(false);
  await em().execute(`INSERT INTO issue_stats_county_category_weekly SELECT r.parent_id, d.week, d.category, sum(d.submitted) FROM issue_stats_township_category_weekly d JOIN regions r ON r.id = d.township_id GROUP BY 1, 2, 3`);
  await em().execute(`INSERT INTO issue_stats_city_category_weekly SELECT r.parent_id, d.week, d.category, sum(d.submitted) FROM issue_stats_county_category_weekly d JOIN regions r ON r.id = d.county_id GROUP BY 1, 2, 3`);
  await setTriggers(true);
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const withNew = { p50: pct(sorted(ab.with), 50), p95: pct(sorted(ab.with), 95) };
  const withoutNew = { p50: pct(sorted(ab.without), 50), p95: pct(sorted(ab.without), 95) };

  const rows: [string, string, string, string][] = [];
  const row = (what: string, x: { p50: number; p95: number }, base: { p50: number; p95: number }) =>
    rows.push([what, `${ms(x.p50)} / ${ms(x.p95)}`, `${ms(base.p50)} / ${ms(base.p95)}`, ratio(x.p95, base.p95)]);
  rows.push(['(g) generated: communities, residents, issues', `${city.communities + 1} / ${city.residents.toLocaleString('en-US')} / ${city.issues.toLocaleString('en-US')}`, `1 / — / ${demoIssues!.n}`, '']);
  rows.push(['(g) generation time; database size after', `${city.seconds.toFixed(0)} s; ${size}`, '', '']);
  for (const [label, x] of [['檀溪社区', atCity], [`${big.name} (${big.n} issues)`, atBig]] as const) {
    row(`(h) board of ${label}, first 50: p50 / p95 (vs demo alone)`, x.board, small.board);
    row(`(i) desk of ${label} by the county center (open, overdue)`, x.desk, small.desk);
    row(`(j) search "电梯" in ${label}`, x.common, small.common);
  }
  row('(j) search "屋顶漏水" in 檀溪社区', atCity.rare, small.rare);
  row('(k) submit + dispatch (two transitions with their counters)', atCity.submit, small.submit);
  row("(k') submit + dispatch, county/city counters on vs off (alternating)", withNew, withoutNew);
  for (const [level, x] of stats) rows.push([`(l) regionStats of the ${level.toLowerCase()}`, `${ms(x.p50)} / ${ms(x.p95)}`, '', '']);
  if (!hasStats) rows.push(['(l) regionStats', 'not in this build', '', '']);

  const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 8));
  console.log(`\n| ${['measure', 'at city size', 'demo alone', 'ratio (p95)'].map((h, i) => h.padEnd(w[i]!)).join(' | ')} |`);
  console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
  for (const r of rows) console.log(`| ${r.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`);
  console.log(`\n${RUNS} sequential requests per figure after 5 untimed; one client; the server on loopback. (k') ${RUNS} of each, alternating, after 10 untimed.`);
  console.log(`Load average: at the start ${startLoad}; after generating ${loadAfterGeneration}; after regionStats ${loadAfterStats}; at the end ${loadavg()}. Database ${url.replace(/\/\/[^@]*@/, '//')}`);
});
