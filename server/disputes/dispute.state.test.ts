import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { RegionLevel as L } from '../communities/index.js';
import { DisputeStatus as S } from './dispute.entity.js';
import { MediationSessionStatus as SS } from './mediation.entity.js';
import { afterRefusal, agreementRefusal, assertDispute, assertSession, sessionRefusal, consentRefusal, canDispute, DISPUTE_FROM, disputeRefusal, isOverdue, levelAbove, MEDIATION_DAYS, mediationDeadline, type DisputeStep } from './dispute.state.js';

// The dispute machine is pure: every step the service takes asks it first, and `viewerActions`
// offers what it allows. This pins down, for every step, exactly the statuses it starts from.
const ALL = Object.values(S);
const STEPS = Object.keys(DISPUTE_FROM) as DisputeStep[];
const at = (status: S, handlingLevel: L = L.COMMUNITY) => ({ status, handlingLevel });

describe('the transitions', () => {
  const allowed: Record<DisputeStep, S[]> = {
    accept: [S.REGISTERED],
    decline: [S.REGISTERED],
    startMediation: [S.ACCEPTED],
    recordOutcome: [S.MEDIATING],
    refer: [S.FAILED],
    recordFollowUp: [S.AGREED],
    escalate: [S.REGISTERED, S.ACCEPTED, S.MEDIATING],
    recordSession: [S.MEDIATING],
    scheduleSession: [S.ACCEPTED, S.MEDIATING],
    draftAgreement: [S.MEDIATING],
    confirmAgreement: [S.MEDIATING],
    recordConfirmation: [S.MEDIATING],
    consent: [S.REGISTERED, S.ACCEPTED],
    refuse: [S.REGISTERED, S.ACCEPTED, S.MEDIATING],
  };

  it.each(STEPS)('%s is allowed from exactly its statuses, and refused naming the status from every other', (step) => {
    for (const status of ALL) {
      const ok = allowed[step].includes(status);
      expect(canDispute(step, at(status)), `${step} from ${status}`).toBe(ok);
      expect(disputeRefusal(step, at(status))).toBe(ok ? null : status);
    }
  });

  it('the settled statuses allow nothing', () => {
    for (const status of [S.DECLINED, S.REFERRED, S.FULFILLED, S.BREACHED]) for (const step of STEPS) expect(canDispute(step, at(status)), `${step} from ${status}`).toBe(false);
  });

  it('assertDispute throws INVALID_TRANSITION with the state and the step', () => {
    expect(() => assertDispute('accept', at(S.REGISTERED))).not.toThrow();
    try {
      assertDispute('refer', at(S.MEDIATING));
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('INVALID_TRANSITION');
      expect((err as AppError).extensions).toMatchObject({ from: S.MEDIATING, action: 'refer' });
    }
  });
});

describe('escalation', () => {
  it('goes up one level at a time and stops at the city', () => {
    expect(levelAbove(L.COMMUNITY)).toBe(L.TOWNSHIP);
    expect(levelAbove(L.TOWNSHIP)).toBe(L.COUNTY);
    expect(levelAbove(L.COUNTY)).toBe(L.CITY);
    expect(levelAbove(L.CITY)).toBeNull();
    expect(canDispute('escalate', at(S.MEDIATING, L.COUNTY))).toBe(true);
    expect(disputeRefusal('escalate', at(S.MEDIATING, L.CITY))).toBe('TOP_LEVEL');
    expect(disputeRefusal('escalate', at(S.AGREED, L.CITY))).toBe(S.AGREED);
  });
});

describe('the mediation deadline', () => {
  const accepted = new Date('2026-03-01T08:00:00.000Z');
  const deadline = mediationDeadline(accepted);

  it(`is ${MEDIATION_DAYS} days after it starts`, () => {
    expect(MEDIATION_DAYS).toBe(30);
    expect(deadline.toISOString()).toBe('2026-03-31T08:00:00.000Z');
  });

  it('is overdue once passed, while accepted or in mediation only', () => {
    const after = new Date(deadline.getTime() + 1);
    expect(isOverdue({ status: S.ACCEPTED, mediationDeadline: deadline }, deadline)).toBe(false);
    expect(isOverdue({ status: S.ACCEPTED, mediationDeadline: deadline }, after)).toBe(true);
    expect(isOverdue({ status: S.MEDIATING, mediationDeadline: deadline }, after)).toBe(true);
    for (const status of ALL.filter((s) => s !== S.ACCEPTED && s !== S.MEDIATING)) expect(isOverdue({ status, mediationDeadline: deadline }, after), status).toBe(false);
    expect(isOverdue({ status: S.ACCEPTED, mediationDeadline: null }, after)).toBe(false);
  });
});

describe('the agreement (人民调解协议书)', () => {
  const a = (drafted: boolean, confirmed: number, parties = 2) => ({ drafted, confirmed, parties });
  it('is drafted and revised until the first confirmation, never after', () => {
    expect(agreementRefusal('draftAgreement', a(false, 0))).toBeNull();
    expect(agreementRefusal('draftAgreement', a(true, 0))).toBeNull();
    expect(agreementRefusal('draftAgreement', a(true, 1))).toBe('AGREEMENT_CONFIRMED');
    expect(agreementRefusal('draftAgreement', a(true, 2))).toBe('AGREEMENT_CONFIRMED');
  });
  it('is confirmed once drafted, while a party has not confirmed', () => {
    for (const step of ['confirmAgreement', 'recordConfirmation'] as const) {
      expect(agreementRefusal(step, a(false, 0))).toBe('NO_AGREEMENT');
      expect(agreementRefusal(step, a(true, 0))).toBeNull();
      expect(agreementRefusal(step, a(true, 1))).toBeNull();
      expect(agreementRefusal(step, a(true, 2))).toBe('ALL_CONFIRMED');
    }
  });
  it('the outcome AGREED needs every party\'s confirmation', () => {
    expect(agreementRefusal('recordAgreed', a(false, 0))).toBe('NO_AGREEMENT');
    expect(agreementRefusal('recordAgreed', a(true, 0))).toBe('AGREEMENT_UNCONFIRMED');
    expect(agreementRefusal('recordAgreed', a(true, 1))).toBe('AGREEMENT_UNCONFIRMED');
    expect(agreementRefusal('recordAgreed', a(true, 2))).toBeNull();
    expect(agreementRefusal('recordAgreed', a(true, 3, 3))).toBeNull();
  });
});

describe('mediation is voluntary (人民调解法 第17、23条)', () => {
  it('starts only once every party consented', () => {
    expect(consentRefusal(['CONSENTED', 'CONSENTED'])).toBeNull();
    expect(consentRefusal(['CONSENTED', 'PENDING'])).toBe('CONSENT_PENDING');
    expect(consentRefusal(['CONSENTED', 'REFUSED'])).toBe('CONSENT_PENDING');
  });

  it('a refusal before mediation declines the dispute; during it, mediation fails', () => {
    expect(afterRefusal(S.REGISTERED)).toBe(S.DECLINED);
    expect(afterRefusal(S.ACCEPTED)).toBe(S.DECLINED);
    expect(afterRefusal(S.MEDIATING)).toBe(S.FAILED);
  });
});

describe('a session\'s machine', () => {
  it('a SCHEDULED session is recorded or cancelled; a HELD or CANCELLED one neither, naming its status', () => {
    for (const step of ['recordScheduled', 'cancelSession'] as const) {
      expect(sessionRefusal(step, SS.SCHEDULED)).toBeNull();
      expect(sessionRefusal(step, SS.HELD)).toBe('HELD');
      expect(sessionRefusal(step, SS.CANCELLED)).toBe('CANCELLED');
    }
    try {
      assertSession('cancelSession', SS.HELD);
      expect.unreachable();
    } catch (err) {
      expect((err as AppError).code).toBe('INVALID_TRANSITION');
      expect((err as AppError).extensions).toMatchObject({ from: 'HELD', action: 'cancelSession' });
    }
  });
});
