/**
 * The attachments module's public surface: photos and files on items. Uploaded over plain HTTP
 * (`filesRouter`, mounted by server/app/http.ts), attached by the item's own mutation in its own
 * transaction (`attachUploads`), listed by the item's field (`attachmentsOf`), served by the
 * item's own policy (its `node(id)` loader), swept when never attached (`sweepExpiredUploads`).
 */
export { AttachmentType } from './attachment.types.js';
export { Attachment, AttachmentKind } from './attachment.entity.js';
export { attachUploads, attachmentsOf, sweepExpiredUploads, type Subject } from './attachments.service.js';
export { filesRouter } from './attachments.http.js';

import { Attachment } from './attachment.entity.js';

/** The module's entities, for the ORM's one list (server/app/entities.ts). */
export function attachmentEntities() {
  return [Attachment] as const;
}
