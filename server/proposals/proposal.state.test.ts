import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { ProposalStatus as S, ProposalThresholdMode as M } from './proposal.entity.js';
import { assertProposal, canProposal, followRefusal, DEFAULT_THRESHOLD, PROPOSAL_FROM, proposalRefusal, reaches, supportersNeeded, type ProposalStep } from './proposal.state.js';

const STEPS = Object.keys(PROPOSAL_FROM) as ProposalStep[];
const ALLOWED: Record<ProposalStep, S[]> = {
  support: [S.OPEN],
  withdraw: [S.OPEN],
  accept: [S.SUBMITTED],
  decline: [S.SUBMITTED],
  comment: [S.OPEN, S.SUBMITTED, S.ACCEPTED, S.DECLINED],
};

describe('the proposal machine', () => {
  for (const step of STEPS) {
    for (const status of Object.values(S)) {
      const allowed = ALLOWED[step].includes(status);
      it(`${step} from ${status}: ${allowed ? 'allowed' : 'INVALID_TRANSITION'}`, () => {
        expect(canProposal(step, status)).toBe(allowed);
        if (allowed) expect(() => assertProposal(step, status)).not.toThrow();
        else {
          expect(proposalRefusal(step, status)).toBe(status);
          let code: unknown;
          try {
            assertProposal(step, status);
          } catch (e) {
            code = (e as AppError).extensions.code;
          }
          expect(code).toBe('INVALID_TRANSITION');
        }
      });
    }
  }

  it('support once per person: a second support of an OPEN proposal is refused as SUPPORTED', () => {
    expect(proposalRefusal('support', S.OPEN, true)).toBe('SUPPORTED');
    expect(canProposal('support', S.OPEN, false)).toBe(true);
    // The state comes first: a supporter of a SUBMITTED proposal hears SUBMITTED.
    expect(proposalRefusal('support', S.SUBMITTED, true)).toBe(S.SUBMITTED);
  });
});

describe('following', () => {
  it('follows what is not followed, leaves what is; the rest is refused', () => {
    expect(followRefusal(false, true)).toBeNull();
    expect(followRefusal(true, false)).toBeNull();
    expect(followRefusal(true, true)).toBe('FOLLOWING');
    expect(followRefusal(false, false)).toBe('NOT_FOLLOWING');
  });
});

describe('the threshold', () => {
  it('defaults to 10 supporters', () => {
    expect(DEFAULT_THRESHOLD).toEqual({ mode: M.COUNT, value: 10 });
    expect(supportersNeeded(DEFAULT_THRESHOLD, 203)).toBe(10);
  });

  it('COUNT N is N whatever the households', () => {
    expect(supportersNeeded({ mode: M.COUNT, value: 3 }, 0)).toBe(3);
    expect(supportersNeeded({ mode: M.COUNT, value: 25 }, 10)).toBe(25);
  });

  it('PERCENT P is P% of the households rounded up, at least 1', () => {
    // 5% of 203 = 10.15 → 11; 5% of 200 = 10 exactly; 5% of 201 = 10.05 → 11; 5% of 24 = 1.2 → 2.
    expect(supportersNeeded({ mode: M.PERCENT, value: 5 }, 203)).toBe(11);
    expect(supportersNeeded({ mode: M.PERCENT, value: 5 }, 200)).toBe(10);
    expect(supportersNeeded({ mode: M.PERCENT, value: 5 }, 201)).toBe(11);
    expect(supportersNeeded({ mode: M.PERCENT, value: 5 }, 24)).toBe(2);
    expect(supportersNeeded({ mode: M.PERCENT, value: 100 }, 7)).toBe(7);
    expect(supportersNeeded({ mode: M.PERCENT, value: 5 }, 0)).toBe(1);
  });

  it('is reached at the threshold, not before (the proposer not counted)', () => {
    expect(reaches(9, 10)).toBe(false);
    expect(reaches(10, 10)).toBe(true);
    expect(reaches(10, 11)).toBe(false);
    expect(reaches(11, 11)).toBe(true);
  });
});
