import { AttachmentKind } from './attachment.entity.js';
import { decodeHeic, HeicRefusal } from './heic.js';

/** The types accepted, by what their bytes are (file-type's MIME), and what each is. */
export const ACCEPTED: Readonly<Record<string, AttachmentKind>> = {
  'image/jpeg': AttachmentKind.IMAGE,
  'image/png': AttachmentKind.IMAGE,
  'image/webp': AttachmentKind.IMAGE,
  'image/heic': AttachmentKind.IMAGE,
  'image/heif': AttachmentKind.IMAGE,
  'application/pdf': AttachmentKind.DOCUMENT,
};

/** The longest side of a stored image and of a thumbnail, in pixels. */
export const IMAGE_MAX_SIDE = 4096;
export const THUMBNAIL_SIDE = 320;

/** Why a file is refused: the code the upload answers with. */
export class UploadRefusal extends Error {
  constructor(
    readonly code: 'UNSUPPORTED_FILE_TYPE' | 'FILE_TOO_LARGE' | 'UNREADABLE_IMAGE',
    message: string,
  ) {
    super(message);
  }
}

export interface Processed {
  kind: AttachmentKind;
  contentType: string;
  body: Buffer;
  width: number | null;
  height: number | null;
  thumbnail: Buffer | null;
  metadataRemoved: boolean;
}

/** The MIME type the bytes say, or null (file-type reads the magic numbers, not the name). */
export async function sniff(bytes: Buffer): Promise<string | null> {
  const { fileTypeFromBuffer } = await import('file-type');
  return (await fileTypeFromBuffer(bytes))?.mime ?? null;
}

/**
 * Checks what a file is by its bytes, refuses anything but JPEG, PNG, WebP, HEIC and PDF, or
 * one over its size cap, and prepares what is stored:
 * - JPEG, PNG, WebP are decoded and re-encoded by sharp, turned upright by their EXIF
 *   orientation first; sharp writes no metadata unless asked, so EXIF (GPS position, camera,
 *   time), XMP and IPTC are gone from the stored file and from its thumbnail (a JPEG, 320 px).
 *   An animated one keeps its first frame.
 * - HEIC/HEIF (a phone's photo): decoded by libheif in a worker thread (`heic.ts`; sharp's
 *   prebuilt libvips reads AVIF only, not HEVC), then stored as a JPEG by the same sharp path, so
 *   its EXIF and GPS position are gone as well; libheif applies its rotation when decoding.
 * - PDF is stored as sent.
 */
export async function processUpload(bytes: Buffer, caps: { image: number; document: number }): Promise<Processed> {
  const contentType = await sniff(bytes);
  const kind = contentType ? ACCEPTED[contentType] : undefined;
  if (!contentType || !kind) {
    throw new UploadRefusal('UNSUPPORTED_FILE_TYPE', `Only JPEG, PNG, WebP and HEIC images and PDF documents are accepted${contentType ? ` (this is ${contentType})` : ''}`);
  }
  const cap = kind === AttachmentKind.IMAGE ? caps.image : caps.document;
  if (bytes.length > cap) throw new UploadRefusal('FILE_TOO_LARGE', `A ${kind === AttachmentKind.IMAGE ? 'photo' : 'document'} may have at most ${cap} bytes`);
  if (kind === AttachmentKind.DOCUMENT) {
    return { kind, contentType, body: bytes, width: null, height: null, thumbnail: null, metadataRemoved: false };
  }
  // Loaded on the first upload (half a second), not when the server starts.
  const { default: sharp } = await import('sharp');
  const heic = contentType === 'image/heic' || contentType === 'image/heif';
  try {
    let source = () => sharp(bytes, { failOn: 'error', animated: false }).rotate();
    if (heic) {
      const { width, height, pixels } = await decodeHeic(bytes);
      source = () => sharp(pixels, { raw: { width, height, channels: 4 } });
    }
    const fit = { width: IMAGE_MAX_SIDE, height: IMAGE_MAX_SIDE, fit: 'inside' as const, withoutEnlargement: true };
    const resized = source().resize(fit);
    const encoded =
      contentType === 'image/png' ? resized.png() : contentType === 'image/webp' ? resized.webp({ quality: 85 }) : resized.flatten({ background: '#ffffff' }).jpeg({ quality: 85, mozjpeg: true });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    const thumbnail = await source()
      .resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 75 })
      .toBuffer();
    // A HEIC is stored as the JPEG it became.
    return { kind, contentType: heic ? 'image/jpeg' : contentType, body: data, width: info.width, height: info.height, thumbnail, metadataRemoved: true };
  } catch (error) {
    throw new UploadRefusal('UNREADABLE_IMAGE', error instanceof HeicRefusal ? error.message : 'The image could not be read');
  }
}

/**
 * The name it had, as shown: no path, no control characters, at most 200 characters; a HEIC
 * stored as a JPEG is named .jpg.
 */
export function cleanFileName(name: string | undefined, contentType: string): string {
  const base = (name ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  const fallback = contentType === 'application/pdf' ? 'document.pdf' : 'photo';
  const named = contentType === 'image/jpeg' ? base.replace(/\.hei[cf]$/i, '.jpg') : base;
  return [...(named || fallback)].slice(0, 200).join('');
}
