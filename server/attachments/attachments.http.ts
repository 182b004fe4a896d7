import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { Router, type Request, type Response } from 'express';
import type { Context, Services } from '../core/context.js';
import { AppError, isDatabaseUnavailable, logError } from '../core/errors.js';
import { AttachmentKind } from './attachment.entity.js';
import { UploadRefusal } from './attachment.processing.js';
import { AttachmentType } from './attachment.types.js';
import { readableAttachment, readBytes, storeUpload } from './attachments.service.js';

/** The HTTP status of each refusal the upload answers with (`{ errors: [{ message, extensions: { code } }] }`, as GraphQL errors). */
const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_FILE_TYPE: 415,
  UNREADABLE_IMAGE: 422,
  LIMIT_EXCEEDED: 429,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

function refuse(res: Response, code: string, message: string): void {
  if (res.headersSent) return void res.destroy();
  res.status(STATUS[code] ?? 400).setHeader('Cache-Control', 'no-store').json({ errors: [{ message, extensions: { code } }] });
}

/** The one file part of a multipart body, whole, or a refusal: over `cap` bytes is FILE_TOO_LARGE. */
function readOneFile(req: Request, cap: number): Promise<{ bytes: Buffer; name: string | undefined }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: cap, fields: 5, fieldSize: 1000, parts: 6 } });
    } catch {
      return reject(new AppError('BAD_USER_INPUT', 'Send the file as multipart/form-data'));
    }
    let file: Promise<{ bytes: Buffer; name: string | undefined }> | null = null;
    parser.on('file', (_field, stream, info) => {
      if (file) return void stream.resume();
      file = new Promise((ok, fail) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('limit', () => fail(new UploadRefusal('FILE_TOO_LARGE', `A file may have at most ${cap} bytes`)));
        stream.on('end', () => ok({ bytes: Buffer.concat(chunks), name: Buffer.from(info.filename ?? '', 'latin1').toString('utf8') }));
        stream.on('error', fail);
      });
      // A refusal is answered once the body is read; the rest of the stream is drained meanwhile.
      file.catch(() => stream.resume());
    });
    parser.on('error', () => reject(new AppError('BAD_USER_INPUT', 'The multipart body could not be read')));
    parser.on('close', () => {
      if (!file) return reject(new AppError('BAD_USER_INPUT', 'No file in the body (a part named "file")'));
      file.then(resolve, reject);
    });
    req.pipe(parser);
  });
}

/**
 * The files' HTTP routes, mounted at `/files` by server/app/http.ts, which gives each request
 * its Context (the session from the cookie or the Bearer header, as /graphql):
 * - `POST /files`: multipart/form-data with one file part; 201 with the Attachment (its `id`
 *   is what mutations' `attachmentIds` take), or 401, 400, 413, 415, 422, 429 with a code.
 * - `GET /files/:id` and `GET /files/:id/thumbnail`: the bytes, to whoever may see the item it is
 *   attached to (or its uploader, before); 404 to anyone else, as for a file that does not exist.
 */
export function filesRouter(services: Services, contextOf: (req: Request, res: Response) => Promise<Context>): Router {
  const router = Router();
  const cap = Math.max(services.config.UPLOAD_MAX_IMAGE_BYTES, services.config.UPLOAD_MAX_DOCUMENT_BYTES);
  const fail = (res: Response, err: unknown) => {
    if (err instanceof UploadRefusal) return refuse(res, err.code, err.message);
    if (err instanceof AppError) return refuse(res, err.code === 'BAD_USER_INPUT' ? 'BAD_REQUEST' : err.code, err.message);
    if (isDatabaseUnavailable(err)) return refuse(res, 'SERVICE_UNAVAILABLE', 'The service is briefly unavailable; try again shortly');
    logError('files', err);
    refuse(res, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };

  router.post('/', async (req, res) => {
    try {
      const ctx = await contextOf(req, res);
      if (!ctx.userId) {
        req.resume();
        return refuse(res, 'UNAUTHENTICATED', 'Sign in first');
      }
      // A body announced larger than any file may be (with room for the multipart framing) is refused unread.
      if (Number(req.headers['content-length'] ?? 0) > cap + 64 * 1024) {
        req.resume();
        return refuse(res, 'FILE_TOO_LARGE', `A file may have at most ${cap} bytes`);
      }
      await services.rateLimits.upload(ctx.userId).catch((err: unknown) => {
        req.resume();
        throw err;
      });
      const { bytes, name } = await readOneFile(req, cap);
      const a = await storeUpload(services, ctx.userId, bytes, name);
      res.status(201).setHeader('Cache-Control', 'no-store').json(AttachmentType.from(a));
    } catch (err) {
      fail(res, err);
    }
  });

  const serve = (thumbnail: boolean) => async (req: Request, res: Response) => {
    try {
      const ctx = await contextOf(req, res);
      const a = await readableAttachment(ctx, String(req.params.id));
      const body = a ? await readBytes(services, a, thumbnail) : null;
      if (!a || !body) return refuse(res, 'NOT_FOUND', 'File not found');
      const type = thumbnail ? 'image/jpeg' : a.contentType;
      res.status(200);
      res.setHeader('Content-Type', type);
      if (!thumbnail) res.setHeader('Content-Length', String(a.byteSize));
      // Rights can change: a cache keeps it briefly, for this viewer only.
      res.setHeader('Cache-Control', 'private, max-age=300');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(a.fileName)}`);
      if (a.kind === AttachmentKind.IMAGE) res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      await pipeline(body, res);
    } catch (err) {
      fail(res, err);
    }
  };
  router.get('/:id', serve(false));
  router.get('/:id/thumbnail', serve(true));
  return router;
}
