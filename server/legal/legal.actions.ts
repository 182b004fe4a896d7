import { registerEnumType } from 'type-graphql';

/** What the viewer may do with a seat of the directory now (`LegalSeat.viewerActions`). */
export enum LegalSeatAction {
  UPDATE = 'UPDATE',
  VACATE = 'VACATE',
  PUBLISH_OFFICE_HOURS = 'PUBLISH_OFFICE_HOURS',
}
registerEnumType(LegalSeatAction, {
  name: 'LegalSeatAction',
  description: 'A step on a seat of the legal services directory, as offered by `LegalSeat.viewerActions`.',
  valuesConfig: {
    UPDATE: { description: '`updateLegalSeat` (office hours, introduction): the holder and the community\'s administrators.' },
    VACATE: { description: '`vacateLegalSeat`: the community\'s administrators.' },
    PUBLISH_OFFICE_HOURS: { description: '发布周四有约 (`publishOfficeHours` in its community): the holder of a LEGAL_ADVISER seat, on their own seat.' },
  },
});

/** What the viewer may do with an office-hour slot now (`OfficeHourSlot.viewerActions`). */
export enum OfficeHourSlotAction {
  BOOK = 'BOOK',
}
registerEnumType(OfficeHourSlotAction, {
  name: 'OfficeHourSlotAction',
  description: 'A step on an office-hour slot, as offered by `OfficeHourSlot.viewerActions`.',
  valuesConfig: {
    BOOK: { description: '预约 (`bookOfficeHourSlot`): a verified resident of its community, on an OPEN slot, holding fewer than two future bookings.' },
  },
});

/** What the viewer may do with a consultation now (`LegalConsultation.viewerActions`). */
export enum ConsultationAction {
  CANCEL = 'CANCEL',
  RECORD_NOTE = 'RECORD_NOTE',
  PROPOSE_REFERRAL = 'PROPOSE_REFERRAL',
  CONSENT_TO_REFERRAL = 'CONSENT_TO_REFERRAL',
  DECLINE_REFERRAL = 'DECLINE_REFERRAL',
}
registerEnumType(ConsultationAction, {
  name: 'ConsultationAction',
  description: 'A step on a consultation, as offered by `LegalConsultation.viewerActions`.',
  valuesConfig: {
    CANCEL: { description: '取消预约 (`cancelConsultation`): the resident until 2 hours before the start, the lawyer until the start.' },
    RECORD_NOTE: { description: '咨询记录 (`recordConsultationNote`): the lawyer, once the slot has started; may be rewritten while COMPLETED.' },
    PROPOSE_REFERRAL: { description: '转调解 / 转诉求 (`proposeReferral`): the lawyer drafts a dispute or an issue from a COMPLETED consultation.' },
    CONSENT_TO_REFERRAL: { description: '同意 (`consentToReferral`): the resident consents, which opens the dispute (the resident its applicant) or the issue (its reporter).' },
    DECLINE_REFERRAL: { description: '不同意 (`declineReferral`): the resident declines; back to COMPLETED.' },
  },
});

/** What the viewer may do with a legal question now (`LegalQuestion.viewerActions`). */
export enum LegalQuestionAction {
  ANSWER = 'ANSWER',
  WITHDRAW = 'WITHDRAW',
}
registerEnumType(LegalQuestionAction, {
  name: 'LegalQuestionAction',
  description: 'A step on a legal question, as offered by `LegalQuestion.viewerActions`.',
  valuesConfig: {
    ANSWER: { description: '解答 (`answerLegalQuestion`): the community\'s legal advisers, on an OPEN question or to revise an ANSWERED one.' },
    WITHDRAW: { description: '撤回 (`withdrawLegalQuestion`): the asker, while it is OPEN.' },
  },
});

/** What the viewer may do with a lecture now (`Lecture.viewerActions`). */
export enum LectureAction {
  REGISTER = 'REGISTER',
  CANCEL_REGISTRATION = 'CANCEL_REGISTRATION',
  CANCEL = 'CANCEL',
}
registerEnumType(LectureAction, {
  name: 'LectureAction',
  description: 'A step on a lecture, as offered by `Lecture.viewerActions` (checking a person in is on `LectureRegistration.viewerActions`).',
  valuesConfig: {
    REGISTER: { description: '报名 (`registerForLecture`): a verified resident, before the start, while a seat is left.' },
    CANCEL_REGISTRATION: { description: '取消报名 (`cancelLectureRegistration`): the registered person, before the start.' },
    CANCEL: { description: '取消讲座 (`cancelLecture`): its organizers, until it ends; the registered are told.' },
  },
});

/** What the viewer may do with a registration now (`LectureRegistration.viewerActions`). */
export enum LectureRegistrationAction {
  CHECK_IN = 'CHECK_IN',
}
registerEnumType(LectureRegistrationAction, {
  name: 'LectureRegistrationAction',
  description: 'A step on a lecture registration, as offered by `LectureRegistration.viewerActions`.',
  valuesConfig: {
    CHECK_IN: { description: '签到 (`checkInLectureAttendee`): the organizers, from 30 minutes before the start until the end.' },
  },
});
