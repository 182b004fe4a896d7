import type { Services } from '../core/context.js';
import { Context } from '../core/context.js';
import { ManualClock } from '../core/clock.js';
import { toGlobalId } from '../core/ids.js';
import { AgendaItem, BallotChoice, MeetingKind, meetings, votes, VoteRule, type Meeting } from '../meetings/index.js';
import * as covenants from '../covenants/index.js';
import { CovenantKind, CovenantVersion, type ArticleDraft } from '../covenants/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface DemoCovenantOrgs {
  party: string;
  rc: string;
  oc: string;
  sc: string;
}

/** 檀溪社区居民公约, version 1 (adopted, filed). */
const CONVENTION_V1: ArticleDraft[] = [
  { title: '爱党爱国', text: '热爱祖国，拥护中国共产党的领导，遵守宪法、法律法规和社区各项规章制度，依法行使权利、履行义务，维护社区和谐稳定。' },
  { title: '邻里和睦', text: '邻里之间互帮互助、互谅互让，关心孤寡老人、留守儿童和困难家庭。遇有矛盾纠纷主动协商；协商不成的，可以申请社区人民调解委员会调解，不激化矛盾，不越级上访。' },
  { title: '垃圾分类', text: '自觉做好生活垃圾分类，将厨余垃圾、可回收物、有害垃圾和其他垃圾定时定点分类投放；大件垃圾、装修垃圾预约清运，不乱扔乱倒，不占用公共绿地种菜。' },
  { title: '文明养犬', text: '养犬应当依法登记、按时免疫；携犬出户须束犬链并由成年人牵领，主动避让老人和儿童，及时清理犬只粪便；不得携犬进入儿童游乐区，不得饲养烈性犬。' },
  { title: '禁止高空抛物', text: '严禁从建筑物中抛掷物品，阳台、窗台不得放置花盆等易坠落物品；监护人应当教育未成年人不高空抛物。高空抛物造成他人损害的，依法承担责任。' },
  { title: '公共秩序与安全', text: '爱护电梯、路灯、健身器材等公共设施；不占用楼道、消防通道堆放杂物，不私拉乱接电线；广场舞等文体活动音量适中，晚上九点后停止。' },
  { title: '移风易俗', text: '婚事新办、丧事简办，不大操大办、不铺张浪费；在禁放区域内不燃放烟花爆竹，文明祭扫。' },
  { title: '共建共治', text: '积极参加社区议事协商、志愿服务和红色驿站活动，支持居委会、业委会和物业服务企业依法履职，对社区公共事务提出意见和建议。' },
  { title: '附则', text: '本公约经居民代表会议表决通过后施行，由檀溪社区居民委员会负责解释，报檀溪街道办事处备案。居民对违反本公约的行为有权劝阻，并可向居委会反映。' },
];

/** Version 2: a new article on electric bicycles before the closing article; the rest unchanged. */
const CONVENTION_V2: ArticleDraft[] = [
  ...CONVENTION_V1.slice(0, 8),
  {
    title: '电动自行车安全',
    text: '电动自行车不进楼道、不进电梯、不入户停放充电，不私拉电线“飞线”充电；应当在小区集中停放点和充电车棚规范停放、充电，充满即断电。发现违规停放充电的，居民有权劝阻并向物业或居委会反映。',
  },
  CONVENTION_V1[8]!,
];

/** 翰林苑管理规约, drafted by the owners' committee. */
const PROPERTY_RULES: ArticleDraft[] = [
  { title: '总则', text: '为维护翰林苑全体业主和物业使用人的合法权益，根据《中华人民共和国民法典》《物业管理条例》和《湖北省物业服务和管理条例》，制定本规约。本规约对全体业主和物业使用人具有约束力。' },
  { title: '物业基本情况', text: '翰林苑位于襄阳市襄城区檀溪街道，共有住宅3栋24户。道路、绿地、楼道、电梯、地下车库公共部分及其设施设备为业主共有部分。' },
  { title: '业主的权利', text: '业主对专有部分享有所有权，对共有部分享有共有和共同管理的权利；有权参加业主大会并行使表决权，有权监督业主委员会和物业服务企业。' },
  { title: '业主的义务', text: '遵守本规约和业主大会议事规则，执行业主大会和业主委员会依法作出的决定；按时交纳物业服务费，依法交存专项维修资金。' },
  { title: '物业的使用', text: '不得擅自改变房屋承重结构、外观和用途；装修前应当告知物业服务企业并遵守装修管理规定；不得占用楼道、消防通道等共有部位堆放杂物或停放车辆。' },
  { title: '公共收益', text: '利用共有部分经营所得的收益，扣除合理成本后属于全体业主共有，由物业服务企业单独列账，每半年在小区公告栏和线上公示一次收支明细。' },
  { title: '专项维修资金', text: '使用专项维修资金，应当由专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，并经参与表决专有部分面积过半数且参与表决人数过半数的业主同意；危及安全的紧急情况按应急程序办理。' },
  { title: '违约责任', text: '业主或物业使用人违反本规约的，业主委员会、物业服务企业有权劝阻、制止；拒不改正的，业主委员会可以依法向人民法院提起诉讼。' },
  { title: '附则', text: '本规约经业主大会表决通过后生效，由翰林苑小区业主委员会报檀溪街道办事处和檀溪社区居民委员会备案。' },
];

/**
 * Covenants played through the services with the clock set back: the community's 居民公约, whose
 * version 1 went through public comment, legal review and a representatives' meeting, was filed and
 * acknowledged, and whose version 2 (electric bicycles) is out for comment now; and 翰林苑's
 * 管理规约, approved by the legal review and put to the vote of an owners' assembly next week.
 */
export async function loadDemoCovenants(services: Services, userId: (phone: string) => string, communityId: string, orgs: DemoCovenantOrgs): Promise<void> {
  const start = Date.now();
  const clock = new ManualClock(new Date(start - 120 * DAY));
  const timed: Services = { ...services, clock };
  const as = (phone: string) => new Context(timed, { sessionId: 'demo', userId: userId(phone) }, { ip: 'demo' });
  const at = (daysFromNow: number) => new Date(start + daysFromNow * DAY);
  const set = (daysFromNow: number) => clock.set(at(daysFromNow));
  const cid = toGlobalId('Community', communityId);
  const org = (id: string) => toGlobalId('Organization', id);
  const mid = (m: Meeting) => toGlobalId('Meeting', m.id);
  const vid = (v: CovenantVersion) => toGlobalId('CovenantVersion', v.id);
  const firstVersion = (covenantId: string) => services.orm.em.fork().findOneOrFail(CovenantVersion, { covenant: covenantId, number: 1 });
  const chair = '13900000001'; // 居委会主任, also in the party committee
  const gridWorker = '13900000020'; // 网格员 of the residents' committee
  const supervisor = '13900000005';
  const reviewer = '13900000002'; // the community governance center's staff
  const ocChair = '13900000004';

  // ── 檀溪社区居民公约, version 1 ──────────────────────────────────────────────
  // 起草 by the residents' committee.
  set(-120);
  const convention = await covenants.draftCovenant(as(chair), { communityId: cid, kind: CovenantKind.RESIDENTS_CONVENTION, title: '檀溪社区居民公约', articles: CONVENTION_V1 });
  const v1 = vid(await firstVersion(convention.id));

  // 征求意见 for two weeks; residents comment, one on 文明养犬.
  set(-118);
  await covenants.openPublicComment(as(chair), { versionId: v1, until: at(-104) });
  set(-115);
  await covenants.commentOnCovenant(as('13900000012'), { versionId: v1, articleNumber: 4, body: '建议明确遛狗的时间和区域，早晚高峰中心花园儿童游乐区附近不要遛狗，犬只粪便要随手清理。' });
  set(-112);
  await covenants.commentOnCovenant(as('13900000009'), { versionId: v1, articleNumber: 6, body: '广场舞停止时间建议提前到晚上八点半，楼里老人和孩子休息得早。' });
  set(-108);
  await covenants.commentOnCovenant(as('13900000015'), { versionId: v1, articleNumber: null, body: '公约内容很全面，建议通过后印成小册子发到每户，并在每个单元楼道张贴。' });

  // 合法性审查 by the governance center.
  set(-103);
  await covenants.submitForLegalReview(as(chair), v1);
  set(-98);
  await covenants.recordLegalReview(as(reviewer), {
    versionId: v1,
    approved: true,
    note: '经审查（征求檀溪街道司法所意见），公约内容符合宪法、法律法规和国家政策，未设定罚款等处罚性条款，程序合规，同意提交居民代表会议审议表决。',
  });

  // 审议表决 at a representatives' meeting: the motion is the articles, bound to their hash.
  set(-96);
  const reps = await meetings.scheduleMeeting(as(chair), {
    communityId: cid,
    kind: MeetingKind.REPRESENTATIVES,
    title: '居民代表会议：审议《檀溪社区居民公约》',
    scheduledAt: at(-90),
    location: '檀溪社区党群服务中心议事厅',
    convenerId: org(orgs.rc),
    participantIds: [org(orgs.party), org(orgs.sc)],
    inviteeIds: ['13900000007', '13900000008', '13900000010', '13900000011', '13900000012', '13900000013', '13900000014', '13900000015', '13900000016'].map((p) => toGlobalId('User', userId(p))),
    agenda: [{ title: '审议表决《檀溪社区居民公约》', matterId: null, issueId: null }],
  });
  set(-95);
  const motion = await covenants.putCovenantToVote(as(chair), { versionId: v1, meetingId: mid(reps), rule: VoteRule.ABSOLUTE_MAJORITY });
  const rid = toGlobalId('Resolution', motion.id);

  set(-90);
  await meetings.startMeeting(as(chair), mid(reps));
  const present = [chair, gridWorker, supervisor, '13900000007', '13900000008', '13900000010', '13900000011', '13900000012', '13900000013', '13900000014', '13900000015'];
  for (const p of present) await meetings.checkInAttendee(as(p), { meetingId: mid(reps) });
  const [item] = await services.orm.em.fork().find(AgendaItem, { meeting: reps.id }, { orderBy: { position: 'asc' } });
  clock.advance(20 * MINUTE);
  await meetings.editAgendaNotes(as(chair), {
    agendaItemId: toGlobalId('AgendaItem', item!.id),
    notes: '一、居委会说明起草经过：征求意见期间收到居民意见3条，已在文明养犬、公共秩序条款的执行中吸收。\n二、综治中心合法性审查意见：内容合法，同意提交表决。\n三、代表发言：建议通过后印发到户、楼道张贴。',
    expectedVersion: 0,
  });
  clock.advance(20 * MINUTE);
  await votes.openVoting(as(chair), rid);
  for (const [i, p] of present.entries()) {
    clock.advance(MINUTE);
    await votes.castBallot(as(p), { resolutionId: rid, choice: i === 8 ? BallotChoice.ABSTAIN : BallotChoice.FOR });
  }
  clock.advance(5 * MINUTE);
  await votes.closeVoting(as(chair), rid); // PASSED: the version is ADOPTED in the same transaction
  clock.advance(HOUR);
  await meetings.adjournMeeting(as(chair), mid(reps));
  set(-89);
  for (const p of [chair, gridWorker]) await meetings.approveMinutes(as(p), mid(reps));
  set(-88);
  await meetings.publishMinutes(as(chair), mid(reps));

  // 备案 with the township, then 知晓确认 by households over the following weeks.
  set(-80);
  await covenants.fileCovenant(as(chair), { versionId: v1, filingReference: `檀街居约备〔${at(-80).getFullYear()}〕3号` });
  for (const [i, p] of ['13900000010', '13900000004', '13900000011', '13900000007', '13900000014', '13900000012', '13900000015', '13900000018'].entries()) {
    set(-79 + i * 7);
    await covenants.acknowledgeCovenant(as(p), v1);
  }

  // ── version 2: a new article on electric bicycles, out for comment now ─────────
  set(-7);
  const v2 = vid(
    await covenants.reviseCovenant(as(chair), {
      covenantId: toGlobalId('Covenant', convention.id),
      articles: CONVENTION_V2,
      changeSummary: '新增第九条“电动自行车安全”：电动自行车不进楼道、不入户充电，不飞线充电，在集中停放点和充电车棚规范充电；原第九条“附则”顺延为第十条，其余条款不变。',
    }),
  );
  set(-6);
  await covenants.openPublicComment(as(chair), { versionId: v2, until: at(14) });
  set(-3);
  await covenants.commentOnCovenant(as('13900000013'), { versionId: v2, articleNumber: 9, body: '赞成电动车不进楼道，但3栋附近还没有充电车棚，建议先增设充电桩和车棚，再开始执行。' });

  // ── 翰林苑管理规约: reviewed, on the agenda of the owners' assembly next week ──
  set(-30);
  const rules = await covenants.draftCovenant(as(ocChair), { communityId: cid, kind: CovenantKind.PROPERTY_RULES, title: '翰林苑管理规约', articles: PROPERTY_RULES });
  const r1 = vid(await firstVersion(rules.id));
  set(-29);
  await covenants.openPublicComment(as(ocChair), { versionId: r1, until: at(-15) });
  set(-25);
  await covenants.commentOnCovenant(as('13900000014'), { versionId: r1, articleNumber: 6, body: '公共收益建议每季度公示一次，并列明电梯广告和车位租金的收入。' });
  set(-20);
  await covenants.commentOnCovenant(as('13900000016'), { versionId: r1, articleNumber: null, body: '建议增加地下车库车位使用和临时停车管理的内容。' });
  set(-14);
  await covenants.submitForLegalReview(as(ocChair), r1);
  set(-9);
  await covenants.recordLegalReview(as(reviewer), {
    versionId: r1,
    approved: true,
    note: '经审查，规约内容符合《民法典》第二百七十八条和《物业管理条例》的规定，专项维修资金使用程序表述准确，同意提请业主大会表决。',
  });
  set(-3);
  const assembly = await meetings.scheduleMeeting(as(ocChair), {
    communityId: cid,
    kind: MeetingKind.OWNERS_ASSEMBLY,
    title: '翰林苑业主大会：表决《翰林苑管理规约》',
    scheduledAt: at(7),
    location: '檀溪社区党群服务中心议事厅',
    convenerId: org(orgs.oc),
    participantIds: [org(orgs.rc)],
    inviteeIds: [],
    agenda: [{ title: '表决《翰林苑管理规约》', matterId: null, issueId: null }],
  });
  set(-2.9);
  await covenants.putCovenantToVote(as(ocChair), { versionId: r1, meetingId: mid(assembly), rule: VoteRule.OWNERS_ORDINARY });
}
