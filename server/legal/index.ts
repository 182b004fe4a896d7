// The public legal services module's public surface (公共法律服务: 一社区一民警一律师, 周四有约,
// 法律超市, 法治大讲堂): what server/app and other modules may use. Anything not exported here is
// the module's own. GraphQL types others may name come first.
export { LegalSeatType, LegalChannel, LegalConsultationType, LegalQuestionType, OfficeHourSlotType, LectureType, LegalFiguresType } from './legal.types.js';
export {
  ConsultationStatus,
  Lecture,
  LectureRegistration,
  LectureStatus,
  LegalConsultation,
  LegalQuestion,
  LegalQuestionCategory,
  LegalQuestionStatus,
  LegalSeat,
  LegalSeatRole,
  OfficeHourSlot,
  QuestionVisibility,
  ReferralTarget,
  RegistrationStatus,
} from './legal.entity.js';
export { ConsultationAction, LectureAction, LectureRegistrationAction, LegalQuestionAction, LegalSeatAction, OfficeHourSlotAction } from './legal.actions.js';
export { consultationPolicy, lecturePolicy, officeHoursPolicy, questionPolicy, seatPolicy, isLawyerOf, type ViewerSeats } from './legal.policy.js';
export { CANCEL_CUTOFF_MS, MAX_FUTURE_BOOKINGS } from './legal.state.js';
export {
  CommunityLegalResolver,
  LectureRegistrationResolver,
  LectureResolver,
  LegalConsultationResolver,
  LegalQuestionResolver,
  LegalSeatResolver,
  OfficeHourSlotResolver,
  UserLegalResolver,
  legalNodes,
  visibleConsultation,
  visibleQuestion,
} from './legal.resolver.js';
export { viewerSeats } from './legal.queries.js';
export * as legalService from './legal.service.js';

import { Lecture, LectureRegistration, LegalConsultation, LegalQuestion, LegalSeat, OfficeHourSlot } from './legal.entity.js';
import {
  CommunityLegalResolver,
  LectureRegistrationResolver,
  LectureResolver,
  LegalConsultationResolver,
  LegalQuestionResolver,
  LegalSeatResolver,
  OfficeHourSlotResolver,
  UserLegalResolver,
} from './legal.resolver.js';

// Functions, as the other barrels' lists: the body reads nothing while an import cycle is still loading.
/** The module's entities, for the ORM's one list (server/app/entities.ts). */
export function legalEntities() {
  return [LegalSeat, OfficeHourSlot, LegalConsultation, LegalQuestion, Lecture, LectureRegistration] as const;
}
/** The module's resolvers, for the schema (server/app/schema.ts); `Community.legalSeats` included. */
export function legalResolvers() {
  return [LegalSeatResolver, CommunityLegalResolver, UserLegalResolver, OfficeHourSlotResolver, LegalConsultationResolver, LegalQuestionResolver, LectureResolver, LectureRegistrationResolver] as const;
}
