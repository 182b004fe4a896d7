import { describe, expect, it } from 'vitest';
import { Access } from '../core/access.js';
import { AttachmentKind } from './attachment.entity.js';
import { attachmentCountRefusal, attachmentPolicy, type AttachmentFacts } from './attachment.policy.js';

const NOW = new Date('2026-12-07T10:00:00Z');
const LATER = new Date('2026-12-07T11:00:00Z');
const EARLIER = new Date('2026-12-07T09:00:00Z');
const upload = (f: Partial<AttachmentFacts> = {}): AttachmentFacts => ({ uploaderId: 'u1', attached: false, expiresAt: LATER, kind: AttachmentKind.IMAGE, ...f });
const as = (userId: string | null) => (userId ? new Access(userId, false, [], []) : Access.anonymous);

describe('attachmentPolicy', () => {
  it('shows an unattached upload to its uploader only', () => {
    expect(attachmentPolicy.canSeeUnattached(as('u1'), upload())).toBe(true);
    expect(attachmentPolicy.canSeeUnattached(as('u2'), upload())).toBe(false);
    expect(attachmentPolicy.canSeeUnattached(as(null), upload())).toBe(false);
    // Once attached, the item's policy decides, not this rule.
    expect(attachmentPolicy.canSeeUnattached(as('u1'), upload({ attached: true, expiresAt: null }))).toBe(false);
  });

  it('lets the uploader attach it once, before it expires', () => {
    expect(attachmentPolicy.canAttach('u1', upload(), NOW)).toBe(true);
    expect(attachmentPolicy.canAttach('u2', upload(), NOW)).toBe(false);
    expect(attachmentPolicy.canAttach(null, upload(), NOW)).toBe(false);
    expect(attachmentPolicy.canAttach('u1', upload({ expiresAt: EARLIER }), NOW)).toBe(false);
    expect(attachmentPolicy.canAttach('u1', upload({ attached: true, expiresAt: null }), NOW)).toBe(false);
  });
});

describe('attachmentCountRefusal', () => {
  const images = (n: number) => Array.from({ length: n }, () => AttachmentKind.IMAGE);
  it('takes up to 9 photos and 9 documents per item, counting those it has', () => {
    expect(attachmentCountRefusal({}, images(9))).toBeNull();
    expect(attachmentCountRefusal({}, images(10))).toBe('at most 9 photos per item');
    expect(attachmentCountRefusal({ IMAGE: 8 }, images(1))).toBeNull();
    expect(attachmentCountRefusal({ IMAGE: 8 }, images(2))).toBe('at most 9 photos per item');
    expect(attachmentCountRefusal({ IMAGE: 9 }, [AttachmentKind.DOCUMENT])).toBeNull();
    expect(attachmentCountRefusal({ DOCUMENT: 9 }, [AttachmentKind.DOCUMENT])).toBe('at most 9 documents per item');
  });
});
