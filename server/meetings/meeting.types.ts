import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { NodeInterface } from '../core/node.js';
import { toGlobalId } from '../core/ids.js';
import { connectionTypes } from '../core/pagination.js';
import {
  ActionItem,
  ActionItemStatus,
  AgendaItem,
  Attendance,
  AttendanceQuorum,
  AttendanceStatus,
  BallotChannel,
  BallotChoice,
  Meeting,
  MeetingKind,
  MeetingStatus,
  MinutesRevision,
  Resolution,
  ResolutionOutcome,
  ResolutionStatus,
  VoteRule,
  type TallyRecord,
} from './meeting.entity.js';

registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: 'Joint meeting or one of the councils.',
  valuesConfig: {
    JOINT: { description: '联席会议: the party organization with the three parties.' },
    DELIBERATION: { description: '议事会: deliberates a matter (议事).' },
    REPRESENTATIVES: { description: '居民代表会议: decides (定事).' },
    OWNERS_ASSEMBLY: { description: '业主大会: owners decide, by floor area and headcount (定事).' },
    SUPERVISION: { description: '监委会会议: supervises execution (监事).' },
  },
});
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'Where a meeting stands.',
  valuesConfig: {
    SCHEDULED: { description: 'Announced.' },
    IN_SESSION: { description: 'Under way: check-in, notes, votes.' },
    ADJOURNED: { description: 'Ended; notes may still be edited until the minutes are approved.' },
    MINUTES_APPROVED: { description: 'Every present member of the convening organization approved the minutes.' },
    PUBLISHED: { description: '公示: the minutes are public; they change only by amendment.' },
    CANCELLED: { description: 'Cancelled before it started.' },
  },
});
registerEnumType(AttendanceQuorum, {
  name: 'AttendanceQuorum',
  description:
    'How many of a meeting’s seats must be taken (present, or held by proxy) for it to open a vote; fixed by its kind when scheduled: REPRESENTATIVES TWO_THIRDS (村民委员会组织法 art. 26); JOINT, DELIBERATION and SUPERVISION MAJORITY; OWNERS_ASSEMBLY NONE (its owners’ votes have art. 278’s turnout instead).',
  valuesConfig: {
    NONE: { description: 'No attendance quorum.' },
    MAJORITY: { description: 'More than half of the seats.' },
    TWO_THIRDS: { description: 'At least two thirds of the seats.' },
  },
});
registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: 'A seat on the roll.',
  valuesConfig: {
    INVITED: { description: 'Invited, not checked in.' },
    PRESENT: { description: 'Checked in.' },
    ABSENT: { description: 'Did not come (set when the meeting is adjourned).' },
    PROXY: { description: '委托: someone else holds the seat.' },
  },
});
registerEnumType(VoteRule, {
  name: 'VoteRule',
  description:
    'How an outcome is computed. Under the first three the electors are the seats taken (present or by proxy) when the vote opens, and the meeting’s attendanceQuorum is checked then; they have no turnout of their own. Under the owners’ rules the roll is every flat of the scope (the building zone, or the resolution’s building): see Tally.',
  valuesConfig: {
    SIMPLE_MAJORITY: { description: 'More FOR than AGAINST among ballots cast.' },
    ABSOLUTE_MAJORITY: { description: 'FOR from more than half of the eligible voters.' },
    TWO_THIRDS: { description: 'FOR from at least two thirds of ballots cast.' },
    OWNERS_ORDINARY: {
      description:
        'Civil Code art. 278, ordinary matters: owners holding 2/3 of floor area and 2/3 of headcount take part; FOR from more than 1/2 of the participating area and headcount.',
    },
    OWNERS_SPECIAL: { description: 'Civil Code art. 278, special matters: the same turnout; FOR from at least 3/4 of the participating area and headcount.' },
  },
});
registerEnumType(ResolutionStatus, {
  name: 'ResolutionStatus',
  description: 'Where a resolution stands.',
  valuesConfig: { DRAFT: { description: 'Proposed.' }, OPEN: { description: 'Being voted on.' }, CLOSED: { description: 'Counted.' } },
});
registerEnumType(ResolutionOutcome, {
  name: 'ResolutionOutcome',
  description: 'The result of a closed vote.',
  valuesConfig: {
    PASSED: { description: 'Passed under its rule.' },
    FAILED: { description: 'Did not pass.' },
    NO_QUORUM: { description: 'Too few took part for the rule (the owners’ rules: art. 278’s turnout).' },
  },
});
registerEnumType(BallotChoice, { name: 'BallotChoice', description: 'A vote.' });
registerEnumType(BallotChannel, {
  name: 'BallotChannel',
  description: 'How a ballot was cast.',
  valuesConfig: {
    ONLINE: { description: 'By the voter in the app.' },
    PAPER: { description: '纸质票, recorded by a teller.' },
    PROXY: { description: '委托投票, recorded by a teller.' },
  },
});
registerEnumType(ActionItemStatus, {
  name: 'ActionItemStatus',
  description: 'Where an action item stands.',
  valuesConfig: { OPEN: { description: 'To do.' }, DONE: { description: 'Done.' }, CANCELLED: { description: 'Dropped.' } },
});

/** What the viewer may do with a meeting now: its policy and its state machine together. */
export enum MeetingAction {
  START = 'START',
  ADJOURN = 'ADJOURN',
  CANCEL = 'CANCEL',
  CHECK_IN = 'CHECK_IN',
  CHECK_IN_OTHERS = 'CHECK_IN_OTHERS',
  ADD_AGENDA_ITEM = 'ADD_AGENDA_ITEM',
  PROPOSE_RESOLUTION = 'PROPOSE_RESOLUTION',
  ADD_ACTION_ITEM = 'ADD_ACTION_ITEM',
  APPROVE_MINUTES = 'APPROVE_MINUTES',
  PUBLISH_MINUTES = 'PUBLISH_MINUTES',
}
registerEnumType(MeetingAction, {
  name: 'MeetingAction',
  description: 'A step on a meeting, as offered to the viewer by `Meeting.viewerActions`.',
  valuesConfig: {
    START: { description: 'startMeeting: SCHEDULED → IN_SESSION (the convener).' },
    ADJOURN: { description: 'adjournMeeting: IN_SESSION → ADJOURNED (the convener).' },
    CANCEL: { description: 'cancelMeeting with a reason, before it starts (the convener).' },
    CHECK_IN: { description: 'checkInAttendee without userId: the viewer takes their own seat (not offered once it is taken).' },
    CHECK_IN_OTHERS: { description: 'checkInAttendee with userId (and proxyForUserId, 委托): a teller of the convener seats someone whose seat is not taken.' },
    ADD_AGENDA_ITEM: { description: 'addAgendaItem, before or during the session (the convener).' },
    PROPOSE_RESOLUTION: { description: 'proposeResolution, before or during the session (the convener).' },
    ADD_ACTION_ITEM: { description: 'addActionItem, during the session and until the minutes are approved (the convener).' },
    APPROVE_MINUTES: { description: 'approveMinutes: the viewer is a present member of the convener (or its chair when none was) who has not approved yet.' },
    PUBLISH_MINUTES: { description: 'publishMinutes: MINUTES_APPROVED → PUBLISHED (公示, the convener).' },
  },
});

/** What the viewer may do with an agenda item now. */
export enum AgendaItemAction {
  EDIT_NOTES = 'EDIT_NOTES',
  AMEND_NOTES = 'AMEND_NOTES',
}
registerEnumType(AgendaItemAction, {
  name: 'AgendaItemAction',
  description: 'A step on an agenda item, as offered to the viewer by `AgendaItem.viewerActions`.',
  valuesConfig: {
    EDIT_NOTES: { description: 'editAgendaNotes and setEditing: in session and until the minutes are approved (the convener and participants).' },
    AMEND_NOTES: { description: 'editAgendaNotes with an amendmentReason (修正): the minutes are published (the convener).' },
  },
});

/** What the viewer may do with one seat of the roll now. */
export enum AttendanceAction {
  CHECK_IN = 'CHECK_IN',
  RECORD_PROXY = 'RECORD_PROXY',
}
registerEnumType(AttendanceAction, {
  name: 'AttendanceAction',
  description: 'A step on one seat of the roll, as offered to the viewer by `Attendance.viewerActions`.',
  valuesConfig: {
    CHECK_IN: { description: '签到 for the seat (`checkInAttendee` with userId): its own holder, or a teller of the convener for someone of the community; the seat not taken, the meeting not yet over.' },
    RECORD_PROXY: { description: '委托 (`checkInAttendee` with proxyForUserId): a teller of the convener records who holds the seat; the seat not taken, the meeting not yet over.' },
  },
});

/** What the viewer may do with a resolution now. */
export enum ResolutionAction {
  OPEN_VOTING = 'OPEN_VOTING',
  CAST_BALLOT = 'CAST_BALLOT',
  RECORD_BALLOT = 'RECORD_BALLOT',
  CLOSE_VOTING = 'CLOSE_VOTING',
  ADD_ACTION_ITEM = 'ADD_ACTION_ITEM',
}
registerEnumType(ResolutionAction, {
  name: 'ResolutionAction',
  description: 'A step on a resolution, as offered to the viewer by `Resolution.viewerActions`.',
  valuesConfig: {
    OPEN_VOTING: { description: 'openVoting: DRAFT → OPEN, in session, the attendance quorum met and someone on the roll (the convener).' },
    CAST_BALLOT: { description: 'castBallot ONLINE: the viewer is on the roll and their head (their flat, for co-owners) has not voted.' },
    RECORD_BALLOT: { description: 'castBallot PAPER or PROXY with voterId or unitId: a teller of the convener, while a head of the roll has not voted.' },
    CLOSE_VOTING: { description: 'closeVoting: OPEN → CLOSED (the convener).' },
    ADD_ACTION_ITEM: { description: 'addActionItem with this resolutionId: it has not failed, and the meeting records action items (the convener).' },
  },
});

/** What the viewer may do with an action item now. */
export enum ActionItemAction {
  MARK_DONE = 'MARK_DONE',
  MARK_CANCELLED = 'MARK_CANCELLED',
}
registerEnumType(ActionItemAction, {
  name: 'ActionItemAction',
  description: 'A step on an action item, as offered to the viewer by `ActionItem.viewerActions`.',
  valuesConfig: {
    MARK_DONE: { description: 'updateActionItem to DONE: it is OPEN (its assignee’s members or the convener).' },
    MARK_CANCELLED: { description: 'updateActionItem to CANCELLED: it is OPEN (its assignee’s members or the convener).' },
  },
});

@ObjectType('Attendance', { description: 'One seat on the roll of a meeting.' })
export class AttendanceType {
  @Field(() => ID, { description: 'The seat.' })
  id!: string;

  @Field(() => AttendanceStatus, { description: 'Where it stands.' })
  status!: AttendanceStatus;

  @Field(() => GraphQLDateTime, { nullable: true, description: '签到 time.' })
  checkedInAt!: Date | null;

  entity!: Attendance;

  static from(this: void, a: Attendance): AttendanceType {
    return Object.assign(new AttendanceType(), { id: toGlobalId('Attendance', a.id), status: a.status, checkedInAt: a.checkedInAt ?? null, entity: a });
  }
}

@ObjectType('AgendaItem', { implements: NodeInterface, description: '议程: one item of a meeting.' })
export class AgendaItemType extends NodeInterface {
  @Field(() => Int, { description: '1-based place in the agenda.' })
  position!: number;

  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'The live notes of this item, as the minutes will show them.' })
  notes!: string;

  @Field(() => Int, { description: 'Bumped by every edit: pass it as expectedVersion.' })
  notesVersion!: number;

  entity!: AgendaItem;

  static from(this: void, i: AgendaItem): AgendaItemType {
    return Object.assign(new AgendaItemType(), {
      id: toGlobalId('AgendaItem', i.id),
      position: i.position,
      title: i.title,
      notes: i.notes,
      notesVersion: i.notesVersion,
      entity: i,
    });
  }
}

@ObjectType('Tally', {
  description:
    'The count of a vote: live while open, final once closed. Areas in square metres (0 unless owners vote). Under the owners’ rules (法释〔2009〕7号 arts. 8–9) the roll is every flat of the scope, registered owner or not: each flat’s area counts once, each flat is one head, the flats of one owner are one head, and the developer’s unsold flats are one head together; the co-owners of a flat cast one ballot between them (the first cast counts). Participation is votedCount of eligibleCount and votedArea of eligibleArea.',
})
export class TallyType implements TallyRecord {
  @Field(() => Int, { description: 'Heads on the roll: flats (or owners of several, or the developer) under the owners’ rules, seats taken otherwise.' })
  eligibleCount!: number;
  @Field(() => Float, { description: 'Their floor area: every flat of the scope.' })
  eligibleArea!: number;
  @Field(() => Int, { description: 'Ballots cast (one per head).' })
  votedCount!: number;
  @Field(() => Float, { description: 'Floor area of the heads that voted.' })
  votedArea!: number;
  @Field(() => Int, { description: 'FOR ballots.' })
  forCount!: number;
  @Field(() => Float, { description: 'Floor area FOR.' })
  forArea!: number;
  @Field(() => Int, { description: 'AGAINST ballots.' })
  againstCount!: number;
  @Field(() => Float, { description: 'Floor area AGAINST.' })
  againstArea!: number;
  @Field(() => Int, { description: 'ABSTAIN ballots.' })
  abstainCount!: number;
  @Field(() => Float, { description: 'Floor area ABSTAIN.' })
  abstainArea!: number;
  @Field({ description: 'Whether enough took part for the rule: art. 278’s turnout under the owners’ rules; always true under the others (their quorum is the meeting’s attendance, checked when the vote opens).' })
  quorumMet!: boolean;
}

@ObjectType('RollEntry', {
  description:
    'One head of a vote’s roll, as its convener sees it: the flats (or the seat) it stands for, its electors, and whether and how it voted. Never what it chose: ballots are secret, counted in the tally only.',
})
export class RollEntryType {
  @Field(() => Int, { description: '1, 2, … in the roll’s order.' })
  head!: number;
  @Field(() => [String], { description: 'The flats it stands for (building and number); none for a seat at the meeting.' })
  units!: string[];
  @Field(() => [String], { description: 'Who may vote for it: the flat’s verified owners, or the seat’s holder; none for a flat with no registered owner (a teller records its paper ballot).' })
  electors!: string[];
  @Field(() => Float, { description: 'The floor area it weighs, in square metres (0 for a seat).' })
  area!: number;
  @Field({ description: 'The developer’s unsold flats, one head together.' })
  developer!: boolean;
  @Field({ description: 'Whether its ballot was cast.' })
  voted!: boolean;
  @Field(() => BallotChannel, { nullable: true, description: 'How its ballot was cast, once cast.' })
  channel!: BallotChannel | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When its ballot was cast.' })
  castAt!: Date | null;
}

@ObjectType('Resolution', { implements: NodeInterface, description: '决议: a motion put to the vote.' })
export class ResolutionType extends NodeInterface {
  @Field({ description: 'Title.' })
  title!: string;

  @Field({ description: 'The exact text voted on.' })
  text!: string;

  @Field({ description: 'sha256 of the text: what a covenant version is bound to.' })
  textHash!: string;

  @Field(() => VoteRule, { description: 'How the outcome is computed.' })
  rule!: VoteRule;

  @Field(() => ResolutionStatus, { description: 'Where it stands.' })
  status!: ResolutionStatus;

  @Field(() => ResolutionOutcome, { nullable: true, description: 'Once closed.' })
  outcome!: ResolutionOutcome | null;

  entity!: Resolution;

  static from(this: void, r: Resolution): ResolutionType {
    return Object.assign(new ResolutionType(), {
      id: toGlobalId('Resolution', r.id),
      title: r.title,
      text: r.text,
      textHash: r.textHash,
      rule: r.rule,
      status: r.status,
      outcome: r.outcome ?? null,
      entity: r,
    });
  }
}

@ObjectType('ActionItem', { implements: NodeInterface, description: '待办事项 of a meeting.' })
export class ActionItemType extends NodeInterface {
  @Field({ description: 'What to do.' })
  title!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Due.' })
  dueAt!: Date | null;

  @Field(() => ActionItemStatus, { description: 'Where it stands.' })
  status!: ActionItemStatus;

  @Field({ description: 'Past due and still OPEN.' })
  overdue!: boolean;

  entity!: ActionItem;

  static from(this: void, a: ActionItem, now: Date): ActionItemType {
    return Object.assign(new ActionItemType(), {
      id: toGlobalId('ActionItem', a.id),
      title: a.title,
      dueAt: a.dueAt ?? null,
      status: a.status,
      overdue: a.status === ActionItemStatus.OPEN && !!a.dueAt && a.dueAt < now,
      entity: a,
    });
  }
}

@ObjectType('MinutesRevision', { description: 'One edit of the minutes.' })
export class MinutesRevisionType {
  @Field(() => ID, { description: 'The revision.' })
  id!: string;

  @Field({ description: 'What changed (or the reason of an amendment).' })
  summary!: string;

  @Field({ description: '修正 made after publication.' })
  amendment!: boolean;

  @Field(() => GraphQLDateTime, { description: 'When.' })
  createdAt!: Date;

  entity!: MinutesRevision;

  static from(this: void, r: MinutesRevision): MinutesRevisionType {
    return Object.assign(new MinutesRevisionType(), {
      id: toGlobalId('MinutesRevision', r.id),
      summary: r.summary,
      amendment: r.amendment,
      createdAt: r.createdAt,
      entity: r,
    });
  }
}

@ObjectType('Minutes', { description: '会议纪要.' })
export class MinutesType {
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the last approval came in.' })
  approvedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: '公示 time.' })
  publishedAt!: Date | null;

  meeting!: Meeting;
}

@ObjectType('Meeting', { implements: NodeInterface, description: 'A joint meeting or one of the four councils.' })
export class MeetingType extends NodeInterface {
  @Field(() => MeetingKind, { description: 'Kind.' })
  kind!: MeetingKind;

  @Field({ description: 'Title.' })
  title!: string;

  @Field(() => MeetingStatus, { description: 'Where it stands.' })
  status!: MeetingStatus;

  @Field(() => GraphQLDateTime, { description: 'When.' })
  scheduledAt!: Date;

  @Field(() => String, { nullable: true, description: 'Where.' })
  location!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancelReason!: string | null;

  @Field(() => AttendanceQuorum, { description: 'Seats that must be taken (present or by proxy) for a vote to open: by its kind, see AttendanceQuorum.' })
  attendanceQuorum!: AttendanceQuorum;

  @Field(() => Int, { description: 'Bumped when its status, agenda, motions, votes (opened, closed), approvals or action items change (notes carry their own notesVersion; ballots move the tally, not this).' })
  version!: number;

  entity!: Meeting;

  static from(this: void, m: Meeting): MeetingType {
    return Object.assign(new MeetingType(), {
      id: toGlobalId('Meeting', m.id),
      kind: m.kind,
      title: m.title,
      status: m.status,
      scheduledAt: m.scheduledAt,
      location: m.location ?? null,
      cancelReason: m.cancelReason ?? null,
      attendanceQuorum: m.attendanceQuorum,
      version: m.version,
      entity: m,
    });
  }
}

export const { ConnectionType: MeetingConnection } = connectionTypes('Meeting', MeetingType, { totalCount: true });
export type MeetingConnection = InstanceType<typeof MeetingConnection>;
