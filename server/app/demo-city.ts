import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Services } from '../core/context.js';
import { hashPassword, PRIVACY_NOTICE_VERSION } from '../accounts/index.js';
import { DEFAULT_DEADLINES } from '../issues/index.js';
import { DEMO_PASSWORD } from './demo.js';
import { sqlArrayLiteral } from '../core/sql.js';

/** An array parameter (knex would expand a JavaScript array into a list of values). */
const lit = (values: readonly (string | boolean | number)[]) => sqlArrayLiteral(values.map(String));

/**
 * 襄阳 at its published size (issue 13, part 4): 1 city, 12 counties/districts, 114
 * townships/streets and 2,785 communities/villages, with their organizations, buildings, flats,
 * residents and two years of issues in every state, written with bulk SQL (`INSERT … SELECT`).
 *
 * Deterministic: every id is `md5(seed:kind:n)` and every choice a hash of the row's number
 * (`hashint8extended`, the stable hash PostgreSQL's hash partitioning relies on), so the same
 * seed and anchor give the same city. It grows the ordinary demo (檀溪社区 stays as it is, the
 * 2,784 others are generated around it), so the demo accounts keep working: the city center
 * (13900000023) sees the whole city, 襄城区's (13900000022) its county.
 *
 * The issue counters (issue_stats_*) of the issues themselves are written by the same statement
 * triggers as for every other issue; the per-organization contributions of the assignments and
 * ratings are added in bulk by the row triggers' definitions (tests/integration/demo-city.test.ts
 * holds both to a recount). Not generated: the events of
 * the past (an issue's timeline starts empty; its state is in its row), and the inner parts of
 * meetings (agenda, votes, minutes) and of disputes (sessions, agreements).
 */
export interface CityOptions {
  seed?: number;
  /** Residents in all (default 500,000), each with a verified flat. */
  residents?: number;
  /** Issues over the two years before `anchor` (default 1,000,000). */
  issues?: number;
  /** The end of the history (default: the start of the current hour). */
  anchor?: Date;
  log?: (msg: string) => void;
}

export const CITY = {
  name: '襄阳市',
  counties: 12,
  townships: 114,
  communities: 2785,
} as const;

/** The 12 county-level units of 襄阳 and how many townships/streets each has (114 in all). */
const COUNTIES: { name: string; urban: boolean; townships: number }[] = [
  { name: '襄城区', urban: true, townships: 10 },
  { name: '樊城区', urban: true, townships: 12 },
  { name: '襄州区', urban: true, townships: 13 },
  { name: '老河口市', urban: false, townships: 9 },
  { name: '枣阳市', urban: false, townships: 16 },
  { name: '宜城市', urban: false, townships: 10 },
  { name: '南漳县', urban: false, townships: 11 },
  { name: '谷城县', urban: false, townships: 10 },
  { name: '保康县', urban: false, townships: 11 },
  { name: '东津新区', urban: true, townships: 5 },
  { name: '鱼梁洲经济开发区', urban: true, townships: 2 },
  { name: '襄阳高新技术产业开发区', urban: true, townships: 5 },
];

const SYLLABLES_A = '东西南北中新清和安兴平康福丰华龙凤山河湖桥园林泉'.split('');
const SYLLABLES_B = '阳城岗湾坪港口坡营庄店集'.split('');

/** The uuid PostgreSQL's `md5(text)::uuid` gives for the same text. */
export function md5Uuid(text: string): string {
  const h = createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

interface PlannedCommunity {
  id: string;
  name: string;
  village: boolean;
  county: string;
  township: string;
}

/** The regions and communities to make, in a fixed order (the same for a seed). */
export function planCity(seed: number, existing: { county: string; township: string; count: number }[]) {
  const townships: { county: string; name: string; urban: boolean; communities: number }[] = [];
  let t = 0;
  for (const [i, county] of COUNTIES.entries()) {
    for (let j = 0; j < county.townships; j++, t++) {
      // The demo's street keeps its name; the others are made of two syllables.
      const name =
        county.name === '襄城区' && j === 0
          ? '檀溪街道'
          : `${SYLLABLES_A[(i * 7 + j) % SYLLABLES_A.length]}${SYLLABLES_B[j % SYLLABLES_B.length]}${county.urban ? '街道' : '镇'}`;
      // 2,785 = 49 × 25 + 65 × 24.
      townships.push({ county: county.name, name, urban: county.urban, communities: t < 49 ? 25 : 24 });
    }
  }
  const communities: PlannedCommunity[] = [];
  let n = 0;
  for (const township of townships) {
    const already = existing.find((e) => e.county === township.county && e.township === township.name)?.count ?? 0;
    for (let k = already; k < township.communities; k++, n++) {
      const village = !township.urban && k % 3 !== 0;
      const name = `${SYLLABLES_A[(n * 5 + k) % SYLLABLES_A.length]}${SYLLABLES_B[(n + k * 3) % SYLLABLES_B.length]}${village ? '村' : '社区'}`;
      communities.push({ id: md5Uuid(`${seed}:c:${n}`), name, village, county: township.county, township: township.name });
    }
  }
  return { townships, communities };
}

/** The organizations of a generated community, by kind: [kind, suffix for a community, suffix for a village]. */
const COMMUNITY_ORGS: [string, string, string][] = [
  ['PARTY_COMMITTEE', '党委', '党支部'],
  ['RESIDENTS_COMMITTEE', '居民委员会', '村民委员会'],
  ['GOVERNANCE_CENTER', '综治中心', '综治中心'],
  ['PROPERTY_MANAGER', '物业服务中心', ''],
  ['OWNERS_COMMITTEE', '业主委员会', ''],
  ['SUPERVISORY_COMMITTEE', '居务监督委员会', '村务监督委员会'],
  ['PARTY_STATION', '红色驿站', '红色驿站'],
  ['MEDIATION_COMMITTEE', '人民调解委员会', '人民调解委员会'],
];

const BUILDINGS_PER_COMMUNITY = 10;

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹'.split('');
const GIVEN = ['建国', '秀兰', '志强', '丽娟', '伟', '芳', '敏', '静', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '玉兰', '文', '华', '红', '斌', '鹏', '辉', '宇', '浩', '欣', '婷', '晨', '雪', '凯', '琳', '海燕', '春梅'];

/** Issue titles by category (the same words residents use in the demo). */
const TITLES: Record<string, string[]> = {
  ENVIRONMENT: ['楼道堆放杂物', '垃圾清运不及时', '绿化带无人修剪', '下水道返臭'],
  FACILITY: ['电梯故障停运', '楼道灯不亮', '单元门禁损坏', '屋顶漏水'],
  PARKING: ['消防通道被占用', '电动车违规充电', '车位被长期占用'],
  SAFETY: ['高空抛物', '外墙瓷砖脱落', '窨井盖缺失'],
  NEIGHBOR_DISPUTE: ['楼上噪音扰民', '宠物扰民', '漏水影响楼下'],
  PROPERTY_SERVICE: ['物业费公示不清', '保安巡逻不到位'],
  ELDERLY_CARE: ['独居老人需要探访', '助餐点开放时间'],
  OTHER: ['小区公告栏破损', '快递柜占道'],
};

/**
 * Generates the city into a database that holds the ordinary demo (or any data: regions and
 * communities of the same names are kept, not doubled). One transaction.
 */
export async function generateCity(services: Services, options: CityOptions = {}): Promise<{ seconds: number; communities: number; residents: number; issues: number }> {
  const seed = options.seed ?? 2785;
  const residents = options.residents ?? 500_000;
  const issueCount = options.issues ?? 1_000_000;
  const anchor = options.anchor ?? new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const step = (what: string) => log(`[city ${((Date.now() - started) / 1000).toFixed(1)} s] ${what}`);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const result = await services.orm.em.fork().transactional(async (em) => {
    const exec = (sql: string, params: unknown[] = []) => em.execute(sql, params, 'run');
    const rows = <T>(sql: string, params: unknown[] = []) => em.execute<T[]>(sql, params, 'all');

    // 1. Regions: the city, its 12 counties, 114 townships (those that exist are kept).
    await exec(
      `INSERT INTO regions (id, parent_id, level, name, path) VALUES (?, NULL, 'CITY', ?, ARRAY[?]::uuid[]) ON CONFLICT DO NOTHING`,
      [md5Uuid(`${seed}:city`), CITY.name, md5Uuid(`${seed}:city`)],
    );
    const [city] = await rows<{ id: string }>(`SELECT id FROM regions WHERE parent_id IS NULL AND name = ?`, [CITY.name]);
    await exec(
      `INSERT INTO regions (id, parent_id, level, name, path)
       SELECT x.id, p.id, 'COUNTY', x.name, p.path || x.id FROM unnest(?::uuid[], ?::text[]) x(id, name), regions p WHERE p.id = ?
       ON CONFLICT DO NOTHING`,
      [lit(COUNTIES.map((c) => md5Uuid(`${seed}:county:${c.name}`))), lit(COUNTIES.map((c) => c.name)), city!.id],
    );
    const existing = await rows<{ county: string; township: string; count: number }>(
      `SELECT k.name AS county, t.name AS township, count(c.id)::int AS count
         FROM regions k JOIN regions t ON t.parent_id = k.id LEFT JOIN communities c ON c.region_id = t.id
        WHERE k.parent_id = ? GROUP BY 1, 2`,
      [city!.id],
    );
    const plan = planCity(seed, existing);
    await exec(
      `INSERT INTO regions (id, parent_id, level, name, path)
       SELECT x.id, p.id, 'TOWNSHIP', x.name, p.path || x.id
         FROM unnest(?::uuid[], ?::text[], ?::text[]) x(id, county, name) JOIN regions p ON p.parent_id = ? AND p.name = x.county
       ON CONFLICT DO NOTHING`,
      [lit(plan.townships.map((t) => md5Uuid(`${seed}:township:${t.county}:${t.name}`))), lit(plan.townships.map((t) => t.county)), lit(plan.townships.map((t) => t.name)), city!.id],
    );
    step(`regions: 1 city, ${COUNTIES.length} counties, ${plan.townships.length} townships`);

    // 2. Governance centers of every region (kept where one exists), two departments per county.
    await exec(
      `INSERT INTO organizations (id, community_id, kind, name, level, region_id)
       SELECT md5(?::text || ':center:' || r.id)::uuid, NULL, 'GOVERNANCE_CENTER', r.name || '综治中心', r.level::text::region_level, r.id
         FROM regions r WHERE r.path[1] = ?
          AND NOT EXISTS (SELECT 1 FROM organizations o WHERE o.region_id = r.id AND o.kind = 'GOVERNANCE_CENTER')`,
      [seed, city!.id],
    );
    await exec(
      `INSERT INTO organizations (id, community_id, kind, name, level, region_id)
       SELECT md5(?::text || ':dept:' || d || ':' || r.id)::uuid, NULL, 'DEPARTMENT', r.name || d, 'COUNTY', r.id
         FROM regions r, unnest(ARRAY['城市管理执法局', '住房和城乡建设局']) d
        WHERE r.parent_id = ? AND NOT EXISTS (SELECT 1 FROM organizations o WHERE o.region_id = r.id AND o.name = r.name || d)`,
      [seed, city!.id],
    );

    // 3. Communities, and their organizations.
    const cs = plan.communities;
    if (!cs.length) return { communities: 0, residents: 0, issues: 0 }; // the city is there already
    await exec(`CREATE TEMP TABLE city_c (idx int PRIMARY KEY, id uuid, name text, village boolean, county text, township text) ON COMMIT DROP`);
    await exec(
      `INSERT INTO city_c SELECT o - 1, id, name, village, county, township FROM unnest(?::uuid[], ?::text[], ?::boolean[], ?::text[], ?::text[]) WITH ORDINALITY x(id, name, village, county, township, o)`,
      [lit(cs.map((c) => c.id)), lit(cs.map((c) => c.name)), lit(cs.map((c) => c.village)), lit(cs.map((c) => c.county)), lit(cs.map((c) => c.township))],
    );
    await exec(
      `INSERT INTO communities (id, name, kind, region_id, created_at)
       SELECT c.id, c.name, CASE WHEN c.village THEN 'VILLAGE' ELSE 'COMMUNITY' END::community_kind, t.id, ?::timestamptz - interval '3 years'
         FROM city_c c JOIN regions k ON k.parent_id = ? AND k.name = c.county JOIN regions t ON t.parent_id = k.id AND t.name = c.township`,
      [anchor, city!.id],
    );
    await exec(
      `INSERT INTO organizations (id, community_id, kind, name, level, created_at)
       SELECT md5(?::text || ':o:' || c.idx || ':' || o.kind)::uuid, c.id, o.kind::organization_kind,
              c.name || CASE WHEN c.village THEN o.village ELSE o.community END, 'COMMUNITY', ?::timestamptz - interval '3 years'
         FROM city_c c, unnest(?::text[], ?::text[], ?::text[]) o(kind, community, village)
        WHERE NOT (c.village AND o.village = '')`,
      [seed, anchor, lit(COMMUNITY_ORGS.map((o) => o[0])), lit(COMMUNITY_ORGS.map((o) => o[1])), lit(COMMUNITY_ORGS.map((o) => o[2]))],
    );
    step(`${cs.length} communities (${cs.filter((c) => c.village).length} villages) with their organizations`);

    // 4. Buildings and flats, residents with verified flats; staff: the center's dispatcher, the
    //    committee's chair and grid worker, the property manager's staff, the station's coordinator.
    if (residents < cs.length) throw new Error(`generateCity: at least one resident per community (${cs.length})`);
    // Resident r (0-based) lives in community r mod C, as its (r div C)-th resident: every
    // community has floor(R / C) or one more.
    const C = cs.length;
    const perCommunity = Math.ceil(residents / C);
    const fewest = Math.floor(residents / C);
    const perBuilding = Math.ceil(perCommunity / BUILDINGS_PER_COMMUNITY);
    await exec(
      `INSERT INTO buildings (id, community_id, name)
       SELECT md5(?::text || ':b:' || c.idx || ':' || b)::uuid, c.id, CASE WHEN c.village THEN b || '组' ELSE b || '栋' END
         FROM city_c c, generate_series(1, ?) b`,
      [seed, BUILDINGS_PER_COMMUNITY],
    );
    await exec(
      `INSERT INTO units (id, building_id, number, floor_area)
       SELECT md5(?::text || ':u:' || c.idx || ':' || b || ':' || u)::uuid, md5(?::text || ':b:' || c.idx || ':' || b)::uuid,
              (u / 4 + 1)::text || lpad((u % 4 + 1)::text, 2, '0'), 60 + abs(hashint8extended(c.idx * 10000 + b * 100 + u, ?)) % 81
         FROM city_c c, generate_series(1, ?) b, generate_series(0, ? - 1) u`,
      [seed, seed, seed, BUILDINGS_PER_COMMUNITY, perBuilding],
    );
    const residentTotal = residents;
    await exec(
      `INSERT INTO users (id, phone, name, password_hash, created_at, privacy_consent_at, privacy_notice_version)
       SELECT md5(?::text || ':r:' || r)::uuid, '15' || lpad(r::text, 9, '0'),
              (?::text[])[1 + abs(hashint8extended(r, ?)) % ?] || (?::text[])[1 + abs(hashint8extended(r, ? + 1)) % ?],
              ?, ?::timestamptz - interval '2 years', ?::timestamptz - interval '2 years', ?
         FROM generate_series(0, ? - 1) r`,
      [seed, lit(SURNAMES), seed, SURNAMES.length, lit(GIVEN), seed, GIVEN.length, passwordHash, anchor, anchor, PRIVACY_NOTICE_VERSION, residentTotal],
    );
    await exec(
      `INSERT INTO residencies (id, user_id, community_id, unit_id, kind, verified, verified_at, created_at)
       SELECT md5(?::text || ':res:' || r)::uuid, md5(?::text || ':r:' || r)::uuid, c.id,
              md5(?::text || ':u:' || c.idx || ':' || (1 + (r / ?) / ?) || ':' || ((r / ?) % ?))::uuid,
              CASE WHEN abs(hashint8extended(r, ? + 2)) % 5 = 0 THEN 'TENANT' ELSE 'OWNER' END::residency_kind,
              true, ?::timestamptz - interval '2 years', ?::timestamptz - interval '2 years'
         FROM generate_series(0, ? - 1) r JOIN city_c c ON c.idx = r % ?`,
      [seed, seed, seed, C, perBuilding, C, perBuilding, seed, anchor, anchor, residentTotal, C],
    );
    step(`${cs.length * BUILDINGS_PER_COMMUNITY} buildings, ${cs.length * BUILDINGS_PER_COMMUNITY * perBuilding} flats, ${residentTotal} residents`);
    const STAFF: [string, string, string][] = [
      ['GOVERNANCE_CENTER', 'STAFF', '0'],
      ['RESIDENTS_COMMITTEE', 'CHAIR', '1'],
      ['RESIDENTS_COMMITTEE', 'GRID_WORKER', '2'],
      ['PROPERTY_MANAGER', 'STAFF', '3'],
      ['PARTY_STATION', 'COORDINATOR', '4'],
    ];
    await exec(
      `INSERT INTO users (id, phone, name, password_hash, created_at, privacy_consent_at, privacy_notice_version)
       SELECT md5(?::text || ':s:' || c.idx || ':' || s.n)::uuid, '16' || lpad((c.idx * 10 + s.n::int)::text, 9, '0'),
              (?::text[])[1 + abs(hashint8extended(c.idx * 10 + s.n::int, ? + 3)) % ?] || (?::text[])[1 + abs(hashint8extended(c.idx * 10 + s.n::int, ? + 4)) % ?],
              ?, ?::timestamptz - interval '3 years', ?::timestamptz - interval '3 years', ?
         FROM city_c c, unnest(?::text[], ?::text[]) s(kind, n) WHERE NOT (c.village AND s.kind = 'PROPERTY_MANAGER')`,
      [seed, lit(SURNAMES), seed, SURNAMES.length, lit(GIVEN), seed, GIVEN.length, passwordHash, anchor, anchor, PRIVACY_NOTICE_VERSION, lit(STAFF.map((s) => s[0])), lit(STAFF.map((s) => s[2]))],
    );
    await exec(
      `INSERT INTO memberships (id, user_id, organization_id, role, created_at)
       SELECT md5(?::text || ':m:' || c.idx || ':' || s.n)::uuid, md5(?::text || ':s:' || c.idx || ':' || s.n)::uuid,
              md5(?::text || ':o:' || c.idx || ':' || s.kind)::uuid, s.role::member_role, ?::timestamptz - interval '3 years'
         FROM city_c c, unnest(?::text[], ?::text[], ?::text[]) s(kind, role, n) WHERE NOT (c.village AND s.kind = 'PROPERTY_MANAGER')`,
      [seed, seed, seed, anchor, lit(STAFF.map((s) => s[0])), lit(STAFF.map((s) => s[1])), lit(STAFF.map((s) => s[2]))],
    );
    step('staff and their seats');

    // 5. Issues over two years: the older an issue, the likelier it is settled; open ones past
    //    their deadlines are overdue. Each choice is a hash of the issue's number g.
    const n = issueCount;
    const categories = Object.keys(TITLES);
    const titles = categories.flatMap((c) => TITLES[c]!.map((t) => [c, t] as const));
    await exec(`CREATE TEMP TABLE city_titles (i int PRIMARY KEY, category issue_category, title text) ON COMMIT DROP`);
    await exec(`INSERT INTO city_titles SELECT o - 1, c::issue_category, t FROM unnest(?::text[], ?::text[]) WITH ORDINALITY x(c, t, o)`, [lit(titles.map((t) => t[0])), lit(titles.map((t) => t[1]))]);
    const d = DEFAULT_DEADLINES;
    // h: 0..999 by g; age in days; the stage the issue reached.
    await exec(
      `CREATE TEMP TABLE city_i ON COMMIT DROP AS
       SELECT g, c.idx AS ci, c.id AS community_id, c.village,
              ?::timestamptz - (730 * 86400 * (? - g)::float8 / ?) * interval '1 second' - (abs(hashint8extended(g, ? + 5)) % 3600) * interval '1 second' AS sub,
              abs(hashint8extended(g, ? + 6)) % 1000 AS h,
              abs(hashint8extended(g, ? + 7)) % 1000 AS h2,
              abs(hashint8extended(g, ? + 8)) % ? AS ti,
              abs(hashint8extended(g, ? + 9)) % ? AS reporter,
              CASE WHEN abs(hashint8extended(g, ? + 10)) % 20 = 0 THEN 'URGENT' WHEN abs(hashint8extended(g, ? + 10)) % 20 < 4 THEN 'HIGH'
                   WHEN abs(hashint8extended(g, ? + 10)) % 20 = 19 THEN 'LOW' ELSE 'NORMAL' END::issue_priority AS priority
         FROM generate_series(0, ? - 1) g JOIN city_c c ON c.idx = abs(hashint8extended(g, ?)) % ?`,
      [anchor, n, n, seed, seed, seed, seed, titles.length, seed, fewest, seed, seed, seed, n, seed, C],
    );
    await exec(
      `CREATE TEMP TABLE city_s ON COMMIT DROP AS
       SELECT i.*, EXTRACT(EPOCH FROM (?::timestamptz - i.sub)) / 86400 AS age,
              CASE WHEN i.h < 10 THEN 'WITHDRAWN'
                   WHEN i.sub > ?::timestamptz - interval '1 day' THEN (ARRAY['SUBMITTED', 'DISPATCHED', 'ACCEPTED'])[1 + i.h2 % 3]
                   WHEN i.sub > ?::timestamptz - interval '14 days' THEN (ARRAY['DISPATCHED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'RETURNED', 'RESOLVED', 'RESOLVED', 'RESOLVED', 'REOPENED', 'CLOSED'])[1 + i.h2 % 10]
                   WHEN i.h2 < 10 THEN 'ACCEPTED' WHEN i.h2 < 20 THEN 'DISPATCHED' WHEN i.h2 < 40 THEN 'RESOLVED' ELSE 'CLOSED' END::issue_status AS status,
              CASE i.priority WHEN 'URGENT' THEN ${d.URGENT.accept} WHEN 'HIGH' THEN ${d.HIGH.accept} WHEN 'LOW' THEN ${d.LOW.accept} ELSE ${d.NORMAL.accept} END AS accept_h,
              CASE i.priority WHEN 'URGENT' THEN ${d.URGENT.resolve} WHEN 'HIGH' THEN ${d.HIGH.resolve} WHEN 'LOW' THEN ${d.LOW.resolve} ELSE ${d.NORMAL.resolve} END AS resolve_h
         FROM city_i i`,
      [anchor, anchor, anchor],
    );
    // Times: dispatched 1–6 h after submission, accepted 0–47 h after, resolved 1–8 days after.
    await exec(
      `CREATE TEMP TABLE city_t ON COMMIT DROP AS
       SELECT s.*, disp, acc, res,
              CASE WHEN s.village OR s.h2 % 3 = 0 THEN md5(?::text || ':o:' || s.ci || ':RESIDENTS_COMMITTEE')::uuid
                   ELSE md5(?::text || ':o:' || s.ci || ':PROPERTY_MANAGER')::uuid END AS org
         FROM city_s s,
              LATERAL (SELECT CASE WHEN s.status NOT IN ('SUBMITTED', 'WITHDRAWN') THEN s.sub + (1 + s.h % 6) * interval '1 hour' END AS disp) a,
              LATERAL (SELECT CASE WHEN s.status IN ('ACCEPTED', 'RESOLVED', 'REOPENED', 'CLOSED') THEN a.disp + (s.h2 % 48) * interval '1 hour' END AS acc) b,
              LATERAL (SELECT CASE WHEN s.status IN ('RESOLVED', 'REOPENED', 'CLOSED') THEN b.acc + (24 + s.h % 168) * interval '1 hour' END AS res) r`,
      [seed, seed],
    );
    // The category counters' row trigger (the city view's top categories) is off for this insert
    // too, its contribution added in bulk below, by its definition.
    await exec(`ALTER TABLE issues DISABLE TRIGGER gz_stats_category_insert_delete`);
    // The weekly rows (per township, county and city) are rebuilt below from the townships' daily
    // rows instead of being moved once per daily change: in one transaction every change of a
    // row leaves a version the next change must step over, so 12 county rows per week moved
    // ~1,600 times each cost minutes (quadratic in the changes per row).
    for (const [table, trigger] of ROLLUP_TRIGGERS) await exec(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
    await exec(
      `INSERT INTO issues (id, community_id, number, title, body, category, priority, visibility, status, reporter_id, assignee_id,
                           involved_org_ids, accept_by, resolve_by, submitted_at, first_dispatched_at, dispatched_at, first_accepted_at, accepted_at,
                           first_resolved_at, resolved_at, closed_at, resolution, rating_score, rated_at, reopen_count, building_id)
       SELECT md5(?::text || ':i:' || t.g)::uuid, t.community_id,
              to_char(t.sub AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad((row_number() OVER (PARTITION BY t.community_id ORDER BY t.sub, t.g))::text, 4, '0'),
              (1 + t.g % ${BUILDINGS_PER_COMMUNITY}) || CASE WHEN t.village THEN '组' ELSE '栋' END || ti.title,
              '住户反映：' || ti.title || '，请尽快处理。', ti.category, t.priority,
              CASE WHEN t.h2 % 7 = 0 THEN 'PARTIES' ELSE 'PUBLIC' END::visibility, t.status,
              md5(?::text || ':r:' || (t.ci + ? * t.reporter))::uuid,
              CASE WHEN t.status IN ('DISPATCHED', 'ACCEPTED', 'RESOLVED', 'REOPENED', 'CLOSED') THEN t.org END,
              ARRAY[md5(?::text || ':o:' || t.ci || ':GOVERNANCE_CENTER')::uuid, md5(?::text || ':o:' || t.ci || ':RESIDENTS_COMMITTEE')::uuid]
                || CASE WHEN t.disp IS NOT NULL AND t.org <> md5(?::text || ':o:' || t.ci || ':RESIDENTS_COMMITTEE')::uuid THEN ARRAY[t.org] ELSE ARRAY[]::uuid[] END,
              t.disp + t.accept_h * interval '1 hour', t.disp + t.resolve_h * interval '1 hour', t.sub,
              t.disp, CASE WHEN t.status <> 'RETURNED' THEN t.disp END, t.acc, CASE WHEN t.status <> 'REOPENED' THEN t.acc END,
              t.res, CASE WHEN t.status IN ('RESOLVED', 'CLOSED') THEN t.res END,
              CASE WHEN t.status = 'CLOSED' THEN t.res + CASE WHEN t.h % 5 = 0 THEN interval '7 days' ELSE (1 + t.h % 48) * interval '1 hour' END END,
              CASE WHEN t.res IS NOT NULL THEN '已处理完毕。' END,
              CASE WHEN t.status = 'CLOSED' AND t.h % 5 <> 0 THEN (ARRAY[5, 5, 5, 5, 5, 4, 4, 4, 3, 2])[1 + t.h2 % 10] END,
              CASE WHEN t.status = 'CLOSED' AND t.h % 5 <> 0 THEN t.res + (1 + t.h % 48) * interval '1 hour' END,
              CASE WHEN t.status = 'REOPENED' THEN 1 ELSE 0 END,
              md5(?::text || ':b:' || t.ci || ':' || (1 + t.g % ${BUILDINGS_PER_COMMUNITY}))::uuid
         FROM city_t t JOIN city_titles ti ON ti.i = t.ti`,
      [seed, seed, C, seed, seed, seed, seed],
    );
    await exec(`ALTER TABLE issues ENABLE TRIGGER gz_stats_category_insert_delete`);
    await exec(
      `INSERT INTO issue_stats_category_daily AS s (community_id, day, category, submitted)
       SELECT i.community_id, gz_stats_day(i.submitted_at), i.category::text, count(*) FROM issues i JOIN city_c c ON c.id = i.community_id GROUP BY 1, 2, 3
       ON CONFLICT (community_id, day, category) DO UPDATE SET submitted = s.submitted + excluded.submitted`,
    );
    step(`${n} issues`);
    // Assignments and ratings count in the per-organization counters through row triggers, one
    // statement per row: a million of them took more than 15 minutes on a busy machine. Their
    // contributions are added here in bulk instead, by the triggers' own definitions (each
    // generated issue has one assignment, so each counts once in `dispatched`), with the triggers
    // off for these two statements (a table lock until the commit). The test holds the counters
    // to a recount.
    await exec(`ALTER TABLE issue_assignments DISABLE TRIGGER gz_stats_assignment`);
    await exec(`ALTER TABLE issue_ratings DISABLE TRIGGER gz_stats_rating`);
    await exec(
      `INSERT INTO issue_assignments (id, issue_id, organization_id, dispatched_at, accept_by, accepted_at, resolved_at, ended_as)
       SELECT md5(?::text || ':a:' || t.g)::uuid, md5(?::text || ':i:' || t.g)::uuid, t.org, t.disp, t.disp + t.accept_h * interval '1 hour', t.acc, t.res,
              CASE WHEN t.status = 'RETURNED' THEN 'RETURNED' END
         FROM city_t t WHERE t.disp IS NOT NULL`,
      [seed, seed],
    );
    await exec(
      `INSERT INTO issue_ratings (id, issue_id, organization_id, score, rated_at)
       SELECT md5(?::text || ':rt:' || i.id)::uuid, i.id, i.assignee_id, i.rating_score, i.rated_at
         FROM issues i JOIN city_c c ON c.id = i.community_id WHERE i.rating_score IS NOT NULL`,
      [seed],
    );
    await exec(`ALTER TABLE issue_assignments ENABLE TRIGGER gz_stats_assignment`);
    await exec(`ALTER TABLE issue_ratings ENABLE TRIGGER gz_stats_rating`);
    await exec(
      `INSERT INTO issue_stats_org_daily AS s (community_id, day, organization_id, dispatched, assignments, on_time, accepted, resolved_clean, ratings, good)
       SELECT community_id, day, organization_id, sum(dispatched), sum(assignments), sum(on_time), sum(accepted), sum(resolved_clean), sum(ratings), sum(good) FROM (
         SELECT i.community_id, gz_stats_day(i.submitted_at) AS day, a.organization_id, count(DISTINCT a.issue_id) AS dispatched, count(*) AS assignments,
                count(*) FILTER (WHERE a.accepted_at IS NOT NULL AND (a.accept_by IS NULL OR a.accepted_at <= a.accept_by)) AS on_time,
                count(*) FILTER (WHERE a.accepted_at IS NOT NULL) AS accepted,
                count(*) FILTER (WHERE a.accepted_at IS NOT NULL AND a.resolved_at IS NOT NULL AND a.ended_as IS DISTINCT FROM 'REOPENED') AS resolved_clean,
                0 AS ratings, 0 AS good
           FROM issue_assignments a JOIN issues i ON i.id = a.issue_id JOIN city_c c ON c.id = i.community_id GROUP BY 1, 2, 3
         UNION ALL
         SELECT i.community_id, gz_stats_day(i.submitted_at), r.organization_id, 0, 0, 0, 0, 0, count(*), count(*) FILTER (WHERE r.score >= 4)
           FROM issue_ratings r JOIN issues i ON i.id = r.issue_id JOIN city_c c ON c.id = i.community_id WHERE r.organization_id IS NOT NULL GROUP BY 1, 2, 3) x
       GROUP BY 1, 2, 3
       ON CONFLICT (community_id, day, organization_id) DO UPDATE SET
         dispatched = s.dispatched + excluded.dispatched, assignments = s.assignments + excluded.assignments, on_time = s.on_time + excluded.on_time,
         accepted = s.accepted + excluded.accepted, resolved_clean = s.resolved_clean + excluded.resolved_clean,
         ratings = s.ratings + excluded.ratings, good = s.good + excluded.good`,
    );
    await exec(
      `INSERT INTO issue_stats_daily AS s (community_id, day, ratings, good_ratings)
       SELECT i.community_id, gz_stats_day(i.submitted_at), count(*), count(*) FILTER (WHERE r.score >= 4)
         FROM issue_ratings r JOIN issues i ON i.id = r.issue_id JOIN city_c c ON c.id = i.community_id GROUP BY 1, 2
       ON CONFLICT (community_id, day) DO UPDATE SET ratings = s.ratings + excluded.ratings, good_ratings = s.good_ratings + excluded.good_ratings`,
    );
    await rebuildRollups(exec, city!.id);
    for (const [table, trigger] of ROLLUP_TRIGGERS) await exec(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
    step('assignments and ratings');
    // 6. Meetings, volunteer tasks and disputes, in proportion: per community over the two years,
    //    a meeting a month (the last one still to come), a task a month with three volunteers each
    //    (hours verified once done), and ten disputes in every state.
    const MONTHS = 24;
    await exec(
      `INSERT INTO meetings (id, community_id, kind, title, status, scheduled_at, location, convener_id, participant_ids, created_by_id,
                             started_at, adjourned_at, approved_at, published_at, created_at, attendance_quorum)
       SELECT md5(?::text || ':m:' || c.idx || ':' || k)::uuid, c.id,
              (ARRAY['JOINT', 'DELIBERATION', 'REPRESENTATIVES', 'SUPERVISION'])[1 + k % 4]::meeting_kind,
              c.name || '第' || (k + 1) || '次' || (ARRAY['联席会议', '议事会', '居民代表会议', '监事会'])[1 + k % 4],
              CASE WHEN k = ? - 1 THEN 'SCHEDULED' ELSE 'PUBLISHED' END::meeting_status, x.at, c.name || '党群服务中心',
              md5(?::text || ':o:' || c.idx || ':PARTY_COMMITTEE')::uuid,
              ARRAY[md5(?::text || ':o:' || c.idx || ':RESIDENTS_COMMITTEE')::uuid, md5(?::text || ':o:' || c.idx || ':GOVERNANCE_CENTER')::uuid],
              md5(?::text || ':s:' || c.idx || ':1')::uuid,
              CASE WHEN k < ? - 1 THEN x.at END, CASE WHEN k < ? - 1 THEN x.at + interval '90 minutes' END,
              CASE WHEN k < ? - 1 THEN x.at + interval '2 days' END, CASE WHEN k < ? - 1 THEN x.at + interval '3 days' END,
              x.at - interval '7 days', 'NONE'
         FROM city_c c, generate_series(0, ? - 1) k,
              LATERAL (SELECT ?::timestamptz - ((? - 1 - k) * 30) * interval '1 day' + interval '2 days' + (c.idx % 5) * interval '1 hour' AS at) x`,
      [seed, MONTHS, seed, seed, seed, seed, MONTHS, MONTHS, MONTHS, MONTHS, MONTHS, anchor, MONTHS],
    );
    await exec(
      `INSERT INTO volunteer_tasks (id, station_id, community_id, title, description, location, starts_at, ends_at, slots, claimed_count, status, created_by_id, created_at)
       SELECT md5(?::text || ':t:' || c.idx || ':' || k)::uuid, md5(?::text || ':o:' || c.idx || ':PARTY_STATION')::uuid, c.id,
              (ARRAY['楼道清理', '敬老助餐', '文明劝导', '防汛巡查'])[1 + k % 4], '红色驿站志愿服务，欢迎党员和居民报名。', c.name || '党群服务中心',
              x.at, x.at + interval '2 hours', 5, CASE WHEN k = ? - 1 THEN 0 ELSE 3 END,
              CASE WHEN k = ? - 1 THEN 'OPEN' ELSE 'COMPLETED' END::volunteer_task_status,
              md5(?::text || ':s:' || c.idx || ':4')::uuid, x.at - interval '7 days'
         FROM city_c c, generate_series(0, ? - 1) k,
              LATERAL (SELECT ?::timestamptz - ((? - 1 - k) * 30) * interval '1 day' + interval '9 days' + interval '1 hour' AS at) x`,
      [seed, seed, MONTHS, MONTHS, seed, MONTHS, anchor, MONTHS],
    );
    // The station's three volunteers: the community's first three residents (the first a party
    // member), each with the hours of every task done (2 h each; 1 h = 1 point, as the volunteers
    // module counts them).
    if (fewest < 3) throw new Error(`generateCity: at least three residents per community (${3 * C})`);
    const hours = (MONTHS - 1) * 2;
    await exec(
      `INSERT INTO volunteers (id, user_id, station_id, community_id, is_party_member, verified_hours, points, created_at)
       SELECT md5(?::text || ':vol:' || c.idx || ':' || v)::uuid, md5(?::text || ':r:' || (c.idx + ? * v))::uuid,
              md5(?::text || ':o:' || c.idx || ':PARTY_STATION')::uuid, c.id, v = 0, ?, ?, ?::timestamptz - interval '2 years'
         FROM city_c c, generate_series(0, 2) v`,
      [seed, seed, C, seed, hours, hours, anchor],
    );
    await exec(
      `INSERT INTO task_claims (id, task_id, volunteer_id, status, claimed_at, checked_in_at, checked_out_at, hours, hours_status, verified_by_id, verified_at)
       SELECT md5(?::text || ':tc:' || c.idx || ':' || k || ':' || v)::uuid, t.id, md5(?::text || ':vol:' || c.idx || ':' || v)::uuid,
              'COMPLETED', t.starts_at - interval '3 days', t.starts_at, t.ends_at, 2, 'VERIFIED', md5(?::text || ':s:' || c.idx || ':4')::uuid, t.ends_at + interval '1 hour'
         FROM city_c c, generate_series(0, ? - 2) k, generate_series(0, 2) v, volunteer_tasks t
        WHERE t.id = md5(?::text || ':t:' || c.idx || ':' || k)::uuid`,
      [seed, seed, seed, MONTHS, seed],
    );
    step(`${MONTHS * C} meetings, ${MONTHS * C} volunteer tasks with their volunteers`);
    const DISPUTES = 10;
    // The states of a community's ten disputes (one each, by number): 化解率 over those closed.
    const STATES = ['AGREED', 'FULFILLED', 'ACCEPTED', 'AGREED', 'BREACHED', 'FAILED', 'REFERRED', 'DECLINED', 'MEDIATING', 'REGISTERED'];
    await exec(
      `CREATE TEMP TABLE city_d ON COMMIT DROP AS
       SELECT c.idx AS ci, c.id AS community_id, k, md5(?::text || ':d:' || c.idx || ':' || k)::uuid AS id,
              (?::text[])[1 + k]::dispute_status AS status,
              ?::timestamptz - ((? - k) * 70 + (c.idx % 20)) * interval '1 day' AS reg,
              (ARRAY['NEIGHBOR', 'PROPERTY_SERVICE', 'MARRIAGE_FAMILY', 'LABOR_PAY', 'CONSUMER', 'OTHER', 'NEIGHBOR', 'LAND_FOREST', 'NEIGHBOR', 'OTHER'])[1 + k]::dispute_category AS category,
              k = 3 AS escalated
         FROM city_c c, generate_series(0, ? - 1) k`,
      [seed, lit(STATES), anchor, DISPUTES, DISPUTES],
    );
    await exec(
      `INSERT INTO disputes (id, community_id, number, title, description, category, source, risk_level, handling_level, registered_level, status,
                             registered_by_id, registered_at, accepted_at, mediation_deadline, mediation_started_at, outcome_at, closed_at,
                             decline_reason, outcome_note, referred_to, referral_reason, followed_up_at, follow_up_note, escalation_count, last_escalation_reason)
       SELECT d.id, d.community_id,
              '纠纷-' || to_char(d.reg AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad((row_number() OVER (PARTITION BY d.community_id, to_char(d.reg AT TIME ZONE 'UTC', 'YYYY') ORDER BY d.reg, d.k))::text, 4, '0'),
              (ARRAY['邻里噪音纠纷', '物业服务纠纷', '家庭赡养纠纷', '劳务费纠纷', '装修消费纠纷', '其他纠纷', '漏水纠纷', '宅基地纠纷', '停车纠纷', '其他纠纷'])[1 + d.k],
              '当事人申请人民调解。', d.category, CASE WHEN d.k % 3 = 0 THEN 'SCREENING' ELSE 'VISIT' END::dispute_source, 'GENERAL',
              CASE WHEN d.escalated THEN 'TOWNSHIP' ELSE 'COMMUNITY' END::region_level, 'COMMUNITY', d.status,
              md5(?::text || ':s:' || d.ci || ':2')::uuid, d.reg,
              CASE WHEN d.status NOT IN ('REGISTERED', 'DECLINED') THEN d.reg + interval '1 day' END,
              CASE WHEN d.status NOT IN ('REGISTERED', 'DECLINED') THEN d.reg + interval '31 days' END,
              CASE WHEN d.status NOT IN ('REGISTERED', 'DECLINED', 'ACCEPTED') THEN d.reg + interval '3 days' END,
              CASE WHEN d.status IN ('AGREED', 'FULFILLED', 'BREACHED', 'FAILED', 'REFERRED') THEN d.reg + (5 + d.k) * interval '1 day' END,
              CASE WHEN d.status IN ('AGREED', 'FULFILLED', 'BREACHED', 'FAILED', 'REFERRED') THEN d.reg + (5 + d.k) * interval '1 day'
                   WHEN d.status = 'DECLINED' THEN d.reg + interval '1 day' END,
              CASE WHEN d.status = 'DECLINED' THEN '不属于人民调解范围，已告知当事人向法院起诉。' END,
              CASE WHEN d.status IN ('AGREED', 'FULFILLED', 'BREACHED') THEN '双方达成调解协议。' WHEN d.status IN ('FAILED', 'REFERRED') THEN '双方分歧较大，调解不成。' END,
              CASE WHEN d.status = 'REFERRED' THEN 'LITIGATION'::dispute_referral END,
              CASE WHEN d.status = 'REFERRED' THEN '引导当事人向人民法院起诉。' END,
              CASE WHEN d.status IN ('FULFILLED', 'BREACHED') THEN d.reg + (35 + d.k) * interval '1 day' END,
              CASE WHEN d.status = 'FULFILLED' THEN '回访：协议已履行。' WHEN d.status = 'BREACHED' THEN '回访：一方未履行。' END,
              CASE WHEN d.escalated THEN 1 ELSE 0 END, CASE WHEN d.escalated THEN '涉及多户，提交街道调解。' END
         FROM city_d d`,
      [seed],
    );
    await exec(
      `INSERT INTO dispute_parties (id, dispute_id, role, user_id, name, position, consent, consent_at)
       SELECT md5(?::text || ':dp:' || d.ci || ':' || d.k || ':' || p.role)::uuid, d.id, p.role::dispute_party_role,
              CASE WHEN p.role = 'APPLICANT' THEN md5(?::text || ':r:' || (d.ci + ? * (d.k % ?)))::uuid END,
              CASE WHEN p.role = 'RESPONDENT' THEN (?::text[])[1 + (d.ci + d.k) % ?] || '某' END, p.pos,
              CASE WHEN d.status IN ('REGISTERED', 'DECLINED', 'ACCEPTED') THEN 'PENDING' ELSE 'CONSENTED' END::dispute_party_consent,
              CASE WHEN d.status NOT IN ('REGISTERED', 'DECLINED', 'ACCEPTED') THEN d.reg + interval '2 days' END
         FROM city_d d, (VALUES ('APPLICANT', 0), ('RESPONDENT', 1)) p(role, pos)`,
      [seed, seed, C, fewest, lit(SURNAMES), SURNAMES.length],
    );
    await exec(
      `INSERT INTO dispute_numbers AS n (community_id, year, last)
       SELECT community_id, substr(number, 4, 4)::int, count(*) FROM disputes WHERE community_id IN (SELECT id FROM city_c) GROUP BY 1, 2
       ON CONFLICT (community_id, year) DO UPDATE SET last = n.last + excluded.last`,
    );
    step(`${DISPUTES * C} disputes in every state`);

    await exec(
      `UPDATE communities c SET issue_seq = x.n FROM (SELECT community_id, count(*)::int AS n FROM issues GROUP BY 1) x
        WHERE x.community_id = c.id AND c.id IN (SELECT id FROM city_c)`,
    );
    return { communities: cs.length, residents: residentTotal, issues: n };
  });
  await services.orm.em.fork().getConnection().execute('ANALYZE', [], 'run');
  step('analyzed');
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

const COUNTS = ['submitted', 'open', 'open_undated', 'dispatched', 'accepted', 'accepted_on_time', 'resolved_clean', 'ratings', 'good_ratings'].join(', ');
const SUMS = COUNTS.split(', ').map((c) => `sum(d.${c})`).join(', ');

/** The triggers that keep the weekly rows of townships, counties and cities (Migrations 20261211600000 and 20261212300000). */
const ROLLUP_TRIGGERS = [
  ['issue_stats_township_daily', 'gz_stats_township_weekly'],
  ['issue_stats_township_category_daily', 'gz_stats_township_category_weekly'],
  ['issue_stats_township_weekly', 'gz_stats_county_weekly'],
  ['issue_stats_township_category_weekly', 'gz_stats_county_category_weekly'],
  ['issue_stats_county_category_weekly', 'gz_stats_city_category_weekly'],
] as const;

/**
 * The weekly rows of the city's townships, counties and the city itself, recomputed from the
 * townships' daily rows by the triggers' definitions (a week's row is the sum of its days', a
 * county's of its townships', the city's of its counties'), with ROLLUP_TRIGGERS off.
 * tests/integration/demo-city.test.ts holds them to a recount.
 */
async function rebuildRollups(exec: (sql: string, params?: unknown[]) => Promise<unknown>, cityId: string): Promise<void> {
  const townships = `SELECT id FROM regions WHERE path[1] = ?::uuid AND level = 'TOWNSHIP'`;
  const counties = `SELECT id FROM regions WHERE parent_id = ?::uuid`;
  const week = `date_trunc('week', d.day::timestamp)::date`;
  await exec(`DELETE FROM issue_stats_township_weekly WHERE township_id IN (${townships})`, [cityId]);
  await exec(`INSERT INTO issue_stats_township_weekly (township_id, week, ${COUNTS}) SELECT d.township_id, ${week}, ${SUMS} FROM issue_stats_township_daily d WHERE d.township_id IN (${townships}) GROUP BY 1, 2`, [cityId]);
  await exec(`DELETE FROM issue_stats_township_category_weekly WHERE township_id IN (${townships})`, [cityId]);
  await exec(
    `INSERT INTO issue_stats_township_category_weekly (township_id, week, category, submitted)
     SELECT d.township_id, ${week}, d.category, sum(d.submitted) FROM issue_stats_township_category_daily d WHERE d.township_id IN (${townships}) GROUP BY 1, 2, 3`,
    [cityId],
  );
  await exec(`DELETE FROM issue_stats_county_weekly WHERE county_id IN (${counties})`, [cityId]);
  await exec(
    `INSERT INTO issue_stats_county_weekly (county_id, week, ${COUNTS})
     SELECT r.parent_id, d.week, ${SUMS} FROM issue_stats_township_weekly d JOIN regions r ON r.id = d.township_id WHERE r.parent_id IN (${counties}) GROUP BY 1, 2`,
    [cityId, cityId],
  );
  await exec(`DELETE FROM issue_stats_county_category_weekly WHERE county_id IN (${counties})`, [cityId]);
  await exec(
    `INSERT INTO issue_stats_county_category_weekly (county_id, week, category, submitted)
     SELECT r.parent_id, d.week, d.category, sum(d.submitted) FROM issue_stats_township_category_weekly d JOIN regions r ON r.id = d.township_id WHERE r.parent_id IN (${counties}) GROUP BY 1, 2, 3`,
    [cityId, cityId],
  );
  await exec(`DELETE FROM issue_stats_city_category_weekly WHERE city_id = ?::uuid`, [cityId]);
  await exec(
    `INSERT INTO issue_stats_city_category_weekly (city_id, week, category, submitted)
     SELECT r.parent_id, d.week, d.category, sum(d.submitted) FROM issue_stats_county_category_weekly d JOIN regions r ON r.id = d.county_id WHERE r.parent_id = ?::uuid GROUP BY 1, 2, 3`,
    [cityId],
  );
}

/** The database's size, for the bench and the start message. */
export async function databaseSize(em: EntityManager): Promise<string> {
  const [row] = await em.getConnection().execute<{ size: string }[]>(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`);
  return row!.size;
}
