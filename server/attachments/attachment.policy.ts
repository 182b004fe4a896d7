import type { Access } from '../core/access.js';
import { MAX_ITEMS } from '../../common/limits.js';
import { AttachmentKind } from './attachment.entity.js';

/** What the rules read of a file. */
export interface AttachmentFacts {
  uploaderId: string;
  attached: boolean;
  expiresAt: Date | null;
  kind: AttachmentKind;
}

/** Unattached uploads one person may hold at once (what they have not yet attached). */
export const MAX_PENDING_UPLOADS = 50;

/**
 * Who may see and attach a file. Once attached, a file is seen by exactly those who may see its
 * item: that is the item's own policy (its `node(id)` loader), never a copy here.
 */
export const attachmentPolicy = {
  /** Before it is attached: its uploader only. */
  canSeeUnattached: (a: Access, f: AttachmentFacts) => !f.attached && a.is(f.uploaderId),
  /** Attached by the person who uploaded it, once, before it expires. */
  canAttach: (actorId: string | null, f: AttachmentFacts, now: Date) =>
    !f.attached && actorId === f.uploaderId && f.expiresAt !== null && f.expiresAt > now,
};

/**
 * Why these files cannot go on an item that already has `existing` (by kind), or null: at most 9
 * images and 9 documents per item.
 */
export function attachmentCountRefusal(existing: Partial<Record<AttachmentKind, number>>, adding: readonly AttachmentKind[]): string | null {
  const count = (k: AttachmentKind) => (existing[k] ?? 0) + adding.filter((x) => x === k).length;
  if (count(AttachmentKind.IMAGE) > MAX_ITEMS.attachment.images) return `at most ${MAX_ITEMS.attachment.images} photos per item`;
  if (count(AttachmentKind.DOCUMENT) > MAX_ITEMS.attachment.documents) return `at most ${MAX_ITEMS.attachment.documents} documents per item`;
  return null;
}
