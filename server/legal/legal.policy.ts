import type { Access } from '../core/access.js';
import { adminPolicy, OrganizationKind } from '../communities/index.js';
import { LegalSeatRole, QuestionVisibility } from './legal.entity.js';

/**
 * The viewer's seats of public legal services (`legal_seats`), read once per request
 * (legal.resolver.ts, `viewerSeats`): which communities they are the legal adviser or the police
 * officer of. `Access` does not carry them (a seat is not a membership of an organization, so it
 * gives none of an organization's powers); the rules below take them as a fact.
 */
export interface ViewerSeats {
  readonly seats: readonly { communityId: string; role: LegalSeatRole }[];
}

export const NO_SEATS: ViewerSeats = { seats: [] };

/** The community's legal adviser (律师 / 法律顾问). */
export const isLawyerOf = (s: ViewerSeats, communityId: string) => s.seats.some((x) => x.communityId === communityId && x.role === LegalSeatRole.LEGAL_ADVISER);

/** What the seat rules read of a seat. */
export interface SeatFacts {
  communityId: string;
  userId: string;
}

/** Who may see and do what with the seats (一社区一民警一律师). Pure functions. */
export const seatPolicy = {
  /** The directory (`Community.legalSeats`, `node`): whoever belongs to the community (verified residents, members of its organizations), and its administrators. */
  canSeeDirectory: (a: Access, communityId: string) => a.belongsTo(communityId) || adminPolicy.canAdminister(a, { id: communityId }),
  /** One seat (`node`, the steps): the directory's readers, and its holder. */
  canSee: (a: Access, seat: SeatFacts) => a.is(seat.userId) || seatPolicy.canSeeDirectory(a, seat.communityId),
  /** Appointing and vacating a seat: the community's administrators (as for its organizations). */
  canAppoint: (a: Access, communityId: string) => a.signedIn && adminPolicy.canAdminister(a, { id: communityId }),
  /** The office hours and introduction shown: the holder, or the community's administrators. */
  canUpdate: (a: Access, seat: SeatFacts) => a.is(seat.userId) || seatPolicy.canAppoint(a, seat.communityId),
  canVacate: (a: Access, seat: SeatFacts) => seatPolicy.canAppoint(a, seat.communityId),
};

// ── 周四有约 ─────────────────────────────────────────────────────────────────────────────────

/** What the consultation rules read: plain ids. */
export interface ConsultationFacts {
  communityId: string;
  residentId: string;
  lawyerId: string;
}

export const officeHoursPolicy = {
  /** The slots of a community (`officeHourSlots`, `node`): the directory's readers, and its legal advisers. */
  canSeeSlots: (a: Access, s: ViewerSeats, communityId: string) => seatPolicy.canSeeDirectory(a, communityId) || isLawyerOf(s, communityId),
  /** 发布值班 (`publishOfficeHours`): the community's legal advisers, for themselves. */
  canPublish: (a: Access, s: ViewerSeats, communityId: string) => a.signedIn && isLawyerOf(s, communityId),
  /** 周四有约 in a community at all (`Community.viewerCan` BOOK_OFFICE_HOURS): its verified residents. */
  canBookIn: (a: Access, communityId: string) => a.isVerifiedResidentOf(communityId),
  /** 预约 (`bookOfficeHourSlot`): a verified resident of the slot's community, not the lawyer who sits. */
  canBook: (a: Access, slot: { communityId: string; lawyerId: string }) => officeHoursPolicy.canBookIn(a, slot.communityId) && !a.is(slot.lawyerId),
};

/** Which side of a consultation the viewer is, if any. */
export const sideOf = (a: Access, c: ConsultationFacts): 'resident' | 'lawyer' | null => (a.is(c.lawyerId) ? 'lawyer' : a.is(c.residentId) ? 'resident' : null);

export const consultationPolicy = {
  /**
   * THE privacy rule of consultations: the resident who booked and the lawyer who sits, nobody else
   * (not the community's officials, not admins): `node`, `legalConsultations`, `OfficeHourSlot.consultation`
   * and the event audience (exactly these two) all ask this. The note is part of it.
   */
  canSee: (a: Access, c: ConsultationFacts) => sideOf(a, c) !== null,
  /** Either side cancels (the machine holds the resident to the cut-off). */
  canCancel: (a: Access, c: ConsultationFacts) => sideOf(a, c) !== null,
  /** 咨询记录 and proposing a referral: the lawyer. */
  canRecordNote: (a: Access, c: ConsultationFacts) => a.is(c.lawyerId),
  canProposeReferral: (a: Access, c: ConsultationFacts) => a.is(c.lawyerId),
  /** Consenting to (or declining) the referral: the resident, and only they. */
  canConsent: (a: Access, c: ConsultationFacts) => a.is(c.residentId),
};

// ── 法律超市 ─────────────────────────────────────────────────────────────────────────────────

/** What the question rules read. */
export interface QuestionFacts {
  communityId: string;
  askerId: string;
  visibility: QuestionVisibility;
}

export const questionPolicy = {
  /** 提问 (`askLegalQuestion`): a verified resident of the community. */
  canAsk: (a: Access, communityId: string) => a.isVerifiedResidentOf(communityId),
  /**
   * THE rule of who sees a question: the asker and the community's legal advisers always; a PUBLIC
   * one also whoever reads the community's directory. A PRIVATE one reaches nobody else by any path:
   * `node`, `legalQuestions` (its SQL states this rule) and the event audience.
   */
  canSee: (a: Access, s: ViewerSeats, q: QuestionFacts) =>
    a.is(q.askerId) || isLawyerOf(s, q.communityId) || (q.visibility === QuestionVisibility.PUBLIC && seatPolicy.canSeeDirectory(a, q.communityId)),
  /** Who asked: the asker and the legal advisers (others read the question, not whose it is). */
  canSeeAsker: (a: Access, s: ViewerSeats, q: QuestionFacts) => a.is(q.askerId) || isLawyerOf(s, q.communityId),
  /** 解答 (`answerLegalQuestion`, and revising the answer): the community's legal advisers. */
  canAnswer: (a: Access, s: ViewerSeats, q: QuestionFacts) => isLawyerOf(s, q.communityId),
  /** 撤回 (`withdrawLegalQuestion`): the asker. */
  canWithdraw: (a: Access, q: QuestionFacts) => a.is(q.askerId),
};

// ── 法治大讲堂 ───────────────────────────────────────────────────────────────────────────────

/** The kinds of a community's organization that hold lectures. Read in functions (communities' enums may still be loading). */
const organizerKinds = () => [OrganizationKind.RESIDENTS_COMMITTEE, OrganizationKind.PARTY_COMMITTEE, OrganizationKind.GOVERNANCE_CENTER, OrganizationKind.MEDIATION_COMMITTEE] as string[];

export const lecturePolicy = {
  /** 安排讲座 (`scheduleLecture` with this organization): its members, when it is a community's residents' committee, party committee, governance center or mediation committee. */
  canSchedule: (a: Access, org: { id: string; kind: string; communityId: string | null }) => org.communityId !== null && organizerKinds().includes(org.kind) && a.isMemberOf(org.id),
  /** Any organization of the community the viewer may schedule with (`Community.viewerCan` SCHEDULE_LECTURE). */
  canScheduleIn: (a: Access, communityId: string) => a.memberships.some((m) => m.communityId === communityId && organizerKinds().includes(m.kind)),
  /** The lectures of a community: the directory's readers (public to the community). */
  canSee: (a: Access, communityId: string) => seatPolicy.canSeeDirectory(a, communityId),
  /** 报名 (`registerForLecture`) and cancelling one's own: a verified resident of the community. */
  canRegister: (a: Access, communityId: string) => a.isVerifiedResidentOf(communityId),
  /** Organizing (check-in, the registrations list, cancelling the lecture): the organizing organization's members. */
  canOrganize: (a: Access, lecture: { organizerId: string }) => a.isMemberOf(lecture.organizerId),
  /** The figures of a community (attendance …): the directory's readers, and its legal advisers (their desk shows them). */
  canSeeFigures: (a: Access, s: ViewerSeats, communityId: string) => seatPolicy.canSeeDirectory(a, communityId) || isLawyerOf(s, communityId),
};
