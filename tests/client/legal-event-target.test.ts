import { describe, expect, it } from 'vitest';
import { eventTarget } from '../../client/src/utils/eventTarget.js';

/** Where a notification or board entry of the public legal services leads (issue 12, part 2). */
const community = { id: 'Q29tbXVuaXR5OmM' };

describe('eventTarget: 公共法律服务', () => {
  it('a consultation opens 找律师 (its 我的预约 lists it for either side), a question 法律超市, a lecture 法治大讲堂', () => {
    for (const type of ['consultation.booked', 'consultation.noteRecorded', 'consultation.referralProposed', 'consultation.reminded']) {
      expect(eventTarget({ type, community, subject: { __typename: 'LegalConsultation', id: 'c' } }), type).toEqual({ name: 'legal' });
    }
    expect(eventTarget({ type: 'legalQuestion.answered', community, subject: { __typename: 'LegalQuestion', id: 'q' } })).toEqual({ name: 'legal-questions' });
    expect(eventTarget({ type: 'lecture.cancelled', community, subject: { __typename: 'Lecture', id: 'l' } })).toEqual({ name: 'lectures' });
    expect(eventTarget({ type: 'officeHourSlot.booked', community, subject: { __typename: 'OfficeHourSlot', id: 's' } })).toEqual({ name: 'legal' });
    expect(eventTarget({ type: 'legalSeat.appointed', community, subject: { __typename: 'LegalSeat', id: 'x' } })).toEqual({ name: 'legal' });
  });

  it('nowhere when the server gives no subject (a private question or consultation hidden from the viewer)', () => {
    expect(eventTarget({ type: 'legalQuestion.asked', community, subject: null })).toBeNull();
  });
});
