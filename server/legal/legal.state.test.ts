import { describe, expect, it } from 'vitest';
import { ConsultationStatus as C, LectureStatus, LegalQuestionStatus, RegistrationStatus } from './legal.entity.js';
import {
  CANCEL_CUTOFF_MS,
  canQuestion,
  CHECK_IN_OPENS_MS,
  CONSULTATION_FROM,
  consultationRefusal,
  lectureRefusal,
  slotStatus,
  slotTimes,
  shanghaiLabel,
  SlotStatus,
  type ConsultationStep,
} from './legal.state.js';

// The machines of public legal services, by hand: every step from every status, the cut-off's
// boundary to the millisecond, and the calendar of office hours in Shanghai.
const START = new Date('2026-03-12T06:00:00.000Z'); // Thursday 14:00 in Shanghai
const before = (ms: number) => new Date(START.getTime() - ms);
const ALL = Object.values(C);
const STEPS = Object.keys(CONSULTATION_FROM) as ConsultationStep[];

describe('the consultation machine', () => {
  it('allows each step from exactly its statuses (with no time rule in the way), INVALID_TRANSITION naming the status otherwise', () => {
    const allowed: Record<ConsultationStep, C[]> = {
      cancel: [C.BOOKED],
      recordNote: [C.BOOKED, C.COMPLETED],
      proposeReferral: [C.COMPLETED],
      consent: [C.REFERRAL_PROPOSED],
      declineReferral: [C.REFERRAL_PROPOSED],
    };
    // A time when every time rule passes for the lawyer: after the start for the note, before it to cancel.
    for (const step of STEPS) {
      for (const status of ALL) {
        const now = step === 'recordNote' ? START : before(3 * CANCEL_CUTOFF_MS);
        const refusal = consultationRefusal(step, { status, startsAt: START }, now, step === 'cancel' ? 'resident' : 'lawyer');
        expect(refusal, `${step} from ${status}`).toBe(allowed[step].includes(status) ? null : status);
      }
    }
  });

  it('a resident cancels until exactly 2 hours before; one millisecond later is CUT_OFF', () => {
    const booked = { status: C.BOOKED, startsAt: START };
    expect(consultationRefusal('cancel', booked, before(CANCEL_CUTOFF_MS), 'resident')).toBeNull();
    expect(consultationRefusal('cancel', booked, before(CANCEL_CUTOFF_MS - 1), 'resident')).toBe('CUT_OFF');
    expect(consultationRefusal('cancel', booked, START, 'resident')).toBe('CUT_OFF');
  });

  it('the lawyer cancels until the start (STARTED from then)', () => {
    const booked = { status: C.BOOKED, startsAt: START };
    expect(consultationRefusal('cancel', booked, before(1), 'lawyer')).toBeNull();
    expect(consultationRefusal('cancel', booked, START, 'lawyer')).toBe('STARTED');
  });

  it('the note waits for the start (NOT_STARTED), and may be rewritten once COMPLETED at any time', () => {
    expect(consultationRefusal('recordNote', { status: C.BOOKED, startsAt: START }, before(1), 'lawyer')).toBe('NOT_STARTED');
    expect(consultationRefusal('recordNote', { status: C.BOOKED, startsAt: START }, START, 'lawyer')).toBeNull();
    expect(consultationRefusal('recordNote', { status: C.COMPLETED, startsAt: START }, before(1), 'lawyer')).toBeNull();
  });
});

describe('slots', () => {
  it('OPEN while free and ahead, BOOKED while held, PAST once started', () => {
    expect(slotStatus({ startsAt: START }, false, before(1))).toBe(SlotStatus.OPEN);
    expect(slotStatus({ startsAt: START }, false, START)).toBe(SlotStatus.PAST);
    expect(slotStatus({ startsAt: START }, true, before(1))).toBe(SlotStatus.BOOKED);
    expect(slotStatus({ startsAt: START }, true, START)).toBe(SlotStatus.BOOKED);
  });

  it('every Thursday 14:00–17:00 in 30 minutes, 2 weeks, from a Monday morning: 12 slots, in UTC 06:00–08:30', () => {
    const monday = new Date('2026-03-02T01:00:00.000Z'); // 09:00 in Shanghai
    const s = slotTimes(monday, { weekday: 4, startMinute: 14 * 60, endMinute: 17 * 60, slotMinutes: 30, weeks: 2 });
    expect(s.map((x) => x.startsAt.toISOString())).toEqual([
      ...['06:00', '06:30', '07:00', '07:30', '08:00', '08:30'].map((t) => `2026-03-05T${t}:00.000Z`),
      ...['06:00', '06:30', '07:00', '07:30', '08:00', '08:30'].map((t) => `2026-03-12T${t}:00.000Z`),
    ]);
    expect(s[0]!.endsAt.toISOString()).toBe('2026-03-05T06:30:00.000Z');
  });

  it('the day is Shanghai\'s: at 23:30 UTC on a Wednesday it is already Thursday there, and started slots are left out', () => {
    // 2026-03-04T23:30Z is Thursday 07:30 in Shanghai: that Thursday counts as the first week.
    const s = slotTimes(new Date('2026-03-04T23:30:00.000Z'), { weekday: 4, startMinute: 7 * 60, endMinute: 9 * 60, slotMinutes: 45, weeks: 1 });
    // 07:00 has started; 07:45 fits; 08:30 would end at 09:15, past the end.
    expect(s.map((x) => x.startsAt.toISOString())).toEqual(['2026-03-04T23:45:00.000Z']);
  });

  it('names a slot in Shanghai time', () => {
    expect(shanghaiLabel(START)).toBe('3月12日 14:00');
    expect(shanghaiLabel(new Date('2026-03-04T23:45:00.000Z'))).toBe('3月5日 07:45');
  });
});

describe('lectures', () => {
  const on = { status: LectureStatus.SCHEDULED, startsAt: START, endsAt: new Date(START.getTime() + 7_200_000), capacity: 2, registeredCount: 1 };
  const R = RegistrationStatus;
  it('register: while scheduled, not started, a seat left, not already in', () => {
    expect(lectureRefusal('register', on, before(1), null)).toBeNull();
    expect(lectureRefusal('register', on, START, null)).toBe('STARTED');
    expect(lectureRefusal('register', { ...on, registeredCount: 2 }, before(1), null)).toBe('FULL');
    expect(lectureRefusal('register', on, before(1), R.REGISTERED)).toBe('REGISTERED');
    expect(lectureRefusal('register', on, before(1), R.ATTENDED)).toBe('ATTENDED');
    expect(lectureRefusal('register', { ...on, status: LectureStatus.CANCELLED }, before(1), null)).toBe('CANCELLED');
  });
  it('cancelling a registration: one REGISTERED, before the start', () => {
    expect(lectureRefusal('cancelRegistration', on, before(1), R.REGISTERED)).toBeNull();
    expect(lectureRefusal('cancelRegistration', on, START, R.REGISTERED)).toBe('STARTED');
    expect(lectureRefusal('cancelRegistration', on, before(1), null)).toBe('NOT_REGISTERED');
    expect(lectureRefusal('cancelRegistration', on, before(1), R.ATTENDED)).toBe('ATTENDED');
  });
  it('check-in: from exactly 30 minutes before the start until exactly the end', () => {
    expect(lectureRefusal('checkIn', on, before(CHECK_IN_OPENS_MS + 1), R.REGISTERED)).toBe('NOT_OPEN');
    expect(lectureRefusal('checkIn', on, before(CHECK_IN_OPENS_MS), R.REGISTERED)).toBeNull();
    expect(lectureRefusal('checkIn', on, on.endsAt, R.REGISTERED)).toBeNull();
    expect(lectureRefusal('checkIn', on, new Date(on.endsAt.getTime() + 1), R.REGISTERED)).toBe('ENDED');
    expect(lectureRefusal('checkIn', on, START, R.ATTENDED)).toBe('ATTENDED');
    expect(lectureRefusal('checkIn', { ...on, status: LectureStatus.CANCELLED }, START, R.REGISTERED)).toBe('CANCELLED');
  });
  it('cancelling the lecture: until it ends', () => {
    expect(lectureRefusal('cancel', on, new Date(on.endsAt.getTime() - 1), null)).toBeNull();
    expect(lectureRefusal('cancel', on, on.endsAt, null)).toBe('ENDED');
  });
});

describe('questions', () => {
  it('answer from OPEN or ANSWERED (a revision); withdraw from OPEN only', () => {
    expect(Object.values(LegalQuestionStatus).filter((s) => canQuestion('answer', s))).toEqual(['OPEN', 'ANSWERED']);
    expect(Object.values(LegalQuestionStatus).filter((s) => canQuestion('withdraw', s))).toEqual(['OPEN']);
  });
});
