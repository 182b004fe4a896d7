import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import type { User } from '../accounts/index.js';

/** What a file is, by its bytes: an image (JPEG, PNG, WebP, HEIC) or a document (PDF). */
export enum AttachmentKind {
  IMAGE = 'IMAGE',
  DOCUMENT = 'DOCUMENT',
}

/**
 * One uploaded file. Uploaded over plain HTTP (POST /files), it belongs to no item and expires at
 * `expiresAt`; a mutation of an item (`submitIssue`, `commentOnIssue`, …) then attaches it by id:
 * `subjectType` and `subjectId` name the item (a node type and its key), `expiresAt` is cleared.
 * Its bytes are in the storage under `storageKey` (and `storageKey + '.thumb'` for the thumbnail).
 */
@Entity({ tableName: 'attachments' })
@Index({ name: 'attachments_subject_index', properties: ['subjectType', 'subjectId'] })
@Index({ name: 'attachments_expires_at_index', expression: 'create index "attachments_expires_at_index" on "attachments" ("expires_at") where "subject_type" is null' })
export class Attachment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('User', { ref: true })
  uploader!: Ref<User>;

  @Enum({ items: () => AttachmentKind, nativeEnumName: 'attachment_kind' })
  kind!: AttachmentKind;

  /** The type its bytes say (file-type), never what the browser claimed. */
  @Property({ type: 'string', length: 50 })
  contentType!: string;

  @Property({ type: 'integer' })
  byteSize!: number;

  @Property({ type: 'integer', nullable: true })
  width?: number | null;

  @Property({ type: 'integer', nullable: true })
  height?: number | null;

  /** The name it had on the phone, cleaned: shown as the link's text of a document. */
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Property({ type: 'boolean' })
  hasThumbnail!: boolean;

  /** Re-encoded without its metadata (EXIF, GPS): every image (a HEIC becomes a JPEG); not a PDF (kept as sent). */
  @Property({ type: 'boolean' })
  metadataRemoved!: boolean;

  @Property({ type: 'string', length: 100 })
  storageKey!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  /** While unattached: when the sweep deletes it. Null once attached. */
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  /** The item's node type (`Issue`, `IssueComment`, …), once attached. */
  @Property({ type: 'string', length: 40, nullable: true })
  subjectType?: string | null;

  @Property({ type: 'uuid', nullable: true })
  subjectId?: string | null;

  /** Its place among the item's files, in the order the mutation gave them. */
  @Property({ type: 'integer', default: 0 })
  position: Opt<number> = 0;
}
