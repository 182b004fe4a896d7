import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { toGlobalId } from '../core/ids.js';
import { AttachmentKind, type Attachment } from './attachment.entity.js';

registerEnumType(AttachmentKind, {
  name: 'AttachmentKind',
  description: 'What a file is, by its bytes.',
  valuesConfig: {
    IMAGE: { description: 'A photo: JPEG, PNG, WebP or HEIC.' },
    DOCUMENT: { description: 'A document: PDF.' },
  },
});

/** Where a file and its thumbnail are served (GET, to whoever may see the item it belongs to). */
export const fileUrl = (key: string) => `/files/${key}`;
export const thumbnailUrl = (key: string) => `/files/${key}/thumbnail`;

/** The public shape of an uploaded file: what POST /files answers and what an item's `attachments` lists. */
@ObjectType('Attachment', { description: 'A photo or document attached to an item (an issue, a comment, …), uploaded over HTTP (POST /files) and attached by its id.' })
export class AttachmentType {
  @Field(() => ID, { description: 'Its ID: what `attachmentIds` of a mutation takes.' })
  id!: string;

  @Field(() => AttachmentKind, { description: 'Image or document.' })
  kind!: AttachmentKind;

  @Field({ description: 'Its MIME type, as its bytes say.' })
  contentType!: string;

  @Field({ description: 'The name it was uploaded with.' })
  fileName!: string;

  @Field(() => Int, { description: 'Its size in bytes, as stored.' })
  byteSize!: number;

  @Field(() => Int, { nullable: true, description: 'Width in pixels of an image as stored; null for a document.' })
  width!: number | null;

  @Field(() => Int, { nullable: true, description: 'Height in pixels, as `width`.' })
  height!: number | null;

  @Field({ description: 'Where to GET it (relative to the server): served to whoever may see its item, and to its uploader before it is attached.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'A JPEG thumbnail, 320 px on its longest side; null for a document.' })
  thumbnailUrl!: string | null;

  @Field({ description: 'Re-encoded without metadata (EXIF, GPS position): true for every image (a HEIC is stored as a JPEG); a PDF is kept as sent.' })
  metadataRemoved!: boolean;

  @Field(() => GraphQLDateTime, { description: 'When it was uploaded.' })
  createdAt!: Date;

  static from(this: void, a: Attachment): AttachmentType {
    return Object.assign(new AttachmentType(), {
      id: toGlobalId('Attachment', a.id),
      kind: a.kind,
      contentType: a.contentType,
      fileName: a.fileName,
      byteSize: a.byteSize,
      width: a.width ?? null,
      height: a.height ?? null,
      url: fileUrl(a.id),
      thumbnailUrl: a.hasThumbnail ? thumbnailUrl(a.id) : null,
      metadataRemoved: a.metadataRemoved,
      createdAt: a.createdAt,
    });
  }
}
