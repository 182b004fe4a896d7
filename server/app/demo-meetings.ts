import type { Services } from '../core/context.js';
import { Context } from '../core/context.js';
import { ManualClock } from '../core/clock.js';
import { toGlobalId } from '../core/ids.js';
import {
  actionItems as actions,
  ActionItemStatus,
  AgendaItem,
  BallotChannel,
  BallotChoice,
  MatterStage,
  matters,
  MeetingKind,
  meetings,
  SupervisionRating,
  votes,
  VoteRule,
  type Meeting,
} from '../meetings/index.js';
import { volunteerService as volunteers } from '../volunteers/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface DemoOrgs {
  party: string;
  rc: string;
  pm: string;
  oc: string;
  sc: string;
  station: string;
}

/**
 * Meetings and matters through the four councils, played through the services with the clock set
 * back: a published joint meeting whose action items became a tracked issue; an owners' assembly
 * where 3栋's owners decided the lift renewal from 3栋's maintenance fund, by floor area and
 * headcount (OWNERS_SPECIAL over 3栋's flats); a representatives' meeting whose
 * matter went all the way to supervision and was closed; an upcoming representatives' meeting; and
 * a joint meeting in session now, with notes, an open vote and an action item a volunteer task came
 * from, so live editing and voting can be tried at once.
 */
export async function loadDemoMeetings(services: Services, userId: (phone: string) => string, communityId: string, orgs: DemoOrgs, issueIds: Map<string, string>): Promise<void> {
  const start = Date.now();
  const clock = new ManualClock(new Date(start - 30 * DAY));
  const timed: Services = { ...services, clock };
  const as = (phone: string) => new Context(timed, { sessionId: 'demo', userId: userId(phone) }, { ip: 'demo' });
  const at = (daysFromNow: number) => new Date(start + daysFromNow * DAY);
  const set = (daysFromNow: number) => clock.set(at(daysFromNow));
  const cid = toGlobalId('Community', communityId);
  const org = (id: string) => toGlobalId('Organization', id);
  const user = (phone: string) => toGlobalId('User', userId(phone));
  const chair = '13900000001'; // 居委会主任, also in the party committee
  const ocChair = '13900000004';
  const owners = ['13900000004', ...Array.from({ length: 10 }, (_, i) => `139000000${10 + i}`)];

  const schedule = (by: string, kind: MeetingKind, title: string, when: Date, convener: string, participants: string[], agenda: { title: string; matterId?: string; issueId?: string }[], invitees: string[] = []) =>
    meetings.scheduleMeeting(as(by), {
      communityId: cid,
      kind,
      title,
      scheduledAt: when,
      location: '檀溪社区党群服务中心议事厅',
      convenerId: org(convener),
      participantIds: participants.map(org),
      inviteeIds: invitees.map(user),
      agenda: agenda.map((a) => ({ title: a.title, matterId: a.matterId ? toGlobalId('Matter', a.matterId) : null, issueId: a.issueId ?? null })),
    });
  const mid = (m: Meeting) => toGlobalId('Meeting', m.id);
  const agendaOf = (m: Meeting) => services.orm.em.fork().find(AgendaItem, { meeting: m.id }, { orderBy: { position: 'asc' } });
  const note = async (by: string, item: AgendaItem, notes: string) => {
    const fresh = await services.orm.em.fork().findOneOrFail(AgendaItem, item.id);
    await meetings.editAgendaNotes(as(by), { agendaItemId: toGlobalId('AgendaItem', item.id), notes, expectedVersion: fresh.notesVersion });
  };
  const vote = async (by: string, m: Meeting, title: string, text: string, rule: VoteRule, ballots: [string, BallotChoice][], agendaItem?: AgendaItem) => {
    const r = await votes.proposeResolution(as(by), { meetingId: mid(m), agendaItemId: agendaItem ? toGlobalId('AgendaItem', agendaItem.id) : null, title, text, rule });
    const rid = toGlobalId('Resolution', r.id);
    await votes.openVoting(as(by), rid);
    for (const [phone, choice] of ballots) await votes.castBallot(as(phone), { resolutionId: rid, choice });
    return rid;
  };
  const checkIn = async (m: Meeting, phones: string[]) => {
    for (const p of phones) await meetings.checkInAttendee(as(p), { meetingId: mid(m) });
  };
  /** Adjourn, approve by the present members of the convener, publish. */
  const close = async (by: string, m: Meeting, approvers: string[], publishInDays: number) => {
    await meetings.adjournMeeting(as(by), mid(m));
    set(publishInDays - 0.5);
    for (const p of approvers) await meetings.approveMinutes(as(p), mid(m));
    set(publishInDays);
    await meetings.publishMinutes(as(by), mid(m));
  };

  // 议事: the party committee proposes the lift renewal from the residents' repeated complaints.
  set(-30);
  const lift = await matters.proposeMatter(as(chair), {
    communityId: cid,
    title: '3栋电梯更新改造',
    description: '3栋1号电梯运行超过15年，近一个月多次出现异响，居民反映强烈。拟使用公共维修资金更新改造。',
    sourceIssueIds: [issueIds.get('3栋电梯运行时有异响'), issueIds.get('3栋电梯又出现异响')].filter((x): x is string => !!x),
  });
  const liftId = toGlobalId('Matter', lift.id);

  // A joint meeting of the three parties, published, with an action item tracked as an issue.
  set(-26);
  const joint = await schedule(chair, MeetingKind.JOINT, '三方联席会议：3栋电梯与东门垃圾清运', at(-25), orgs.rc, [orgs.pm, orgs.oc, orgs.party], [
    { title: '3栋电梯异响问题会商', matterId: lift.id },
    { title: '东门垃圾清运不及时', issueId: issueIds.get('小区东门垃圾清运不及时') },
  ]);
  set(-25);
  await meetings.startMeeting(as(chair), mid(joint));
  await checkIn(joint, [chair, '13900000003', ocChair]);
  const [jLift, jTrash] = await agendaOf(joint);
  await note(chair, jLift!, '一、物业通报：3栋1号电梯2009年投用，近一月报修4次，维保单位判断曳引机磨损。\n二、业委会意见：建议整体更新，费用从公共维修资金列支，需提请业主大会表决。');
  await note('13900000003', jLift!, '一、物业通报：3栋1号电梯2009年投用，近一月报修4次，维保单位判断曳引机磨损；已委托特检院检测。\n二、业委会意见：建议整体更新，费用从公共维修资金列支，需提请业主大会表决。');
  await note(chair, jTrash!, '物业已调整东门清运频次为每日两次，居委会跟踪一周。');
  const jr = await vote(chair, joint, '提请业主大会表决3栋电梯更新改造', '同意将3栋电梯更新改造方案提请业主大会表决，由物业出具检测报告和更新方案。', VoteRule.SIMPLE_MAJORITY, [[chair, BallotChoice.FOR], ['13900000003', BallotChoice.FOR], [ocChair, BallotChoice.FOR]], jLift);
  const report = await actions.addActionItem(as(chair), { meetingId: mid(joint), resolutionId: jr, title: '出具3栋电梯检测报告和更新方案', assigneeId: org(orgs.pm), dueAt: at(-12), trackAsIssue: true });
  await close(chair, joint, [chair], -23);
  set(-14);
  await actions.updateActionItem(as('13900000003'), { actionItemId: toGlobalId('ActionItem', report.id), status: ActionItemStatus.DONE });

  // 定事: the owners of 3栋 decide, since the lift is paid from 3栋's own maintenance fund
  // (《住宅专项维修资金管理办法》): a special matter under Civil Code art. 278, so OWNERS_SPECIAL,
  // counted over 3栋's eight flats (853.20 m²): 何明 and 梁静 own 3-201 together and cast one
  // ballot for it, 3-401's owner (not registered here) votes on paper through the owners'
  // committee, and 3-402 is still the developer's, who does not vote.
  set(-12);
  const assembly = await schedule(ocChair, MeetingKind.OWNERS_ASSEMBLY, '翰林苑业主大会：3栋电梯更新改造', at(-10), orgs.oc, [orgs.rc], [{ title: '3栋电梯更新改造及维修资金使用', matterId: lift.id }]);
  set(-10);
  await meetings.startMeeting(as(ocChair), mid(assembly));
  await checkIn(assembly, [ocChair, chair, '13900000010', '13900000011', '13900000012', '13900000015', '13900000016', '13900000018']);
  const [aLift] = await agendaOf(assembly);
  await note(ocChair, aLift!, '业委会介绍更新方案：整体更换曳引机和控制柜，预算38.6万元，从3栋专项维修资金列支，由3栋业主表决（双四分之三）。\n业主提问：施工期约45天，期间物业安排老人上下楼协助。');
  const [building3] = await services.orm.em.fork().execute<{ id: string }[]>(`SELECT id FROM buildings WHERE community_id = ? AND name = '3栋'`, [communityId]);
  const [flat3401] = await services.orm.em.fork().execute<{ id: string }[]>(`SELECT id FROM units WHERE building_id = ? AND number = '3-401'`, [building3!.id]);
  const liftMotion = await votes.proposeResolution(as(ocChair), {
    meetingId: mid(assembly),
    agendaItemId: toGlobalId('AgendaItem', aLift!.id),
    title: '同意3栋电梯更新改造并使用3栋专项维修资金',
    text: '同意3栋电梯整体更新改造，预算38.6万元，从3栋专项维修资金列支。',
    rule: VoteRule.OWNERS_SPECIAL,
    buildingId: toGlobalId('Building', building3!.id),
  });
  const ar = toGlobalId('Resolution', liftMotion.id);
  await votes.openVoting(as(ocChair), ar);
  for (const [phone, choice] of [
    ['13900000010', BallotChoice.FOR],
    ['13900000011', BallotChoice.FOR],
    ['13900000012', BallotChoice.FOR],
    ['13900000016', BallotChoice.FOR],
    ['13900000018', BallotChoice.FOR],
    ['13900000019', BallotChoice.AGAINST],
  ] as const) {
    await votes.castBallot(as(phone), { resolutionId: ar, choice });
  }
  await votes.castBallot(as(ocChair), { resolutionId: ar, choice: BallotChoice.FOR, channel: BallotChannel.PAPER, unitId: toGlobalId('Unit', flat3401!.id) });
  await votes.closeVoting(as(ocChair), ar);
  await actions.addActionItem(as(ocChair), { meetingId: mid(assembly), resolutionId: ar, title: '组织3栋电梯更新施工并公示进度', assigneeId: org(orgs.pm), dueAt: at(35) });
  await close(ocChair, assembly, [ocChair], -8);
  // 理事: executed under the PASSED resolution.
  await matters.advanceMatter(as(chair), { matterId: liftId, to: MatterStage.EXECUTION, resolutionId: ar, note: null });

  // A matter carried through all four councils: 楼道堆物 → decided → cleaned → supervised → closed.
  set(-8);
  const hall = await matters.proposeMatter(as(chair), {
    communityId: cid,
    title: '楼道堆物集中清理',
    description: '2栋多个楼层楼道堆放纸箱和旧家具，存在消防隐患，拟组织集中清理并建立长效机制。',
    sourceIssueIds: [issueIds.get('楼道堆放杂物')].filter((x): x is string => !!x),
  });
  const reps = await schedule(chair, MeetingKind.REPRESENTATIVES, '居民代表会议：楼道堆物集中清理', at(-6), orgs.rc, [orgs.party, orgs.sc], [{ title: '楼道堆物集中清理方案', matterId: hall.id }], owners.slice(1, 7));
  set(-6);
  await meetings.startMeeting(as(chair), mid(reps));
  await checkIn(reps, [chair, '13900000005', ...owners.slice(1, 7)]);
  const [rHall] = await agendaOf(reps);
  await note(chair, rHall!, '方案：本周六集中清理，物业提供清运车辆；清理后每月检查一次，纳入文明楼道评比。');
  const hr = await vote(chair, reps, '通过楼道堆物集中清理方案', '同意本周六集中清理2栋楼道堆物，此后每月检查一次。', VoteRule.SIMPLE_MAJORITY, [chair, '13900000005', ...owners.slice(1, 6)].map((p) => [p, BallotChoice.FOR] as [string, BallotChoice]), rHall);
  await votes.closeVoting(as(chair), hr);
  const clean = await actions.addActionItem(as(chair), { meetingId: mid(reps), resolutionId: hr, title: '清理2栋楼道堆物', assigneeId: org(orgs.pm), dueAt: at(-2) });
  await close(chair, reps, [chair], -5.5);
  await matters.advanceMatter(as(chair), { matterId: toGlobalId('Matter', hall.id), to: MatterStage.EXECUTION, resolutionId: hr, note: null });
  set(-3);
  await actions.updateActionItem(as('13900000003'), { actionItemId: toGlobalId('ActionItem', clean.id), status: ActionItemStatus.DONE });
  set(-1.5);
  await matters.recordSupervision(as('13900000005'), { matterId: toGlobalId('Matter', hall.id), finding: '现场查看2栋1-6层楼道，堆物已清理完毕，消防通道畅通；建议物业每月复查。', rating: SupervisionRating.SATISFACTORY });
  await matters.advanceMatter(as('13900000005'), { matterId: toGlobalId('Matter', hall.id), to: MatterStage.CLOSED, resolutionId: null, note: '监督合格，办结' });

  // 议事 → 定事: the next representatives' meeting is scheduled with a new matter on its agenda.
  set(-1);
  const parking = await matters.proposeMatter(as(chair), {
    communityId: cid,
    title: '中心广场停车与广场舞噪音管理',
    description: '外卖电动车乱停放、晚间广场舞音响扰民，拟制定中心广场使用公约。',
    sourceIssueIds: [issueIds.get('外卖电动车乱停放'), issueIds.get('广场舞音响声音太大')].filter((x): x is string => !!x),
  });
  await schedule(chair, MeetingKind.REPRESENTATIVES, '居民代表会议：中心广场管理', at(3), orgs.rc, [orgs.party, orgs.pm], [{ title: '中心广场停车与噪音管理办法', matterId: parking.id }], owners.slice(2, 9));
  set(-0.1);
  await matters.proposeMatter(as(chair), { communityId: cid, title: '社区长者食堂运营方案', description: '独居老人助餐需求增加，拟与社会组织合作开办长者食堂，议定选址和收费标准。' });

  // A joint meeting in session now: open it to try live notes and voting.
  set(-0.05);
  const weekly = await schedule(chair, MeetingKind.JOINT, '本周三方联席例会', new Date(start - 30 * MINUTE), orgs.rc, [orgs.pm, orgs.oc, orgs.station], [
    { title: '单元门禁维修进度', issueId: issueIds.get('单元门禁损坏') },
    { title: '周末楼道清理志愿服务安排' },
  ]);
  clock.set(new Date(start - 30 * MINUTE));
  await meetings.startMeeting(as(chair), mid(weekly));
  await checkIn(weekly, [chair, '13900000003', ocChair]);
  const [wDoor, wVolunteer] = await agendaOf(weekly);
  await note('13900000003', wDoor!, '物业：2栋2单元门禁控制器已更换，今天下午测试。');
  await note(chair, wVolunteer!, '红色驿站招募志愿者，周六上午协助清理楼道。');
  const wr = await votes.proposeResolution(as(chair), { meetingId: mid(weekly), agendaItemId: toGlobalId('AgendaItem', wVolunteer!.id), title: '同意本周六组织志愿者清理楼道', text: '同意本周六上午由红色驿站组织志愿者协助清理楼道，物业提供工具。', rule: VoteRule.SIMPLE_MAJORITY });
  await votes.openVoting(as(chair), toGlobalId('Resolution', wr.id));
  await votes.castBallot(as(chair), { resolutionId: toGlobalId('Resolution', wr.id), choice: BallotChoice.FOR });
  const task = await actions.addActionItem(as(chair), { meetingId: mid(weekly), title: '招募周六楼道清理志愿者', assigneeId: org(orgs.station), dueAt: at(2) });
  clock.set(new Date(start - 10 * MINUTE));
  await volunteers.createTask(as('13900000006'), {
    stationId: org(orgs.station),
    title: '周六楼道清理',
    description: '协助物业清理2栋、3栋楼道堆物，请穿着便于劳动的衣服。',
    skills: ['环保'],
    location: '2栋楼下',
    startsAt: new Date(start + 2 * DAY),
    endsAt: new Date(start + 2 * DAY + 3 * HOUR),
    slots: 6,
    publish: true,
    sourceIssueId: null,
    sourceActionItemId: toGlobalId('ActionItem', task.id),
  });
}
