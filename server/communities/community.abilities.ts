import { registerEnumType } from 'type-graphql';
import type { Access } from '../core/access.js';
// Each module's policy from its index.ts. Those barrels load the modules' resolvers, which need
// this module back: harmless, since nothing here reads their values until a function is called.
import { issuePolicy, Visibility } from '../issues/index.js';
import { CONVENERS, matterPolicy, meetingPolicy } from '../meetings/index.js';
import { CovenantKind, covenantPolicy } from '../covenants/index.js';
import { volunteerPolicy } from '../volunteers/index.js';
import { disputePolicy } from '../disputes/index.js';
import { lecturePolicy, officeHoursPolicy, questionPolicy, seatPolicy } from '../legal/index.js';
import { proposalPolicy } from '../proposals/index.js';
import { adminPolicy, organizationPolicy, residencyPolicy } from './community.policy.js';
import { OrganizationKind } from './organization.entity.js';

/**
 * What the viewer may start in a community or an organization (`Community.viewerCan`,
 * `Organization.viewerCan`). Each ability asks the SAME policy function the mutation that does it
 * asks, with the same arguments: no rule is written here, only which rule answers which ability.
 * An ability offered is a mutation that passes its authorization; what is then checked is the
 * input (a title, a time, a flat), never who the viewer is.
 */
export enum CommunityAbility {
  SUBMIT_ISSUE = 'SUBMIT_ISSUE',
  RECORD_ISSUE_FOR_RESIDENT = 'RECORD_ISSUE_FOR_RESIDENT',
  DISPATCH_ISSUES = 'DISPATCH_ISSUES',
  SCHEDULE_MEETING = 'SCHEDULE_MEETING',
  PROPOSE_MATTER = 'PROPOSE_MATTER',
  DRAFT_COVENANT = 'DRAFT_COVENANT',
  POST_VOLUNTEER_TASK = 'POST_VOLUNTEER_TASK',
  REGISTER_VOLUNTEER = 'REGISTER_VOLUNTEER',
  VERIFY_RESIDENTS = 'VERIFY_RESIDENTS',
  CREATE_ORGANIZATION = 'CREATE_ORGANIZATION',
  RECORD_FLATS = 'RECORD_FLATS',
  REGISTER_DISPUTE = 'REGISTER_DISPUTE',
  SEE_DISPUTE_DESK = 'SEE_DISPUTE_DESK',
  APPLY_FOR_MEDIATION = 'APPLY_FOR_MEDIATION',
  APPOINT_LEGAL_SEAT = 'APPOINT_LEGAL_SEAT',
  BOOK_OFFICE_HOURS = 'BOOK_OFFICE_HOURS',
  ASK_LEGAL_QUESTION = 'ASK_LEGAL_QUESTION',
  SCHEDULE_LECTURE = 'SCHEDULE_LECTURE',
  PROPOSE = 'PROPOSE',
}
registerEnumType(CommunityAbility, {
  name: 'CommunityAbility',
  description: 'Something the viewer may start in a community, as offered by `Community.viewerCan`.',
  valuesConfig: {
    SUBMIT_ISSUE: { description: '反映问题 (`submitIssue`): verified residents and members of its organizations.' },
    RECORD_ISSUE_FOR_RESIDENT: { description: '网格员代登记 (`submitIssue` with `onBehalfOfUserId` or `recordedFor`): its grid workers.' },
    DISPATCH_ISSUES: { description: '派单 (`dispatchIssue` on a new issue): its dispatch desks, the governance center and the residents\' committee.' },
    SCHEDULE_MEETING: { description: '召集会议 (`scheduleMeeting`): members of one of its organizations that convene a kind of meeting (see `Organization.viewerCan` for which).' },
    PROPOSE_MATTER: { description: '提出议题 (`proposeMatter`): its party organization.' },
    DRAFT_COVENANT: { description: '起草公约 (`draftCovenant`): the organization responsible for at least one kind of covenant (see `CovenantKind`).' },
    POST_VOLUNTEER_TASK: { description: "发布志愿任务 (`createVolunteerTask`): the coordinators of one of its 红色驿站 (see `Organization.viewerCan` for which)." },
    REGISTER_VOLUNTEER: { description: '注册志愿者 (`registerVolunteer` at one of its 红色驿站): its verified residents not yet registered anywhere.' },
    VERIFY_RESIDENTS: { description: "住户核验 (`verifyResidency`, `declineResidency`; the residents' directory): its residents' committee, grid workers included." },
    CREATE_ORGANIZATION: { description: '新建组织 (`createOrganization` in it): its administrators.' },
    RECORD_FLATS: { description: '登记楼栋与房屋 (`importUnits`): its administrators.' },
    REGISTER_DISPUTE: { description: '排查登记矛盾纠纷 (`registerDispute`, `convertIssueToDispute`): its mediation committee (人民调解委员会) and its grid workers.' },
    SEE_DISPUTE_DESK: { description: '调解工作台 (`disputes` of the community, all of them, and its overdue list): those who handle its disputes, its mediation committee, its governance center and the centers above covering it.' },
    APPLY_FOR_MEDIATION: { description: '申请调解 (`applyForMediation`): its verified residents.' },
    APPOINT_LEGAL_SEAT: { description: '设置社区民警 / 法律顾问 (`appointLegalSeat`): its administrators.' },
    BOOK_OFFICE_HOURS: { description: '预约周四有约 (`bookOfficeHourSlot` on one of its slots): its verified residents.' },
    ASK_LEGAL_QUESTION: { description: '法律超市提问 (`askLegalQuestion`): its verified residents.' },
    SCHEDULE_LECTURE: { description: "安排法治大讲堂 (`scheduleLecture`): members of its residents' committee, party committee, governance center or mediation committee." },
    PROPOSE: { description: '我要提议 (`createProposal`, 说事议事室): its verified residents.' },
  },
});

export enum OrganizationAbility {
  MANAGE_MEMBERS = 'MANAGE_MEMBERS',
  SCHEDULE_MEETING = 'SCHEDULE_MEETING',
  POST_VOLUNTEER_TASK = 'POST_VOLUNTEER_TASK',
  REGISTER_VOLUNTEER = 'REGISTER_VOLUNTEER',
  SCHEDULE_LECTURE = 'SCHEDULE_LECTURE',
}
registerEnumType(OrganizationAbility, {
  name: 'OrganizationAbility',
  description: 'Something the viewer may start in an organization, as offered by `Organization.viewerCan`.',
  valuesConfig: {
    MANAGE_MEMBERS: { description: "设置成员 (`addMember`, `removeMember`): its chair, platform admins and its community's administrators." },
    SCHEDULE_MEETING: { description: '召集会议 (`scheduleMeeting` with it as convener): its members, when it is a community organization that convenes some kind of meeting.' },
    POST_VOLUNTEER_TASK: { description: '发布志愿任务 (`createVolunteerTask` at it): its coordinators and chair, when it is a 红色驿站 of a community.' },
    REGISTER_VOLUNTEER: { description: '注册志愿者 (`registerVolunteer` at it): verified residents of its community not yet registered anywhere, when it is a 红色驿站.' },
    SCHEDULE_LECTURE: { description: "安排法治大讲堂 (`scheduleLecture` with it as organizer): its members, when it is a community's residents' committee, party committee, governance center or mediation committee." },
  },
});

/** What the abilities read of an organization. */
export interface OrganizationFacts {
  id: string;
  kind: OrganizationKind;
  communityId: string | null;
}

/** What the abilities read of the viewer beyond `Access`: whether they are a volunteer already (one registration per person). */
export interface ViewerFacts {
  registeredVolunteer: boolean;
}

/** Kinds of organization that convene some meeting; read on first use, not at load (meetings may still be loading). */
let conveningKinds: Set<OrganizationKind> | null = null;
const convenes = (kind: OrganizationKind) => (conveningKinds ??= new Set(Object.values(CONVENERS).flat())).has(kind);

export function organizationAbilities(a: Access, o: OrganizationFacts, v: ViewerFacts): OrganizationAbility[] {
  if (!a.signedIn) return [];
  const station = o.kind === OrganizationKind.PARTY_STATION && o.communityId !== null;
  const checks: [OrganizationAbility, boolean][] = [
    [OrganizationAbility.MANAGE_MEMBERS, organizationPolicy.canManageMembers(a, { id: o.id, community: o.communityId === null ? null : { id: o.communityId } })],
    [OrganizationAbility.SCHEDULE_MEETING, o.communityId !== null && convenes(o.kind) && meetingPolicy.canSchedule(a, o.id)],
    [OrganizationAbility.POST_VOLUNTEER_TASK, station && volunteerPolicy.canCoordinate(a, o.id)],
    [OrganizationAbility.REGISTER_VOLUNTEER, station && !v.registeredVolunteer && volunteerPolicy.canRegister(a, { communityId: o.communityId })],
    [OrganizationAbility.SCHEDULE_LECTURE, lecturePolicy.canSchedule(a, o)],
  ];
  return checks.filter(([, ok]) => ok).map(([ability]) => ability);
}

/** What the dispatch rule sees of an issue just submitted in the community: no desk of its own yet. */
const newIssue = (communityId: string) => ({
  communityId,
  visibility: Visibility.PUBLIC,
  reporterId: '',
  assigneeId: null,
  deskId: null,
  involvedOrgIds: [],
  reporterNamed: false,
});

/** `organizations`: the community's own. */
export function communityAbilities(a: Access, communityId: string, organizations: readonly OrganizationFacts[], v: ViewerFacts): CommunityAbility[] {
  if (!a.signedIn) return [];
  const inOrgs = organizations.map((o) => organizationAbilities(a, o, v));
  const anyOrg = (ability: OrganizationAbility) => inOrgs.some((abilities) => abilities.includes(ability));
  const checks: [CommunityAbility, boolean][] = [
    [CommunityAbility.SUBMIT_ISSUE, issuePolicy.canSubmit(a, communityId)],
    [CommunityAbility.RECORD_ISSUE_FOR_RESIDENT, issuePolicy.canSubmitOnBehalf(a, communityId)],
    [CommunityAbility.DISPATCH_ISSUES, issuePolicy.canDispatch(a, newIssue(communityId))],
    [CommunityAbility.SCHEDULE_MEETING, anyOrg(OrganizationAbility.SCHEDULE_MEETING)],
    [CommunityAbility.PROPOSE_MATTER, matterPolicy.canPropose(a, communityId)],
    [CommunityAbility.DRAFT_COVENANT, Object.values(CovenantKind).some((kind) => covenantPolicy.canManage(a, { communityId, kind }))],
    [CommunityAbility.POST_VOLUNTEER_TASK, anyOrg(OrganizationAbility.POST_VOLUNTEER_TASK)],
    [CommunityAbility.REGISTER_VOLUNTEER, anyOrg(OrganizationAbility.REGISTER_VOLUNTEER)],
    [CommunityAbility.VERIFY_RESIDENTS, residencyPolicy.canVerify(a, communityId)],
    [CommunityAbility.CREATE_ORGANIZATION, adminPolicy.canAdminister(a, { id: communityId })],
    [CommunityAbility.RECORD_FLATS, adminPolicy.canAdminister(a, { id: communityId })],
    [CommunityAbility.REGISTER_DISPUTE, disputePolicy.canRegister(a, communityId)],
    [CommunityAbility.SEE_DISPUTE_DESK, disputePolicy.canSeeOverdue(a, communityId)],
    [CommunityAbility.APPLY_FOR_MEDIATION, disputePolicy.canApply(a, communityId)],
    [CommunityAbility.APPOINT_LEGAL_SEAT, seatPolicy.canAppoint(a, communityId)],
    [CommunityAbility.BOOK_OFFICE_HOURS, officeHoursPolicy.canBookIn(a, communityId)],
    [CommunityAbility.ASK_LEGAL_QUESTION, questionPolicy.canAsk(a, communityId)],
    [CommunityAbility.SCHEDULE_LECTURE, lecturePolicy.canScheduleIn(a, communityId)],
    [CommunityAbility.PROPOSE, proposalPolicy.canPropose(a, communityId)],
  ];
  return checks.filter(([, ok]) => ok).map(([ability]) => ability);
}
