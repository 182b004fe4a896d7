import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../accounts/index.js';
import { Organization } from '../communities/index.js';
import {
  ActionItem,
  ActionItemStatus,
  AgendaItem,
  Attendance,
  AttendanceStatus,
  Meeting,
  MeetingKind,
  MinutesRevision,
  Resolution,
  ResolutionOutcome,
  ResolutionStatus,
  type TallyRecord,
} from './meeting.entity.js';
import { countBallots, EMPTY_TALLY } from './votes.service.js';
import { OWNER_RULES, RULE_LABELS } from './vote.rules.js';
import { independentReads } from '../core/rows.js';

const KIND: Record<MeetingKind, string> = {
  [MeetingKind.JOINT]: '联席会议',
  [MeetingKind.DELIBERATION]: '议事会',
  [MeetingKind.REPRESENTATIVES]: '居民代表会议',
  [MeetingKind.OWNERS_ASSEMBLY]: '业主大会',
  [MeetingKind.SUPERVISION]: '监委会会议',
};
const OUTCOME: Record<ResolutionOutcome, string> = {
  [ResolutionOutcome.PASSED]: '通过',
  [ResolutionOutcome.FAILED]: '未通过',
  [ResolutionOutcome.NO_QUORUM]: '参与人数不足，未形成决议',
};
const ACTION: Record<ActionItemStatus, string> = { [ActionItemStatus.OPEN]: '办理中', [ActionItemStatus.DONE]: '已办结', [ActionItemStatus.CANCELLED]: '已撤销' };

/** Times in the minutes are Beijing time, as the community reads them. */
const fmt = (d: Date) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(d);
const area = (n: number) => `${n.toFixed(2)} ㎡`;

function tallyLine(r: Resolution, t: TallyRecord): string {
  const owners = OWNER_RULES.includes(r.rule);
  const part = (label: string, count: number, a: number) => `${label} ${count} 人${owners ? `（${area(a)}）` : ''}`;
  return [
    part('应参与', t.eligibleCount, t.eligibleArea),
    part('实参与', t.votedCount, t.votedArea),
    part('同意', t.forCount, t.forArea),
    part('反对', t.againstCount, t.againstArea),
    part('弃权', t.abstainCount, t.abstainArea),
  ].join('，');
}

/**
 * The whole minutes as Markdown, rendered from the meeting as it stands: attendance, each agenda
 * item's notes, resolutions with their tallies, action items, and the amendments made after
 * publication. Nothing is stored twice: the minutes are always the meeting's own data.
 */
export async function renderMinutes(em: EntityManager, meeting: Meeting): Promise<string> {
  const [convener, participants, seats, agenda, resolutions, actions, amendments] = await independentReads(em, [
    () => em.findOneOrFail(Organization, meeting.convener.id),
    () => meeting.participantIds.length ? em.find(Organization, { id: { $in: meeting.participantIds } }) : Promise.resolve([]),
    () => em.find(Attendance, { meeting: meeting.id }, { populate: ['principal', 'attendee'], orderBy: { checkedInAt: 'asc', id: 'asc' } }),
    () => em.find(AgendaItem, { meeting: meeting.id }, { orderBy: { position: 'asc' } }),
    () => em.find(Resolution, { meeting: meeting.id }, { populate: ['building'], orderBy: { createdAt: 'asc', id: 'asc' } }),
    () => em.find(ActionItem, { meeting: meeting.id }, { populate: ['assignee'], orderBy: { createdAt: 'asc', id: 'asc' } }),
    () => em.find(MinutesRevision, { meeting: meeting.id, amendment: true }, { populate: ['author', 'agendaItem'], orderBy: { createdAt: 'asc', version: 'asc', id: 'asc' } }),
  ]);
  const live = await countBallots(em, resolutions.filter((r) => r.status === ResolutionStatus.OPEN).map((r) => r.id));
  const name = (u: { getEntity(): User }) => u.getEntity().name;
  const out: string[] = [];
  out.push(`# ${meeting.title}`, '');
  out.push(`- 会议类型：${KIND[meeting.kind]}`);
  out.push(`- 时间：${fmt(meeting.startedAt ?? meeting.scheduledAt)}`);
  if (meeting.location) out.push(`- 地点：${meeting.location}`);
  out.push(`- 召集单位：${convener.name}`);
  if (participants.length) out.push(`- 参加单位：${participants.map((p) => p.name).join('、')}`);
  out.push('', '## 出席情况', '');
  const present = seats.filter((s) => s.status === AttendanceStatus.PRESENT);
  const proxies = seats.filter((s) => s.status === AttendanceStatus.PROXY);
  const absent = seats.filter((s) => s.status === AttendanceStatus.ABSENT || s.status === AttendanceStatus.INVITED);
  out.push(`应到 ${seats.length} 人，实到 ${present.length} 人，委托出席 ${proxies.length} 人，缺席 ${absent.length} 人。`, '');
  if (present.length) out.push(`- 出席：${present.map((s) => name(s.attendee)).join('、')}`);
  if (proxies.length) out.push(`- 委托：${proxies.map((s) => `${name(s.attendee)}（代${name(s.principal)}）`).join('、')}`);
  if (absent.length) out.push(`- 缺席：${absent.map((s) => name(s.principal)).join('、')}`);
  out.push('', '## 议程与记录', '');
  if (!agenda.length) out.push('（无议程）', '');
  for (const item of agenda) {
    out.push(`### ${item.position}. ${item.title}`, '', item.notes.trim() || '（无记录）', '');
  }
  out.push('## 决议', '');
  if (!resolutions.length) out.push('（无）', '');
  for (const r of resolutions) {
    out.push(`### ${r.title}`, '', `表决规则：${RULE_LABELS[r.rule]}`, '');
    if (OWNER_RULES.includes(r.rule)) out.push(`表决范围：${r.building ? `${r.building.getEntity().name}全体业主（该栋全部专有部分）` : '建筑区划内全体业主（全部专有部分）'}`, '');
    out.push(...r.text.split('\n').map((l) => `> ${l}`), '');
    if (r.status === ResolutionStatus.DRAFT) out.push('未付表决。', '');
    else if (r.status === ResolutionStatus.OPEN) out.push(`表决进行中：${tallyLine(r, live.get(r.id) ?? EMPTY_TALLY)}。`, '');
    else out.push(`表决结果：${tallyLine(r, r.finalTally ?? EMPTY_TALLY)}。**${OUTCOME[r.outcome!]}**。`, '');
  }
  out.push('## 待办事项', '');
  if (!actions.length) out.push('（无）', '');
  for (const a of actions) {
    const due = a.dueAt ? `，完成时限：${fmt(a.dueAt)}` : '';
    out.push(`- [${a.status === ActionItemStatus.DONE ? 'x' : ' '}] ${a.title} —— 负责：${a.assignee.getEntity().name}${due}（${ACTION[a.status]}）`);
  }
  if (amendments.length) {
    out.push('', '## 修正记录', '');
    for (const m of amendments) out.push(`- ${fmt(m.createdAt)} ${m.author.getEntity().name} 修正第${m.agendaItem.getEntity().position}项：${m.summary.replace(/^修正：/, '')}`);
  }
  return out.join('\n').trimEnd() + '\n';
}
