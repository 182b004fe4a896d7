import { describe, expect, it } from 'vitest';
import { IncidentStatus as S, RollCallStatus as R } from './incident.entity.js';
import { alertPending, assertAcknowledge, assertReach, canIncident, closeNeedsReason, INCIDENT_FROM, reachedCountWithin, reachedWithin, secondsTo90, secondsTo90Of, shareOf, stepTo, urgentIssueFigures, volunteerFigures, type IncidentStep } from './incident.state.js';

const ALL = Object.values(S);

describe('the incident machine', () => {
  // Every (step, status) pair, written out by hand.
  const EXPECTED: Record<IncidentStep, S[]> = {
    respond: [S.DECLARED],
    recover: [S.RESPONDING],
    close: [S.DECLARED, S.RESPONDING, S.RECOVERING],
    update: [S.DECLARED, S.RESPONDING, S.RECOVERING],
    acknowledge: [S.DECLARED, S.RESPONDING, S.RECOVERING],
    answer: [S.DECLARED, S.RESPONDING, S.RECOVERING],
    reach: [S.DECLARED, S.RESPONDING, S.RECOVERING],
    postTask: [S.DECLARED, S.RESPONDING, S.RECOVERING],
    summarize: [S.CLOSED],
  };
  for (const step of Object.keys(INCIDENT_FROM) as IncidentStep[]) {
    it(`${step}: from ${EXPECTED[step].join(', ')}`, () => {
      expect(ALL.filter((s) => canIncident(step, s))).toEqual(EXPECTED[step]);
    });
  }

  it('the status steps lead forward only; nothing leads back to DECLARED', () => {
    expect(stepTo(S.RESPONDING)).toBe('respond');
    expect(stepTo(S.RECOVERING)).toBe('recover');
    expect(stepTo(S.CLOSED)).toBe('close');
    expect(stepTo(S.DECLARED)).toBeNull();
  });

  it('a CLOSED incident takes no step but its summary (总结)', () => {
    for (const step of Object.keys(INCIDENT_FROM) as IncidentStep[]) expect(canIncident(step, S.CLOSED), step).toBe(step === 'summarize');
  });
});

describe('acknowledgement', () => {
  it('is pending while the latest alert is not acknowledged, and the incident open', () => {
    expect(alertPending(S.DECLARED, 1, 0)).toBe(true);
    expect(alertPending(S.DECLARED, 1, 1)).toBe(false);
    expect(alertPending(S.RESPONDING, 2, 1)).toBe(true);
    expect(alertPending(S.CLOSED, 3, 1)).toBe(false);
  });

  it('once per alert: ACKNOWLEDGED the second time', () => {
    expect(() => assertAcknowledge(S.DECLARED, 1, 0)).not.toThrow();
    expect(() => assertAcknowledge(S.DECLARED, 1, 1)).toThrow(/ACKNOWLEDGED/);
    expect(() => assertAcknowledge(S.RESPONDING, 2, 1)).not.toThrow();
    expect(() => assertAcknowledge(S.CLOSED, 2, 1)).toThrow(/CLOSED/);
  });
});

describe('the roll call', () => {
  it('closing with someone unreached needs a reason', () => {
    expect(closeNeedsReason(0, null)).toBe(false);
    expect(closeNeedsReason(1, null)).toBe(true);
    expect(closeNeedsReason(1, '   ')).toBe(true);
    expect(closeNeedsReason(1, '已转交派出所继续寻找')).toBe(false);
  });

  it('an entry is reached once, never back to UNREACHED', () => {
    expect(() => assertReach(R.UNREACHED, R.SAFE)).not.toThrow();
    expect(() => assertReach(R.UNREACHED, R.MOVED)).not.toThrow();
    expect(() => assertReach(R.SAFE, R.HELPED)).toThrow(/SAFE/);
    expect(() => assertReach(R.UNREACHED, R.UNREACHED)).toThrow();
  });
});

describe('the figures, over a history worked out by hand', () => {
  const t0 = new Date('2026-07-01T08:00:00Z');
  const at = (min: number, sec = 0) => new Date(t0.getTime() + min * 60_000 + sec * 1000);

  it('time to 90%: 10 alerted, the 9th first acknowledgement (in time order) counts', () => {
    // Acks at 1, 2, …, 8 min, then 12 min 30 s (9th), 40 min (10th), given out of order.
    const acks = [at(40), at(3), at(1), at(12, 30), at(2), at(5), at(4), at(8), at(6), at(7)];
    expect(secondsTo90(t0, 10, acks)).toBe(12 * 60 + 30);
    // 8 of 10 acknowledged: not yet 90%.
    expect(secondsTo90(t0, 10, acks.slice(1).filter((d) => d.getTime() !== at(12, 30).getTime()))).toBeNull();
    // 3 alerted: ceil(2.7) = 3 needed.
    expect(secondsTo90(t0, 3, [at(1), at(2)])).toBeNull();
    expect(secondsTo90(t0, 3, [at(1), at(2), at(9)])).toBe(9 * 60);
    expect(secondsTo90(t0, 0, [])).toBeNull();
  });

  it('time to 90% over pooled delays (the city view): two incidents, each delay from its own declaration', () => {
    // Incident 1: 4 alerted, acks after 10, 20, 30 s; incident 2 (a day later): 6 alerted, acks after 5, 15, 25, 35, 45, 600 s.
    // Pooled: 10 alerted, 9 delays; the 9th smallest is 600 s. Without the 600 s one: 8 of 10, not 90%.
    expect(secondsTo90Of(10, [10, 20, 30, 5, 15, 25, 35, 45, 600])).toBe(600);
    expect(secondsTo90Of(10, [10, 20, 30, 5, 15, 25, 35, 45])).toBeNull();
    expect(secondsTo90Of(0, [])).toBeNull();
    // Rounded per delay, as kept: 12 min 30.4 s is 750 s, and one incident's pooled figure is its own.
    const acks = [at(1), at(2), at(12, 30.4)];
    expect(secondsTo90Of(3, acks.map((d) => Math.round((d.getTime() - t0.getTime()) / 1000)))).toBe(secondsTo90(t0, 3, acks));
  });

  it('reached within 30 and 60 minutes: 4 vulnerable, reached at 10, 30 (the limit counts), 45 min, one never', () => {
    const reached = [at(10), at(30), at(45), null];
    expect(reachedWithin(t0, reached, 30)).toBe(0.5);
    expect(reachedWithin(t0, reached, 60)).toBe(0.75);
    expect(reachedWithin(t0, [at(30, 1)], 30)).toBe(0);
    expect(reachedWithin(t0, [], 30)).toBeNull();
  });

  it('volunteers mobilized and hours: distinct volunteers holding or having worked a slot; verified hours only', () => {
    const claims = [
      { volunteerId: 'a', status: 'COMPLETED', hours: 2.5, hoursStatus: 'VERIFIED' },
      { volunteerId: 'a', status: 'COMPLETED', hours: 1.25, hoursStatus: 'VERIFIED' }, // a second task: a counted once, 3.75 h
      { volunteerId: 'b', status: 'COMPLETED', hours: 3, hoursStatus: 'PENDING' }, // mobilized, hours not yet verified
      { volunteerId: 'c', status: 'CHECKED_IN', hours: null, hoursStatus: null },
      { volunteerId: 'd', status: 'CLAIMED', hours: null, hoursStatus: null },
      { volunteerId: 'e', status: 'WAITLISTED', hours: null, hoursStatus: null },
      { volunteerId: 'f', status: 'WITHDRAWN', hours: null, hoursStatus: null },
      { volunteerId: 'g', status: 'NO_SHOW', hours: null, hoursStatus: null },
      { volunteerId: 'h', status: 'COMPLETED', hours: 4, hoursStatus: 'REJECTED' },
    ];
    // a, b, c, d, h: 5 mobilized; 2.5 + 1.25 = 3.75 verified hours.
    expect(volunteerFigures(claims)).toEqual({ mobilized: 5, hours: 3.75 });
    expect(volunteerFigures([])).toEqual({ mobilized: 0, hours: 0 });
  });
});

describe('the after-action figures', () => {
  it('counts the roll call reached by a limit (the limit counts) and shares of sums', () => {
    const t0 = new Date('2026-07-01T08:00:00Z');
    const at = (min: number) => new Date(t0.getTime() + min * 60_000);
    expect(reachedCountWithin(t0, [at(10), at(60), at(61), null], 60)).toBe(2);
    expect(reachedWithin(t0, [at(10), at(60), at(61), null], 60)).toBe(0.5);
    expect(shareOf(3, 4)).toBe(0.75);
    expect(shareOf(0, 0)).toBeNull();
  });

  it('urgent issues: opened, and resolved when RESOLVED or CLOSED', () => {
    expect(urgentIssueFigures(['DISPATCHED', 'RESOLVED', 'CLOSED', 'REOPENED', 'ACCEPTED'])).toEqual({ opened: 5, resolved: 2 });
    expect(urgentIssueFigures([])).toEqual({ opened: 0, resolved: 0 });
  });
});
