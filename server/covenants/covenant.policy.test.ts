import { describe, expect, it } from 'vitest';
import { Access, type MembershipFact, type ResidencyFact } from '../core/access.js';
import { CovenantKind, CovenantVersionStatus as S } from './covenant.entity.js';
import { covenantPolicy } from './covenant.policy.js';
import { contentHashOf, diffArticles, numberArticles } from './covenant.content.js';

const C = 'c0000000-0000-4000-8000-000000000000';
const OTHER = 'c1111111-1111-4111-8111-111111111111';
const seat = (kind: string, level = 'COMMUNITY', communityId: string | null = C, covers: string[] | null = null): MembershipFact => ({
  membershipId: 'm',
  organizationId: `${kind}-${communityId}`,
  role: 'MEMBER',
  kind,
  level,
  communityId,
  covers,
});
const home = (verified: boolean, communityId = C): ResidencyFact => ({ residencyId: 'r', communityId, unitId: 'u', kind: 'OWNER', verified });
const person = (memberships: MembershipFact[] = [], residencies: ResidencyFact[] = [], admin = false) => new Access('u1', admin, memberships, residencies);

const rc = person([seat('RESIDENTS_COMMITTEE')]);
const party = person([seat('PARTY_COMMITTEE')]);
const oc = person([seat('OWNERS_COMMITTEE')]);
const center = person([seat('GOVERNANCE_CENTER')]);
const otherCenter = person([seat('GOVERNANCE_CENTER', 'COMMUNITY', OTHER)]);
/** The center of C's township (its area takes in C), and the center of another township. */
const township = person([seat('GOVERNANCE_CENTER', 'TOWNSHIP', null, [C])]);
const otherTownship = person([seat('GOVERNANCE_CENTER', 'TOWNSHIP', null, [OTHER])]);
const countyDept = person([seat('DEPARTMENT', 'COUNTY', null, [C, OTHER])]);
const resident = person([], [home(true)]);
const unverified = person([], [home(false)]);
const admin = person([], [], true);

const convention = { communityId: C, kind: CovenantKind.RESIDENTS_CONVENTION };
const rules = { communityId: C, kind: CovenantKind.PROPERTY_RULES };

describe('covenantPolicy', () => {
  it('gives each kind to its responsible organizations', () => {
    expect([rc, party, oc, resident, center, admin].map((a) => covenantPolicy.canManage(a, convention))).toEqual([true, true, false, false, false, true]);
    expect([rc, party, oc, resident, center, admin].map((a) => covenantPolicy.canManage(a, rules))).toEqual([false, false, true, false, false, true]);
  });

  it('shows drafts to the responsible organizations only, later versions to the community and reviewers', () => {
    expect([rc, oc, resident, center, township, unverified].map((a) => covenantPolicy.canSeeVersion(a, convention, S.DRAFT))).toEqual([true, false, false, false, false, false]);
    expect([rc, oc, resident, center, township, unverified, otherCenter, otherTownship, countyDept].map((a) => covenantPolicy.canSeeVersion(a, convention, S.ADOPTED))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('leaves legal review to governance centers of the community or its own township, comments and acknowledgements to verified residents', () => {
    expect([center, township, otherCenter, otherTownship, countyDept, rc, admin].map((a) => covenantPolicy.canReview(a, C))).toEqual([true, true, false, false, false, false, true]);
    expect([township, otherTownship].map((a) => covenantPolicy.canSeeAllComments(a, convention))).toEqual([true, false]);
    expect([resident, unverified, rc].map((a) => covenantPolicy.canComment(a, convention))).toEqual([true, false, false]);
    expect([resident, unverified, oc].map((a) => covenantPolicy.canAcknowledge(a, rules))).toEqual([true, false, false]);
    expect([rc, center, resident].map((a) => covenantPolicy.canSeeAllComments(a, convention))).toEqual([true, true, false]);
  });
});

describe('covenant content', () => {
  it('numbers, trims and hashes articles canonically; any change changes the hash', () => {
    const a = numberArticles([{ title: ' 总则 ', text: '第一款\r\n第二款 ' }, { text: '附则' }]);
    expect(a).toEqual([
      { number: 1, title: '总则', text: '第一款\n第二款' },
      { number: 2, title: null, text: '附则' },
    ]);
    const h = contentHashOf(a);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHashOf(numberArticles([{ title: '总则', text: '第一款\n第二款' }, { text: '附则' }]))).toBe(h);
    expect(contentHashOf([{ ...a[0]!, title: null }, a[1]])).not.toBe(h);
    expect(contentHashOf([a[1], a[0]])).not.toBe(h);
    expect(contentHashOf('not articles')).not.toBe(contentHashOf([]));
  });

  it('diffs by article number', () => {
    const before = numberArticles([{ text: '一' }, { text: '二' }, { text: '三' }]);
    const after = numberArticles([{ text: '一' }, { title: '新', text: '二' }]);
    expect(diffArticles(after, before)).toEqual([
      { number: 1, change: 'UNCHANGED', before: '一', after: '一' },
      { number: 2, change: 'MODIFIED', before: '二', after: '新\n二' },
      { number: 3, change: 'REMOVED', before: '三', after: null },
    ]);
    expect(diffArticles(before, []).map((d) => d.change)).toEqual(['ADDED', 'ADDED', 'ADDED']);
  });
});
