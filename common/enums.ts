/**
 * The GraphQL enums the client labels, each with its values in the order the forms, filters and
 * lists show them (the schema lists them by name). The client's labels are `enums.<Enum>.<VALUE>`
 * in client/src/locales; common/enums.test.ts checks that the three agree: every enum here is the
 * server's (schema/schema.graphql, the same values), and every locale labels every value, no more.
 *
 * Display order only: what the viewer may do with a value comes from the server (`viewerActions`,
 * `viewerCan`), never from here.
 *
 * Plain TypeScript for server and client alike: no imports (common/README.md).
 */
export const ENUM_VALUES = {
  // Issues (接诉即办)
  IssueStatus: ['SUBMITTED', 'DISPATCHED', 'ACCEPTED', 'RETURNED', 'RESOLVED', 'REOPENED', 'CLOSED', 'WITHDRAWN', 'DUPLICATE'],
  IssueCategory: ['FACILITY', 'ENVIRONMENT', 'PARKING', 'PROPERTY_SERVICE', 'SAFETY', 'NEIGHBOR_DISPUTE', 'ELDERLY_CARE', 'OTHER'],
  IssuePriority: ['LOW', 'NORMAL', 'HIGH', 'URGENT'],
  Visibility: ['PUBLIC', 'PARTIES'],
  // Volunteers
  VolunteerTaskStatus: ['DRAFT', 'OPEN', 'FULL', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'],
  ClaimStatus: ['CLAIMED', 'WAITLISTED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW', 'WITHDRAWN'],
  HoursStatus: ['PENDING', 'VERIFIED', 'REJECTED'],
  // Meetings and matters (四会治事)
  MeetingKind: ['JOINT', 'DELIBERATION', 'REPRESENTATIVES', 'OWNERS_ASSEMBLY', 'SUPERVISION'],
  MeetingStatus: ['SCHEDULED', 'IN_SESSION', 'ADJOURNED', 'MINUTES_APPROVED', 'PUBLISHED', 'CANCELLED'],
  AttendanceStatus: ['INVITED', 'PRESENT', 'PROXY', 'ABSENT'],
  VoteRule: ['SIMPLE_MAJORITY', 'ABSOLUTE_MAJORITY', 'TWO_THIRDS', 'OWNERS_ORDINARY', 'OWNERS_SPECIAL'],
  AttendanceQuorum: ['NONE', 'MAJORITY', 'TWO_THIRDS'],
  ResolutionStatus: ['DRAFT', 'OPEN', 'CLOSED'],
  ResolutionOutcome: ['PASSED', 'FAILED', 'NO_QUORUM'],
  BallotChoice: ['FOR', 'AGAINST', 'ABSTAIN'],
  BallotChannel: ['ONLINE', 'PAPER', 'PROXY'],
  ActionItemStatus: ['OPEN', 'DONE', 'CANCELLED'],
  MatterStage: ['DELIBERATION', 'DECISION', 'EXECUTION', 'SUPERVISION', 'CLOSED', 'REJECTED'],
  SupervisionRating: ['SATISFACTORY', 'NEEDS_IMPROVEMENT', 'UNSATISFACTORY'],
  // Covenants (公约)
  CovenantKind: ['RESIDENTS_CONVENTION', 'PROPERTY_RULES', 'VILLAGE_RULES', 'PROCEDURE_RULES'],
  CovenantVersionStatus: ['DRAFT', 'PUBLIC_COMMENT', 'LEGAL_REVIEW', 'VOTING', 'ADOPTED', 'FILED', 'REJECTED', 'SUPERSEDED', 'REPEALED'],
  CovenantRejection: ['LEGAL_REVIEW', 'VOTE_FAILED', 'NO_QUORUM', 'CONTENT_CHANGED'],
  ArticleChange: ['ADDED', 'MODIFIED', 'REMOVED', 'UNCHANGED'],
  // Communities and organizations: the tripartite mechanism's order, the party organization first.
  OrganizationKind: [
    'PARTY_COMMITTEE',
    'RESIDENTS_COMMITTEE',
    'OWNERS_COMMITTEE',
    'PROPERTY_MANAGER',
    'SUPERVISORY_COMMITTEE',
    'PARTY_STATION',
    'GOVERNANCE_CENTER',
    'DEPARTMENT',
    'MEDIATION_COMMITTEE',
    'GRID_PARTY_BRANCH',
    'BUILDING_PARTY_GROUP',
  ],
  MemberRole: ['CHAIR', 'MEMBER', 'STAFF', 'GRID_WORKER', 'COORDINATOR'],
  ResidencyKind: ['OWNER', 'TENANT'],
  RegionLevel: ['COMMUNITY', 'TOWNSHIP', 'COUNTY', 'CITY'],
  // 党员下沉报到 (server/grids).
  PartyMemberStatus: ['PENDING', 'VERIFIED', 'DECLINED'],
  // Disputes (矛盾纠纷排查化解): the machine's order.
  DisputeStatus: ['REGISTERED', 'ACCEPTED', 'MEDIATING', 'AGREED', 'FULFILLED', 'BREACHED', 'FAILED', 'REFERRED', 'DECLINED'],
  DisputeCategory: ['NEIGHBOR', 'PROPERTY_SERVICE', 'MARRIAGE_FAMILY', 'LABOR_PAY', 'LAND_FOREST', 'CONSUMER', 'OTHER'],
  DisputeSource: ['VISIT', 'SCREENING', 'ISSUE'],
  DisputeRiskLevel: ['GENERAL', 'SERIOUS', 'MAJOR'],
  DisputePartyRole: ['APPLICANT', 'RESPONDENT'],
  PartyConsent: ['PENDING', 'CONSENTED', 'REFUSED'],
  DisputeReferral: ['LITIGATION', 'ARBITRATION', 'PETITION'],
  AgreementForm: ['WRITTEN', 'ORAL'],
  ConfirmationMethod: ['APP', 'PAPER', 'ORAL'],
  MediationSessionStatus: ['SCHEDULED', 'HELD', 'CANCELLED'],
  SessionInviteeRole: ['LAWYER', 'PSYCHOLOGIST', 'OTHER'],
  // Public legal services (公共法律服务): the seats, then the machines' order.
  LegalSeatRole: ['POLICE_OFFICER', 'LEGAL_ADVISER'],
  LegalChannel: ['OFFICE_HOURS', 'LEGAL_QUESTION', 'ISSUE'],
  OfficeHourSlotStatus: ['OPEN', 'BOOKED', 'PAST'],
  ConsultationStatus: ['BOOKED', 'COMPLETED', 'REFERRAL_PROPOSED', 'REFERRED', 'CANCELLED'],
  ReferralTarget: ['DISPUTE', 'ISSUE'],
  LegalQuestionCategory: ['NEIGHBOR', 'PROPERTY', 'MARRIAGE_FAMILY', 'LABOR', 'CONTRACT', 'INHERITANCE', 'CONSUMER', 'TRAFFIC', 'OTHER'],
  LegalQuestionStatus: ['OPEN', 'ANSWERED', 'WITHDRAWN'],
  QuestionVisibility: ['PUBLIC', 'PRIVATE'],
  LectureStatus: ['SCHEDULED', 'CANCELLED'],
  LectureRegistrationStatus: ['REGISTERED', 'ATTENDED', 'CANCELLED'],
  // Proposals (说事议事)
  ProposalStatus: ['OPEN', 'SUBMITTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'],
  // Emergencies (应急管理)
  IncidentKind: ['RAINSTORM', 'FIRE', 'OUTAGE', 'GAS_LEAK', 'PUBLIC_HEALTH', 'OTHER'],
  IncidentLevel: ['IV', 'III', 'II', 'I'],
  IncidentStatus: ['DECLARED', 'RESPONDING', 'RECOVERING', 'CLOSED'],
  IncidentAnswer: ['SAFE', 'NEED_HELP'],
  VulnerableCategory: ['ELDERLY_ALONE', 'DISABLED', 'PREGNANT', 'SERIOUSLY_ILL'],
  RollCallStatus: ['UNREACHED', 'SAFE', 'HELPED', 'MOVED'],
} as const;

/** The name of an enum the client labels. */
export type LabelledEnum = keyof typeof ENUM_VALUES;
/** The values of one of them, as a union of strings. */
export type EnumValue<E extends LabelledEnum> = (typeof ENUM_VALUES)[E][number];

/**
 * The owners' vote rules (Civil Code art. 278): floor area counts beside headcount, every flat of
 * the scope on the roll, so their tallies show areas, and a vote under one may be of one building
 * (`proposeResolution`'s `buildingId`). The server's rules (server/meetings/vote.rules.ts) and the
 * client's motions read this one list.
 */
export const OWNERS_VOTE_RULES = ['OWNERS_ORDINARY', 'OWNERS_SPECIAL'] as const satisfies readonly EnumValue<'VoteRule'>[];

/** Whether a vote under this rule counts floor area as well as heads: one of the owners' rules. */
export const isOwnersRule = (rule: string): boolean => (OWNERS_VOTE_RULES as readonly string[]).includes(rule);
