import type { Services } from '../core/context.js';
import { Context } from '../core/context.js';
import { User, hashPassword, PRIVACY_NOTICE_VERSION } from '../accounts/index.js';
import { Building, communityService as communities, MemberRole, OrganizationKind, RegionLevel, ResidencyKind, Unit } from '../communities/index.js';
import { toGlobalId } from '../core/ids.js';
import { issueService as issues, IssueCategory, IssuePriority, Visibility } from '../issues/index.js';
import { ManualClock } from '../core/clock.js';
import { volunteerService as volunteers } from '../volunteers/index.js';
import { loadDemoMeetings } from './demo-meetings.js';
import { loadDemoCovenants } from './demo-covenants.js';
import { DEMO_MEDIATOR, loadDemoDisputes } from './demo-disputes.js';
import { loadDemoProposals } from './demo-proposals.js';
import { loadDemoGrids } from './demo-grids.js';
import { DEMO_DUTY_OFFICER, loadDemoEmergencies } from './demo-emergencies.js';
import { DEMO_LAWYER, DEMO_POLICE, loadDemoLegal } from './demo-legal.js';

export const DEMO_PASSWORD = 'demo12345';

/** The demo accounts, printed at start and listed in the README. */
export const DEMO_ACCOUNTS: { phone: string; name: string; role: string }[] = [
  { phone: '13900000000', name: '平台管理员', role: 'platform admin' },
  { phone: '13900000001', name: '王秀兰', role: "chair of the residents' committee (居委会主任)" },
  { phone: '13900000002', name: '李建国', role: 'dispatcher of the community governance center (综治中心)' },
  { phone: '13900000003', name: '张伟', role: 'property-manager staff (物业)' },
  { phone: '13900000004', name: '陈志强', role: "chair of the owners' committee (业委会主任)" },
  { phone: '13900000005', name: '刘芳', role: 'supervisory-committee member (监委会)' },
  { phone: '13900000006', name: '赵红梅', role: 'coordinator of the 红色驿站' },
  { phone: '13900000007', name: '孙志刚', role: 'volunteer (party member)' },
  { phone: '13900000008', name: '周丽娟', role: 'volunteer' },
  { phone: '13900000009', name: '吴晓东', role: 'volunteer' },
  ...['郑国华', '冯玉兰', '何明', '高淑珍', '罗军', '梁静', '宋建平', '唐桂英', '韩磊', '曹丽'].map((name, i) => ({
    phone: `139000000${10 + i}`,
    name,
    role: 'verified owner',
  })),
  { phone: '13900000020', name: '马军', role: 'grid worker (网格员)' },
  DEMO_MEDIATOR,
  DEMO_POLICE,
  DEMO_LAWYER,
  DEMO_DUTY_OFFICER,
  { phone: '13900000022', name: '付国强', role: 'staff of the county governance center (襄城区综治中心)' },
  { phone: '13900000023', name: '易文静', role: 'staff of the city governance center (襄阳市综治中心)' },
];

/**
 * A believable Xiangyang community, made through the services (so its history is real events):
 * 檀溪社区 in 襄城区 檀溪街道 with its party committee, residents' committee, governance center,
 * property manager, owners' committee, supervisory committee, 红色驿站 and people's mediation
 * committee (its disputes in every state); the township's center, a county department and the
 * county's and the city's centers (regions 襄阳市 → 襄城区 → 檀溪街道); three buildings of flats with floor areas; the demo people.
 */
export async function loadDemo(services: Services): Promise<void> {
  const em = services.orm.em.fork();
  const hash = await hashPassword(DEMO_PASSWORD);
  const users = new Map<string, User>();
  // The demo people agreed to the privacy notice when they signed up.
  const consent = { privacyNoticeVersion: PRIVACY_NOTICE_VERSION, privacyConsentAt: new Date() };
  for (const a of DEMO_ACCOUNTS) {
    const u = em.create(User, { phone: a.phone, name: a.name, passwordHash: hash, isPlatformAdmin: a.phone === '13900000000', ...consent });
    users.set(a.phone, u);
  }
  await em.flush();

  const as = (phone: string) => new Context(services, { sessionId: 'demo', userId: users.get(phone)!.id }, { ip: 'demo' });
  const admin = as('13900000000');
  const uid = (phone: string) => toGlobalId('User', users.get(phone)!.id);

  const community = await communities.createCommunity(admin, { name: '檀溪社区', township: '檀溪街道', county: '襄城区', city: '襄阳市' });
  const cid = toGlobalId('Community', community.id);
  const org = async (kind: OrganizationKind, name: string, level = RegionLevel.COMMUNITY, area: { city: string; county?: string; township?: string } | null = null) =>
    (await communities.createOrganization(admin, { communityId: area ? null : cid, kind, name, level, ...area })).id;

  const party = await org(OrganizationKind.PARTY_COMMITTEE, '檀溪社区党委');
  const rc = await org(OrganizationKind.RESIDENTS_COMMITTEE, '檀溪社区居民委员会');
  const center = await org(OrganizationKind.GOVERNANCE_CENTER, '檀溪社区综治中心');
  const pm = await org(OrganizationKind.PROPERTY_MANAGER, '襄阳汉江物业服务有限公司檀溪项目部');
  const oc = await org(OrganizationKind.OWNERS_COMMITTEE, '翰林苑小区业主委员会');
  const sc = await org(OrganizationKind.SUPERVISORY_COMMITTEE, '檀溪社区居务监督委员会');
  const station = await org(OrganizationKind.PARTY_STATION, '檀溪社区红色驿站');
  await org(OrganizationKind.GOVERNANCE_CENTER, '檀溪街道综治中心', RegionLevel.TOWNSHIP, { city: '襄阳市', county: '襄城区', township: '檀溪街道' });
  await org(OrganizationKind.DEPARTMENT, '襄城区城市管理执法局', RegionLevel.COUNTY, { city: '襄阳市', county: '襄城区' });
  // The county's and the city's governance centers, the top two levels of the Region tree.
  const countyCenter = await org(OrganizationKind.GOVERNANCE_CENTER, '襄城区综治中心', RegionLevel.COUNTY, { city: '襄阳市', county: '襄城区' });
  const cityCenter = await org(OrganizationKind.GOVERNANCE_CENTER, '襄阳市综治中心', RegionLevel.CITY, { city: '襄阳市' });

  const seat = (organizationId: string, phone: string, role: MemberRole) =>
    communities.addMember(admin, { organizationId: toGlobalId('Organization', organizationId), userId: uid(phone), role });
  await seat(rc, '13900000001', MemberRole.CHAIR);
  await seat(party, '13900000001', MemberRole.MEMBER);
  await seat(rc, '13900000020', MemberRole.GRID_WORKER);
  await seat(center, '13900000002', MemberRole.STAFF);
  await seat(countyCenter, '13900000022', MemberRole.STAFF);
  await seat(cityCenter, '13900000023', MemberRole.STAFF);
  await seat(pm, '13900000003', MemberRole.STAFF);
  await seat(oc, '13900000004', MemberRole.CHAIR);
  await seat(sc, '13900000005', MemberRole.MEMBER);
  await seat(station, '13900000006', MemberRole.COORDINATOR);

  // Three buildings of 翰林苑, eight flats each, 78 to 143 m² (2,593.92 m² in all). 3-402 is still
  // the developer's (unsold).
  const units = new Map<string, Unit>();
  for (const [b, name] of ['1栋', '2栋', '3栋'].entries()) {
    const building = em.create(Building, { community: community.id, name });
    for (let floor = 1; floor <= 4; floor++) {
      for (const door of [1, 2]) {
        const area = [89.56, 126.3, 78.42, 143.15, 98.7, 112.35][(b * 8 + floor * 2 + door) % 6]!;
        const number = `${b + 1}-${floor}0${door}`;
        units.set(number, em.create(Unit, { building, number, floorArea: area, developerHeld: number === '3-402' }));
      }
    }
  }
  await em.flush();

  // The residents, verified: owners with their flat (何明 and 梁静 own 3-201 together; nobody has
  // registered 3-401 yet), and three tenants.
  const chair = as('13900000001');
  const residents: [string, string | null][] = [
    ['13900000004', '1-101'],
    ['13900000007', null],
    ['13900000008', null],
    ['13900000009', null],
    ['13900000010', '3-101'],
    ['13900000011', '3-102'],
    ['13900000012', '3-201'],
    ['13900000013', '2-301'],
    ['13900000014', '2-201'],
    ['13900000015', '3-201'],
    ['13900000016', '3-202'],
    ['13900000017', '2-302'],
    ['13900000018', '3-301'],
    ['13900000019', '3-302'],
  ];
  for (const [phone, flat] of residents) {
    const residency = await communities.joinCommunity(as(phone), {
      communityId: cid,
      unitId: flat ? toGlobalId('Unit', units.get(flat)!.id) : null,
      kind: flat ? ResidencyKind.OWNER : ResidencyKind.TENANT,
    });
    await communities.verifyResidency(chair, { residencyId: toGlobalId('Residency', residency.id) });
  }

  const issueIds = await loadDemoIssues(services, (phone) => users.get(phone)!.id, community.id, { pm, oc, rc, center });
  await loadDemoVolunteers(services, (phone) => users.get(phone)!.id, station, issueIds);
  await loadDemoMeetings(services, (phone) => users.get(phone)!.id, community.id, { party, rc, pm, oc, sc, station }, issueIds);
  await loadDemoCovenants(services, (phone) => users.get(phone)!.id, community.id, { party, rc, oc, sc });
  await loadDemoDisputes(services, (phone) => users.get(phone)!.id, community.id, issueIds);
  await loadDemoProposals(services, (phone) => users.get(phone)!.id, community.id);
  await loadDemoLegal(services, (phone) => users.get(phone)!.id, community.id, { rc });
  await loadDemoGrids(services, (phone) => users.get(phone)!.id, community.id, { rc, station });
  await loadDemoEmergencies(services, (phone) => users.get(phone)!.id, community.id);
}

/**
 * Volunteers of the 红色驿站 and their tasks: two done with verified hours, one open, one full with
 * a waitlist, one draft, one that came from a shared issue.
 */
async function loadDemoVolunteers(services: Services, userId: (phone: string) => string, stationId: string, issueIds: Map<string, string>): Promise<void> {
  const start = Date.now();
  const DAY = 86_400_000;
  const HOUR = 3_600_000;
  const clock = new ManualClock(new Date(start - 30 * DAY));
  const timed: Services = { ...services, clock };
  const as = (phone: string) => new Context(timed, { sessionId: 'demo', userId: userId(phone) }, { ip: 'demo' });
  const station = toGlobalId('Organization', stationId);
  const register: [string, boolean, string[]][] = [
    ['13900000007', true, ['助老', '电工', '急救']],
    ['13900000008', false, ['助老', '摄影']],
    ['13900000009', false, ['环保', '宣传']],
    ['13900000011', true, ['法律咨询']],
    ['13900000016', false, ['助老', '环保']],
  ];
  for (const [phone, isPartyMember, skills] of register) await volunteers.registerVolunteer(as(phone), { stationId: station, isPartyMember, skills });

  const post = async (daysFromNow: number, hours: number, slots: number, title: string, description: string, skills: string[], extra: { publish?: boolean; sourceIssueId?: string | null } = {}) => {
    clock.set(new Date(Math.min(start + (daysFromNow - 3) * DAY, start - 60_000)));
    const startsAt = new Date(start + daysFromNow * DAY);
    return volunteers.createTask(as('13900000006'), {
      stationId: station,
      title,
      description,
      skills,
      location: '檀溪社区党群服务中心',
      startsAt,
      endsAt: new Date(startsAt.getTime() + hours * HOUR),
      slots,
      publish: extra.publish ?? true,
      sourceIssueId: extra.sourceIssueId ?? null,
    });
  };
  const claim = async (taskId: string, phone: string) => volunteers.claimTask(as(phone), toGlobalId('VolunteerTask', taskId));
  /** Plays a finished task: everyone claims, checks in at the start, out at the end; the coordinator verifies. */
  const serve = async (task: { id: string; startsAt: Date; endsAt: Date }, phones: string[], verify: boolean[]) => {
    const claims = [];
    for (const p of phones) claims.push(await claim(task.id, p));
    clock.set(new Date(task.startsAt.getTime() - 10 * 60_000));
    for (const [i, c] of claims.entries()) await volunteers.checkIn(as(phones[i]!), toGlobalId('TaskClaim', c.id));
    clock.set(task.endsAt);
    for (const [i, c] of claims.entries()) await volunteers.checkOut(as(phones[i]!), toGlobalId('TaskClaim', c.id));
    clock.set(new Date(task.endsAt.getTime() + 2 * HOUR));
    for (const [i, c] of claims.entries()) {
      if (verify[i]) await volunteers.verifyHours(as('13900000006'), { claimId: toGlobalId('TaskClaim', c.id), hours: (task.endsAt.getTime() - task.startsAt.getTime()) / HOUR, approve: true, note: null });
    }
  };

  const cleanUp = await post(-14, 3, 4, '中心花园环境清洁', '清理中心花园和绿化带的垃圾与落叶。', ['环保']);
  await serve(cleanUp, ['13900000007', '13900000009', '13900000016'], [true, true, true]);
  const meals = await post(-6, 2, 3, '为独居老人送午餐', '从长者食堂取餐，送到1栋、2栋的独居老人家中。', ['助老'], { sourceIssueId: issueIds.get('独居老人需要助餐服务') ?? null });
  await serve(meals, ['13900000008', '13900000007'], [true, false]);

  const open = await post(3, 3, 5, '电动自行车安全充电宣传', '入户发放安全充电宣传单，讲解飞线充电的危害。', ['宣传']);
  await claim(open.id, '13900000009');
  await claim(open.id, '13900000011');
  const full = await post(1, 2, 2, '周末义诊协助', '协助社区卫生站开展义诊，维持秩序、引导登记。', ['急救']);
  await claim(full.id, '13900000007');
  await claim(full.id, '13900000008');
  await claim(full.id, '13900000016');
  await post(7, 2, 6, '垃圾分类督导', '在垃圾投放点督导居民分类投放。', ['环保'], { publish: false });
}

type Step = [hoursAfterSubmit: number, phone: string, action: 'dispatch' | 'accept' | 'return' | 'resolve' | 'rate' | 'urge' | 'withdraw' | 'comment' | 'support', arg?: string | number];

interface DemoIssue {
  by: string;
  daysAgo: number;
  title: string;
  body: string;
  category: IssueCategory;
  priority?: IssuePriority;
  visibility?: Visibility;
  location?: string;
  steps: Step[];
}

/**
 * Issues in every state over the last five weeks, some late, most rated: the dashboard tells a
 * story on first start. Each is played through the services with the clock set back, so its
 * deadlines, timeline and figures are what they would have been.
 */
async function loadDemoIssues(services: Services, userId: (phone: string) => string, communityId: string, orgs: Record<'pm' | 'oc' | 'rc' | 'center', string>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const start = Date.now();
  const clock = new ManualClock();
  const timed: Services = { ...services, clock };
  const as = (phone: string) => new Context(timed, { sessionId: 'demo', userId: userId(phone) }, { ip: 'demo' });
  const F = IssueCategory;
  const list: DemoIssue[] = [
    { by: '13900000010', daysAgo: 34, title: '3栋电梯运行时有异响', body: '最近一周3栋1号电梯上下运行时有明显金属摩擦声，老人不敢乘坐，请尽快检修。', category: F.FACILITY, priority: IssuePriority.HIGH, location: '3栋1单元',
      steps: [[1, '13900000002', 'dispatch', orgs.pm], [3, '13900000003', 'accept'], [20, '13900000003', 'resolve', '已联系电梯维保公司更换曳引机轴承，运行正常。'], [30, '13900000010', 'rate', 5]] },
    { by: '13900000011', daysAgo: 30, title: '小区东门垃圾清运不及时', body: '东门垃圾桶连续两天满溢，气味很大，夏天容易招蚊蝇。', category: F.ENVIRONMENT,
      steps: [[2, '13900000002', 'dispatch', orgs.pm], [5, '13900000003', 'accept'], [26, '13900000003', 'resolve', '已增加每日清运一次，并安排保洁巡查。'], [40, '13900000011', 'rate', 4]] },
    { by: '13900000012', daysAgo: 27, title: '地下车库B2有车辆长期占用消防通道', body: '一辆白色轿车在B2消防通道停放超过一周，存在安全隐患。', category: F.PARKING, location: '地下车库B2',
      steps: [[1, '13900000002', 'dispatch', orgs.pm], [30, '13900000003', 'accept'], [50, '13900000003', 'resolve', '已联系车主挪车，并在通道加装隔离桩。'], [60, '13900000012', 'rate', 3, ], [61, '13900000002', 'dispatch', orgs.pm], [62, '13900000003', 'accept'], [90, '13900000003', 'resolve', '隔离桩已加装完毕，每日巡查。'], [100, '13900000012', 'rate', 5]] },
    { by: '13900000013', daysAgo: 24, title: '楼上漏水导致天花板发霉', body: '2栋4楼住户卫生间漏水，楼下天花板已发霉，多次沟通未果，请居委会协调。', category: F.NEIGHBOR_DISPUTE, visibility: Visibility.PARTIES,
      steps: [[2, '13900000001', 'dispatch', orgs.rc], [4, '13900000001', 'accept'], [72, '13900000001', 'resolve', '已组织双方协商，楼上住户同意维修防水层并赔偿。'], [80, '13900000013', 'rate', 5]] },
    { by: '13900000014', daysAgo: 20, title: '儿童游乐设施螺丝松动', body: '中心花园滑梯的护栏螺丝松动，孩子玩耍时有危险。', category: F.SAFETY, priority: IssuePriority.URGENT,
      steps: [[0.5, '13900000002', 'dispatch', orgs.pm], [1, '13900000003', 'accept'], [6, '13900000003', 'resolve', '已紧固并全面检查所有游乐设施。'], [12, '13900000014', 'rate', 5]] },
    { by: '13900000015', daysAgo: 16, title: '物业费公示不清楚', body: '希望物业公开去年公共收益的收支明细。', category: F.PROPERTY_SERVICE,
      steps: [[3, '13900000002', 'dispatch', orgs.oc], [20, '13900000004', 'accept'], [120, '13900000004', 'resolve', '业委会已督促物业在公告栏和线上公示收支明细。'], [130, '13900000015', 'rate', 4]] },
    { by: '13900000016', daysAgo: 12, title: '独居老人需要助餐服务', body: '1栋独居的王奶奶行动不便，希望社区能提供助餐服务。', category: F.ELDERLY_CARE,
      steps: [[1, '13900000001', 'dispatch', orgs.rc], [2, '13900000001', 'accept'], [30, '13900000001', 'resolve', '已对接社区长者食堂，每日由志愿者送餐上门。'], [40, '13900000016', 'rate', 5]] },
    { by: '13900000017', daysAgo: 9, title: '楼道堆放杂物', body: '2栋3楼楼道堆满纸箱和旧家具，影响通行和消防。', category: F.SAFETY,
      steps: [[2, '13900000002', 'dispatch', orgs.pm], [30, '13900000003', 'return', '楼道杂物需居委会先与住户沟通'], [32, '13900000002', 'dispatch', orgs.rc], [33, '13900000001', 'accept'], [60, '13900000001', 'resolve', '已与住户沟通，杂物已清理。']] },
    { by: '13900000018', daysAgo: 7, title: '路灯不亮', body: '南门到3栋之间的路灯已坏三天，晚上很黑。', category: F.FACILITY,
      steps: [[1, '13900000002', 'dispatch', orgs.pm], [4, '13900000003', 'accept'], [40, '13900000003', 'resolve', '已更换灯泡。'], [50, '13900000018', 'rate', 2, ]] },
    { by: '13900000019', daysAgo: 6, title: '外卖电动车乱停放', body: '小区门口外卖电动车经常堵住人行道。', category: F.PARKING,
      steps: [[2, '13900000002', 'dispatch', orgs.pm], [10, '13900000003', 'accept'], [30, '13900000001', 'comment', '已与周边商户沟通，设置临时停放区。']] },
    { by: '13900000010', daysAgo: 5, title: '绿化带有人种菜', body: '1栋前绿化带被个别住户开垦种菜，破坏公共绿地。', category: F.ENVIRONMENT,
      steps: [[1, '13900000002', 'dispatch', orgs.pm], [60, '13900000005', 'urge', '已超过受理时限，请尽快处理。']] },
    { by: '13900000011', daysAgo: 3, title: '3栋电梯又出现异响', body: '电梯维修后又开始有响声。', category: F.FACILITY,
      steps: [[1, '13900000002', 'dispatch', orgs.pm], [2, '13900000003', 'accept']] },
    { by: '13900000012', daysAgo: 2, title: '广场舞音响声音太大', body: '晚上8点后中心广场音响声音太大，影响休息。', category: F.NEIGHBOR_DISPUTE,
      steps: [[3, '13900000012', 'withdraw', '已与广场舞队自行沟通解决']] },
    { by: '13900000013', daysAgo: 1, title: '建议增设电动自行车充电桩', body: '小区电动自行车多，充电难，有人飞线充电，建议增设充电桩。', category: F.FACILITY, steps: [[5, '13900000014', 'support'], [6, '13900000015', 'support']] },
    { by: '13900000014', daysAgo: 0.3, title: '单元门禁损坏', body: '2栋2单元门禁刷卡没有反应。', category: F.FACILITY, steps: [] },
  ];
  for (const spec of list) {
    const t0 = start - spec.daysAgo * 86_400_000;
    clock.set(new Date(t0));
    const issue = await issues.submitIssue(as(spec.by), {
      communityId: toGlobalId('Community', communityId),
      title: spec.title,
      body: spec.body,
      category: spec.category,
      priority: spec.priority,
      visibility: spec.visibility,
      location: spec.location,
    });
    const issueId = toGlobalId('Issue', issue.id);
    ids.set(spec.title, issueId);
    for (const [hours, phone, action, arg] of spec.steps) {
      clock.set(new Date(Math.min(t0 + hours * 3_600_000, start - 60_000)));
      const ctx = as(phone);
      if (action === 'dispatch') await issues.dispatchIssue(ctx, { issueId, organizationId: toGlobalId('Organization', String(arg)) });
      else if (action === 'accept') await issues.acceptIssue(ctx, issueId);
      else if (action === 'return') await issues.returnIssue(ctx, { issueId, reason: String(arg) });
      else if (action === 'resolve') await issues.resolveIssue(ctx, { issueId, resolution: String(arg) });
      else if (action === 'rate') await issues.rateIssue(ctx, { issueId, score: Number(arg), comment: Number(arg) <= 3 ? '问题没有彻底解决' : null });
      else if (action === 'urge') await issues.urgeIssue(ctx, { issueId, note: String(arg) });
      else if (action === 'withdraw') await issues.withdrawIssue(ctx, { issueId, reason: String(arg) });
      else if (action === 'comment') await issues.commentOnIssue(ctx, { issueId, body: String(arg) });
      else await issues.supportIssue(ctx, issueId);
    }
  }
  return ids;
}

/** True when the database has no users yet: the demo is loaded only then. */
export async function isEmpty(services: Services): Promise<boolean> {
  return (await services.orm.em.fork().count(User, {})) === 0;
}
