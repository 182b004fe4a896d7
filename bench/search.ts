// `npm run bench` (second part): issue search in Chinese over 100,000 issues.
//
//   (e) `issues(filter: { search })` with totalCount, for a rare and a common term, vs the same
//       board without search (the baseline), through the API
//   (f) the search statement alone with its bigram GIN index vs with index scans turned off
//       (a sequential scan with LIKE: what search would cost without the index)
//
// Nothing is asserted; figures and ratios are printed. Loopback only; every loop is bounded.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createCommunity, createUser, seat, MemberRole } from '../tests/factories/index.js';
import { ok } from './graphql.js';
import { ms as f, runBench, samples } from './harness.js';

const ISSUES = 100_000;
const RUNS = 30;

/** p50 and p95 of RUNS calls after 3 untimed ones. */
const time = (fn: () => Promise<unknown>) => samples(RUNS, fn, 3);

runBench('search', async (server, _services, url) => {
  const community = await createCommunity(server);
  const desk = await createUser(server);
  await seat(server, desk, community.orgs.center.id, MemberRole.STAFF);

  // 100,000 issues of words residents use; "电梯异响" in about 1 in 400, "电梯" in about 1 in 12.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t0 = performance.now();
  await client.query(
    `WITH words AS (SELECT ARRAY['停车','漏水','路灯','垃圾','噪音','绿化','门禁','消防','充电','楼道','物业费','监控','积水','外墙','管道','电梯'] AS w)
     INSERT INTO issues (id, community_id, number, title, body, category, priority, visibility, status, reporter_id, submitted_at, involved_org_ids)
     SELECT gen_random_uuid(), $1, '2026-' || lpad(g::text, 6, '0'),
            CASE WHEN g % 400 = 0 THEN '小区电梯异响' ELSE w[1 + g % 16] || '问题' || w[1 + (g / 16) % 15] END,
            '住户反映' || w[1 + (g / 7) % 15] || '情况，已持续' || (g % 9 + 1) || '天，请尽快处理。编号' || g,
            'OTHER', 'NORMAL', 'PUBLIC', 'SUBMITTED', $2, now() - (g || ' minutes')::interval, ARRAY[$3]::uuid[]
       FROM generate_series(1, ${ISSUES}) g, words`,
    [community.id, desk.id, community.orgs.center.id],
  );
  await client.query('ANALYZE issues');
  const seedMs = performance.now() - t0;

  const BOARD = `query($c: ID!, $s: String) { issues(communityId: $c, first: 20, filter: { search: $s }) { totalCount edges { node { id number title status } } } }`;
  const counts: Record<string, number> = {};
  const viaApi = async (search: string | null) => {
    const d = await ok<{ issues: { totalCount: number } }>(server.url, BOARD, { c: community.gid, s: search }, desk.token);
    counts[search ?? '(none)'] = d.issues.totalCount;
  };
  const baseline = await time(() => viaApi(null));
  const rare = await time(() => viaApi('电梯异响'));
  const common = await time(() => viaApi('电梯'));

  const SQL = `SELECT id FROM issues i WHERE i.community_id = $1 AND i.search_grams @> gz_bigrams($2)
                 AND lower(i.number || ' ' || i.title || ' ' || i.body) LIKE '%' || $2 || '%'
               ORDER BY i.submitted_at DESC LIMIT 21`;
  const plan = (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${SQL}`, [community.id, '电梯异响'])).rows.map((r) => r['QUERY PLAN']);
  const indexed = await time(() => client.query(SQL, [community.id, '电梯异响']));
  await client.query('SET enable_bitmapscan = off; SET enable_indexscan = off');
  const scanned = await time(() => client.query(SQL, [community.id, '电梯异响']));
  await client.end();

  const rows: [string, string, string, string][] = [
    ['(e) board, no search: p50 / p95', `${f(baseline.p50)} / ${f(baseline.p95)}`, '', ''],
    [`(e) search "电梯异响" (${counts['电梯异响']} hits) p50`, f(rare.p50), f(baseline.p50), `${(rare.p50 / baseline.p50).toFixed(2)}×`],
    [`(e) search "电梯" (${counts['电梯']} hits) p50`, f(common.p50), f(baseline.p50), `${(common.p50 / baseline.p50).toFixed(2)}×`],
    ['(e) search "电梯" p95', f(common.p95), f(baseline.p95), `${(common.p95 / baseline.p95).toFixed(2)}×`],
    ['(f) search SQL with the bigram index p50 (vs sequential scan)', f(indexed.p50), f(scanned.p50), `${(indexed.p50 / scanned.p50).toFixed(3)}×`],
  ];
  console.log(`\nIssue search over ${ISSUES.toLocaleString('en-US')} issues (seeded in ${(seedMs / 1000).toFixed(1)} s), ${RUNS} runs each\n`);
  console.log('| measure | figure | baseline | ratio |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(`\nPlan of the search statement: ${plan.filter((l) => /Scan|Index/.test(l)).map((l) => l.trim()).join(' ← ')}`);
});
